import type { Verdict } from '../../core/types';

/** The word a reader sees for each verdict, in the badge label and at the top of a card. */
export const VERDICT_WORD: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  mixed: 'Sources disagree',
  unverified: 'Unverified',
  offtopic: 'Not about the Albania\u2013Iran dispute',
};

/** What each piece of evidence does for the claim. */
export const STANCE_WORD = {
  supports: 'Agrees',
  contradicts: 'Disagrees',
  related: 'Related',
} as const;

/** The label a screen reader announces for a badge: "Fact check: contradicted — <reason>". */
export function badgeLabel(verdict: Verdict, reason: string): string {
  return `Fact check: ${VERDICT_WORD[verdict].toLowerCase()} \u2014 ${reason}`;
}

/** "Title, 7 September 2022" or just the title when the source gives no date. */
export function sourceLine(title: string, date: string | null): string {
  if (!date) return title;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return `${title}, ${date}`;
  return `${title}, ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
}
