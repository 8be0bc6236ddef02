import type { Page } from '@playwright/test';
import { expect, extensionPage, test } from './fixtures';

// The background as other parts of the extension reach it: by runtime messages.

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

// Switches every stored source on or off, straight in IndexedDB, as another extension page
// (the options page) would through the database.
function switchAllSources(page: Page, enabled: boolean) {
  return page.evaluate(
    (on) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('albania-iran-factcheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('sources', 'readwrite');
          let n = 0;
          tx.objectStore('sources').openCursor().onsuccess = (e) => {
            const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
            if (!cursor) return;
            cursor.update({ ...cursor.value, enabled: on });
            n++;
            cursor.continue();
          };
          tx.oncomplete = () => (open.result.close(), resolve(n));
          tx.onerror = () => reject(tx.error);
        };
      }),
    enabled,
  );
}

test('malformed and unknown messages are refused with an error', async ({ context, extensionId }) => {
  const page = await extensionPage(context, extensionId);
  expect(await send(page, { type: 'check-sentences', claims: 'all of them' })).toEqual({ ok: false, error: 'claims: expected an array' });
  expect(await send(page, { type: 'delete-everything' })).toEqual({ ok: false, error: 'unknown message type "delete-everything"' });
  expect(await send(page, { type: 'check-selection', text: '   ' })).toMatchObject({ ok: false, error: /some text/ });
  // Still answering after refusing.
  expect(await send(page, { type: 'check-selection', text: "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave." })).toMatchObject({
    ok: true,
    data: { result: { verdict: 'supported' } },
  });
});

test('a batch is answered with the claims about the dispute only', async ({ context, extensionId }) => {
  const page = await extensionPage(context, extensionId);
  const reply = (await send(page, {
    type: 'check-sentences',
    claims: [
      { id: 'a', text: 'Iranian diplomats were given 48 hours to leave Albania.', context: '' },
      { id: 'b', text: 'The football club won its home match on Saturday.', context: '' },
    ],
  })) as { ok: true; data: { results: { id: string; result: { verdict: string } }[] } };
  expect(reply.ok).toBe(true);
  expect(reply.data.results.map((r) => [r.id, r.result.verdict])).toEqual([['a', 'contradicted']]);
});

test('the checker is rebuilt from the database when sources change', async ({ context, extensionId }) => {
  const page = await extensionPage(context, extensionId);
  const claim = { type: 'check-selection', text: "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave." };
  // The first check seeds the database.
  expect(await send(page, claim)).toMatchObject({ ok: true, data: { result: { verdict: 'supported' } } });

  expect(await switchAllSources(page, false)).toBeGreaterThanOrEqual(5);
  expect(await send(page, { type: 'sources-changed' })).toEqual({ ok: true, data: { facts: 0 } });
  const without = (await send(page, claim)) as { data: { result: { verdict: string; evidence: unknown[] } } };
  expect(without.data.result.verdict).not.toBe('supported');
  expect(without.data.result.evidence).toEqual([]);

  await switchAllSources(page, true);
  expect(await send(page, { type: 'sources-changed' })).toMatchObject({ ok: true, data: { facts: expect.any(Number) } });
  expect(await send(page, claim)).toMatchObject({ ok: true, data: { result: { verdict: 'supported' } } });
});
