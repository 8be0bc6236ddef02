import { describe, expect, it } from 'vitest';
import { VERDICT_LOOK } from '../../core/verdict/vocabulary';
import { VERDICT_STYLE } from '../../shared/verdict-style';
import { emptyCounts, type ClaimSummary, type PageSummary } from '../../shared/messages';
import { hasClaims, reportData, reportFileName, reportJson, reportMarkdown } from './report';

const AT = new Date('2024-03-05T09:41:30Z');

const contradicted: ClaimSummary = {
  id: 'c1',
  text: 'Iranian diplomats were given 48 hours to leave Albania.',
  verdict: 'contradicted',
  reason: 'The sources say 24 hours, not 48 hours.',
  evidence: [
    {
      factId: 'seed:a#3',
      sourceId: 'seed:a',
      sourceTitle: 'Albania cuts ties with Iran',
      sourceDate: '2022-09-07',
      quote: 'Iranian diplomats were given 24 hours to leave.',
      stance: 'contradicts',
      points: ['24 hours, not 48 hours'],
    },
    { factId: 'seed:b#1', sourceId: 'seed:b', sourceTitle: 'A wire report', sourceDate: null, quote: 'The embassy staff had a day to go.', stance: 'related', points: [] },
  ],
  details: [
    { text: '48 hours', kind: 'amount', outcome: 'clashes', sourcesSay: '24 hours', quotes: ['Iranian diplomats were given 24 hours to leave.'] },
    { text: 'Albania', kind: 'name', outcome: 'backed', quotes: [] },
  ],
};

const partly: ClaimSummary = {
  id: 'c2',
  text: 'Albania cut ties with Iran on a Monday.',
  verdict: 'partly',
  reason: 'A source states cut ties, but not Monday.',
  evidence: [],
  details: [{ text: 'Monday', kind: 'date', outcome: 'not-found', quotes: [] }],
};

function summary(over: Partial<PageSummary> = {}): PageSummary {
  return {
    status: 'ok',
    title: 'Tirana and Tehran',
    url: 'https://news.example/tirana?x=1',
    host: 'news.example',
    counts: { ...emptyCounts(), contradicted: 1, partly: 1 },
    claims: [contradicted, partly],
    ...over,
  };
}

describe('the Markdown report', () => {
  const md = reportMarkdown(summary(), AT);

  it('starts with the page title, its address and when it was checked', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Fact check: Tirana and Tehran');
    expect(md).toContain('<https://news.example/tirana?x=1>');
    expect(md).toContain('2024-03-05 09:41 UTC');
    expect(md).toContain(`Claims: 2 (1 ${VERDICT_LOOK.contradicted.word}, 1 ${VERDICT_LOOK.partly.word})`);
  });

  it('gives each claim, in order, with its verdict word and icon from the vocabulary', () => {
    const first = md.indexOf(`## 1. ${VERDICT_STYLE.contradicted.icon} ${VERDICT_LOOK.contradicted.word}`);
    const second = md.indexOf(`## 2. ${VERDICT_STYLE.partly.icon} ${VERDICT_LOOK.partly.word}`);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(md.indexOf(contradicted.text)).toBeGreaterThan(first);
    expect(md.indexOf(contradicted.text)).toBeLessThan(second);
    expect(md).toContain('**Why:** The sources say 24 hours, not 48 hours.');
  });

  it('words each detail as the note card does', () => {
    expect(md).toContain('- 48 hours: the sources say 24 hours');
    expect(md).toContain('- Albania: in the sources');
    expect(md).toContain('- Monday: in no source');
  });

  it('quotes each source sentence with its title and date', () => {
    expect(md).toContain('> Iranian diplomats were given 24 hours to leave.\n> — *Albania cuts ties with Iran*, 2022-09-07');
    // A source without a date is named without one.
    expect(md).toContain('> The embassy staff had a day to go.\n> — *A wire report*\n');
  });

  it('keeps page text from turning into Markdown or HTML', () => {
    const hostile = reportMarkdown(
      summary({ title: 'Live: *breaking* [news](javascript:x) <img src=x>', claims: [{ ...partly, text: 'Albania\ncut `ties` # with | Iran_now' }] }),
      AT,
    );
    expect(hostile.split('\n')[0]).toBe('# Fact check: Live: \\*breaking\\* \\[news\\](javascript:x) \\<img src=x\\>');
    expect(hostile).toContain('**Claim:** Albania cut \\`ties\\` \\# with \\| Iran\\_now');
    // Every angle bracket from the page is escaped, so no renderer sees a tag.
    expect(hostile).not.toMatch(/(?<!\\)<img/);
  });

  it('says plainly when the page has no claims', () => {
    const empty = reportMarkdown(summary({ status: 'no-claims', claims: [], counts: emptyCounts() }), AT);
    expect(empty).toContain('Claims: 0\n');
    expect(empty).toMatch(/No claims about the Albania.Iran dispute were found/);
    expect(empty).not.toContain('## 1.');
  });

  it('uses the address as the heading of a page without a title', () => {
    expect(reportMarkdown(summary({ title: '' }), AT).split('\n')[0]).toBe('# Fact check: https://news.example/tirana?x=1');
  });
});

