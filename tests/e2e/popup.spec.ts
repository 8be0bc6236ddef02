import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { browser } from 'wxt/browser';
import { expect, settled, tabIdOf, test } from './fixtures';
import { screenshotPath } from '../../scripts/screenshot-path';

// Code passed to evaluate() runs in an extension page, where `chrome` is the extension API.
declare const chrome: typeof browser;

// A long article about the dispute, served by the test itself (the machine has no network):
// the claims sit below a tall block so that revealing one has to scroll the page.
const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tirana and Tehran</title></head>
<body style="font: 16px/1.5 serif; max-width: 40em; margin: 2em auto">
<h1>A year of strained ties</h1>
<p>The weather in the capital was mild all week, and cafés along the boulevard were busy.</p>
<div style="height: 2400px" aria-hidden="true"></div>
<p>Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.</p>
<p>Some reports claimed that Iranian diplomats were given 48 hours to leave Albania.</p>
<div style="height: 1200px" aria-hidden="true"></div>
</body></html>`;

const ARTICLE_URL = 'https://news.test/tirana-tehran';

async function serveArticle(context: BrowserContext) {
  await context.route('https://news.test/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: ARTICLE }));
}

test('the popup lists the page’s claims and choosing one scrolls the page to it', { tag: '@screenshot' }, async ({ context, extensionId }) => {
  await serveArticle(context);
  const article = await context.newPage();
  await article.goto(ARTICLE_URL);
  await settled(article);
  await expect(article.locator('[data-factcheck-verdict="contradicted"]')).toHaveCount(1);
  const tabId = await tabIdOf(context, extensionId, ARTICLE_URL);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);

  const counts = popup.getByRole('list', { name: 'Claims by verdict' });
  await expect(counts.locator('[data-verdict="contradicted"]')).toContainText('1');
  await expect(counts.locator('[data-verdict="supported"]')).toContainText('1');
  const claim = popup.getByRole('button', { name: /48 hours to leave Albania/ });
  await expect(claim).toContainText('Contradicted');
  await expect(claim).toContainText('24 hours');
  await popup.screenshot({ path: screenshotPath('popup.png') });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: screenshotPath('popup-dark.png') });

  expect(await article.evaluate(() => scrollY)).toBe(0);
  // Keyboard first: focus the claim and press Enter, as a reader without a mouse would.
  await claim.focus();
  await claim.press('Enter');
  await expect.poll(() => article.evaluate(() => scrollY)).toBeGreaterThan(1500);
  const inView = await article.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes('48 hours'))!;
    const r = p.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  expect(inView).toBe(true);
  await expect(article.getByRole('dialog', { name: 'Contradicted' })).toBeVisible();
});

test('the popup says so when a page cannot be checked', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('chrome://version/');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async () => {
    // Tab ids only grow: the newest tab other than this one is the chrome:// page.
    const self = (await chrome.tabs.getCurrent())?.id;
    const ids = (await chrome.tabs.query({})).map((t) => t.id ?? -1).filter((id) => id !== self);
    return Math.max(-1, ...ids);
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('status')).toContainText(/cannot be checked/, { timeout: 10_000 });
  await expect(popup.getByRole('switch')).toHaveCount(0);
});

test('the popup’s switch pauses checking on the site and resumes it', async ({ context, extensionId }) => {
  await serveArticle(context);
  const article = await context.newPage();
  await article.goto(ARTICLE_URL);
  await settled(article);
  const markers = article.locator('[data-factcheck-verdict]');
  await expect(markers).toHaveCount(2);
  const tabId = await tabIdOf(context, extensionId, ARTICLE_URL);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);

  const toggle = popup.getByRole('switch', { name: 'Pause checking on this site' });
  await expect(toggle).not.toBeChecked();
  await toggle.press('Space');
  await expect(popup.getByRole('status')).toContainText('Checking is paused on news.test');
  await expect(markers).toHaveCount(0);

  await toggle.press('Space');
  await expect(markers).toHaveCount(2);
  await expect(popup.getByRole('button', { name: /48 hours to leave Albania/ })).toBeVisible();
});

test('the popup fills in by itself as the page is checked, filters by verdict and reports the page', async ({ context, extensionId }) => {
  await serveArticle(context);
  const article = await context.newPage();
  await article.goto(ARTICLE_URL);
  await settled(article);
  const tabId = await tabIdOf(context, extensionId, ARTICLE_URL);
  const origin = `chrome-extension://${extensionId}`;
  // Extension origins are opaque to the permission API: the grant is for every origin of this profile.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  const popup = await context.newPage();
  await popup.goto(`${origin}/popup.html?tab=${tabId}`);
  const claims = popup.locator('button.claim');
  await expect(claims).toHaveCount(2);

  // The page gains a claim while the popup is open: the page tells the popup, which lists it
  // in page order, between the two it had.
  await article.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Albania cut diplomatic ties with Iran in September 2022.';
    document.querySelectorAll('p')[1]!.after(p);
  });
  await expect(claims).toHaveCount(3);
  await expect(claims.nth(0)).toContainText('Edi Rama');
  await expect(claims.nth(1)).toContainText('September 2022');
  const counts = popup.getByRole('list', { name: 'Claims by verdict' });
  await expect(counts.locator('[data-verdict="supported"]')).toContainText('2');

  // The gravest detail of the contradicted claim is shown in the list, in the card's words.
  const contradicted = popup.getByRole('button', { name: /48 hours to leave Albania/ });
  await expect(contradicted.locator('.detail')).toContainText('48 hours: the sources say 24 hours');

  // Filter by keyboard: Tab to the count, Space to choose it.
  const filter = counts.getByRole('button', { name: /Contradicted/ });
  await filter.focus();
  await popup.keyboard.press('Space');
  await expect(filter).toHaveAttribute('aria-pressed', 'true');
  await expect(claims).toHaveCount(1);
  await expect(claims.first()).toContainText('48 hours to leave Albania');
  await expect(counts.getByRole('button', { name: /Disputed/ })).toBeDisabled();
  await counts.getByRole('button', { name: /All/ }).click();
  await expect(claims).toHaveCount(3);

  // Copy report: Markdown with the page's title and a quoted source on the clipboard.
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Copy report' }).click();
  await expect(popup.getByRole('status')).toContainText('Report copied as Markdown: 3 claims');
  const md = await popup.evaluate(() => navigator.clipboard.readText());
  expect(md.split('\n')[0]).toBe('# Fact check: Tirana and Tehran');
  expect(md).toContain(`<${ARTICLE_URL}>`);
  expect(md).toContain('**Claim:** Some reports claimed that Iranian diplomats were given 48 hours to leave Albania.');
  expect(md).toMatch(/\n> [^\n]*24 hours[^\n]*\n> — \*[^*\n]+\*/);

  // Save JSON: a file named from the host and the day, with every claim in page order.
  const downloading = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Save JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^albania-iran-factcheck-news\.test-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(data.page).toEqual({ title: 'Tirana and Tehran', url: ARTICLE_URL, host: 'news.test' });
  expect(data.claims.map((c: { verdict: string }) => c.verdict)).toEqual(['supported', 'supported', 'contradicted']);
  const quoted = data.claims[2].sources[0];
  expect(quoted.quote).toMatch(/24 hours/);
  expect(quoted.title).toEqual(expect.any(String));
});

test('on a page with no claims, Copy report and Save JSON say so and copy or save nothing', async ({ context, extensionId }) => {
  const url = 'https://news.test/bread';
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Bread</title><h1>Baking bread</h1><p>Mix the flour with water and salt, and leave the dough overnight.</p>' }),
  );
  const page = await context.newPage();
  await page.goto(url);
  await settled(page).catch(() => undefined);
  const tabId = await tabIdOf(context, extensionId, url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-state="no-claims"]')).toBeVisible();
  await popup.bringToFront();
  await popup.evaluate(() => navigator.clipboard.writeText('what the reader had copied'));

  let downloaded = false;
  popup.on('download', () => void (downloaded = true));
  await popup.getByRole('button', { name: 'Copy report' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'no report to copy' })).toContainText('Nothing was copied.');
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('what the reader had copied');
  await popup.getByRole('button', { name: 'Save JSON' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'no report to save' })).toContainText('Nothing was saved.');
  expect(downloaded).toBe(false);
  await popup.close();
  await page.close();
});
