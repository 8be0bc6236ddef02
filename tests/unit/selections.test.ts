import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/core/checker';
import type { FactBundle } from '../../src/core/types';
import bundle from '../../src/generated/seed-facts.json';

const seeds = bundle as FactBundle;
const checker = new Checker(seeds.sources, seeds.facts);
const verdict = (s: string) => checker.checkClaim(s).verdict;

// Plainly false claims a reader may select: each changes one thing the sources state.
describe('a selected claim that changes what the sources say is contradicted', () => {
  it('a longer deadline, in weeks or months', () => {
    expect(verdict('Albania gave the Iranian diplomats a full week to leave.')).toBe('contradicted');
    expect(verdict("Rama gave Iran's diplomats a whole month to pack up and go.")).toBe('contradicted');
  });

  it('the act denied', () => {
    expect(verdict('Rama said Iran was not behind the cyberattack.')).toBe('contradicted');
  });

  it('the opposite stance', () => {
    expect(verdict('Tehran praised the Albanian decision.')).toBe('contradicted');
  });

  it('doer and receiver swapped', () => {
    expect(verdict('Iran blamed Albania for the July cyberattack.')).toBe('contradicted');
    expect(verdict('Iran cut diplomatic ties with Albania.')).toBe('contradicted');
  });

  it('ties kept where the sources say they were cut', () => {
    expect(verdict('Albania kept its ties with Iran despite the cyberattack.')).toBe('contradicted');
  });

  it('while the claims as the sources tell them stay supported', () => {
    expect(verdict('Albania blamed Iran for the July cyberattack.')).toBe('supported');
    expect(verdict('Albania cut diplomatic ties with Iran.')).toBe('supported');
    expect(verdict('Albania gave the Iranian diplomats 24 hours to leave.')).toBe('supported');
  });
});

describe('a sentence that only names a side is not about the dispute', () => {
  it("the prime minister's other news", () => {
    expect(verdict('Rama opened a new bridge in Tirana on Monday.')).toBe('offtopic');
  });
});

describe("another country's rupture with Iran is another story, not a clash with this one", () => {
  it('names another doer and another year for a kind of act the sources tell', () => {
    expect(verdict('Canada cut diplomatic ties with Iran in 2012.')).toBe('offtopic');
    expect(verdict('Albania expelled a Russian diplomat in 2021.')).toBe('offtopic');
  });

  it('while another date for an event the sources tell still clashes', () => {
    expect(verdict('Albania joined NATO in 1999.')).toBe('contradicted');
  });
});

describe('a line that claims nothing is never supported', () => {
  it('a heading', () => {
    expect(verdict('What we know about the Albania–Iran break')).not.toBe('supported');
  });
});
