// How a labelled claim set is scored, as ../shared/eval/score.mjs scores it: `npm run eval`,
// the accuracy tests and the benchmark's baseline all report these figures.
import type { Verdict } from '../core/types';

/** The five labels the claim sets use. */
export const SCORED_LABELS = ['supported', 'contradicted', 'mixed', 'unverified', 'offtopic'] as const;

/** One of the labels a verdict is scored as. */
export type ScoredLabel = (typeof SCORED_LABELS)[number];

/** Whether a value is one of the five labels, spelt exactly. */
export function isScoredLabel(value: unknown): value is ScoredLabel {
  return (SCORED_LABELS as readonly unknown[]).includes(value);
}

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

/** Every figure of one scoring: what a reader of `npm run eval` sees for a set or a part of it. */
export interface Figures {
  claims: number;
  /** `confusion[label][answer]`: how many claims with that label got that answer. */
  confusion: Record<ScoredLabel, Record<ScoredLabel, number>>;
  f1: Record<ScoredLabel, number>;
  macroF1: number;
  /** Share of claims answered with their label (0 for no claims). */
  accuracy: number;
  /** Claims labelled contradicted, mixed or unverified that were answered supported. */
  falseSupported: number;
}

/**
 * Whether an answer is the costliest error: telling a reader that a claim the sources do
 * not back is supported. An off-topic claim called supported is a source's background fact,
 * not a claim the sources deny, so it is not counted (as the shared scorer does not).
 */
export function isFalseSupported(label: ScoredLabel, got: ScoredLabel): boolean {
  return got === 'supported' && label !== 'supported' && label !== 'offtopic';
}

/** The figures of a set of answers; `got[i]` answers `labels[i]`. */
export function figures(labels: readonly ScoredLabel[], got: readonly ScoredLabel[]): Figures {
  if (labels.length !== got.length) throw new Error(`figures: ${labels.length} labels but ${got.length} answers`);
  const row = () => Object.fromEntries(SCORED_LABELS.map((l) => [l, 0])) as Record<ScoredLabel, number>;
  const confusion = Object.fromEntries(SCORED_LABELS.map((l) => [l, row()])) as Figures['confusion'];
  labels.forEach((label, i) => confusion[label][got[i]!]++);
  const { perLabel, macro, correct } = macroF1(labels, got);
  return {
    claims: labels.length,
    confusion,
    f1: perLabel,
    macroF1: macro,
    accuracy: labels.length ? correct / labels.length : 0,
    falseSupported: labels.filter((label, i) => isFalseSupported(label, got[i]!)).length,
  };
}

/** How many claims of each kind were answered right, in the order the kinds first appear. */
export function rightByKind(kinds: readonly (string | undefined)[], right: readonly boolean[]): Record<string, { right: number; of: number }> {
  const out: Record<string, { right: number; of: number }> = {};
  kinds.forEach((kind, i) => {
    if (kind === undefined) return;
    const k = (out[kind] ??= { right: 0, of: 0 });
    k.of++;
    if (right[i]) k.right++;
  });
  return out;
}

/**
 * How many groups were right whole: a group (a base sentence and its variants) counts only
 * when every claim in it was answered right, since one lucky answer in a minimal pair shows
 * nothing about the difference it tests.
 */
export function groupsRightWhole(groups: readonly (string | undefined)[], right: readonly boolean[]): { whole: number; of: number } {
  const whole = new Map<string, boolean>();
  groups.forEach((group, i) => {
    if (group !== undefined) whole.set(group, (whole.get(group) ?? true) && right[i]!);
  });
  return { whole: [...whole.values()].filter(Boolean).length, of: whole.size };
}

/** The half a page belongs to by the leading number of its file name ("07-ap.html" is odd), or null without one. */
export function halfOf(file: string): 'odd' | 'even' | null {
  const n = /^\d+/.exec(file.slice(file.lastIndexOf('/') + 1));
  if (!n) return null;
  return Number(n[0]) % 2 === 1 ? 'odd' : 'even';
}
