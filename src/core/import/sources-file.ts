import * as v from 'valibot';
import type { SourceText } from '../types';
import type { Rating } from './import-claim-review';
import { ImportError } from './import-error';
import { webUrl } from './web-url';

/** Marks a JSON document as this project's export of a user's sources. */
export const SOURCES_FILE_FORMAT = 'albania-iran-factcheck/sources';

/** A stretch of a fact-check source's text (one rated claim) and its published rating. */
export interface RatedSpan {
  start: number;
  end: number;
  rating: Rating;
}

/** A user's source as stored and exported: its text, so facts can be rebuilt, and any ratings. */
export interface UserSourceText extends SourceText {
  origin: 'user';
  /** For fact-check sources: which parts of the text carry which published rating. */
  reviews?: RatedSpan[];
}

/** One source in an export file; ids are not kept, since the importing database makes its own. */
export type ExportedSource = Omit<UserSourceText, 'id' | 'origin'>;

/** The JSON document that exports a user's sources and imports them again. */
export interface SourcesFile {
  format: typeof SOURCES_FILE_FORMAT;
  version: 1;
  exportedAt: string;
  sources: ExportedSource[];
}

/** Writes user sources as one export document. */
export function toSourcesFile(sources: readonly UserSourceText[], now = Date.now()): SourcesFile {
  return {
    format: SOURCES_FILE_FORMAT,
    version: 1,
    exportedAt: new Date(now).toISOString(),
    sources: sources.map(({ id: _id, origin: _origin, ...rest }) => rest),
  };
}

/** Whether a parsed JSON document says it is an export of this project. */
export function isSourcesFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === SOURCES_FILE_FORMAT;
}

const DATE = /^\d{4}-\d\d-\d\d$/;
const RATINGS: readonly Rating[] = ['supported', 'contradicted', 'mixed'];

// Each field's message finishes the sentence "Source 2 of 5 in my-sources.json ...".
const someText = (key: string) => v.pipe(v.string(`has no "${key}".`), v.check((t) => t.trim() !== '', `has no "${key}".`));
const dateOrNone = (key: string) => v.nullish(v.pipe(v.string(`has a "${key}" that is not a yyyy-mm-dd date.`), v.regex(DATE, `has a "${key}" that is not a yyyy-mm-dd date.`)));
const textOrNone = (key: string) => v.nullish(v.string(`has a "${key}" that is not text.`));

const reviewSchema = v.object(
  { start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer()), rating: v.picklist(RATINGS) },
  'has a review whose place or rating does not fit its text.',
);

/** One source of an export file, each field with the words that say what is wrong with it. */
const exportedSourceSchema = v.pipe(
  v.object(
    {
      title: someText('title'),
      text: someText('text'),
      kind: v.picklist(['article', 'claimreview'] as const, 'has a "kind" other than "article" or "claimreview".'),
      date: dateOrNone('date'),
      referenceDate: dateOrNone('referenceDate'),
      url: v.nullish(v.pipe(v.string('has a "url" that is not text.'), v.check((u) => webUrl(u) !== null, 'has a "url" that is not a web address (http or https).'))),
      place: textOrNone('place'),
      addedAt: v.nullish(v.pipe(v.number('has an "addedAt" that is not a time.'), v.finite('has an "addedAt" that is not a time.'))),
      enabled: v.nullish(v.boolean('has an "enabled" that is not true or false.')),
      reviews: v.nullish(v.array(reviewSchema, 'has "reviews" that are not a list.')),
    },
    (issue) => (issue.expected === 'Object' ? 'is not an object.' : `has no "${String(issue.path?.[0]?.key)}".`),
  ),
  v.check((s) => (s.reviews ?? []).every((r) => r.start < r.end && r.end <= s.text.length), 'has a review whose place or rating does not fit its text.'),
  v.check((s) => s.kind !== 'claimreview' || !!s.reviews?.length, 'is a fact-check without its ratings ("reviews").'),
);

/**
 * Reads an export document back, checking every field, so that a hand-edited or truncated
 * file is refused with the entry and field at fault rather than stored half right.
 */
export function readSourcesFile(name: string, json: unknown): ExportedSource[] {
  const doc = json as Partial<SourcesFile>;
  if (doc.version !== 1) throw new ImportError(`${name} is an export of a newer version (${String(doc.version)}); update the extension to import it.`);
  if (!Array.isArray(doc.sources)) throw new ImportError(`${name} is an export without a "sources" list.`);
  if (!doc.sources.length) throw new ImportError(`${name} is an export with no sources in it.`);
  return doc.sources.map((raw: unknown, i) => {
    const checked = v.safeParse(exportedSourceSchema, raw);
    if (!checked.success) {
      // A review's own fields speak in the review's words, whichever of them is wrong.
      const issue = checked.issues[0];
      const inReview = issue.path?.[0]?.key === 'reviews' && (issue.path?.length ?? 0) > 1;
      throw new ImportError(`Source ${i + 1} of ${doc.sources!.length} in ${name} ${inReview ? 'has a review whose place or rating does not fit its text.' : issue.message}`);
    }
    const s = checked.output;
    return {
      title: s.title.trim(),
      date: s.date ?? null,
      referenceDate: s.referenceDate ?? null,
      place: s.place ?? null,
      kind: s.kind,
      url: webUrl(s.url),
      addedAt: s.addedAt ?? null,
      enabled: s.enabled !== false,
      text: s.text,
      ...(s.reviews ? { reviews: s.reviews.map(({ start, end, rating }) => ({ start, end, rating })) } : {}),
    };
  });
}
