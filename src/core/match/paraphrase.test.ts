import { describe, expect, it } from 'vitest';
import { Checker } from '../checker';
import bundle from '../../generated/seed-facts.json';
import type { FactBundle } from '../types';
import { vectorNeighboursOf } from '../knowledge/synonyms';
import { stem } from '../read/text';

const seeds = bundle as FactBundle;
const checker = new Checker(seeds.sources, seeds.facts);
const verdict = (claim: string) => checker.checkClaim(claim).verdict;

describe('nouns told in other words', () => {
  it('reads a noun as the one the source sentence has in its place', () => {
    // The sources speak of the embassy's "staff" and of "chaos".
    expect(verdict('Albania told the diplomats and employees of the Iranian embassy to leave within 24 hours.')).toBe('supported');
    expect(verdict('Rama said the hackers had wanted to stir turmoil and insecurity in the country.')).toBe('supported');
  });

  it('does not take another kind of people or the opposite state for them', () => {
    expect(verdict('Albania told the diplomats and guards of the Iranian embassy to leave within 24 hours.')).toBe('partly');
    // "Security" is the opposite of the sources' "insecurity" in that place.
    expect(verdict('Rama said the hackers had wanted to stir calm and security in the country.')).toBe('contradicted');
  });

  it('still wants every other word of the claim from a source', () => {
    expect(verdict('Albania told the diplomats and employees of the Iranian embassy to leave within 24 hours, the oil ministry said.')).toBe('partly');
  });

  it('never proposes a word of the opposite feeling, however close the vectors put them', () => {
    expect(vectorNeighboursOf(stem('enemy'))).not.toContain(stem('ally'));
    expect(vectorNeighboursOf(stem('turmoil'))).toContain(stem('chaos'));
  });
});

describe('words told as their opposite in the same place', () => {
  it('contradicts a standing the sources give as its opposite among the same words', () => {
    const r = checker.checkClaim('Albania and Iran have had friendly relations for years because of the MEK.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toContain('enemies');
  });

  it('reads the two sides as enemies as the dispute, and backs it', () => {
    expect(verdict('Albania and Iran have long been bitter enemies.')).toBe('supported');
  });

  it('sets a quality only against the opposite quality of the same thing', () => {
    // "Iran was responsible" is said of Iran; "an irresponsible cyberattack" of the attack.
    expect(verdict('Washington concluded that Iran was responsible for the July 15 cyberattack.')).toBe('supported');
  });

  it('leaves the part of a decade to the dates', () => {
    const r = checker.checkClaim("Albania's communist government collapsed in the late 1990s.");
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toContain('early 1990s, not late 1990s');
  });
});
