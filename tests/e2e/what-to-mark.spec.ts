import type { Page } from '@playwright/test';
import { expect, settled, tabIdOf, test } from './fixtures';

// The quiet default and the "What to mark" setting, applied to an open tab without a reload.

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
    const out: Record<string, number> = {};
    for (const v of ['contradicted', 'mixed', 'supported', 'partly', 'unverified']) out[v] = reg.get(`factcheck-${v}`)?.size ?? 0;
    return out;
  });

const badge = (page: Page, verdict: string, words: string) => page.locator(`[data-factcheck-verdict="${verdict}"][data-factcheck-claim*="${words}"]`);

test('a clash is marked loudly by default, and the reader\'s choices apply to an open tab at once', async ({ context, page, server, extensionId }) => {
  await page.goto(`${server}/pages/article.html`);
  await settled(page);
  const clash = badge(page, 'contradicted', '48 hours');
  const backed = badge(page, 'supported', 'Edi Rama');
  await expect(clash).toHaveCount(1);
  await expect(backed).toHaveCount(1);
  // Loud: a full badge and an underline; quiet: a small badge; unverified claims are never underlined by default.
  await expect(clash).not.toHaveClass(/quiet/);
  await expect(backed).toHaveClass(/quiet/);
  const before = await highlighted(page);
  expect(before.contradicted).toBeGreaterThan(0);
  expect(before.supported).toBeGreaterThan(0);
  expect(before.unverified).toBe(0);
  const [clashSize, backedSize] = [await clash.boundingBox(), await backed.boundingBox()];
  expect(backedSize!.width).toBeLessThan(clashSize!.width);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = options.getByTestId('what-to-mark');
  await rows.getByRole('group', { name: 'Supported', exact: true }).getByRole('radio', { name: 'Nothing' }).check();
  await rows.getByRole('group', { name: 'Contradicted' }).getByRole('radio', { name: 'Badge only' }).check();

  // The article, never reloaded, follows the setting.
  await expect(backed).toHaveCount(0);
  await expect.poll(async () => (await highlighted(page)).contradicted).toBe(0);
  await expect(clash).toHaveCount(1);

  // Hidden verdicts are still counted and listed in the popup.
  const tabId = await tabIdOf(context, extensionId, `${server}/pages/article.html`);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('.claims [data-verdict="supported"]').filter({ hasText: 'Edi Rama' })).toHaveCount(1);

  // The setting outlives the options page, and the quiet default is one click away.
  await options.reload();
  await expect(rows.getByRole('group', { name: 'Supported', exact: true }).getByRole('radio', { name: 'Nothing' })).toBeChecked();
  await rows.getByRole('button', { name: 'Back to the quiet default' }).click();
  await expect(backed).toHaveCount(1);
  await expect.poll(async () => (await highlighted(page)).contradicted).toBeGreaterThan(0);
  await popup.close();
  await options.close();
});
