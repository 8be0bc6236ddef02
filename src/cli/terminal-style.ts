import type { Verdict } from '../core/types';

/**
 * Each verdict's colour on a terminal, as an ANSI SGR code, shown bold with the verdict's icon
 * and word (src/shared/verdict-style.ts, src/core/verdict/vocabulary.ts) so that colour is never
 * the only cue. The codes are the terminal's nearest to the extension's colours.
 */
export const TERMINAL_COLOUR: Record<Verdict, string> = {
  contradicted: '31',
  mixed: '33',
  supported: '32',
  partly: '34',
  unverified: '36',
  offtopic: '2',
};
