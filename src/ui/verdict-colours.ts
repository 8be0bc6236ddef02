import type { Verdict } from '../core/types';
import { VERDICT_STYLE } from '../shared/verdict-style';

/** Every verdict. */
const ALL = Object.keys(VERDICT_STYLE) as Verdict[];

/** The custom property holding a verdict's colour (`--contradicted`). */
export function verdictVar(verdict: Verdict): string {
  return `--${verdict}`;
}

/**
 * CSS declarations giving each verdict's colour for one colour scheme, from shared/verdict-style.ts:
 * `--supported: <its colour>; --partly: ...`. Style sheets written as strings (the notes layer's
 * shadow root) put them inside their own rules.
 */
export function verdictColourVars(scheme: 'light' | 'dark'): string {
  return ALL.map((v) => `${verdictVar(v)}: ${VERDICT_STYLE[v][scheme]};`).join(' ');
}

/** One rule per verdict class setting `prop` to that verdict's colour: `.v-mixed { --v: var(--mixed); }`. */
export function verdictClassRules(prop: string): string {
  return ALL.map((v) => `.v-${v} { ${prop}: var(${verdictVar(v)}); }`).join('\n');
}

/**
 * The verdict's colours as inline custom properties, for extension pages whose content
 * security policy allows no style sheet but their own files: the page's CSS picks
 * `--tone-light` or `--tone-dark` by colour scheme.
 */
export function toneStyle(verdict: Verdict): Record<'--tone-light' | '--tone-dark', string> {
  const look = VERDICT_STYLE[verdict];
  return { '--tone-light': look.light, '--tone-dark': look.dark };
}
