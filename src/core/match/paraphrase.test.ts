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
    expect(verdict('Rama said the hackers had wanted to stir calm and security in the country.')).toBe('partly');
  });

  it('still wants every other word of the claim from a source', () => {
    expect(verdict('Albania told the diplomats and employees of the Iranian embassy to leave within 24 hours, the oil ministry said.')).toBe('partly');
  });

  it('never proposes a word of the opposite feeling, however close the vectors put them', () => {
    expect(vectorNeighboursOf(stem('enemy'))).not.toContain(stem('ally'));
    expect(vectorNeighboursOf(stem('turmoil'))).toContain(stem('chaos'));
  });
});
