/**
 * A reader's correction of a verdict: what the reader says the sources really say about a
 * claim, kept in the browser beside the checker's own verdict. The page, the background, the
 * popup and the options page all pass it around, so its shape lives here.
 */
import type { Verdict } from '../core/types';
import { VERDICT_LOOK } from '../core/verdict/vocabulary';

/** One correction as stored and as exported, one per claim text. */
export interface Correction {
  id: string;
  /** The claim's text, whitespace collapsed (see `claimKey`): the same sentence on any page finds it. */
  text: string;
  /** The reader's verdict, in the scorer's labels. */
  label: Verdict;
  /** The page where the reader corrected it, and that page's title. */
  url: string;
  title: string;
  /** The checker's verdict when the reader corrected it. */
  checker: Verdict;
  /** The reader's own words, '' when none. */
  comment: string;
  /** When it was made or last changed (ISO 8601, UTC). */
  at: string;
}

/** What the page sends when a reader corrects a verdict; the store adds the id and the time. */
export type CorrectionInput = Omit<Correction, 'id' | 'at'>;

/** What a note shows of a correction. */
export type CorrectionMark = Pick<Correction, 'label' | 'comment'>;

/** Longest comment kept: a note, not an essay, and small enough for one message. */
export const MAX_COMMENT = 2_000;

/**
 * The form of a claim's text corrections are attached to: runs of white space (line breaks of
 * the page's layout, non-breaking spaces) are one space, so the sentence is found again
 * wherever and however it is laid out.
 */
export function claimKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * "Checker: Supported · You: Contradicted": both verdicts in the vocabulary's words, the same
 * in the note, the popup and the report, so a reader never has to tell them by colour.
 */
export function correctionWords(checker: Verdict, label: Verdict): string {
  return `Checker: ${VERDICT_LOOK[checker].word} \u00b7 You: ${VERDICT_LOOK[label].word}`;
}
