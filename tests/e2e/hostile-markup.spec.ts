import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, PAGES_DIR, settled, tabIdOf, test } from './fixtures';
import { UI_HOST_TAG } from '../../src/shared/views';

// Markup and script written in a page's text or in a source's text is shown as text in
// every view: inline notes, the selection card, the popup and the options page. Nothing of
// it runs (no dialog, no flag set by the payloads), and no element of it appears.

const PAYLOADS = JSON.parse(readFileSync(path.join(PAGES_DIR, 'hostile/payloads.json'), 'utf8')) as string[];

// A source whose title and sentences carry payloads; its facts back the page's first claim.
const SOURCE_TITLE = `Embassy note ${PAYLOADS[0]} ${PAYLOADS[4]}`;
const SOURCE_TEXT = [
  `The Iranian embassy building in Tirana was sealed by Albanian police ${PAYLOADS[1]} after the diplomats left.`,
  `Albania closed the Iranian embassy in Tirana ${PAYLOADS[2]} and police searched the empty building on 8 September 2022.`,
].join('\n\n');

/** Everything the page and the extension's pages must never see, gathered across the test. */
interface Watch {
  dialogs: string[];
  violations: string[];
}

function watch(context: BrowserContext): Watch {
  const w: Watch = { dialogs: [], violations: [] };
  const follow = (p: Page) => {
    p.on('dialog', (d) => {
      w.dialogs.push(`${p.url()}: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) w.violations.push(`${p.url()}: ${m.text()}`);
    });
  };
  context.pages().forEach(follow);
  context.on('page', follow);
  return w;
}

/** Elements the extension's views are built from; a payload's tags are not among them. */
const UI_TAGS = new Set([
  'html', 'head', 'body', 'style', 'div', 'main', 'header', 'footer', 'section', 'form', 'label', 'input', 'textarea',
  'button', 'svg', 'path', 'circle', 'g', 'strong', 'em', 'p', 'ul', 'ol', 'li', 'span', 'blockquote', 'cite', 'q',
  'h1', 'h2', 'h3', 'progress', 'a', 'link', 'meta', 'title', 'script', 'fieldset', 'legend',
]);

/**
 * What a view is made of: tags outside the UI's vocabulary, event-handler attributes,
 * script-running URLs, and script or style elements beyond the ones it started with.
 */
async function foreignMarkup(root: Locator): Promise<string[]> {
  return root.evaluate((el, tags) => {
    const allowed = new Set(tags);
    const scope = (el.shadowRoot ?? el) as ParentNode;
    const out: string[] = [];
    for (const e of scope.querySelectorAll('*')) {
      if (!allowed.has(e.localName)) out.push(`<${e.localName}>`);
      for (const a of e.attributes) {
        if (/^on/i.test(a.name)) out.push(`${e.localName}[${a.name}]`);
        if (/^\s*(javascript|data|vbscript):/i.test(a.value)) out.push(`${e.localName}[${a.name}=${a.value}]`);
      }
    }
    return out;
  }, [...UI_TAGS]);
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

test('markup in page and source text shows as text in every note, card, popup and options view', async ({ context, extensionId, server }) => {
  const seen = watch(context);

  // --- the options page: a source whose title and text carry payloads
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('source-item')).toHaveCount(5, { timeout: 15_000 });
  const optionsScripts = await options.locator('script, style, link').count();
  await options.getByTestId('source-title').fill(SOURCE_TITLE);
  await options.getByTestId('source-text').fill(SOURCE_TEXT);
  await options.getByTestId('add-source').click();
  await expect(options.getByTestId('source-status')).toHaveText(/^Added “.*” with 2 facts\.$/);
  await expect(options.getByTestId('source-status')).toContainText(SOURCE_TITLE);
  const added = options.getByTestId('source-item').filter({ hasText: 'Embassy note' });
  await expect(added.locator('h3')).toHaveText(SOURCE_TITLE);
  expect(await foreignMarkup(options.locator('body'))).toEqual([]);
  expect(await options.locator('script, style, link').count()).toBe(optionsScripts);

  // --- the page: every payload paragraph gets a note showing its text as written
  const page = await context.newPage();
  const url = `${server}/pages/hostile/markup.html`;
  await page.goto(url);
  await settled(page);
  const paragraphs = page.locator('p.payload');
  await expect(paragraphs).toHaveCount(PAYLOADS.length);
  for (const [i, payload] of PAYLOADS.entries()) await expect(paragraphs.nth(i)).toContainText(payload);

  const host = page.locator(UI_HOST_TAG);
  const badges = page.locator('[data-factcheck-claim]');
  await expect(badges.first()).toBeAttached();
  const claims = await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-factcheck-claim') ?? ''));
  const shownWhole = PAYLOADS.filter((p) => claims.some((c) => c.includes(p.replace(/\s+/g, ' '))));
  // A sentence splitter may cut a payload at its own full stops; most stay whole, and every
  // payload paragraph is marked.
  expect(shownWhole.length, `payloads shown whole in a claim: ${shownWhole.length} of ${PAYLOADS.length}`).toBeGreaterThanOrEqual(PAYLOADS.length - 4);
  const unmarked = await paragraphs.evaluateAll(
    (ps, all) => ps.filter((p) => !all.some((c) => (p.textContent ?? '').replace(/\s+/g, ' ').includes(c))).map((p) => p.textContent),
    claims,
  );
  expect(unmarked).toEqual([]);

  // Each note opened in turn shows its claim's evidence; the embassy claim quotes the
  // payload-laden source, title and all.
  const count = await badges.count();
  for (let i = 0; i < count; i++) {
    await badges.nth(i).focus();
    await expect(page.locator('[data-factcheck-note]')).toBeVisible();
  }
  const embassy = page.locator('[data-factcheck-claim^="Albanian police sealed"]');
  await embassy.focus();
  const note = page.locator('[data-factcheck-note]');
  await expect(note).toContainText(PAYLOADS[1]!);
  await expect(note.locator('cite').first()).toContainText(SOURCE_TITLE);
  expect(await foreignMarkup(host)).toEqual([]);
  await page.keyboard.press('Escape');

  // --- the selection card, on a payload paragraph
  await page.evaluate(() => {
    const p = document.querySelector('#payload-4')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.locator('[data-factcheck-action="check-selection"]').click();
  await expect(page.locator('[data-factcheck-result]')).toBeVisible();
  expect(await foreignMarkup(host)).toEqual([]);

  // --- the popup: claims and quotes as text
  const tabId = await tabIdOf(context, extensionId, url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const listed = popup.locator('.claim-text');
  await expect(listed).toHaveCount(count);
  const listedTexts = await listed.allTextContents();
  expect(listedTexts.sort()).toEqual([...claims].sort());
  await expect(popup.locator('.claim', { hasText: 'Albanian police sealed' }).locator('q')).toContainText(PAYLOADS[1]!);
  expect(await foreignMarkup(popup.locator('body'))).toEqual([]);

  // --- nothing ran, nothing was injected
  const authored = await page.evaluate(() => (window as unknown as { __authored: Record<string, number> }).__authored);
  expect(await page.evaluate(() => ({
    img: document.querySelectorAll('img').length,
    svg: document.querySelectorAll('svg').length,
    iframe: document.querySelectorAll('iframe').length,
    script: document.querySelectorAll('script').length,
  }))).toEqual(authored);
  for (const p of [page, options, popup]) expect(await pwned(p), p.url()).toBeNull();
  expect(seen.dialogs).toEqual([]);
  expect(seen.violations).toEqual([]);
});
