/**
 * Every message the extension's parts send each other, one union per direction, with the
 * reply each one gets. Messages are checked on arrival by the small validators below: a
 * malformed or unknown message is answered with `{ ok: false, error }`, never dropped silently
 * and never trusted, because any page script in a tab can talk to a content script's frame
 * and any extension page can message the background.
 *
 * Routes:
 * - content script -> background: `runtime.sendMessage` (check-sentences, check-selection, page-results)
 * - extension pages (options, popup) -> background: `runtime.sendMessage` (sources-changed)
 * - popup -> content script: `tabs.sendMessage` (reveal-claim; get-page-summary, a one-off summary
 *   that tests and tools ask for)
 * - content script -> popup: a port the popup opens with `tabs.connect` (SUMMARY_PORT), on
 *   which the page posts its summary at once and again whenever its results change
 * - background -> content script: `tabs.sendMessage` (check-current-selection)
 */
import { browser, type Browser } from 'wxt/browser';
import { DETAIL_KINDS, DETAIL_OUTCOMES, VERDICTS, type CheckResult, type DetailResult, type Evidence, type Verdict } from '../core/types';

// ---------------------------------------------------------------------------------------
// Shared shapes

/** How many claims of each verdict a page has. */
export type VerdictCounts = Record<Verdict, number>;

/** One sentence a page asks about: its id on the page, its text and the paragraph around it. */
export interface ClaimRequest {
  id: string;
  text: string;
  context: string;
}

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
  /** Details of one claim in a check result (a long selection has one per content word at most). */
  details: 1_000,
  /** Source sentences quoted for one detail. */
  detailQuotes: 20,
} as const;

// ---------------------------------------------------------------------------------------
// Directions

/** Content script -> background. */
export type ContentToBackground =
  | { type: 'check-sentences'; claims: ClaimRequest[]; page?: string }
  | { type: 'check-selection'; text: string; context?: string }
  | { type: 'page-results'; counts: VerdictCounts };

/** Replies the background gives the content script. */
export interface ContentToBackgroundReplies {
  /** Only the claims about the dispute: off-topic answers are left out. */
  'check-sentences': CheckedBatch;
  /** Off-topic included, so a reader who asked gets an answer. */
  'check-selection': { result: CheckResult };
  /** The text now on the tab's toolbar badge ('' when nothing is flagged). */
  'page-results': { badge: string };
}

/** Extension pages (options, popup) -> background. */
export type PageToBackground = { type: 'sources-changed' };

/** Replies the background gives extension pages. */
export interface PageToBackgroundReplies {
  /** Number of facts the rebuilt checker uses. */
  'sources-changed': { facts: number };
}

/** Everything the background accepts. */
export type ToBackground = ContentToBackground | PageToBackground;
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

/** The envelope every reply travels in. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

// ---------------------------------------------------------------------------------------
// Validators: each returns the value typed, or throws MessageError naming the bad field.

/** A message or reply that does not have the expected shape. */
export class MessageError extends Error {
  override name = 'MessageError';
}

type V<T> = (v: unknown, at: string) => T;

const VERDICT_SET: ReadonlySet<string> = new Set<Verdict>(VERDICTS);

function fail(at: string, want: string): never {
  throw new MessageError(`${at}: expected ${want}`);
}

function record(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(at, 'an object');
  return v as Record<string, unknown>;
}

const str =
  (max = Infinity): V<string> =>
  (v, at) => {
    if (typeof v !== 'string') fail(at, 'a string');
    if (v.length > max) fail(at, `at most ${max} characters`);
    return v;
  };

const count: V<number> = (v, at) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(at, 'a whole number >= 0');
  return v;
};

const int: V<number> = (v, at) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(at, 'a number');
  return v;
};

const nullable =
  <T>(inner: V<T>): V<T | null> =>
  (v, at) =>
    v === null ? null : inner(v, at);

const list =
  <T>(inner: V<T>, max = Infinity): V<T[]> =>
  (v, at) => {
    if (!Array.isArray(v)) fail(at, 'an array');
    if (v.length > max) fail(at, `at most ${max} items`);
    return v.map((x, i) => inner(x, `${at}[${i}]`));
  };

const oneOf =
  <T extends string>(values: readonly T[]): V<T> =>
  (v, at) => {
    if (typeof v !== 'string' || !values.includes(v as T)) fail(at, `one of ${values.join(', ')}`);
    return v as T;
  };

const verdict: V<Verdict> = (v, at) => {
  if (typeof v !== 'string' || !VERDICT_SET.has(v)) fail(at, 'a verdict');
  return v as Verdict;
};

const counts: V<VerdictCounts> = (v, at) => {
  const o = record(v, at);
  const out = emptyCounts();
  for (const k of VERDICTS) out[k] = count(o[k], `${at}.${k}`);
  return out;
};

