import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { readDetails } from './details';
import { readTag } from './tags';

const details = (text: string) => readDetails(analyse(readTag(text).said, null, true));
const kinds = (text: string) => details(text).map((d) => `${d.kind}:${d.text}`);

describe('reading a claim into its details', () => {
  it('finds the amount, the person, the action and the place of a claim', () => {
    const found = kinds('Rama gave Iranian diplomats 48 hours to leave Tirana after the cyberattack.');
    expect(found).toContain('amount:48 hours');
    expect(found).toContain('name:Rama');
    expect(found.some((d) => d.startsWith('action:') || d.startsWith('term:leave'))).toBe(true);
  });

  it('leaves out framing words, hedges and the two sides, which no source needs to repeat', () => {
    const found = kinds('Albania allegedly suffered a massive and unprecedented cyberattack by Iran.');
    expect(found.join(' ')).not.toMatch(/allegedly|massive|Albania|Iran\b/);
    expect(found).toContain('term:cyberattack');
  });

  it('asks no source to repeat how a speaker put it ("explained", "emphasised"), but keeps a note as a thing', () => {
    const said = kinds('The premier explained that the hackers failed, and emphasised that services were back.').join(' ');
    expect(said).not.toMatch(/explained|emphasised/);
    expect(said).toMatch(/hacker/);
    expect(kinds('The decision was delivered to the embassy in a note.').join(' ')).toMatch(/term:note/);
  });

  it('does not count the agency tag or the dateline of wire copy', () => {
    expect(kinds('TIRANA, Albania (AP) — The government expelled the Iranian diplomats.').join(' ')).not.toMatch(/AP|TIRANA/);
    expect(kinds('(dpa) Tirana has ended its ties with Tehran.').join(' ')).not.toMatch(/dpa/);
  });

  it('needs a date but not a weekday that merely fits, and not a span back from the report', () => {
    const required = (text: string) => Object.fromEntries(details(text).filter((d) => d.kind === 'date' || d.kind === 'amount').map((d) => [d.text, d.required]));
    expect(required('Albania cut ties with Iran on Wednesday over the July 15 cyberattack.')).toEqual({ Wednesday: false, 'July 15': true });
    expect(required('The cyberattack on Albania happened two months ago.')['two months']).toBe(false);
  });

  it('reads a rank as a claim of its own about the thing it ranks, but not an adverb, a count, a date or a denied rank', () => {
    expect(kinds('Albania was the first NATO member to expel an embassy over hacking.')).toContain('term:first NATO member');
    expect(kinds('Tirana was its only ally in the region.')).toContain('term:only ally');
    expect(kinds('The United Kingdom\u2019s only ally in the region backed it.')).toContain('term:only ally');
    const none = (text: string) => details(text).filter((d) => d.rank);
    expect(none('Officials first discovered the intrusion in July.')).toEqual([]);
    expect(none('A single attack hit the servers.')).toEqual([]);
    expect(none('The embassy closed last week.')).toEqual([]);
    expect(none('Tirana is not the first capital Tehran has targeted.')).toEqual([]);
  });

  it('reads quoted words as one detail a single source sentence must give', () => {
    const q = details('“The attack in question failed in its purpose,” Rama said.').find((d) => d.kind === 'quote');
    expect(q?.text).toBe('The attack in question failed in its purpose,');
    expect(q?.words?.length).toBeGreaterThanOrEqual(3);
  });

  it('knows who does an action, so that another body doing it is no match', () => {
    const d = details('The MEK welcomed the decision to cut diplomatic ties.').find((x) => x.kind === 'action' && x.text === 'welcomed');
    expect(d?.actor?.text).toBe('MEK');
  });
});

describe('words that are names of built-in properties', () => {
  it('are plain words: "constructor" is no month, and facts built from them can be stored', async () => {
    const { buildFacts } = await import('../facts/build-facts');
    const a = analyse('The constructor of the toString valueOf building was paid in 2022.', '2022-09-07', true);
    expect(a.features.dates.map((d) => d.text)).toEqual(['2022']);
    const facts = buildFacts({ id: 'user:x', title: 'x', date: null, referenceDate: null, place: null, origin: 'user', kind: 'article', url: null, addedAt: 1, enabled: true, text: 'The constructor said hasOwnProperty and __proto__ were fine in Tirana on Monday.' });
    expect(() => structuredClone(facts)).not.toThrow();
  });

  it('takes the doer of an act from the clause a speaker reports, not the speaker', () => {
    const failed = details('The spokesman explained that the cyberattacks were unsuccessful.').find((d) => d.kind === 'action')!;
    expect(failed.actor).toBeUndefined();
    expect(failed.subject?.text).toBe('cyberattacks');
    expect(details('Belgian police foiled the plot in 2018.').find((d) => d.kind === 'action')?.actor?.text).toMatch(/Belgian|police/);
  });

  it('holds a title to the side it is of, before it or after "of"', () => {
    const holder = (s: string) => details(s).find((d) => d.text === 'president')?.holder;
    expect(holder('Albania\u2019s president spoke on Monday.')).toBe('albania');
    expect(holder('The president of Iran spoke on Monday.')).toBe('iran');
    expect(holder('The president spoke on Monday.')).toBeUndefined();
  });

});

describe('words of time and wanting', () => {
  it('asks no source to repeat "today" or "wants"', () => {
    const found = kinds('Today the MEK wants to replace clerical rule in Iran with a secular government.').join(' ');
    expect(found).not.toMatch(/Today|wants/);
  });
});

describe('whose people a claim names', () => {
  it('holds diplomats and governments to their side, named again or by its adjective, but not across a clause', () => {
    const holder = (s: string, w: string) => details(s).find((d) => d.text === w)?.holder;
    expect(holder('Iran gave Albanian diplomats a day to leave.', 'diplomats')).toBe('albania');
    expect(holder('Albania condemned the attack on Albania\u2019s government.', 'government')).toBe('albania');
    expect(holder('Tehran\u2019s former envoy left.', 'envoy')).toBe('iran');
    expect(holder('Ties with Iran were cut, the government said.', 'government')).toBeUndefined();
  });
});
