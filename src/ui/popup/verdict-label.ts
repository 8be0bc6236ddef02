import type { Verdict } from '../../core/types';
import { VERDICT_LOOK } from '../../core/verdict/vocabulary';
import { VERDICT_STYLE } from '../../shared/verdict-style';
import { toneStyle } from '../verdict-colours';
import { MARKED_VERDICTS } from '../../shared/views';

/** How a verdict is shown: a word and an icon as well as a colour, so colour is never the only cue. */
export interface VerdictLabel {
  /** The vocabulary's word, for the counts, the filter and the list of claims alike. */
  word: string;
  icon: string;
  /** CSS class naming the verdict (`v-mixed`). */
  tone: string;
  /** Inline custom properties carrying the verdict's colours for light and dark schemes. */
  style: Record<string, string>;
}

/** The words of a verdict (the core's) and its icon and colours (the extension's). */
export function verdictLabel(verdict: Verdict): VerdictLabel {
  const look = VERDICT_LOOK[verdict];
  return { word: look.word, icon: VERDICT_STYLE[verdict].icon, tone: `v-${verdict}`, style: toneStyle(verdict) };
}

/**
 * Verdicts the popup counts, in the vocabulary's order: off-topic sentences get no mark on
 * the page, so none are counted. The same list as the verdicts marked on the page.
 */
export const COUNTED_VERDICTS = MARKED_VERDICTS;
