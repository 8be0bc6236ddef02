import type { BrowserContext, Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../scripts/chromium';
import { EXT_DIR, expect, test } from './fixtures';

// Bad input to the options page of the built extension: each gets one clear message in the
// page's alert, and every stored source stays as it was.
//
// Importing by address asks for the site's permission first, and headless Chromium has no
// way to answer its prompt. This file loads a copy of the built extension whose manifest
// already holds the permission for 127.0.0.1, so the request is granted without a prompt;
// everything else is the extension as built. The sites are served by the test on 127.0.0.1.

let dir: string;
let context: BrowserContext;
let extensionId: string;
let server: Server;
let base: string;
const sockets = new Set<import('node:net').Socket>();

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'factcheck-options-'));
  const ext = path.join(dir, 'extension');
  cpSync(EXT_DIR, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(ext, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(ext, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));

  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/slow') return; // never answers: the import gives up after its timeout
    if (url === '/error') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    if (url === '/gone') return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    if (url === '/picture') return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (url === '/no-article')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><nav><a href="/">Home</a></nav><script>var x = 1;</script></body></html>');
    res.writeHead(404).end();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  ({ context, extensionId } = await launchChromium(ext, { profile: path.join(dir, 'profile'), viewport: { width: 1280, height: 720 } }));
});

test.afterAll(async () => {
  await context?.close();
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

async function openOptions(): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // The five bundled sources, and whatever an earlier test of this file added.
  await expect(options.getByTestId('source-item').nth(4)).toBeVisible({ timeout: 15_000 });
  return options;
}

/** What the page lists: each source's title, switch and fact count. */
async function listed(options: Page): Promise<string[]> {
  return options.getByTestId('source-item').evaluateAll((items) =>
    items.map((li) => `${li.querySelector('h3')?.textContent} | ${(li.querySelector('[role="switch"]') as HTMLInputElement).checked} | ${li.querySelector('[data-testid="fact-count"]')?.textContent}`),
  );
}

/** Waits for the one alert of the options page to say `message`, and for the page to be idle again. */
async function expectAlert(options: Page, message: string | RegExp): Promise<void> {
  const alerts = options.getByRole('alert');
  await expect(alerts).toHaveCount(1);
  await expect(alerts).toHaveText(message, { timeout: 20_000 });
  await expect(options.getByTestId('add-source')).toBeEnabled();
  await expect(options.getByRole('status').filter({ hasText: /^Added/ })).toHaveCount(0);
}

const upload = (options: Page, name: string, mimeType: string, buffer: Buffer) =>
  options.getByTestId('source-file').setInputFiles({ name, mimeType, buffer });

const ARTICLE = [
  'Albania closed the Iranian embassy in Tirana and police searched the empty building on 8 September 2022.',
  'The Iranian embassy building in Tirana was sealed by Albanian police after the diplomats left.',
].join('\n\n');

test('bad pasted text and files: one clear alert each, and the sources stay as they were', async () => {
  const options = await openOptions();
  // A source of the user's own, so that there is something to lose.
  await options.getByTestId('source-title').fill('Police note');
  await options.getByTestId('source-text').fill(ARTICLE);
  await options.getByTestId('add-source').click();
  await expect(options.getByTestId('source-status')).toHaveText('Added “Police note” with 2 facts.');
  await expect(options.getByTestId('source-item')).toHaveCount(6);
  const before = await listed(options);

  const cases: [string, () => Promise<unknown>, string | RegExp][] = [
    ['empty text', async () => {
      await options.getByTestId('source-title').fill('Nothing');
      await options.getByTestId('source-text').fill('');
      await options.getByTestId('add-source').click();
    }, 'The pasted text is empty.'],
    ['white space only', async () => {
      await options.getByTestId('source-text').fill(' \n\t \n ');
      await options.getByTestId('add-source').click();
    }, 'The pasted text is empty.'],
    ['text with nothing checkable', async () => {
      await options.getByTestId('source-text').fill('Hello there. Nice weather.');
      await options.getByTestId('add-source').click();
    }, /^The pasted text has nothing checkable/],
    ['a duplicate of a stored source', async () => {
      await options.getByTestId('source-title').fill('Copy of the note');
      await options.getByTestId('source-text').fill(ARTICLE.replace('\n\n', '\n \n'));
      await options.getByTestId('add-source').click();
    }, '“Copy of the note” is already in your sources as “Police note”; nothing was added.'],
    ['a binary file', () => upload(options, 'photo.txt', 'text/plain', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), 'photo.txt is a binary file, not text.'],
    ['invalid UTF-8', () => upload(options, 'latin1.txt', 'text/plain', Buffer.concat([Buffer.from('Albania cut ties with Iran.\nTirana said so on Wednesday, '), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(' again.')])), 'latin1.txt is not UTF-8 text (first bad byte on line 2); save it as UTF-8 and try again.'],
    ['an empty file', () => upload(options, 'empty.md', 'text/markdown', Buffer.alloc(0)), 'empty.md is empty.'],
    ['HTML with no article', () => upload(options, 'menu.html', 'text/html', Buffer.from('<!doctype html><html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><script>document.title = "x"</script></body></html>')), /^menu\.html (has no readable text|has nothing checkable)/],
    ['broken JSON', () => upload(options, 'broken.json', 'application/json', Buffer.from('{ "@type": "ClaimReview", "claimReviewed": "x", ')), /^broken\.json is not valid JSON: the error is/],
    ['a ClaimReview without its claim', () => upload(options, 'review.json', 'application/json', Buffer.from(JSON.stringify({ '@type': 'ClaimReview', reviewRating: { alternateName: 'False' } }))), 'The ClaimReview in review.json has no "claimReviewed" (the claim it rates).'],
    ['a ClaimReview without its rating', () => upload(options, 'review.json', 'application/json', Buffer.from(JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'Iran paid Albania compensation for the July cyberattack.' }))), /^The ClaimReview in review\.json \("Iran paid Albania compensation for the July.*"\) has no "reviewRating"\.$/],
    ['a ClaimReview with an unreadable rating', () => upload(options, 'review.json', 'application/json', Buffer.from(JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'Iran paid Albania compensation for the July cyberattack.', reviewRating: { ratingValue: 7 } }))), /gives ratingValue 7 without the "bestRating" and "worstRating"/],
    ['JSON that is neither', () => upload(options, 'package.json', 'application/json', Buffer.from('{"name":"x"}')), "package.json is neither schema.org ClaimReview JSON-LD nor an export of this extension's sources."],
    ['a damaged export', () => upload(options, 'backup.json', 'application/json', Buffer.from(JSON.stringify({ format: 'albania-iran-factcheck/sources', version: 1, sources: [{ title: 'x', text: ARTICLE, kind: 'podcast' }] }))), 'Source 1 of 1 in backup.json has a "kind" other than "article" or "claimreview".'],
    ['an export with a script address', () => upload(options, 'backup.json', 'application/json', Buffer.from(JSON.stringify({ format: 'albania-iran-factcheck/sources', version: 1, sources: [{ title: 'x', text: ARTICLE, kind: 'article', url: 'javascript:alert(1)' }] }))), 'Source 1 of 1 in backup.json has a "url" that is not a web address (http or https).'],
  ];
  for (const [what, act, message] of cases) {
    await test.step(what, async () => {
      await act();
      await expectAlert(options, message);
      expect(await listed(options), what).toEqual(before);
    });
  }

  await test.step('a 50 MB file is refused before it is read', async () => {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'Albania cut diplomatic ties with Iran. '));
    await options.getByTestId('source-file').setInputFiles(big);
    await expectAlert(options, 'big.txt is too large (50.0 MB); a source can have at most 5.0 MB of text.');
    rmSync(big);
  });

  await options.reload();
  await expect(options.getByTestId('source-item')).toHaveCount(6);
  expect(await listed(options)).toEqual(before);
});

