/**
 * Every message the extension's parts send each other, one union per direction, with the
 * reply each one gets. What reaches the background (from content scripts, which run beside
 * page scripts, and from extension pages) is checked there against the schemas in
 * `message-schemas.ts`, where its types come from; everything else travels between the
 * extension's own parts and is typed, not checked. The transport is in `transport.ts`.
 *
 * Routes:
 * - content script -> background: `runtime.sendMessage` (check-sentences, check-selection,
 *   save-correction, page-results)
 * - extension pages (options, popup) -> background: `runtime.sendMessage` (sources-changed)
 * - popup -> content script: `tabs.sendMessage` (reveal-claim; get-page-summary, a one-off summary
 *   that tests and tools ask for)
 * - content script -> popup: a port the popup opens with `tabs.connect` (SUMMARY_PORT), on
 *   which the page posts its summary at once and again whenever its results change
 * - background -> content script: `tabs.sendMessage` (check-current-selection)
 */
import { VERDICTS, type CheckResult, type DetailResult, type Evidence, type Verdict } from '../core/types';
import type { Correction, CorrectionMark } from './corrections';
import type { ClaimRequest, ContentToBackground, PageToBackground, ToBackground } from './message-schemas';

export type { ClaimRequest, ContentToBackground, PageToBackground, ToBackground };

// ---------------------------------------------------------------------------------------
// Shared shapes

/** How many claims of each verdict a page has. */
export type VerdictCounts = Record<Verdict, number>;

/** The answer to a batch: the claims about the dispute, and whether the page's opening is about it. */
export interface CheckedBatch {
  results: ClaimAnswer[];
  /** Given when the batch came with the page's opening. */
  pageAbout?: boolean;
}

/** The checker's answer about one sentence of a batch, keyed by the id the page gave. */
export interface ClaimAnswer {
  id: string;
  result: CheckResult;
  /** The reader's correction of this claim, made on this page or any other. */
  correction?: Correction;
}

/** One checked claim as the popup lists it. */
export interface ClaimSummary {
  /** Id of the claim on the page; pass it to `reveal-claim`. */
  id: string;
  text: string;
  verdict: Verdict;
  reason: string;
  /** The quoted source sentences, strongest first; empty when no source sentence is related. */
  evidence: Evidence[];
  /** The claim's details and how each fared, gravest first, as the checker gave them. */
  details: DetailResult[];
  /** The reader's own verdict, when the reader corrected the checker's. */
  correction?: CorrectionMark;
}

/**
 * What the page's content script reports to the popup.
 * - `ok`: claims were found and checked (the list may still be filling in on long pages);
 * - `paused`: the user paused checking on this site, nothing was read;
 * - `no-claims`: the page was read and says nothing about the dispute.
 */
export interface PageSummary {
  status: 'ok' | 'paused' | 'no-claims';
  /** The page's own title (`document.title`), '' when it has none. */
  title: string;
  url: string;
  host: string;
  counts: VerdictCounts;
  claims: ClaimSummary[];
}

/** Limits that keep one message from tying up the background. */
export const LIMITS = {
  /** Sentences per `check-sentences` batch. */
  batch: 200,
  /** Characters of one sentence or selection. */
  text: 5_000,
  /** Characters of a page's opening sent with a batch (the page side sends at most 3,000). */
  opening: 4_000,
  /** Characters of the paragraph given as context. */
  context: 20_000,
  /** Characters of a page's address kept with a correction. */
  url: 8_000,
  /** Characters of a page's title kept with a correction. */
  title: 1_000,
} as const;

// ---------------------------------------------------------------------------------------
// Directions

/** Replies the background gives the content script. */
export interface ContentToBackgroundReplies {
  /** Only the claims about the dispute: off-topic answers are left out. */
  'check-sentences': CheckedBatch;
  /** Off-topic included, so a reader who asked gets an answer; with the reader's correction of that text. */
  'check-selection': { result: CheckResult; correction?: Correction };
  /** The correction as kept. */
  'save-correction': { correction: Correction };
  /** The text now on the tab's toolbar badge ('' when nothing is flagged). */
  'page-results': { badge: string };
}

/** Replies the background gives extension pages. */
export interface PageToBackgroundReplies {
  /** Number of facts the rebuilt checker uses. */
  'sources-changed': { facts: number };
}

/** Replies to everything the background accepts. */
export type ToBackgroundReplies = ContentToBackgroundReplies & PageToBackgroundReplies;

/** Popup -> content script. */
export type PopupToContent = { type: 'get-page-summary' } | { type: 'reveal-claim'; id: string };

/** Replies the content script gives the popup. */
export interface PopupToContentReplies {
  'get-page-summary': PageSummary;
  /** False when the claim is no longer on the page. */
  'reveal-claim': { found: boolean };
}

/** Background -> content script: the context menu item or the shortcut was used. */
export type BackgroundToContent = { type: 'check-current-selection'; text?: string };

/** Replies the content script gives the background. */
export interface BackgroundToContentReplies {
  /** False when the page had no selection to check. */
  'check-current-selection': { shown: boolean };
}

/** Everything a content script accepts. */
export type ToContent = PopupToContent | BackgroundToContent;
/** Replies to everything a content script accepts. */
export type ToContentReplies = PopupToContentReplies & BackgroundToContentReplies;

/** Name of the port the popup opens to a tab's content script to follow its summary. */
export const SUMMARY_PORT = 'page-summary';

/** What the content script posts on the summary port. */
export interface SummaryPost {
  type: 'page-summary';
  summary: PageSummary;
}

/** Counts with every verdict at zero. */
export function emptyCounts(): VerdictCounts {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
}

const CONTENT_TYPES: ReadonlySet<string> = new Set<ToContent['type']>(['get-page-summary', 'reveal-claim', 'check-current-selection']);

/**
 * Tells a message a content script is sent by its type. Only the extension itself can send
 * one (the popup, the background), so its fields are trusted as typed; a message of another
 * type is refused rather than answered by no handler.
 */
export function parseToContent(raw: unknown): ToContent {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !CONTENT_TYPES.has(type)) throw new Error(`unknown message type "${String(type)}"`);
  return raw as ToContent;
}