describe('the JSON report', () => {
  it('is the same report as data, and reads back as it was written', () => {
    const data = JSON.parse(reportJson(summary(), AT));
    expect(data).toEqual(reportData(summary(), AT));
    expect(data.page).toEqual({ title: 'Tirana and Tehran', url: 'https://news.example/tirana?x=1', host: 'news.example' });
    expect(data.checkedAt).toBe('2024-03-05T09:41:30.000Z');
    expect(data.counts).toEqual({ contradicted: 1, mixed: 0, supported: 0, partly: 1, unverified: 0 });
    expect(data.claims.map((c: { text: string }) => c.text)).toEqual([contradicted.text, partly.text]);
    expect(data.claims[0].verdictWord).toBe(VERDICT_LOOK.contradicted.word);
    expect(data.claims[0].details[0]).toEqual({
      text: '48 hours',
      kind: 'amount',
      outcome: 'clashes',
      outcomeWords: 'the sources say 24 hours',
      sourcesSay: '24 hours',
      quotes: ['Iranian diplomats were given 24 hours to leave.'],
    });
    expect(data.claims[0].sources[1]).toEqual({ quote: 'The embassy staff had a day to go.', title: 'A wire report', date: null, stance: 'related', points: [] });
  });

  it('is named from the host and the day', () => {
    expect(reportFileName(summary(), AT)).toBe('albania-iran-factcheck-news.example-2024-03-05.json');
    expect(reportFileName(summary({ host: '' }), AT)).toBe('albania-iran-factcheck-local-file-2024-03-05.json');
    expect(reportFileName(summary({ host: '../Evil Host' }), AT)).toBe('albania-iran-factcheck-evil-host-2024-03-05.json');
  });
});

describe('whether there is a report', () => {
  it('needs claims, and none are reported while the site is paused', () => {
    expect(hasClaims(summary())).toBe(true);
    expect(hasClaims(summary({ status: 'no-claims', claims: [] }))).toBe(false);
    expect(hasClaims(summary({ status: 'paused', claims: [] }))).toBe(false);
  });
});

describe('a reader’s correction in the report', () => {
  const corrected = summary({ claims: [{ ...contradicted, correction: { label: 'supported', comment: 'The *decree* says 48 hours.' } }, partly] });

  it('puts both verdicts and the reader’s comment under the claim in Markdown', () => {
    const md = reportMarkdown(corrected, AT);
    expect(md).toContain('**Corrected:** Checker: Contradicted · You: Supported\n\n**Your comment:** The \\*decree\\* says 48 hours.\n\n**Why:**');
    // A claim the reader did not correct says nothing of corrections.
    expect(md.split('## 2.')[1]).not.toContain('Corrected');
  });

  it('carries the correction in the JSON report, in the scorer’s label and in words', () => {
    const data = JSON.parse(reportJson(corrected, AT));
    expect(data.claims[0].correction).toEqual({ label: 'supported', word: 'Supported', comment: 'The *decree* says 48 hours.' });
    expect(data.claims[1].correction).toBeNull();
  });
});
