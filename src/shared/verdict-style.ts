import type { Verdict } from '../core/types';

/**
 * How loudly a page marks a verdict: the style of its underline and badge, and the default
 * of the "What to mark" setting (loud and light are underlined, badge gets a badge only).
 */
export type Loudness = 'loud' | 'light' | 'badge' | 'none';

/**
 * How the extension shows one verdict beside its word (the word is the core's, in
 * src/core/verdict/vocabulary.ts). The page's underlines, the notes, the popup, the options page
 * and the toolbar badge all draw from here, so they live in src/shared rather than in one of them.
 */
export interface VerdictStyle {
  /** A text icon, for the popup, the options page, the Markdown report and the command line. */
  icon: string;
  /** The SVG path of the badge glyph (16 x 16 box), so verdicts differ by shape as well as colour. */
  glyph: string;
  /** Text and line colour on light pages, and on dark ones; both meet WCAG AA (4.5:1) against the card. */
  light: string;
  dark: string;
  /** How the page marks it unless the reader chooses otherwise, and how loud its underline and badge are. */
  loudness: Loudness;
}

/** The one set of verdict icons, glyphs, colours and loudness of the extension. */
export const VERDICT_STYLE: Record<Verdict, VerdictStyle> = {
  contradicted: { icon: '\u2718', glyph: 'M5 5l6 6M11 5l-6 6', light: '#b3212a', dark: '#ff8f8f', loudness: 'loud' },
  mixed: { icon: '\u25D0', glyph: 'M4.5 6.5h7M4.5 9.5h7M10 4l-4 8', light: '#9a5200', dark: '#f2b25c', loudness: 'loud' },
  supported: { icon: '\u2714', glyph: 'M4.5 8.5l2.5 2.5 4.5-5.5', light: '#1c7430', dark: '#6fd18a', loudness: 'light' },
  partly: { icon: '\u25D4', glyph: 'M3.5 8.5l2 2 3.5-4.5M10.5 11.5h2.5', light: '#1d6480', dark: '#7cc7e6', loudness: 'light' },
  unverified: {
    icon: '?', glyph: 'M6.2 6.3a1.9 1.9 0 1 1 2.7 1.7c-.6.3-.9.7-.9 1.3v.6M8 11.6v.2', light: '#52606b', dark: '#b3c0cb', loudness: 'badge',
  },
  offtopic: { icon: '\u2013', glyph: 'M4.5 8h7', light: '#5f6873', dark: '#a7b0b8', loudness: 'none' },
};

/** Whether a verdict is marked loudly (a clash, a dispute): full badge, wavy underline. */
export function isLoud(verdict: Verdict): boolean {
  return VERDICT_STYLE[verdict].loudness === 'loud';
}