const evidence: V<Evidence> = (v, at) => {
  const o = record(v, at);
  return {
    factId: str()(o.factId, `${at}.factId`),
    sourceId: str()(o.sourceId, `${at}.sourceId`),
    sourceTitle: str()(o.sourceTitle, `${at}.sourceTitle`),
    sourceDate: nullable(str())(o.sourceDate, `${at}.sourceDate`),
    quote: str()(o.quote, `${at}.quote`),
    stance: oneOf(['supports', 'contradicts', 'related'] as const)(o.stance, `${at}.stance`),
    points: list(str())(o.points, `${at}.points`),
  };
};

const detail: V<DetailResult> = (v, at) => {
  const o = record(v, at);
  const out: DetailResult = {
    text: str(LIMITS.text)(o.text, `${at}.text`),
    kind: oneOf(DETAIL_KINDS)(o.kind, `${at}.kind`),
    outcome: oneOf(DETAIL_OUTCOMES)(o.outcome, `${at}.outcome`),
    quotes: list(str(LIMITS.context), LIMITS.detailQuotes)(o.quotes, `${at}.quotes`),
  };
  if (o.sourcesSay !== undefined) out.sourcesSay = str(LIMITS.text)(o.sourcesSay, `${at}.sourcesSay`);
  if (o.sources !== undefined) out.sources = count(o.sources, `${at}.sources`);
  return out;
};

const checkResult: V<CheckResult> = (v, at) => {
  const o = record(v, at);
  const out: CheckResult = {
    text: str()(o.text, `${at}.text`),
    start: int(o.start, `${at}.start`),
    end: int(o.end, `${at}.end`),
    verdict: verdict(o.verdict, `${at}.verdict`),
    reason: str()(o.reason, `${at}.reason`),
    evidence: list(evidence)(o.evidence, `${at}.evidence`),
  };
  if (o.details !== undefined) out.details = list(detail, LIMITS.details)(o.details, `${at}.details`);
  return out;
};

const claimRequest: V<ClaimRequest> = (v, at) => {
  const o = record(v, at);
  return {
    id: str(100)(o.id, `${at}.id`),
    text: str(LIMITS.text)(o.text, `${at}.text`),
    context: str(LIMITS.context)(o.context, `${at}.context`),
  };
};

const claimAnswer: V<ClaimAnswer> = (v, at) => {
  const o = record(v, at);
  return { id: str()(o.id, `${at}.id`), result: checkResult(o.result, `${at}.result`) };
};

const claimSummary: V<ClaimSummary> = (v, at) => {
  const o = record(v, at);
  return {
    id: str()(o.id, `${at}.id`),
    text: str()(o.text, `${at}.text`),
    verdict: verdict(o.verdict, `${at}.verdict`),
    reason: str()(o.reason, `${at}.reason`),
    evidence: list(evidence)(o.evidence, `${at}.evidence`),
    details: list(detail, LIMITS.details)(o.details, `${at}.details`),
  };
};

const pageSummary: V<PageSummary> = (v, at) => {
  const o = record(v, at);
  return {
    status: oneOf(['ok', 'paused', 'no-claims'] as const)(o.status, `${at}.status`),
    title: str()(o.title, `${at}.title`),
    url: str()(o.url, `${at}.url`),
    host: str()(o.host, `${at}.host`),
    counts: counts(o.counts, `${at}.counts`),
    claims: list(claimSummary)(o.claims, `${at}.claims`),
  };
};

function messageType(raw: unknown): string {
  const o = record(raw, 'message');
  if (typeof o.type !== 'string') fail('message.type', 'a string');
  return o.type;
}

/**
 * Checks what arrived on the summary port; throws MessageError when it is not a summary.
 * The popup trusts nothing a tab sends it, port or message.
 */
export function parseSummaryPost(raw: unknown): SummaryPost {
  const type = messageType(raw);
  if (type !== 'page-summary') throw new MessageError(`unknown message type "${type}"`);
  return { type, summary: pageSummary((raw as Record<string, unknown>).summary, 'summary') };
}

/** Checks a message sent to the background; throws MessageError when it is not one. */
export function parseToBackground(raw: unknown): ToBackground {
  const type = messageType(raw);
  const o = raw as Record<string, unknown>;
  switch (type) {
    case 'check-sentences': {
      const claims = list(claimRequest, LIMITS.batch)(o.claims, 'claims');
      return o.page === undefined ? { type, claims } : { type, claims, page: str(LIMITS.opening)(o.page, 'page') };
    }
    case 'check-selection': {
      const text = str(LIMITS.text)(o.text, 'text');
      if (!text.trim()) fail('text', 'some text to check');
      return o.context === undefined ? { type, text } : { type, text, context: str(LIMITS.context)(o.context, 'context') };
    }
    case 'page-results':
      return { type, counts: counts(o.counts, 'counts') };
    case 'sources-changed':
      return { type };
    default:
      throw new MessageError(`unknown message type "${type}"`);
  }
}

