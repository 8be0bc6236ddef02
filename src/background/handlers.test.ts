import { describe, expect, it } from 'vitest';
import { emptyCounts, type VerdictCounts } from '../shared/messages';
import { loadBundledChecker } from './bundled-checker';
import { createCheckerStore } from './checker-store';
import { createHandlers } from './handlers';

function setup() {
  const shown: [number, VerdictCounts][] = [];
  const handlers = createHandlers({
    checkers: createCheckerStore(loadBundledChecker),
    showCounts: async (tabId, counts) => (shown.push([tabId, counts]), String(counts.contradicted)),
    ownOrigin: OWN,
  });
  return { handlers, shown };
}

const OWN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
// A content script in a tab: its sender URL is the page's.
const sender = { id: 'abcdefghijklmnopabcdefghijklmnop', tab: { id: 3 }, url: 'https://news.example/story', origin: 'https://news.example' } as never;
// The options page, open in a tab of its own.
const optionsPage = { id: 'abcdefghijklmnopabcdefghijklmnop', tab: { id: 4 }, url: `${OWN}options.html`, origin: OWN.slice(0, -1) } as never;
const context =
  'Albania cut diplomatic ties with Iran on Wednesday. Iranian diplomats were given 48 hours to leave Albania. The weather in Tirana was mild.';

describe('background handlers', () => {
  it('answers a batch with verdicts for the claims about the dispute only', async () => {
    const { handlers } = setup();
    const { results } = await handlers['check-sentences'](
      {
        type: 'check-sentences',
        claims: [
          { id: 'a', text: 'Iranian diplomats were given 48 hours to leave Albania.', context },
          { id: 'b', text: "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.", context: "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave." },
          { id: 'c', text: 'The recipe needs two cups of flour and an egg.', context: 'The recipe needs two cups of flour and an egg.' },
        ],
      },
      sender,
    );
    const byId = Object.fromEntries(results.map((r) => [r.id, r.result]));
    expect(byId.a?.verdict).toBe('contradicted');
    expect(byId.a?.evidence[0]?.quote).toMatch(/24 hours/);
    expect(byId.b?.verdict).toBe('supported');
    expect(byId.c).toBeUndefined();
  });

  it('judges a sentence that names neither side by its page: on a page about the dispute it gets a note', async () => {
    const { handlers } = setup();
    const claim = { id: 'x', text: 'The last embassy staff left the building on Thursday with their luggage.', context: 'The last embassy staff left the building on Thursday with their luggage.' };
    const ask = (page?: string) => handlers['check-sentences']({ type: 'check-sentences', claims: [claim], ...(page ? { page } : {}) }, sender);
    expect((await ask()).results).toEqual([]);
    expect((await ask('Bakery wins prize\n\nThe bread was baked overnight.')).results).toEqual([]);
    const about = await ask('Albania cuts diplomatic ties with Iran\n\nAlbania expelled Iranian diplomats over the July cyberattack.');
    expect(about.results.map((r) => r.result.verdict)).toEqual(['unverified']);
  });

  it('answers an off-topic selection instead of staying silent', async () => {
    const { handlers } = setup();
    const { result } = await handlers['check-selection']({ type: 'check-selection', text: 'The recipe needs two cups of flour.' }, sender);
    expect(result.verdict).toBe('offtopic');
    expect(result.reason).toMatch(/not about/i);
  });

  it('checks a selection that spans lines as one claim', async () => {
    const { handlers } = setup();
    const { result } = await handlers['check-selection'](
      { type: 'check-selection', text: 'Iranian diplomats were given\n   48 hours to leave Albania.' },
      sender,
    );
    expect(result.text).toBe('Iranian diplomats were given 48 hours to leave Albania.');
    expect(result.verdict).toBe('contradicted');
  });

  it('puts page counts on the sending tab', async () => {
    const { handlers, shown } = setup();
    const counts = { ...emptyCounts(), contradicted: 2 };
    expect(await handlers['page-results']({ type: 'page-results', counts }, sender)).toEqual({ badge: '2' });
    expect(shown).toEqual([[3, counts]]);
  });

  it('refuses page counts that do not come from a tab', async () => {
    const { handlers } = setup();
    await expect(handlers['page-results']({ type: 'page-results', counts: emptyCounts() }, {} as never)).rejects.toThrow(/from a tab/);
  });

  it('rebuilds the checker when the extension’s own pages say sources changed', async () => {
    const { handlers } = setup();
    const { facts } = await handlers['sources-changed']({ type: 'sources-changed' }, optionsPage);
    expect(facts).toBeGreaterThan(50);
  });

  it('refuses a sources-changed message from a content script or anything that is not our page', async () => {
    const { handlers } = setup();
    const lookalikes = [
      sender,
      {},
      { url: 'https://evil.example/chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html' },
      { url: 'chrome-extension://abcdefghijklmnopabcdefghijklmno/options.html' },
      { url: `${OWN}options.html`, origin: 'https://evil.example' },
    ];
    for (const s of lookalikes) {
      await expect(handlers['sources-changed']({ type: 'sources-changed' }, s as never), JSON.stringify(s)).rejects.toThrow(/own pages only/);
    }
  });
});
