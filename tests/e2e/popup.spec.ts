import type { BrowserContext } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, settled, tabIdOf, test } from './fixtures';

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

test('the popup lists the page’s claims and choosing one scrolls the page to it', async ({ context, extensionId }) => {
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
  await popup.screenshot({ path: 'docs/screenshots/popup.png' });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: 'docs/screenshots/popup-dark.png' });

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
