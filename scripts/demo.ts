// `npm run demo`: the built extension at work on the bundled demo article. Builds the
// extension, opens seeds/demo/article.html from a local server in headless Chromium with the
// extension loaded, lists the notes it put on the page, opens one and saves a screenshot
// (to .output/screenshots/, or to the README's docs/screenshots/ under `npm run screenshots`).
// Without Chromium it falls back to the command-line checker on the same page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, launchChromium, serveFolders } from './chromium';
import { screenshotPath } from './screenshot-path';

const root = fileURLToPath(new URL('..', import.meta.url));
const article = path.join(root, 'seeds/demo/article.html');
const extDir = path.join(root, '.output/chrome-mv3');
const shot = screenshotPath('demo.png');

function cliFallback(why: string): void {
  console.log(`${why}; showing the command-line checker on the same page instead.\n`);
  execFileSync('npx', ['tsx', 'src/cli/check.ts', article], { cwd: root, stdio: 'inherit' });
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) return cliFallback(`No Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const server = await serveFolders({ '/': path.dirname(article) });
  const url = `${server.base}/${path.basename(article)}`;
  const { context } = await launchChromium(extDir, { viewport: { width: 1100, height: 900 } });
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
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
