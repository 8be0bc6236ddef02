// How a labelled claim set is scored, as ../shared/eval/score.mjs scores it: the accuracy
// tests and the benchmark's baseline both report these figures.
import type { Verdict } from '../src/core/types';

/** The five labels the claim sets use. */
export const SCORED_LABELS = ['supported', 'contradicted', 'mixed', 'unverified', 'offtopic'] as const;

/** One of the labels a verdict is scored as. */
export type ScoredLabel = (typeof SCORED_LABELS)[number];

/** The label a verdict is scored as: `partly` counts as `unverified`, the label such claims carry. */
export function scoredLabel(verdict: Verdict): ScoredLabel {
  return verdict === 'partly' ? 'unverified' : verdict;
}

/** F1 of each label and their mean (macro-F1), with how many answers were right; `got[i]` answers `expected[i]`. */
export function macroF1(expected: readonly string[], got: readonly string[]): { perLabel: Record<ScoredLabel, number>; macro: number; correct: number } {
  const perLabel = {} as Record<ScoredLabel, number>;
  for (const label of SCORED_LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    expected.forEach((want, i) => {
      if (want === label && got[i] === label) tp++;
      else if (want === label) fn++;
      else if (got[i] === label) fp++;
    });
    perLabel[label] = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  const macro = SCORED_LABELS.reduce((sum, label) => sum + perLabel[label], 0) / SCORED_LABELS.length;
  return { perLabel, macro, correct: expected.filter((want, i) => want === got[i]).length };
}
