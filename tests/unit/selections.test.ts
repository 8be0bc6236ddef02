import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/core/checker';
import type { FactBundle, Verdict } from '../../src/core/types';
import bundle from '../../src/generated/seed-facts.json';

const seeds = bundle as FactBundle;
const checker = new Checker(seeds.sources, seeds.facts);

// Sentences a reader may select, with the verdict the sources call for and why. `not` marks a
// verdict the sentence must never get (a heading may be unverified or off topic, never supported).
const SELECTIONS: { why: string; text: string; verdict?: Verdict; not?: Verdict }[] = [
  { why: 'a longer deadline, in weeks', text: 'Albania gave the Iranian diplomats a full week to leave.', verdict: 'contradicted' },
  { why: 'a longer deadline, in months', text: "Rama gave Iran's diplomats a whole month to pack up and go.", verdict: 'contradicted' },
  { why: 'the act denied', text: 'Rama said Iran was not behind the cyberattack.', verdict: 'contradicted' },
  { why: 'the opposite stance', text: 'Tehran praised the Albanian decision.', verdict: 'contradicted' },
  { why: 'doer and receiver of the blame swapped', text: 'Iran blamed Albania for the July cyberattack.', verdict: 'contradicted' },
  { why: 'doer and receiver of the break swapped', text: 'Iran cut diplomatic ties with Albania.', verdict: 'contradicted' },
  { why: 'ties kept where the sources say they were cut', text: 'Albania kept its ties with Iran despite the cyberattack.', verdict: 'contradicted' },
  { why: 'the blame as the sources tell it', text: 'Albania blamed Iran for the July cyberattack.', verdict: 'supported' },
  { why: 'the break as the sources tell it', text: 'Albania cut diplomatic ties with Iran.', verdict: 'supported' },
  { why: 'the deadline as the sources tell it', text: 'Albania gave the Iranian diplomats 24 hours to leave.', verdict: 'supported' },
  { why: "the prime minister's other news", text: 'Rama opened a new bridge in Tirana on Monday.', verdict: 'offtopic' },
  { why: "another country's rupture with Iran is another story", text: 'Canada cut diplomatic ties with Iran in 2012.', verdict: 'offtopic' },
  { why: "another country's diplomat expelled is another story", text: 'Albania expelled a Russian diplomat in 2021.', verdict: 'offtopic' },
  { why: 'another date for an event the sources tell still clashes', text: 'Albania joined NATO in 1999.', verdict: 'contradicted' },
  { why: 'a heading claims nothing', text: 'What we know about the Albania–Iran break', not: 'supported' },
];

describe('a selected sentence gets the verdict the sources call for', () => {
  it.each(SELECTIONS)('$why: "$text"', ({ text, verdict, not }) => {
    const got = checker.checkClaim(text).verdict;
    if (verdict) expect(got).toBe(verdict);
    if (not) expect(got).not.toBe(not);
  });
});
