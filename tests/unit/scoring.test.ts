import { describe, expect, it } from 'vitest';
import { macroF1, scoredLabel } from '../../scripts/scoring';

describe('scoring a labelled claim set', () => {
  it('averages the F1 of the five labels, a label never answered right scoring 0', () => {
    const { perLabel, macro, correct } = macroF1(['supported', 'contradicted', 'offtopic', 'unverified'], ['supported', 'supported', 'offtopic', 'unverified']);
    expect(perLabel).toEqual({ supported: 2 / 3, contradicted: 0, mixed: 0, unverified: 1, offtopic: 1 });
    expect(macro).toBeCloseTo((2 / 3 + 1 + 1) / 5, 10);
    expect(correct).toBe(3);
  });

  it('scores a partly supported verdict as unverified, and every other verdict as itself', () => {
    expect(scoredLabel('partly')).toBe('unverified');
    expect(scoredLabel('mixed')).toBe('mixed');
  });
});
