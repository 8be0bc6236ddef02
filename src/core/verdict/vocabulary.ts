import type { Verdict } from '../types';

/**
 * What a verdict is called. Only words live in the core: how a verdict looks (icon, glyph,
 * colours, how loudly a page marks it) is the extension's, in src/shared/verdict-style.ts,
 * and the terminal's, in src/cli/terminal-style.ts.
 */
export interface VerdictName {
  /** The word at the top of a card, in reports and in screen-reader labels. */
  word: string;
  /** The short word for counts, filters and tight spaces. */
  short: string;
}

/**
 * The words of the verdicts, in the order readers see them listed. The checker's reasons name
 * verdicts by these words too, so a reason never calls a verdict something the page does not.
 * (It keeps the name it had when it also held the colours, so that the checker reads it as before.)
 */
export const VERDICT_LOOK: Record<Verdict, VerdictName> = {
  contradicted: { word: 'Contradicted', short: 'Contradicted' },
  mixed: { word: 'Sources disagree', short: 'Disputed' },
  supported: { word: 'Supported', short: 'Supported' },
  partly: { word: 'Partly supported', short: 'Partly' },
  unverified: { word: 'Unverified', short: 'Unverified' },
  offtopic: { word: 'Not about the Albania\u2013Iran dispute', short: 'Off topic' },
};

/** Verdicts gravest first: how several findings about one claim or passage are ranked. */
export const GRAVITY: readonly Verdict[] = ['contradicted', 'mixed', 'partly', 'supported', 'unverified', 'offtopic'];
