import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, settled, tabIdOf, test } from './fixtures';
import { screenshotPath } from '../../scripts/screenshot-path';

// A reader corrects the checker's verdict in a note, on the project's six-verdict page, and
// finds the correction again: after a reload, on another page with the same sentence, on the
// options page (changed, exported, imported) and in the popup's report. The correction
// screenshot of the README is made here, once the corrected note shows both verdicts.

const SUPPORTED = "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.";
const UNVERIFIED = 'Turkey offered to mediate between Albania and Iran.';
const MIXED = 'The MEK was transferred to Albania in 2016.';
const CONTRADICTED = 'Iranian diplomats were given 48 hours to leave Albania.';

async function openVerdicts(page: Page, server: string): Promise<void> {
  await page.goto(`${server}/pages/verdicts.html`);
  await settled(page);
  await expect(page.locator('[data-factcheck-verdict]')).toHaveCount(6);
}

/** The element that has the focus, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.localName ?? null, text: el?.textContent?.trim() ?? '', label: el?.getAttribute('aria-label') ?? null, value: (el as HTMLInputElement | null)?.value ?? null };
  });

/** Corrects a claim's note with the mouse: open it, "Wrong verdict?", pick, comment, save. */
async function correctByMouse(page: Page, claim: string, verdict: string, label: string, comment = ''): Promise<void> {
  await page.locator(`[data-factcheck-claim="${claim}"]`).click();
  const note = page.getByRole('dialog', { name: verdict, exact: true });
  await note.getByRole('button', { name: 'Wrong verdict?' }).click();
  await note.getByRole('radio', { name: label, exact: true }).check();
  if (comment) await note.getByLabel('Comment (optional)').fill(comment);
  await note.getByRole('button', { name: 'Save correction' }).click();
  await expect(note.locator('.correction-line')).toHaveText(`Checker: ${verdict} · You: ${label}`);
}

