import type { Verdict } from '../types';

/**
 * What a verdict is called. Only words live in the core: how a verdict looks (icon, glyph,
 * colours, how loudly a page marks it) is the extension's, in src/shared/verdict-style.ts,
 * and the terminal's, in src/cli/terminal-style.ts.
 */
export interface VerdictName {
  /**
   * The verdict's one word, wherever a reader meets it: at the top of a card, in the popup's
   * counts and filter, on the options page, in reports, in screen-reader labels and on the
   * command line. One word, so that the filter a reader presses names what the card said.
   */
  word: string;
}

/**
 * The words of the verdicts, in the order readers see them listed. The checker's reasons name
 * verdicts by these words too, so a reason never calls a verdict something the page does not.
 * (It keeps the name it had when it also held the colours, so that the checker reads it as before.)
 */
export const VERDICT_LOOK: Record<Verdict, VerdictName> = {
  contradicted: { word: 'Contradicted' },
  // Not "Sources disagree": a past participle like the others, short enough for a count, and
  // the word a claim's details use when sources state both values; the reason says who disagrees.
  mixed: { word: 'Disputed' },
  supported: { word: 'Supported' },
  partly: { word: 'Partly supported' },
  unverified: { word: 'Unverified' },
  offtopic: { word: 'Not about the Albania\u2013Iran dispute' },
};

/** Verdicts gravest first: how several findings about one claim or passage are ranked. */
export const GRAVITY: readonly Verdict[] = ['contradicted', 'mixed', 'partly', 'supported', 'unverified', 'offtopic'];
