import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settled, tabIdOf, test } from './fixtures';

// Accessibility of everything the extension draws, checked with axe-core, and a note used
// with the keyboard alone. The page is the project's own six-verdict page.

async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

async function openVerdicts(page: Page, server: string): Promise<void> {
  await page.goto(`${server}/pages/verdicts.html`);
  await settled(page);
  await expect(page.locator('[data-factcheck-verdict]')).toHaveCount(6);
}

test('axe finds no violation in an open note card or in the selection card', async ({ page, server }) => {
  await openVerdicts(page, server);
  await page.locator('[data-factcheck-verdict="contradicted"]').focus();
  await expect(page.getByRole('dialog', { name: 'Contradicted' })).toBeVisible();
  expect(await violations(page, 'factcheck-notes')).toEqual([]);

  await page.keyboard.press('Escape');
  await page.locator('#v-partly').click({ clickCount: 3 });
  await page.locator('[data-factcheck-action="check-selection"]').click();
  await expect(page.locator('[data-factcheck-result]')).toHaveAttribute('data-factcheck-result', 'partly');
  expect(await violations(page, 'factcheck-notes')).toEqual([]);
});

test('axe finds no violation in the "Wrong verdict?" form or in a corrected note', async ({ page, server }) => {
  await openVerdicts(page, server);
  await page.locator('[data-factcheck-verdict="partly"]').click();
  const note = page.getByRole('dialog', { name: 'Partly supported' });
  await note.getByRole('button', { name: 'Wrong verdict?' }).click();
  await expect(note.getByRole('group', { name: 'What do the sources really say?' })).toBeVisible();
  expect(await violations(page, 'factcheck-notes')).toEqual([]);

  await note.getByRole('radio', { name: 'Supported', exact: true }).check();
  await note.getByRole('button', { name: 'Save correction' }).click();
  await expect(note.locator('.correction-line')).toHaveText('Checker: Partly supported · You: Supported');
  expect(await violations(page, 'factcheck-notes')).toEqual([]);
});

test('axe finds no violation in the popup or the options page', async ({ context, page, server, extensionId }) => {
  await openVerdicts(page, server);
  const tabId = await tabIdOf(context, extensionId, `${server}/pages/verdicts.html`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  // Five sentences and the headline; the football result gets no note.
  await expect(popup.locator('.claims li')).toHaveCount(6);
  expect(await violations(popup)).toEqual([]);
  await popup.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('source-item')).toHaveCount(5, { timeout: 15_000 });
  await expect(options.getByTestId('what-to-mark').getByRole('radio')).toHaveCount(15);
  expect(await violations(options)).toEqual([]);
  await options.close();
});

test('with the keyboard alone: Tab to a badge, Enter opens its note, arrows walk its details, Escape closes and gives the focus back', async ({ page, server }) => {
  await openVerdicts(page, server);
  // The page has no links or fields, so Tab goes from badge to badge: the headline's, then the first sentence's.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { verdict: el?.getAttribute('data-factcheck-verdict') ?? null, role: el?.getAttribute('role') ?? null, tag: el?.localName ?? null, text: el?.textContent ?? '' };
  });
  expect((await focused()).verdict).toBe('contradicted');

  await page.keyboard.press('Enter');
  const note = page.getByRole('dialog', { name: 'Contradicted' });
  await expect(note).toBeVisible();
  expect((await focused()).role).toBe('dialog');

  // Tab goes past the close button to the details; the first (the clash) comes first.
  await page.keyboard.press('Tab');
  expect((await focused()).tag).toBe('button');
  await page.keyboard.press('Tab');
  const first = await focused();
  expect(first.tag).toBe('li');
  expect(first.text).toMatch(/48 hours: the sources say 24 hours/);

  // The partly supported claim has several details to walk through.
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  expect((await focused()).verdict).toBe('contradicted');

  const partly = page.locator('[data-factcheck-verdict="partly"]');
  await partly.focus();
  await page.keyboard.press('Enter');
  const partlyNote = page.getByRole('dialog', { name: 'Partly supported' });
  await expect(partlyNote).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const seen = [(await focused()).text];
  const count = await partlyNote.locator('.detail').count();
  expect(count).toBeGreaterThan(1);
  for (let i = 1; i < count; i++) {
    await page.keyboard.press('ArrowDown');
    seen.push((await focused()).text);
  }
  expect(new Set(seen).size).toBe(count);
  expect(seen.some((t) => /: in no source/.test(t))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(partlyNote).toBeHidden();
  expect((await focused()).verdict).toBe('partly');
});

