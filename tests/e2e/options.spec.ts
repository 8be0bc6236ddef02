import type { BrowserContext, Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';
import { screenshotPath } from '../../scripts/screenshot-path';

// A claim about the dispute that none of the five bundled sources covers ("unverified"),
// and a pasted source that states it.
const CLAIM = 'Albanian police sealed the Iranian embassy building in Tirana after the diplomats left.';
const SOURCE_TITLE = 'Police note on the embassy in Tirana';
const SOURCE_TEXT = [
  'Albania closed the Iranian embassy in Tirana and police searched the empty building on 8 September 2022.',
  'The Iranian embassy building in Tirana was sealed by Albanian police after the diplomats left.',
].join('\n\n');

const ARTICLE_URL = 'https://news.test/embassy';
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>After the break</title></head>
<body style="font: 17px/1.6 Georgia, serif; max-width: 40em; margin: 2em auto">
<h1>After the break</h1>
<p>${CLAIM}</p>
<p>Some reports claimed that Iranian diplomats were given 48 hours to leave Albania.</p>
</body></html>`;

async function openArticle(context: BrowserContext): Promise<Page> {
  await context.route('https://news.test/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: ARTICLE }));
  const page = await context.newPage();
  await page.goto(ARTICLE_URL);
  await settled(page);
  return page;
}

const claimMarker = (page: Page) => page.locator(`[data-factcheck-claim="${CLAIM}"]`);

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('source-item')).toHaveCount(5, { timeout: 15_000 });
  return options;
}

test('a pasted source is used on the next page load, survives a reload of options, and can be removed', { tag: '@screenshot' }, async ({ context, extensionId }) => {
  const article = await openArticle(context);
  await expect(claimMarker(article)).toHaveAttribute('data-factcheck-verdict', 'unverified');

  const options = await openOptions(context, extensionId);
  await options.getByTestId('source-title').fill(SOURCE_TITLE);
  await options.getByTestId('source-text').fill(SOURCE_TEXT);
  await options.getByTestId('add-source').click();
  await expect(options.getByRole('status').filter({ hasText: 'Added' })).toHaveText(`Added “${SOURCE_TITLE}” with 2 facts.`);
  const added = options.getByTestId('source-item').filter({ hasText: SOURCE_TITLE });
  await expect(added).toContainText('Added by you');
  await expect(added.getByTestId('fact-count')).toHaveText('2 facts');

  // The next load of the article is checked with the new source, and its note cites it.
  await article.reload();
  await settled(article);
  await expect(claimMarker(article)).toHaveAttribute('data-factcheck-verdict', 'supported');
  await claimMarker(article).focus();
  const note = article.getByRole('dialog', { name: 'Supported' });
  await expect(note).toContainText(SOURCE_TITLE);
  // Bundled sources still judge the other claim.
  await expect(article.locator('[data-factcheck-claim*="48 hours"]')).toHaveAttribute('data-factcheck-verdict', 'contradicted');

  await options.bringToFront();
  await options.reload();
  await expect(options.getByTestId('source-item')).toHaveCount(6);
  await expect(added.getByTestId('fact-count')).toHaveText('2 facts');
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.evaluate(() => scrollTo(0, 0));
  await options.screenshot({ path: screenshotPath('options-dark.png') });
  await options.emulateMedia({ colorScheme: 'light' });

  await added.getByRole('button', { name: `Remove “${SOURCE_TITLE}”` }).click();
  await added.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(options.getByTestId('source-item')).toHaveCount(5);
  await expect(options.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(`Removed “${SOURCE_TITLE}”.`);

  await article.reload();
  await settled(article);
  await expect(claimMarker(article)).toHaveAttribute('data-factcheck-verdict', 'unverified');
});

test('switching bundled sources off changes verdicts on the next load', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  const switches = options.getByRole('switch');
  for (let i = 0; i < 5; i++) {
    await switches.nth(i).click();
    await expect(switches.nth(i)).not.toBeChecked();
  }
  const article = await openArticle(context);
  await expect(article.locator('[data-factcheck-claim*="48 hours"]')).toHaveAttribute('data-factcheck-verdict', 'unverified');

  // A tab in the background has its timers slowed down; the reader is looking at options.
  await options.bringToFront();
  for (let i = 0; i < 5; i++) {
    await switches.nth(i).click();
    await expect(switches.nth(i)).toBeChecked();
  }
  await article.reload();
  await settled(article);
  await expect(article.locator('[data-factcheck-claim*="48 hours"]')).toHaveAttribute('data-factcheck-verdict', 'contradicted');
});

test('bad input shows one clear alert and leaves the sources as they were', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  const alert = options.getByRole('alert');

  await options.getByTestId('source-title').fill('Nothing');
  await options.getByTestId('add-source').click();
  await expect(alert).toHaveText('The pasted text is empty.');

  await options.getByTestId('source-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "@type": "ClaimReview", "claimReviewed": "x", '),
  });
  await expect(alert).toHaveText(/^broken\.json is not valid JSON/);

  await options.getByTestId('source-file').setInputFiles({
    name: 'picture.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  });
  await expect(alert).toHaveText('picture.txt is a binary file, not text.');

  await options.getByTestId('source-url').fill('not an address');
  await options.getByTestId('add-url').click();
  await expect(alert).toHaveText(/is not a web address/);

  await expect(options.getByTestId('source-item')).toHaveCount(5);
  await options.reload();
  await expect(options.getByTestId('source-item')).toHaveCount(5);
});
