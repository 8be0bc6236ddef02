import { describe, expect, it } from 'vitest';
import { Checker } from '../checker';
import bundle from '../../generated/seed-facts.json';
import type { FactBundle } from '../types';

const seeds = bundle as FactBundle;
const checker = new Checker(seeds.sources, seeds.facts);
const verdict = (claim: string) => checker.checkClaim(claim).verdict;

describe('words told as their opposite in the same place', () => {
  it('contradicts a standing or a quality the sources give as its opposite among the same words', () => {
    const r = checker.checkClaim('Albania, a staunch enemy of the United States, cut ties with Iran in 2022.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toContain('ally, not enemy');
    expect(verdict('Albania, a staunch ally of the United States, cut ties with Iran in 2022.')).toBe('supported');
    expect(checker.checkClaim('Rama said the hackers had wanted to stir calm and security in the country.').reason).toContain('insecurity, not security');
    expect(checker.checkClaim('Rama said the cyberattack threatened to paralyse private services.').verdict).toBe('contradicted');
  });

  it('lets a source that states the word in its place outweigh another that has its opposite', () => {
    // One source speaks of threats to "the security" of the country, another of "insecurity".
    expect(verdict('Rama said the hackers wanted to threaten security in the country.')).toBe('supported');
  });

  it('shares no place through a verb of saying, a light word or an idiom', () => {
    expect(verdict('Rama, a key political figure, said Iranian diplomats had 24 hours to leave.')).toBe('supported');
    expect(verdict('Albania expelled Iranian diplomats on the grounds that they damaged national security.')).toBe('supported');
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
