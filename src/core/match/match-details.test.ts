import { describe, expect, it } from 'vitest';
import { Checker } from '../checker';
import type { FactBundle } from '../types';
import bundle from '../../generated/seed-facts.json';

const checker = new Checker((bundle as FactBundle).sources, (bundle as FactBundle).facts);
const outcomes = (text: string) => Object.fromEntries((checker.checkClaim(text).details ?? []).map((d) => [d.text, d]));

describe('matching each detail on its own', () => {
  it('backs a detail with the source sentence that states it, quoted word for word', () => {
    const d = outcomes('Iranian diplomats were given 24 hours to leave Albania.')['24 hours']!;
    expect(d.outcome).toBe('backed');
    expect(d.quotes.some((q) => /24 hours/.test(q))).toBe(true);
  });

  it('finds a clash where the sources agree on another value, and says what they say', () => {
    const d = outcomes('Some 1,000 MEK members live in a camp 30 kilometers outside Tirana.')['30 kilometers from Tirana']!;
    expect(d.outcome).toBe('clashes');
    expect(d.sourcesSay).toMatch(/40 ?km/);
  });

  it('finds a dispute where the sources state different values of the same thing', () => {
    const d = outcomes('The MEK was transferred to Albania in 2016.')['2016']!;
    expect(d.outcome).toBe('disputed');
    expect(d.sourcesSay).toMatch(/2013|2014/);
  });

  it('lets different details rest on different sources', () => {
    const r = checker.checkClaim('A NATO member since 2009, Albania has ended its diplomatic relations with Tehran.');
    expect(r.verdict).toBe('supported');
    expect(new Set(r.details!.filter((d) => d.outcome === 'backed').flatMap((d) => d.quotes)).size).toBeGreaterThan(1);
  });

  it('does not take a deadline to leave for a departure', () => {
    const d = outcomes('The Iranian diplomats left Albania on Thursday after the deadline.')['left']!;
    expect(d.outcome).toBe('not-found');
  });

  it('reports a detail no source has as not found, making the claim partly supported', () => {
    const r = checker.checkClaim('Albania cut diplomatic ties with Iran and delivered an official note to the Iranian embassy.');
    expect(r.verdict).toBe('partly');
    expect(r.details!.find((d) => d.text === 'note')?.outcome).toBe('not-found');
  });
});

describe('lists, ways of saying and outcomes', () => {
  it('does not set one body of a list against another the sources name ("the US, the EU and NATO")', () => {
    const r = checker.checkClaim('The United States, the African Union and NATO condemned the cyberattack on Albania.');
    expect(r.verdict).not.toBe('contradicted');
    expect(r.details!.find((d) => d.text === 'African Union')?.outcome).toBe('not-found');
  });

  it('takes the kind of speech ("in a video address") for a way of saying, not a detail', () => {
    const r = checker.checkClaim('In a video address, Rama said Albania was ending diplomatic relations with Iran with immediate effect.');
    expect(r.details!.map((d) => d.text)).not.toContain('address');
    expect(r.verdict).toBe('supported');
  });

  it('reads "failed to achieve" as the failure a source states, and "succeeded" as clashing with it', () => {
    expect(checker.checkClaim('The cyberattack on Albania failed to achieve its purpose, Rama said.').verdict).toBe('supported');
    expect(outcomes('The cyberattack on Albania achieved its purpose, Rama said.')['achieved']?.outcome).not.toBe('backed');
  });
});

describe('negated knowledge', () => {
  it('is contradicted by the source sentences that know, quoted as disagreeing', () => {
    const r = checker.checkClaim('Washington said it could not determine who was behind the cyberattack on Albania.');
    expect(r.verdict).toBe('contradicted');
    expect(r.evidence.length).toBeGreaterThan(0);
    expect(r.evidence.every((e) => e.stance === 'contradicts')).toBe(true);
  });

  it('reads being unable to pin the deed on someone as not knowing, and only that', () => {
    expect(checker.checkClaim("Washington's investigators could not conclusively tie the cyberattack to Tehran.").verdict).toBe('contradicted');
    expect(checker.checkClaim('The US was unable to trace the attack on Albania back to Iran.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Investigators linked the July attack to Iran.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Albanians could not connect to e-Albania after the cyberattack.').verdict).not.toBe('contradicted');
  });
});

