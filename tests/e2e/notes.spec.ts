import { background, expect, settled, tabIdOf, test } from './fixtures';
import { UI_HOST_TAG } from '../../src/shared/views';
import { screenshotPath } from '../../scripts/screenshot-path';

// Inline notes on pages: verdicts, the page left intact, keyboard use, later content, pausing.

const markers = '[data-factcheck-verdict]';

test('an article about the dispute gets notes with the right verdicts', async ({ page, server }) => {
  await page.goto(`${server}/pages/article.html`);
  await settled(page);

  const contradicted = page.locator('[data-factcheck-verdict="contradicted"][data-factcheck-claim*="48 hours"]');
  await expect(contradicted).toHaveCount(1);
  await expect(contradicted).toHaveAttribute('aria-label', /^Fact check: contradicted — .*24 hours/);
  const supported = page.locator(`[data-factcheck-verdict="supported"][data-factcheck-claim="Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave."]`);
  await expect(supported).toHaveCount(1);

  // Nothing from the local news, hidden text, form fields, the editor or scripts.
  for (const words of ['football', 'bakery', '72 hours', '96 hours', '12 hours', '5 hours', 'olives']) {
    await expect(page.locator(`[data-factcheck-claim*="${words}"]`), words).toHaveCount(0);
  }

  const inPage = await page.evaluate((hostTag) => {
    const host = document.querySelector(hostTag);
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
    const contradicted = reg.get('factcheck-contradicted');
    return {
      open: host?.shadowRoot != null,
      hosts: document.querySelectorAll(hostTag).length,
      highlighted: contradicted ? [...contradicted].map((r) => r.toString()) : [],
      scans: performance.getEntriesByName('factcheck:scan').length,
      highlightRules: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      styleElements: document.querySelectorAll('style').length,
    };
  }, UI_HOST_TAG);
  expect(inPage.open).toBe(true);
  expect(inPage.hosts).toBe(1);
  expect(inPage.highlighted).toContain('Iranian diplomats were given 48 hours to leave Albania.');
  expect(inPage.scans).toBeGreaterThanOrEqual(1);
  // The underline styles come from a sheet adopted by the document, not an element added to it.
  expect(inPage.highlightRules).toContain('::highlight(factcheck-contradicted)');
  expect(inPage.styleElements).toBe(1);
});

test('marking leaves every text node and the markup of the page as they were', async ({ page, server }) => {
  await page.goto(`${server}/pages/article.html`);
  await settled(page);
  await expect(page.locator(markers).first()).toBeAttached();
  const changes = await page.evaluate(() => {
    const w = window as unknown as { __textNodes: { node: Text; data: string; parent: Node }[]; __markup: string };
    const moved = w.__textNodes.filter((t) => !t.node.isConnected || t.node.parentNode !== t.parent || t.node.data !== t.data);
    return { moved: moved.map((t) => t.data), markupSame: document.body.innerHTML === w.__markup };
  });
  expect(changes.moved).toEqual([]);
  expect(changes.markupSame).toBe(true);
});

test('a note opens from its badge by keyboard, shows evidence, and Escape closes it', { tag: '@screenshot' }, async ({ page, server }) => {
  await page.goto(`${server}/pages/article.html`);
  await settled(page);
  const badge = page.locator('[data-factcheck-verdict="contradicted"]').first();
  await badge.focus();
  const note = page.getByRole('dialog', { name: 'Contradicted' });
  await expect(note).toBeVisible();
  await expect(note).toContainText('24 hours');
  await expect(note.locator('blockquote').first()).toContainText('24 hours');
  await expect(note.locator('cite').first()).not.toBeEmpty();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');

  const box = (await note.boundingBox())!;
  const para = (await page.locator('#p-cut').boundingBox())!;
  const left = Math.max(0, para.x - 16);
  const top = Math.max(0, para.y - 16);
  await page.screenshot({
    path: screenshotPath('inline-note.png'),
    clip: { x: left, y: top, width: Math.max(box.x + box.width, para.x + para.width) + 16 - left, height: box.y + box.height + 16 - top },
  });

  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(badge).toBeFocused();
});

test('a dismissed note leaves the page', async ({ page, server }) => {
  await page.goto(`${server}/pages/article.html`);
  await settled(page);
  const badge = page.locator('[data-factcheck-claim*="Edi Rama"]');
  await badge.click();
  await page.getByRole('button', { name: 'Dismiss note' }).click();
  await expect(badge).toHaveCount(0);
  await expect(page.locator('[data-factcheck-verdict="contradicted"]')).toHaveCount(1);
});

