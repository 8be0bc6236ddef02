import type { Verdict } from '../../core/types';
import { VERDICT_LOOK } from '../../core/verdict/vocabulary';

/** The word a reader sees for a verdict, in the badge label and at the top of a card. */
export function verdictWord(verdict: Verdict): string {
  return VERDICT_LOOK[verdict].word;
}

/** What each piece of evidence does for the claim. */
export const STANCE_WORD = {
  supports: 'Agrees',
  contradicts: 'Disagrees',
  related: 'Related',
} as const;

/**
 * The label a screen reader announces for a badge: "Fact check: contradicted — <reason>", and
 * "; you said supported" when the reader corrected it, so the correction is heard before the note opens.
 */
export function badgeLabel(verdict: Verdict, reason: string, corrected?: Verdict): string {
  const yours = corrected ? `; you said ${verdictWord(corrected).toLowerCase()}` : '';
  return `Fact check: ${verdictWord(verdict).toLowerCase()} \u2014 ${reason}${yours}`;
}

/** "Title, 7 September 2022" or just the title when the source gives no date. */
export function sourceLine(title: string, date: string | null): string {
  if (!date) return title;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return `${title}, ${date}`;
  return `${title}, ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
}
