import type { Verdict } from '../../core/types';

/** How a verdict is shown: a word and an icon as well as a colour, so colour is never the only cue. */
export interface VerdictLabel {
  word: string;
  icon: string;
  /** CSS class carrying the verdict's colour. */
  tone: string;
}

const LABELS: Record<Verdict, VerdictLabel> = {
  supported: { word: 'Supported', icon: '\u2714', tone: 'v-supported' },
  contradicted: { word: 'Contradicted', icon: '\u2716', tone: 'v-contradicted' },
  mixed: { word: 'Mixed', icon: '\u25D0', tone: 'v-mixed' },
  unverified: { word: 'Unverified', icon: '?', tone: 'v-unverified' },
  offtopic: { word: 'Off topic', icon: '\u2013', tone: 'v-offtopic' },
};

/** The word, icon and colour class of a verdict. */
export function verdictLabel(verdict: Verdict): VerdictLabel {
  return LABELS[verdict];
}

/** Verdicts the popup counts: off-topic sentences get no mark on the page, so none are counted. */
export const COUNTED_VERDICTS = ['supported', 'contradicted', 'mixed', 'unverified'] as const satisfies readonly Verdict[];