test('content added after load gets notes, without rescanning or looping on a busy page', async ({ page, server }) => {
  await page.goto(`${server}/pages/live.html`);
  await settled(page);
  await expect(page.locator(markers)).toHaveCount(0);

  await page.evaluate(() => {
    const add = (window as unknown as { addStory(t: string): void }).addStory;
    add('Iranian diplomats were given 48 hours to leave Albania after the attack.');
    add('The central bank kept interest rates unchanged on Thursday.');
  });
  const added = page.locator('[data-factcheck-claim="Iranian diplomats were given 48 hours to leave Albania after the attack."]');
  await expect(added).toHaveAttribute('data-factcheck-verdict', 'contradicted', { timeout: 10_000 });
  await expect(page.locator('[data-factcheck-claim*="interest rates"]')).toHaveCount(0);

  // The ticker changes the page every 30 ms: its line is looked at again at most every
  // 400 ms, and as it never names a side, no block is read in full.
  const scansBefore = await page.evaluate(() => performance.getEntriesByName('factcheck:scan').length);
  await page.waitForTimeout(2000);
  const later = await page.evaluate(
    (from) => performance.getEntriesByName('factcheck:scan').slice(from).map((e) => ((e as PerformanceMeasure).detail as { blocks: number }).blocks),
    scansBefore,
  );
  expect(later.length).toBeLessThanOrEqual(6);
  expect(later.every((blocks) => blocks === 0)).toBe(true);
  await page.evaluate(() => (window as unknown as { addStory(t: string): void }).addStory('Albania cut diplomatic ties with Iran in 2019.'));
  await expect(page.locator('[data-factcheck-claim="Albania cut diplomatic ties with Iran in 2019."]')).toHaveAttribute(
    'data-factcheck-verdict',
    'contradicted',
  );
  await expect(added).toHaveCount(1);
});

test('pausing the site removes the notes and resuming brings them back', async ({ page, server, context, extensionId }) => {
  await page.goto(`${server}/pages/article.html`);
  await settled(page);
  const count = await page.locator(markers).count();
  expect(count).toBeGreaterThanOrEqual(2);
  const sw = await background(context, extensionId);
  const setPaused = (hosts: string[]) =>
    sw.evaluate((h) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ pausedHosts: h }), hosts);
  await setPaused(['127.0.0.1']);
  await expect(page.locator(markers)).toHaveCount(0);
  await setPaused([]);
  await expect(page.locator(markers)).toHaveCount(count);
});

test('the toolbar badge counts the flagged claims of the tab', async ({ page, server, context, extensionId }) => {
  const url = `${server}/pages/article.html`;
  await page.goto(url);
  await settled(page);
  const flagged = await page.locator('[data-factcheck-verdict="contradicted"], [data-factcheck-verdict="mixed"]').count();
  expect(flagged).toBeGreaterThanOrEqual(1);
  const tabId = await tabIdOf(context, extensionId, url);
  const sw = await background(context, extensionId);
  const badgeText = () =>
    sw.evaluate((tabId) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId }), tabId);
  await expect.poll(badgeText).toBe(String(flagged));

  // A page in the same tab with nothing flagged leaves the badge blank.
  await page.goto(`${server}/pages/live.html`);
  await settled(page);
  await expect.poll(badgeText).toBe('');
});

test('notes follow a dark colour scheme and ignore the page’s own styles', async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${server}/pages/article.html`);
  await settled(page);
  await page.locator('[data-factcheck-verdict="contradicted"]').first().focus();
  const note = page.getByRole('dialog', { name: 'Contradicted' });
  await expect(note).toBeVisible();
  const style = await note.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, letterSpacing: s.letterSpacing };
  });
  const [r, g, b] = style.background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(3 * 80);
  // The article sets letter-spacing on every div; the note keeps its own.
  expect(style.letterSpacing).toBe('normal');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => note.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('a claim is judged detail by detail: partly supported shows as such, and its card lists each detail with its outcome', async ({ page, server }) => {
  await page.goto(`${server}/pages/details.html`);
  await settled(page);

  const partly = page.locator('[data-factcheck-verdict="partly"][data-factcheck-claim*="official letter"]');
  await expect(partly).toHaveCount(1);
  await expect(partly).toHaveAttribute('aria-label', /^Fact check: partly supported — /);
  await partly.focus();
  const card = page.getByRole('dialog', { name: 'Partly supported' });
  await expect(card).toBeVisible();
  const details = card.getByRole('list', { name: 'The claim’s details' });
  await expect(details).toContainText(/24 hours: (\w+ sources agree|one source says so)/);
  await expect(details).toContainText('letter: in no source');
  await page.keyboard.press('Escape');

  // A detail that clashes is named with what the sources say instead, first in the list.
  const clash = page.locator('[data-factcheck-verdict="contradicted"][data-factcheck-claim*="30 kilometers"]');
  await expect(clash).toHaveCount(1);
  await clash.focus();
  const first = page.getByRole('dialog', { name: 'Contradicted' }).getByRole('list', { name: 'The claim’s details' }).getByRole('listitem').first();
  await expect(first).toHaveText(/^30 kilometers from Tirana: the sources say 40 ?km/);
  // ... and quotes the source's words for it.
  await expect(first.locator('q')).toContainText('40km');
  await page.keyboard.press('Escape');

  // A sentence that names neither side is judged because its page is about the dispute.
  await expect(page.locator('[data-factcheck-claim*="drove away from the building"]')).toHaveCount(1);
});