/** Checks a message sent to a content script; throws MessageError when it is not one. */
export function parseToContent(raw: unknown): ToContent {
  const type = messageType(raw);
  const o = raw as Record<string, unknown>;
  switch (type) {
    case 'get-page-summary':
      return { type };
    case 'reveal-claim':
      return { type, id: str(100)(o.id, 'id') };
    case 'check-current-selection':
      return o.text === undefined ? { type } : { type, text: str(LIMITS.text)(o.text, 'text') };
    default:
      throw new MessageError(`unknown message type "${type}"`);
  }
}

const REPLY_BODIES: { [K in keyof (ToBackgroundReplies & ToContentReplies)]: V<(ToBackgroundReplies & ToContentReplies)[K]> } = {
  'check-sentences': (v, at) => {
    const o = record(v, at);
    const results = list(claimAnswer)(o.results, `${at}.results`);
    if (o.pageAbout === undefined) return { results };
    if (typeof o.pageAbout !== 'boolean') fail(`${at}.pageAbout`, 'true or false');
    return { results, pageAbout: o.pageAbout };
  },
  'check-selection': (v, at) => ({ result: checkResult(record(v, at).result, `${at}.result`) }),
  'page-results': (v, at) => ({ badge: str()(record(v, at).badge, `${at}.badge`) }),
  'sources-changed': (v, at) => ({ facts: count(record(v, at).facts, `${at}.facts`) }),
  'get-page-summary': pageSummary,
  'reveal-claim': (v, at) => {
    const found = record(v, at).found;
    if (typeof found !== 'boolean') fail(`${at}.found`, 'true or false');
    return { found };
  },
  'check-current-selection': (v, at) => {
    const shown = record(v, at).shown;
    if (typeof shown !== 'boolean') fail(`${at}.shown`, 'true or false');
    return { shown };
  },
};

/** Checks the reply to a message of the given type and returns its data, or throws its error. */
export function unwrapReply<K extends keyof REPLIES>(type: K, raw: unknown): REPLIES[K] {
  if (raw === undefined) throw new MessageError(`no reply to "${type}" (is the receiving side running?)`);
  const o = record(raw, 'reply');
  if (o.ok === false) throw new MessageError(typeof o.error === 'string' ? o.error : `"${type}" failed`);
  if (o.ok !== true) fail('reply.ok', 'true or false');
  return (REPLY_BODIES[type] as V<REPLIES[K]>)(o.data, 'reply.data');
}

type REPLIES = ToBackgroundReplies & ToContentReplies;

// ---------------------------------------------------------------------------------------
// Sending and serving

/** Sends a message to the background and returns its checked reply; throws on error. */
export async function sendToBackground<M extends ToBackground>(message: M): Promise<ToBackgroundReplies[M['type']]> {
  const raw: unknown = await browser.runtime.sendMessage(message);
  return unwrapReply(message.type, raw) as ToBackgroundReplies[M['type']];
}

/**
 * Sends a message to the content script of a tab and returns its checked reply. Throws when
 * the tab has no content script (browser pages, the web store, pages loaded before install).
 */
export async function sendToTab<M extends ToContent>(tabId: number, message: M): Promise<ToContentReplies[M['type']]> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, message);
  return unwrapReply(message.type, raw) as ToContentReplies[M['type']];
}

/** A function per message type, answering with the reply's data (or a promise of it). */
export type Handlers<M extends { type: string }, R extends { [K in M['type']]: unknown }> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, sender: Browser.runtime.MessageSender) => R[K] | Promise<R[K]>;
};

/**
 * Builds a `runtime.onMessage` listener that checks each message with `parse`, runs its
 * handler and answers in a `Reply` envelope. Bad messages and failing handlers are answered
 * with `{ ok: false, error }`. Uses `sendResponse` and `return true` because Chrome does not
 * take a returned promise as the answer.
 */
export function serveMessages<M extends { type: string }, R extends { [K in M['type']]: unknown }>(
  parse: (raw: unknown) => M,
  handlers: Handlers<M, R>,
  onError: (error: unknown, raw: unknown) => void = () => {},
): (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void) => true {
  return (raw, sender, sendResponse) => {
    let message: M;
    try {
      message = parse(raw);
    } catch (error) {
      onError(error, raw);
      sendResponse({ ok: false, error: describe(error) });
      return true;
    }
    const handler = handlers[message.type as M['type']] as (m: M, s: Browser.runtime.MessageSender) => unknown;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (data) => sendResponse({ ok: true, data }),
        (error: unknown) => {
          onError(error, raw);
          sendResponse({ ok: false, error: describe(error) });
        },
      );
    return true;
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Counts with every verdict at zero. */
export function emptyCounts(): VerdictCounts {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
}
