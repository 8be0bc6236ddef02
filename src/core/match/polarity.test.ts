import { describe, expect, it } from 'vitest';
import { polarity } from './polarity';

describe('polarity of two tellings of an act', () => {
  it('agrees when the same act is told the same way, and clashes when one denies it', () => {
    expect(polarity(true, false, false, 'ties')).toBe('agrees');
    expect(polarity(true, true, false, 'ties')).toBe('clashes');
  });

  it('takes an opposite act told the same way as a clash (resuming ties against cutting them)', () => {
    expect(polarity(false, false, false, 'ties')).toBe('clashes');
  });

  it('reads a complementary act denied as the other done ("did not fail" is "succeeded")', () => {
    expect(polarity(false, true, false, 'outcome')).toBe('agrees');
  });

  it('says nothing of an opposite act denied when the two are not complementary', () => {
    expect(polarity(false, true, false, 'ties')).toBeUndefined();
  });
});
