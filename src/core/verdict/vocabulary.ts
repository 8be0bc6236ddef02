import type { Verdict } from '../types';

/** How loudly a verdict is marked on a page by default. */
export type Loudness = 'loud' | 'light' | 'badge' | 'none';

/** Everything a reader is shown for one verdict; no other module names these. */
export interface VerdictLook {
  /** The word at the top of a card, in reports and in screen-reader labels. */
  word: string;
  /** The short word for counts, filters and tight spaces. */
  short: string;
  /** A text icon, for the popup, the options page and the command line. */
  icon: string;
  /** The SVG path of the badge glyph (16 x 16 box), so verdicts differ by shape as well as colour. */
  glyph: string;
  /** Text and line colour on light pages, and on dark ones; both meet WCAG AA (4.5:1) against the card. */
  light: string;
  dark: string;
  /** ANSI colour code for the command line. */
  ansi: string;
  /** How the page marks it unless the reader chooses otherwise. */
  loudness: Loudness;
}

/** The one vocabulary of verdicts, in the order readers see them listed. */
export const VERDICT_LOOK: Record<Verdict, VerdictLook> = {
  contradicted: {
    word: 'Contradicted', short: 'Contradicted', icon: '\u2718', glyph: 'M5 5l6 6M11 5l-6 6',
    light: '#b3212a', dark: '#ff8f8f', ansi: '31', loudness: 'loud',
  },
  mixed: {
    word: 'Sources disagree', short: 'Disputed', icon: '\u25D0', glyph: 'M4.5 6.5h7M4.5 9.5h7M10 4l-4 8',
    light: '#9a5200', dark: '#f2b25c', ansi: '33', loudness: 'loud',
  },
  supported: {
    word: 'Supported', short: 'Supported', icon: '\u2714', glyph: 'M4.5 8.5l2.5 2.5 4.5-5.5',
    light: '#1c7430', dark: '#6fd18a', ansi: '32', loudness: 'light',
  },
  partly: {
    word: 'Partly supported', short: 'Partly', icon: '\u25D4', glyph: 'M3.5 8.5l2 2 3.5-4.5M10.5 11.5h2.5',
    light: '#1d6480', dark: '#7cc7e6', ansi: '34', loudness: 'light',
  },
  unverified: {
    word: 'Unverified', short: 'Unverified', icon: '?', glyph: 'M6.2 6.3a1.9 1.9 0 1 1 2.7 1.7c-.6.3-.9.7-.9 1.3v.6M8 11.6v.2',
    light: '#52606b', dark: '#b3c0cb', ansi: '36', loudness: 'badge',
  },
  offtopic: {
    word: 'Not about the Albania\u2013Iran dispute', short: 'Off topic', icon: '\u2013', glyph: 'M4.5 8h7',
    light: '#5f6873', dark: '#a7b0b8', ansi: '2', loudness: 'none',
  },
};

/** Whether a verdict is marked loudly (a clash, a dispute): full badge, wavy underline. */
export function isLoud(verdict: Verdict): boolean {
  return VERDICT_LOOK[verdict].loudness === 'loud';
}

/** Verdicts gravest first: how several findings about one claim or passage are ranked. */
export const GRAVITY: readonly Verdict[] = ['contradicted', 'mixed', 'partly', 'supported', 'unverified', 'offtopic'];
