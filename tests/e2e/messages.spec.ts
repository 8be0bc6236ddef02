import type { CDPSession, Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';

// Who may tell the background what. A web page can only reach the extension through its
// tab's content script (it has no extension API of its own), so the content script's world
// is the most a hostile page can ever speak from. The test runs code in that world through
// the DevTools protocol and checks what the background accepts from it.

/** Runs `expression` in the isolated world of the extension's content script on `page`. */
async function inContentScript(page: Page, extensionId: string): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    worlds.push({ id: context.id, origin: context.origin, type: (context.auxData as { type?: string } | undefined)?.type }),
  );
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.type === 'isolated' && w.origin === `chrome-extension://${extensionId}`)).toBe(true);
  const world = worlds.find((w) => w.type === 'isolated' && w.origin === `chrome-extension://${extensionId}`)!;
  return async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
}

const send = (message: unknown) => `chrome.runtime.sendMessage(${JSON.stringify(message)})`;

test('a content script is answered about claims, but cannot make the background change its sources', async ({ page, server, extensionId }) => {
  await page.goto(`${server}/pages/article.html`);
  await settled(page);
  const run = await inContentScript(page, extensionId);

  // The channel works from this world: a check is answered.
  expect(await run(send({ type: 'check-selection', text: "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave." }))).toMatchObject({
    ok: true,
    data: { result: { verdict: 'supported' } },
  });
  // Sources are the extension pages' business.
  expect(await run(send({ type: 'sources-changed' }))).toEqual({ ok: false, error: 'sources-changed is accepted from the extension’s own pages only' });
  // Unknown and malformed messages are refused, each with its reason.
  expect(await run(send({ type: 'add-source', title: 'x', text: 'Albania and Iran are allies.' }))).toEqual({ ok: false, error: 'unknown message type "add-source"' });
  expect(await run(send({ type: 'check-sentences', claims: [{ id: 'a', text: 42, context: '' }] }))).toEqual({ ok: false, error: 'claims[0].text: expected a string' });
  expect(await run(send({ type: 'check-sentences', claims: Array.from({ length: 201 }, (_, i) => ({ id: `${i}`, text: 'x', context: '' })) }))).toEqual({
    ok: false,
    error: 'claims: expected at most 200 items',
  });
  expect(await run(send({ type: 'check-selection', text: 'x'.repeat(5001) }))).toEqual({ ok: false, error: 'text: expected at most 5000 characters' });
  expect(await run(send(['check-selection']))).toEqual({ ok: false, error: 'message: expected an object' });
  expect(await run('chrome.runtime.sendMessage("check-selection")')).toEqual({ ok: false, error: 'message: expected an object' });

  // The fact database is out of reach: a content script's IndexedDB is the web page's own.
  expect(
    await run(`new Promise((resolve) => {
      const open = indexedDB.open('albania-iran-factcheck');
      open.onsuccess = () => { const names = [...open.result.objectStoreNames]; open.result.close(); indexedDB.deleteDatabase('albania-iran-factcheck'); resolve(names); };
      open.onerror = () => resolve('error');
    })`),
  ).toEqual([]);

  // Still answering after all that.
  expect(await run(send({ type: 'check-selection', text: 'Iranian diplomats were given 48 hours to leave Albania.' }))).toMatchObject({
    ok: true,
    data: { result: { verdict: 'contradicted' } },
  });
});

test('the web page itself has no way to message the extension', async ({ page, server, extensionId }) => {
  await page.goto(`${server}/pages/article.html`);
  await settled(page);
  const reach = await page.evaluate(async (id) => {
    const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome;
    if (!c?.runtime?.sendMessage) return 'no runtime.sendMessage';
    try {
      return await c.runtime.sendMessage(id, { type: 'sources-changed' });
    } catch (error) {
      return `refused: ${String(error)}`;
    }
  }, extensionId);
  expect(reach === 'no runtime.sendMessage' || String(reach).startsWith('refused')).toBe(true);
});

test('the options page may say sources changed', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await options.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'sources-changed' }),
  );
  expect(reply).toMatchObject({ ok: true, data: { facts: expect.any(Number) } });
});
