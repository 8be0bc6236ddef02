import { describe, expect, it } from 'vitest';
import { figures, groupsRightWhole, halfOf, isFalseSupported, macroF1, rightByKind, scoredLabel } from './scoring';

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

  it('counts each label against each answer in the confusion matrix, with accuracy the share answered right', () => {
    const f = figures(['supported', 'supported', 'contradicted', 'mixed', 'offtopic'], ['supported', 'unverified', 'supported', 'mixed', 'offtopic']);
    expect(f.claims).toBe(5);
    expect(f.confusion.supported).toEqual({ supported: 1, contradicted: 0, mixed: 0, unverified: 1, offtopic: 0 });
    expect(f.confusion.contradicted.supported).toBe(1);
    expect(f.confusion.mixed.mixed).toBe(1);
    // Every claim is in exactly one cell.
    expect(Object.values(f.confusion).flatMap((r) => Object.values(r)).reduce((a, b) => a + b, 0)).toBe(5);
    expect(f.accuracy).toBeCloseTo(3 / 5, 10);
    // supported: tp 1, fp 1 (the contradicted claim), fn 1 (the unverified answer).
    expect(f.f1.supported).toBeCloseTo(2 / 4, 10);
    expect(f.macroF1).toBeCloseTo((0.5 + 0 + 1 + 0 + 1) / 5, 10);
  });

  it('calls a claim falsely supported only when the sources do not back it: contradicted, mixed or unverified, never off topic', () => {
    expect(isFalseSupported('contradicted', 'supported')).toBe(true);
    expect(isFalseSupported('mixed', 'supported')).toBe(true);
    expect(isFalseSupported('unverified', 'supported')).toBe(true);
    expect(isFalseSupported('offtopic', 'supported')).toBe(false);
    expect(isFalseSupported('supported', 'supported')).toBe(false);
    expect(isFalseSupported('contradicted', 'unverified')).toBe(false);
    expect(figures(['contradicted', 'offtopic', 'unverified', 'mixed'], ['supported', 'supported', 'supported', 'mixed']).falseSupported).toBe(2);
  });

  it('gives no claims an accuracy of 0 rather than a division by zero', () => {
    const f = figures([], []);
    expect(f.accuracy).toBe(0);
    expect(f.macroF1).toBe(0);
  });

  it('refuses answers that do not line up with the labels', () => {
    expect(() => figures(['supported'], [])).toThrow(/1 labels but 0 answers/);
  });

  it('counts right answers per kind in the order the kinds first appear, leaving out claims without a kind', () => {
    const byKind = rightByKind(['base', 'negation', undefined, 'negation', 'base'], [true, false, true, true, true]);
    expect(byKind).toEqual({ base: { right: 2, of: 2 }, negation: { right: 1, of: 2 } });
    expect(Object.keys(byKind)).toEqual(['base', 'negation']);
  });

  it('counts a group right whole only when every claim in it is right', () => {
    expect(groupsRightWhole(['g1', 'g1', 'g2', 'g2', 'g3', undefined], [true, true, true, false, true, false])).toEqual({ whole: 2, of: 3 });
  });

  it('puts a page in the odd or even half by the leading number of its file name', () => {
    expect(halfOf('01-news.html')).toBe('odd');
    expect(halfOf('12-news.html')).toBe('even');
    expect(halfOf('pages/07-wire.html')).toBe('odd');
    expect(halfOf('news.html')).toBeNull();
  });
});