test('a reader corrects a note with the mouse and sees both verdicts again after a reload and on another page', { tag: '@screenshot' }, async ({ context, page, server }) => {
  await page.setViewportSize({ width: 760, height: 720 });
  await openVerdicts(page, server);
  await correctByMouse(page, SUPPORTED, 'Supported', 'Contradicted', 'The decree gave them 48 hours.');
  const note = page.getByRole('dialog', { name: 'Supported', exact: true });
  await expect(note.locator('.correction-comment')).toHaveText('Your comment: The decree gave them 48 hours.');
  await expect(note.getByRole('status')).toHaveText('Kept in this browser: you say contradicted.');
  await expect(note.getByRole('button', { name: 'Change your verdict' })).toBeFocused();

  await page.reload();
  await settled(page);
  const badge = page.locator(`[data-factcheck-claim="${SUPPORTED}"]`);
  // The verdict stays the checker's; the reader's is said beside it, in words.
  await expect(badge).toHaveAttribute('data-factcheck-verdict', 'supported');
  await expect(badge).toHaveAttribute('aria-label', /; you said contradicted$/);
  await badge.click();
  await expect(note.locator('.correction-line')).toHaveText('Checker: Supported · You: Contradicted');
  await page.screenshot({ path: screenshotPath('correction.png') });

  // The same sentence, laid out otherwise, on a page of another site.
  await context.route('https://news.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body><h1>Albania and Iran</h1>
        <p>Albania cut diplomatic ties with Iran in September 2022. Prime Minister Edi Rama gave Iran's
        diplomats   24 hours to leave.</p></body></html>`,
    }),
  );
  const other = await context.newPage();
  await other.goto('https://news.test/elsewhere');
  await settled(other);
  await other.locator('[data-factcheck-claim*="Edi Rama"]').click();
  await expect(other.getByRole('dialog', { name: 'Supported', exact: true }).locator('.correction-line')).toHaveText('Checker: Supported · You: Contradicted');
});

test('a reader corrects a note with the keyboard alone', async ({ page, server }) => {
  await openVerdicts(page, server);
  const badge = page.locator(`[data-factcheck-claim="${UNVERIFIED}"]`);
  await badge.focus();
  await page.keyboard.press('Enter');
  const note = page.getByRole('dialog', { name: 'Unverified', exact: true });
  await expect(note).toBeVisible();
  // Tab through the note to its "Wrong verdict?" button.
  for (let i = 0; i < 30 && (await focused(page)).text !== 'Wrong verdict?'; i++) await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe('Wrong verdict?');
  await page.keyboard.press('Enter');
  // The form takes the focus on its first verdict; the arrow keys choose, as in any radio group.
  expect(await focused(page)).toMatchObject({ tag: 'input', value: 'supported' });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ tag: 'input', value: 'mixed' });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Turkey offered, Albania did not answer.');
  await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe('Save correction');
  await page.keyboard.press('Enter');
  await expect(note.locator('.correction-line')).toHaveText('Checker: Unverified · You: Disputed');
  expect((await focused(page)).text).toBe('Change your verdict');
  // Escape closes the note and gives the focus back to the badge, which now tells both verdicts.
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  expect((await focused(page)).label).toMatch(/^Fact check: unverified .*; you said disputed$/);

  await page.reload();
  await settled(page);
  await page.locator(`[data-factcheck-claim="${UNVERIFIED}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(note.locator('.correction-line')).toHaveText('Checker: Unverified · You: Disputed');
});

test('the options page lists a correction, changes it, exports it as JSON Lines and imports it back', async ({ context, page, server, extensionId }) => {
  await openVerdicts(page, server);
  await correctByMouse(page, MIXED, 'Disputed', 'Supported');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const item = options.getByTestId('correction-item').filter({ hasText: MIXED });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('link')).toHaveText('Six verdicts: a test page written for this project');
  await expect(item.getByTestId('correction-checker')).toHaveText('Disputed');
  await expect(item.getByTestId('correction-label')).toHaveText('Supported');
  await expect(item.locator('time')).toHaveText(new Date().toISOString().slice(0, 10));

  await item.getByRole('button', { name: 'Change' }).click();
  await item.getByLabel('Your verdict').selectOption({ label: 'Not about the Albania\u2013Iran dispute' });
  await item.getByLabel('Comment (optional)').fill('A history of the MEK, not of the break.');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByTestId('correction-label')).toHaveText('Not about the Albania\u2013Iran dispute');

  const downloading = options.waitForEvent('download');
  await options.getByTestId('export-corrections').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^albania-iran-factcheck-corrections-\d{4}-\d\d-\d\d\.jsonl$/);
  const file = readFileSync(await download.path(), 'utf8');
  const line = file.trim().split('\n').map((l) => JSON.parse(l)).find((l) => l.text === MIXED);
  expect(Object.keys(line)).toEqual(['id', 'text', 'label', 'url', 'title', 'checker', 'comment', 'at']);
  expect(line).toMatchObject({ label: 'offtopic', checker: 'mixed', url: `${server}/pages/verdicts.html`, comment: 'A history of the MEK, not of the break.' });

  await item.getByRole('button', { name: 'Remove' }).click();
  await expect(item).toHaveCount(0);
  await options.getByTestId('correction-file').setInputFiles({ name: 'corrections.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(file) });
  await expect(options.getByTestId('correction-status')).toHaveText(/^Imported 1 correction\./);
  await expect(item.getByTestId('correction-label')).toHaveText('Not about the Albania\u2013Iran dispute');

  // A bad file is refused with one line, and nothing kept is lost.
  const kept = await options.getByTestId('correction-item').count();
  await options.getByTestId('correction-file').setInputFiles({ name: 'notes.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from('{"text": "Albania cut ties."}\n') });
  await expect(options.getByTestId('correction-error')).toHaveText('“notes.jsonl” line 1: id: missing. Nothing was imported.');
  // One line in all: the sources' alert stays empty.
  await expect(options.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(1);
  await expect(options.getByTestId('correction-item')).toHaveCount(kept);

  // The note on the page shows the changed correction.
  await page.reload();
  await settled(page);
  await page.locator(`[data-factcheck-claim="${MIXED}"]`).click();
  await expect(page.getByRole('dialog', { name: 'Disputed' }).locator('.correction-line')).toHaveText('Checker: Disputed · You: Not about the Albania\u2013Iran dispute');
});

test('the popup lists a corrected claim with both verdicts, and its reports carry the correction', async ({ context, page, server, extensionId }) => {
  await openVerdicts(page, server);
  await correctByMouse(page, CONTRADICTED, 'Contradicted', 'Supported', 'An early draft said 48 hours.');
  const tabId = await tabIdOf(context, extensionId, `${server}/pages/verdicts.html`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const claim = popup.getByRole('button', { name: /48 hours to leave Albania/ });
  await expect(claim.locator('.correction')).toHaveText('Checker: Contradicted · You: Supported');

  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Copy report' }).click();
  await expect(popup.getByRole('status')).toContainText('Report copied as Markdown');
  const md = await popup.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain(`**Claim:** ${CONTRADICTED}\n\n**Corrected:** Checker: Contradicted · You: Supported\n\n**Your comment:** An early draft said 48 hours.`);

  const downloading = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Save JSON' }).click();
  const data = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  const reported = data.claims.find((c: { text: string }) => c.text === CONTRADICTED);
  expect(reported.correction).toEqual({ label: 'supported', word: 'Supported', comment: 'An early draft said 48 hours.' });
});