describe('whose diplomats, envoys and ministries', () => {
  it('sets one side\'s people against the other side\'s where the sources name only those, and says whose', () => {
    for (const text of ['Tirana told the Albanian diplomats to leave Tehran within 24 hours.', 'The ambassador of Albania was among the envoys expelled from Iran in 2018.']) {
      const r = checker.checkClaim(text);
      expect(r.verdict, text).toBe('contradicted');
      expect(r.reason, text).toMatch(/Iran's \w+, not Albania's/);
    }
    expect(checker.checkClaim('Tirana told the Iranian diplomats to leave Albania within 24 hours.').verdict).toBe('supported');
  });

  it('contradicts the other side\'s systems named past a word of its own body ("Iranian government systems")', () => {
    const r = checker.checkClaim('The attack crippled Iranian government systems.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toMatch(/Albania/);
    expect(checker.checkClaim('The July attack crippled Albanian government systems.').verdict).toBe('supported');
  });

  it('leaves be a claim whose people are named through a verb, in a list of both sides, or beside another event', () => {
    for (const text of ['Albania gave diplomats 24 hours to leave the country.', 'The Stuxnet virus hit Iranian systems in 2010.', 'Iran said Iranian infrastructure had also been hit by cyberattacks.']) {
      expect(checker.checkClaim(text).verdict, text).toBe('supported');
    }
    expect(checker.checkClaim('Iranian and Albanian diplomats met in 2018.').verdict).not.toBe('contradicted');
  });
});

describe('the title a claim gives a person', () => {
  it("contradicts another office or the other side's, with what the sources call the person", () => {
    for (const claim of ["Edi Rama is Iran's foreign minister.", 'Foreign Minister Edi Rama said Albania cut ties with Iran.', "Iran's prime minister Edi Rama cut ties with Iran."]) {
      const r = checker.checkClaim(claim);
      expect(r.verdict, claim).toBe('contradicted');
      expect(r.reason).toContain("Albania's prime minister");
    }
  });

  it("contradicts a body given the other side's kind", () => {
    const r = checker.checkClaim('The MEK is an Albanian opposition group.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toContain("Iran's opposition");
    expect(checker.checkClaim('The MEK is an Iranian opposition group.').verdict).not.toBe('contradicted');
  });

  it('contradicts a person the lexicon does not know, given an office the sources give another for that party', () => {
    const r = checker.checkClaim('UK Foreign Secretary Liz Truss said Britain stood with Albania as a valued partner and NATO ally.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toContain('James Cleverly');
    expect(checker.checkClaim('Albanian Prime Minister Besnik Krasniqi gave Iranian diplomats 24 hours to leave.').reason).toContain('Edi Rama');
    // Another body's spokesman is not the office the sources name.
    expect(checker.checkClaim('Iranian foreign ministry spokesman Ali Bahadori said the accusations were baseless.').verdict).not.toBe('contradicted');
  });

  it('backs the title the person holds, before or after the name', () => {
    expect(checker.checkClaim('Edi Rama, Albania’s prime minister, cut ties with Iran.').verdict).toBe('supported');
    expect(checker.checkClaim('Prime Minister Edi Rama said Albania had cut ties with Iran.').verdict).toBe('supported');
  });

  it("gives no title after a possessive or to one who held it once", () => {
    for (const claim of ["Rama's foreign minister Olta Xhacka said Albania cut ties with Iran.", "Edi Rama, the president's ally, cut ties with Iran.", 'Former Albanian Prime Minister Sali Berisha backed the decision to cut diplomatic ties with Iran.']) {
      expect(checker.checkClaim(claim).verdict, claim).not.toBe('contradicted');
    }
  });

  it('gives no title across a comma or a verb', () => {
    // "... with Iran, Prime Minister Edi Rama said": Iran holds no office here.
    expect(checker.checkClaim('Albania cut diplomatic ties with Iran, Prime Minister Edi Rama said on Wednesday.').verdict).toBe('supported');
    expect(checker.checkClaim("Edi Rama accused Iran's foreign minister of lying.").details?.some((d) => d.outcome === 'clashes' && /Rama/.test(d.text)) ?? false).toBe(false);
  });
});