test('bad web addresses and failing sites: one clear alert each, nothing added', async () => {
  test.slow();
  const options = await openOptions();
  const before = await listed(options);
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));

  const cases: [string, string, string | RegExp][] = [
    ['nothing typed', '   ', 'Type the address of an article, starting with https://.'],
    ['not an address', 'the news about Albania', '"the news about Albania" is not a web address. Type the full address, starting with https://.'],
    ['a script address', 'javascript:alert(document.domain)', 'Only web pages (addresses starting with https:// or http://) can be imported.'],
    ['a local file', 'file:///etc/passwd', 'Only web pages (addresses starting with https:// or http://) can be imported.'],
    ['a server error', `${base}/error`, '127.0.0.1 answered with an error (500 Internal Server Error). Nothing was added.'],
    ['a missing page', `${base}/gone`, '127.0.0.1 answered with an error (404 Not Found). Nothing was added.'],
    ['a picture', `${base}/picture`, 'That address gives image/png, not an article. Nothing was added.'],
    ['a page with no article', `${base}/no-article`, /^The page from 127\.0\.0\.1 (has no readable text|has nothing checkable)/],
    ['a closed port', `http://127.0.0.1:${closedPort}/`, 'Could not reach 127.0.0.1. Check the address and your connection. Nothing was added.'],
    ['a site that never answers', `${base}/slow`, '127.0.0.1 did not answer within 15 seconds. Nothing was added.'],
  ];
  for (const [what, address, message] of cases) {
    await test.step(what, async () => {
      await options.getByTestId('source-url').fill(address);
      await options.getByTestId('add-url').click();
      await expectAlert(options, message);
      expect(await listed(options), what).toEqual(before);
    });
  }
});

test('a full disk during an import leaves the sources as they were, and says so', async () => {
  // Chromium offers no way to shrink an extension's storage quota from a test (the DevTools
  // quota override does not reach extension origins), so the options page's IndexedDB is made
  // to fail as a full disk does: once the import has stored its first record, every further
  // write throws the browser's QuotaExceededError, and the transaction must roll back.
  const options = await context.newPage();
  await options.addInitScript(() => {
    const w = window as unknown as { __writesLeft?: number };
    for (const name of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[name];
      IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__writesLeft !== undefined && w.__writesLeft-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('source-item').nth(4)).toBeVisible({ timeout: 15_000 });
  const before = await listed(options);
  await options.evaluate(() => ((window as unknown as { __writesLeft?: number }).__writesLeft = 1));
  const text = Array.from({ length: 40 }, (_, i) => `Albanian officials said on day ${i} that the Iranian embassy in Tirana stayed closed after the cyberattack.`).join('\n');
  await options.getByTestId('source-title').fill('Big notes');
  await options.getByTestId('source-text').fill(text);
  await options.getByTestId('add-source').click();
  await expectAlert(
    options,
    'Could not add “Big notes”: the browser has no storage space left for the extension. Nothing was changed; remove a source or free some disk space and try again.',
  );
  expect(await listed(options)).toEqual(before);
  // With room again (a fresh page without the failing writes), the list is as it was, and
  // the same import goes through.
  const fresh = await openOptions();
  expect(await listed(fresh)).toEqual(before);
  await fresh.getByTestId('source-title').fill('Big notes');
  await fresh.getByTestId('source-text').fill(text);
  await fresh.getByTestId('add-source').click();
  await expect(fresh.getByTestId('source-status')).toHaveText('Added “Big notes” with 40 facts.');
});
