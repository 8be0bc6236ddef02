import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';

// Chrome stops an MV3 service worker whenever it has been idle for a while, and starts it
// again for the next event. Here the worker is stopped mid-session through the DevTools
// protocol (ServiceWorker.stopAllWorkers, which works headless) and every kind of check must
// still work on the worker that starts again, with nothing kept from the one that stopped.
//
// Playwright does not notice the stop (it sees a crashed target and keeps the old handle),
// so this file never evaluates code in the worker: it follows the worker's state through the
// protocol instead.

interface WorkerWatch {
  states: string[];
  stop(): Promise<void>;
}

async function watchWorker(context: BrowserContext, page: Page, extensionId: string): Promise<WorkerWatch> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) states.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    states,
    async stop() {
      const from = states.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => states.slice(from).includes('stopped'), { message: 'the worker stopped' }).toBe(true);
    },
  };
}

const SELECTION = "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.";

test('checks keep working after the service worker is stopped, again and again', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server}/pages/live.html`);
  await settled(page);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('source-item')).toHaveCount(5, { timeout: 15_000 });
  const worker = await watchWorker(context, options, extensionId);

  // 1. A page that goes on adding content: its next claim is checked by a new worker.
  await worker.stop();
  const restartsBefore = worker.states.filter((s) => s === 'running').length;
  await page.bringToFront();
  await page.evaluate(() => (window as unknown as { addStory(t: string): void }).addStory('Iranian diplomats were given 48 hours to leave Albania after the attack.'));
  await expect(page.locator('[data-factcheck-claim="Iranian diplomats were given 48 hours to leave Albania after the attack."]')).toHaveAttribute(
    'data-factcheck-verdict',
    'contradicted',
    { timeout: 15_000 },
  );
  expect(worker.states.filter((s) => s === 'running').length).toBeGreaterThan(restartsBefore);

  // 2. A selection checked right after a stop.
  await worker.stop();
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.id = 'sel';
    p.textContent = text;
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, SELECTION);
  await page.locator('[data-factcheck-action="check-selection"]').click();
  await expect(page.locator('[data-factcheck-result]')).toHaveAttribute('data-factcheck-result', 'supported', { timeout: 15_000 });
  await page.keyboard.press('Escape');

  // 3. A source added in the options page while the worker is stopped is used by the next check.
  await worker.stop();
  await options.bringToFront();
  await options.getByTestId('source-title').fill('Police note');
  await options.getByTestId('source-text').fill('The Iranian embassy building in Tirana was sealed by Albanian police after the diplomats left.');
  await options.getByTestId('add-source').click();
  await expect(options.getByTestId('source-status')).toHaveText('Added “Police note” with 1 fact.');
  await worker.stop();
  await page.bringToFront();
  await page.evaluate(() => (window as unknown as { addStory(t: string): void }).addStory('Albanian police sealed the Iranian embassy building in Tirana after the diplomats left.'));
  await expect(page.locator('[data-factcheck-claim^="Albanian police sealed"]')).toHaveAttribute('data-factcheck-verdict', 'supported', { timeout: 15_000 });

  // 4. A whole page loaded after a stop.
  await worker.stop();
  const article = await context.newPage();
  await article.goto(`${server}/pages/article.html`);
  await settled(article);
  await expect(article.locator('[data-factcheck-verdict="contradicted"][data-factcheck-claim*="48 hours"]')).toHaveCount(1);
  // The toolbar counts come from the new worker too: it answered page-results.
  await expect
    .poll(() =>
      options.evaluate(async (url) => {
        type Api = {
          tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<{ ok: boolean; data?: { url: string } }> };
          action: { getBadgeText(d: { tabId: number }): Promise<string> };
        };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        // Tabs do not tell their address without the tabs permission: ask each page's content script.
        for (const { id } of await api.tabs.query({})) {
          if (id === undefined) continue;
          const reply = await api.tabs.sendMessage(id, { type: 'get-page-summary' }).catch(() => undefined);
          if (reply?.ok && reply.data?.url === url) return api.action.getBadgeText({ tabId: id });
        }
        return 'no tab';
      }, `${server}/pages/article.html`),
    )
    .toMatch(/^[1-9]\d*$/);
  expect(worker.states.filter((s) => s === 'stopped').length).toBeGreaterThanOrEqual(5);
});

test('a page checking 1,000 claims finishes while the worker is stopped over and over', async ({ context, extensionId, server }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const worker = await watchWorker(context, options, extensionId);
  const page = await context.newPage();
  await page.goto(`${server}/pages/hostile/huge.html?every=20`);
  // Stops the worker every 250 ms while the page's five batches are being answered; a batch
  // whose answer is lost is asked again (see PageChecker), so every claim gets its note.
  for (let i = 0; i < 6; i++) {
    await worker.stop().catch(() => {});
    await page.waitForTimeout(250);
  }
  await expect(page.locator('[data-factcheck-claim]')).toHaveCount(1000, { timeout: 30_000 });
});
