/**
 * What the page side hands the notes UI to draw, as plain data: the page code measures and
 * marks, the UI renders, and neither imports the other (the content script wires them).
 */
import type { CheckResult, DetailResult, Evidence, Verdict } from '../core/types';
import { VERDICT_LOOK } from '../core/verdict/vocabulary';
import type { CorrectionMark } from './corrections';

/** Tag name of the element hosting the extension's shadow root on every page. */
export const UI_HOST_TAG = 'factcheck-notes';

/** Attribute on the notes host, so that a later run of the content script knows a layer it finds as ours. */
export const UI_HOST_MARK = 'data-factcheck-layer';

/**
 * Whether a tag name is the notes host's: UI_HOST_TAG, or UI_HOST_TAG with a random suffix,
 * used when a page has defined an element of that name for itself (see mountNotesUi).
 */
export function isUiHostTag(localName: string): boolean {
  return localName === UI_HOST_TAG || localName.startsWith(`${UI_HOST_TAG}-`);
}

/** A rectangle in document coordinates (CSS pixels from the top-left of the page). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Verdicts that get a mark on the page (off-topic sentences get none). */
export type MarkedVerdict = Exclude<Verdict, 'offtopic'>;

/** Every verdict that gets a mark, in the vocabulary's order. */
export const MARKED_VERDICTS: readonly MarkedVerdict[] = (Object.keys(VERDICT_LOOK) as Verdict[]).filter((v): v is MarkedVerdict => v !== 'offtopic');

/** One checked claim on the page, ready to draw. */
export interface MarkerView {
  id: string;
  /** The claim's text, whitespace collapsed. */
  claim: string;
  verdict: MarkedVerdict;
  reason: string;
  evidence: Evidence[];
  /** The claim's details and how each fared, gravest first, when the checker gave them. */
  details?: DetailResult[];
  /** The reader's own verdict, shown beside the checker's, when the reader corrected it. */
  correction?: CorrectionMark;
  /** Box of the claim's last line; the badge sits at its end. */
  anchor: Box;
  /** Box around all of the claim's lines, which its note card must never cover. */
  bounds?: Box;
  /**
   * Line boxes to underline when the browser has no CSS Custom Highlight API; null when the
   * page's own text is underlined by a highlight instead.
   */
  underline: Box[] | null;
}

/** What to show around the reader's selection. */
export type SelectionView =
  | { kind: 'button'; box: Box }
  | { kind: 'checking'; box: Box; text: string }
  | { kind: 'result'; box: Box; result: CheckResult; correction?: CorrectionMark }
  | { kind: 'error'; box: Box; text: string; message: string };

/** What the page side asks of the notes UI. */
export interface NotesView {
  /** Replaces every marker (badges, underlines) with this list. */
  setMarkers(markers: MarkerView[]): void;
  /** Opens a marker's note card; `focus` moves keyboard focus to it. */
  openNote(id: string, focus: boolean): void;
  /** Shows the selection's button or card, or hides both (null). */
  setSelection(view: SelectionView | null): void;
}