test('a note card stays within the viewport and never covers its own sentence', async ({ page, server }) => {
  await page.setViewportSize({ width: 700, height: 520 });
  await openVerdicts(page, server);
  // Room around the text, so any sentence can be scrolled to the top or the bottom of the window.
  await page.evaluate(() => void (document.body.style.padding = '700px 1em'));
  // The badges follow the text to its new place.
  const first = page.locator('[data-factcheck-verdict="contradicted"]');
  await expect
    .poll(async () => Math.abs((await first.boundingBox())!.y - (await page.locator('#v-contradicted').boundingBox())!.y) < 30)
    .toBe(true);
  for (const id of ['v-contradicted', 'v-unverified']) {
    const verdict = id.slice(2);
    // Put the sentence near the bottom of the window, then near the top.
    for (const block of ['end', 'start'] as const) {
      await page.locator(`#${id}`).evaluate((el, b) => el.scrollIntoView({ block: b }), block);
      // The page's headline may carry a note of the same verdict: take this sentence's badge.
      const badges = page.locator(`[data-factcheck-verdict="${verdict}"]`);
      const top = (await page.locator(`#${id}`).boundingBox())!.y;
      const gaps = await Promise.all((await badges.all()).map(async (b) => Math.abs((await b.boundingBox())!.y - top)));
      const badge = badges.nth(gaps.indexOf(Math.min(...gaps)));
      await badge.focus();
      await page.keyboard.press('Enter');
      const card = page.getByRole('dialog');
      await expect(card).toBeVisible();
      const [c, s] = [await card.boundingBox(), await page.locator(`#${id}`).evaluate((el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        const b = r.getBoundingClientRect();
        return { top: b.top, bottom: b.bottom };
      })];
      expect(c!.y, `${verdict} ${block}: card top in view`).toBeGreaterThanOrEqual(0);
      expect(c!.y + c!.height, `${verdict} ${block}: card bottom in view`).toBeLessThanOrEqual(520);
      // Below the sentence when there is room under it, above it when there is not.
      if (block === 'start') expect(c!.y, `${verdict}: card below its sentence`).toBeGreaterThanOrEqual(s.bottom);
      else expect(c!.y + c!.height, `${verdict}: card above its sentence`).toBeLessThanOrEqual(s.top);
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
    }
  }

  // The selection's card too: a sentence near the bottom of the window, selected and checked.
  await page.locator('#v-partly').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.evaluate(() => window.scrollBy(0, 60));
  await page.locator('#v-partly').click({ clickCount: 3 });
  await page.locator('[data-factcheck-action="check-selection"]').click();
  const answer = page.locator('[data-factcheck-result]');
  await expect(answer).toHaveAttribute('data-factcheck-result', 'partly');
  const [a, sel] = [await answer.boundingBox(), await page.locator('#v-partly').boundingBox()];
  expect(a!.y, 'selection card top in view').toBeGreaterThanOrEqual(0);
  expect(a!.y + a!.height, 'selection card bottom in view').toBeLessThanOrEqual(520);
  expect(a!.y >= sel!.y + sel!.height || a!.y + a!.height <= sel!.y, 'selection card beside, not over, the selection').toBe(true);
});
