import { describe, expect, it } from 'vitest';
import { LIMITS, parseToContent } from './messages';
import { MessageError, parseToBackground, type ToBackground } from './message-schemas';
import { ReplyError, serveMessages, unwrapReply } from './transport';

const result = {
  text: 'Iran was given 48 hours.',
  start: 0,
  end: 24,
  verdict: 'contradicted',
  reason: 'The sources say 24 hours, not 48 hours.',
  evidence: [
    { factId: 's#1', sourceId: 's', sourceTitle: 'Wire', sourceDate: null, quote: 'They had 24 hours.', stance: 'contradicts', points: ['24 hours, not 48 hours'] },
  ],
};

describe('messages to the background', () => {
  it('accepts a batch of sentences with their paragraphs', () => {
    const m = parseToBackground({ type: 'check-sentences', claims: [{ id: 'c1', text: 'A.', context: 'A. B.' }] });
    expect(m).toEqual({ type: 'check-sentences', claims: [{ id: 'c1', text: 'A.', context: 'A. B.' }] });
  });

  it('names the bad field of a malformed batch', () => {
    expect(() => parseToBackground({ type: 'check-sentences', claims: [{ id: 'c1', text: 5, context: '' }] })).toThrow(/claims\[0\]\.text: expected a string/);
  });

  it('refuses batches and texts over the limits', () => {
    const claims = Array.from({ length: LIMITS.batch + 1 }, (_, i) => ({ id: `c${i}`, text: 'x', context: 'x' }));
    expect(() => parseToBackground({ type: 'check-sentences', claims })).toThrow(/at most/);
    expect(() => parseToBackground({ type: 'check-selection', text: 'x'.repeat(LIMITS.text + 1) })).toThrow(/at most/);
  });

  it('takes a reader’s correction only with a known verdict, a claim and a short comment', () => {
    const ok = { type: 'save-correction', text: 'Albania cut ties.', label: 'contradicted', checker: 'supported', comment: '', url: 'https://a.example/', title: 'A' };
    expect(parseToBackground(ok)).toEqual(ok);
    expect(() => parseToBackground({ ...ok, label: 'wrong' })).toThrow(/label: expected one of supported, partly/);
    expect(() => parseToBackground({ ...ok, text: ' ' })).toThrow(/text: expected the claim’s text/);
    expect(() => parseToBackground({ ...ok, comment: 'x'.repeat(2_001) })).toThrow(/comment: expected at most 2000 characters/);
    const { checker: _c, ...noChecker } = ok;
    expect(() => parseToBackground(noChecker)).toThrow(/checker: missing/);
  });

  it('refuses an empty selection', () => {
    expect(() => parseToBackground({ type: 'check-selection', text: '   ' })).toThrow(/some text/);
  });

  it('drops fields it does not know', () => {
    expect(parseToBackground({ type: 'sources-changed', extra: '<script>' })).toEqual({ type: 'sources-changed' });
  });

  it('refuses unknown types and non-objects', () => {
    expect(() => parseToBackground({ type: 'rm -rf' })).toThrow(MessageError);
    expect(() => parseToBackground('check-selection')).toThrow(/expected an object/);
    expect(() => parseToBackground(null)).toThrow(MessageError);
  });

  it('refuses counts that are not whole numbers', () => {
    const counts = { supported: 1, partly: 0, contradicted: -1, mixed: 0, unverified: 0, offtopic: 0 };
    expect(() => parseToBackground({ type: 'page-results', counts })).toThrow(/counts\.contradicted/);
  });

  it('wants a count for every verdict, partly supported included', () => {
    const counts = { supported: 1, contradicted: 0, mixed: 0, unverified: 0, offtopic: 0 };
    expect(() => parseToBackground({ type: 'page-results', counts })).toThrow(/counts\.partly/);
    expect(parseToBackground({ type: 'page-results', counts: { ...counts, partly: 3 } })).toEqual({ type: 'page-results', counts: { ...counts, partly: 3 } });
  });
});

