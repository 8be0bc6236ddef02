import type { Page } from '@playwright/test';
import { expect, extensionPage, test } from './fixtures';

// The background as other parts of the extension reach it: by runtime messages.

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

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
