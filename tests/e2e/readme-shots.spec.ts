import { expect, settled, test } from './fixtures';
import { screenshotPath } from '../../scripts/screenshot-path';

// The README's pictures of the quiet default, a card with its details and the "What to
// mark" setting, made from the project's own six-verdict page on every run (into
// docs/screenshots/ only under `npm run screenshots`). Each shot is taken only once what it
// shows is there, so a picture of a broken page fails the run.

test('screenshots: the six verdicts in the quiet default, a card with its details, and the "What to mark" setting', { tag: '@screenshot' }, async ({ context, page, server, extensionId }) => {
  await page.setViewportSize({ width: 760, height: 560 });
  await page.goto(`${server}/pages/verdicts.html`);
  await settled(page);
  for (const v of ['contradicted', 'mixed', 'supported', 'partly', 'unverified']) {
    await expect(page.locator(`[data-factcheck-verdict="${v}"]`).first()).toBeVisible();
  }
  await expect(page.locator('[data-factcheck-claim*="football"]')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('verdicts.png') });

  await page.locator('[data-factcheck-verdict="partly"]').focus();
  const card = page.getByRole('dialog', { name: 'Partly supported' });
  await expect(card.locator('.detail')).not.toHaveCount(0);
  await expect(card).toContainText('in no source');
  await page.screenshot({ path: screenshotPath('note-details.png') });

  const options = await context.newPage();
  await options.setViewportSize({ width: 860, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const setting = options.getByTestId('what-to-mark');
  await expect(setting.getByRole('radio', { checked: true })).toHaveCount(5);
  await setting.screenshot({ path: screenshotPath('what-to-mark.png') });
  await options.close();
});
