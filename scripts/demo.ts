// `npm run demo`: the built extension at work on the bundled demo article. Builds the
// extension, opens seeds/demo/article.html from a local server in headless Chromium with the
// extension loaded, lists the notes it put on the page, opens one and saves a screenshot.
// Without Chromium it falls back to the command-line checker on the same page.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const article = path.join(root, 'seeds/demo/article.html');
const chrome = process.env.CHROMIUM ?? '/usr/bin/chromium';
const extDir = path.join(root, '.output/chrome-mv3');
const shot = path.join(root, 'docs/screenshots/demo.png');

function cliFallback(why: string): void {
  console.log(`${why}; showing the command-line checker on the same page instead.\n`);
  execFileSync('npx', ['tsx', 'src/cli/check.ts', article], { cwd: root, stdio: 'inherit' });
}

async function main(): Promise<void> {
  if (!existsSync(chrome)) return cliFallback(`No Chromium at ${chrome} (apt-get install -y chromium)`);
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const html = readFileSync(article);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath: chrome,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const markers = page.locator('[data-factcheck-verdict]');
    await markers.first().waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(500);
    const notes = await markers.evaluateAll((els) =>
      els.map((e) => ({ verdict: e.getAttribute('data-factcheck-verdict'), claim: e.getAttribute('data-factcheck-claim') })),
    );
    console.log(`\nThe extension put ${notes.length} notes on ${url}:\n`);
    for (const n of notes) console.log(`  ${String(n.verdict).padEnd(13)} ${n.claim}`);
    const contradicted = page.locator('[data-factcheck-verdict="contradicted"]').first();
    if (await contradicted.count()) {
      await contradicted.scrollIntoViewIfNeeded();
      await contradicted.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(400);
    }
    mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    console.log(`\nScreenshot with a note opened: ${path.relative(root, shot)}`);
  } finally {
    await context.close();
    server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
