/**
 * The schemas of what reaches the background, the one part that takes messages from code it
 * does not control: content scripts run beside page scripts, and any extension page can
 * send. The background checks each message against these on arrival; the message types are
 * inferred from them, so a shape is written once.
 */
import * as v from 'valibot';
import { VERDICTS, type Verdict } from '../core/types';
import { MAX_COMMENT } from './corrections';
import { LIMITS } from './messages';

// An object's own message serves for its missing keys too: say which.
const objectMessage = (issue: v.BaseIssue<unknown>) => (issue.expected === 'Object' ? 'expected an object' : 'missing');
const object = <E extends v.ObjectEntries>(entries: E) => v.object(entries, objectMessage);

/** A text of at most `max` characters. */
export const textOf = (max: number) => v.pipe(v.string('expected a string'), v.maxLength(max, `expected at most ${max} characters`));

/** A whole number, zero or more. */
export const countSchema = v.pipe(v.number('expected a whole number >= 0'), v.integer('expected a whole number >= 0'), v.minValue(0, 'expected a whole number >= 0'));

/** How many claims of each verdict a page has: a count for every verdict, none left out. */
export const countsSchema = object(Object.fromEntries(VERDICTS.map((k) => [k, countSchema])) as Record<Verdict, typeof countSchema>);

/** One sentence a page asks about: its id on the page, its text and the paragraph around it. */
export const claimRequestSchema = object({ id: textOf(100), text: textOf(LIMITS.text), context: textOf(LIMITS.context) });

const checkSentences = object({
  type: v.literal('check-sentences'),
  claims: v.pipe(v.array(claimRequestSchema, 'expected an array'), v.maxLength(LIMITS.batch, `expected at most ${LIMITS.batch} items`)),
  page: v.optional(textOf(LIMITS.opening)),
});

const checkSelection = object({
  type: v.literal('check-selection'),
  text: v.pipe(textOf(LIMITS.text), v.check((t) => t.trim() !== '', 'expected some text to check')),
  context: v.optional(textOf(LIMITS.context)),
});

const verdictSchema = v.picklist(VERDICTS, `expected one of ${VERDICTS.join(', ')}`);

// A reader's correction from a note or the selection card, with the page it was made on.
const saveCorrection = object({
  type: v.literal('save-correction'),
  text: v.pipe(textOf(LIMITS.text), v.check((t) => t.trim() !== '', 'expected the claim’s text')),
  label: verdictSchema,
  checker: verdictSchema,
  comment: textOf(MAX_COMMENT),
  url: textOf(LIMITS.url),
  title: textOf(LIMITS.title),
});

const pageResults = object({ type: v.literal('page-results'), counts: countsSchema });

const sourcesChanged = object({ type: v.literal('sources-changed') });

/** Everything the background accepts: the content script's messages and the extension pages' one. */
export const toBackgroundSchema = v.variant(
  'type',
  [checkSentences, checkSelection, saveCorrection, pageResults, sourcesChanged],
  (issue) => `unknown message type ${issue.received}`,
);

/** One sentence a page asks about. */
export type ClaimRequest = v.InferOutput<typeof claimRequestSchema>;
/** Extension pages (options, popup) -> background. */
export type PageToBackground = v.InferOutput<typeof sourcesChanged>;
/** Content script -> background. */
export type ContentToBackground = Exclude<ToBackground, PageToBackground>;
/** Everything the background accepts. */
export type ToBackground = v.InferOutput<typeof toBackgroundSchema>;

/** A message or a file that does not have the expected shape. */
export class MessageError extends Error {
  override name = 'MessageError';
}

/** "claims[0].text: expected a string": where the first problem is, and what was expected there. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], root = ''): string {
  const issue = issues[0]!;
  // A message of no known type is refused as that, not as a bad field.
  if (issue.type === 'variant' && !root) return issue.message;
  let at = root;
  for (const step of issue.path ?? []) {
    const key = (step as { key?: unknown }).key;
    at += typeof key === 'number' ? `[${key}]` : `${at ? '.' : ''}${String(key)}`;
  }
  return at ? `${at}: ${issue.message}` : issue.message;
}

/** Checks a message sent to the background; throws MessageError naming the bad field when it is not one. */
export function parseToBackground(raw: unknown): ToBackground {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MessageError('message: expected an object');
  const result = v.safeParse(toBackgroundSchema, raw);
  if (!result.success) throw new MessageError(describeIssue(result.issues));
  return result.output;
}