describe('messages to a content script', () => {
  it('accepts the popup and background requests', () => {
    expect(parseToContent({ type: 'get-page-summary' })).toEqual({ type: 'get-page-summary' });
    expect(parseToContent({ type: 'reveal-claim', id: 'c3' })).toEqual({ type: 'reveal-claim', id: 'c3' });
    expect(parseToContent({ type: 'check-current-selection', text: 'abc' })).toEqual({ type: 'check-current-selection', text: 'abc' });
  });

  it('refuses a message of a type it has no handler for (only the extension can send one, so its fields are not checked)', () => {
    expect(() => parseToContent({ type: 'check-sentences', claims: [] })).toThrow(/unknown message type/);
    expect(() => parseToContent(null)).toThrow(/unknown message type/);
  });
});

describe('replies', () => {
  it('returns checked data from a good reply', () => {
    expect(unwrapReply('check-selection', { ok: true, data: { result } })).toEqual({ result });
  });

  it('throws the error a failed reply carries', () => {
    expect(() => unwrapReply('check-selection', { ok: false, error: 'Checker not ready' })).toThrow('Checker not ready');
  });

  it('throws when nobody answered', () => {
    expect(() => unwrapReply('get-page-summary', undefined)).toThrow(/no reply/);
  });

  it('passes a result with its details through as it came', () => {
    const details = [{ text: '48 hours', kind: 'amount', outcome: 'clashes', sourcesSay: '24 hours', quotes: ['They had 24 hours.'] }];
    const partly = { ...result, verdict: 'partly', details };
    expect(unwrapReply('check-selection', { ok: true, data: { result: partly } })).toEqual({ result: partly });
  });

  it('throws when the answer is not a reply at all', () => {
    expect(() => unwrapReply('check-selection', { result })).toThrow(ReplyError);
    expect(() => unwrapReply('check-selection', null)).toThrow(/not a reply/);
  });
});

describe('serveMessages', () => {
  const serve = (handlers: Parameters<typeof serveMessages<ToBackground, any>>[1]) =>
    serveMessages<ToBackground, any>(parseToBackground, handlers);

  function call(listener: ReturnType<typeof serve>, raw: unknown): Promise<unknown> {
    return new Promise((resolve) => {
      expect(listener(raw, {}, resolve)).toBe(true);
    });
  }

  const handlers = {
    'check-sentences': () => ({ results: [] }),
    'check-selection': ({ text }: { text: string }) => ({ result: { ...result, text } }),
    'page-results': () => Promise.reject(new Error('no tab')),
    'sources-changed': async () => ({ facts: 3 }),
    'save-correction': () => Promise.reject(new Error('not here')),
  };

  it('answers a good message with its handler data', async () => {
    expect(await call(serve(handlers), { type: 'sources-changed' })).toEqual({ ok: true, data: { facts: 3 } });
    expect(await call(serve(handlers), { type: 'check-selection', text: 'hi' })).toMatchObject({ ok: true, data: { result: { text: 'hi' } } });
  });

  it('answers a malformed message with an error, without calling a handler', async () => {
    let called = false;
    const listener = serve({ ...handlers, 'check-selection': () => ((called = true), { result }) });
    expect(await call(listener, { type: 'check-selection' })).toEqual({ ok: false, error: 'text: missing' });
    expect(called).toBe(false);
  });

  it('answers a failing handler with its error', async () => {
    const counts = { supported: 0, partly: 0, contradicted: 0, mixed: 0, unverified: 0, offtopic: 0 };
    expect(await call(serve(handlers), { type: 'page-results', counts })).toEqual({ ok: false, error: 'no tab' });
  });
});

describe('details in a check result', () => {
  it('accept every kind of detail the checker reads, quotes included', async () => {
    const { Checker } = await import('../core/checker');
    const bundle = (await import('../generated/seed-facts.json')).default as unknown as import('../core/types').FactBundle;
    const result = new Checker(bundle.sources, bundle.facts).checkClaim('“The attack in question failed in its purpose,” Rama said on Wednesday.');
    expect(result.details?.some((d) => d.kind === 'quote')).toBe(true);
    expect(unwrapReply('check-selection', { ok: true, data: { result } }).result.details).toEqual(result.details);
  });
});

describe('the page opening sent with a batch', () => {
  it('is passed on when given and refused when it is not text', () => {
    const claims = [{ id: 'c1', text: 'A.', context: 'A.' }];
    expect(parseToBackground({ type: 'check-sentences', claims, page: 'Albania cuts ties' })).toEqual({ type: 'check-sentences', claims, page: 'Albania cuts ties' });
    expect(() => parseToBackground({ type: 'check-sentences', claims, page: 7 })).toThrow(/page: expected a string/);
  });
});
