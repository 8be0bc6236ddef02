import type { Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';
import { VERDICT_LOOK } from '../../src/core/verdict/vocabulary';
import type { Verdict } from '../../src/core/types';

// A reader who doubts a sentence selects it and presses the check button. Each sentence of
// pages/selection-verdicts.html is selected on its own, as a reader would, and the card must
// name the verdict in words: claims the sources contradict (a week or a month instead of
// 24 hours, a denial, praise instead of criticism, the sides swapped, ties kept instead of
// cut) say so, a sentence about something else in Tirana says it is not about the dispute,
// and a headline, which asserts nothing, is never called supported.

const card = (page: Page) => page.locator('[data-factcheck-result]');

/** Selects the paragraph `id` by a triple click and presses the check button beside it. */
async function check(page: Page, server: string, id: string): Promise<void> {
  await page.goto(`${server}/pages/selection-verdicts.html`);
  await settled(page);
  await page.locator(`#${id}`).click({ clickCount: 3 });
  await page.locator('[data-factcheck-action="check-selection"]').click();
}

const EXPECTED: [id: string, sentence: string, verdict: Verdict][] = [
  ['s-week', 'Albania gave the Iranian diplomats a full week to leave.', 'contradicted'],
  ['s-month', "Rama gave Iran's diplomats a whole month to pack up and go.", 'contradicted'],
  ['s-not-behind', 'Rama said Iran was not behind the cyberattack.', 'contradicted'],
  ['s-praised', 'Tehran praised the Albanian decision.', 'contradicted'],
  ['s-blamed', 'Iran blamed Albania for the July cyberattack.', 'contradicted'],
  ['s-iran-cut', 'Iran cut diplomatic ties with Albania.', 'contradicted'],
  ['s-kept', 'Albania kept its ties with Iran despite the cyberattack.', 'contradicted'],
  ['s-bridge', 'Rama opened a new bridge in Tirana on Monday.', 'offtopic'],
];

for (const [id, sentence, verdict] of EXPECTED) {
  test(`selecting “${sentence}” shows ${VERDICT_LOOK[verdict].word}`, async ({ page, server }) => {
    await check(page, server, id);
    // The page holds the sentence alone, so the selection is exactly what the reader doubts.
    expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe(sentence);
    await expect(card(page)).toHaveAttribute('data-factcheck-result', verdict);
    await expect(card(page).locator('.verdict-word')).toHaveText(VERDICT_LOOK[verdict].word);
  });
}

test('selecting the headline “What we know about the Albania–Iran break” never shows Supported', async ({ page, server }) => {
  await check(page, server, 's-heading');
  // Wait for an answer, whichever it is, before saying which it must not be.
  await expect(card(page)).toHaveAttribute('data-factcheck-result', /.+/);
  await expect(card(page)).not.toHaveAttribute('data-factcheck-result', 'supported');
  await expect(card(page).locator('.verdict-word')).not.toHaveText(VERDICT_LOOK.supported.word);
});
