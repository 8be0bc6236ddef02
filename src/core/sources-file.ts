import type { SourceText } from './types';
import type { Rating } from './import-claim-review';
import { ImportError } from './import-error';

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

function field<T>(ok: boolean, value: T, problem: string): T {
  if (!ok) throw new ImportError(problem);
  return value;
}

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
    const at = `Source ${i + 1} of ${doc.sources!.length} in ${name}`;
    if (typeof raw !== 'object' || raw === null) throw new ImportError(`${at} is not an object.`);
    const s = raw as Record<string, unknown>;
    const text = field(typeof s.text === 'string' && s.text.trim() !== '', s.text as string, `${at} has no "text".`);
    const optDate = (key: string) =>
      field(s[key] == null || (typeof s[key] === 'string' && DATE.test(s[key] as string)), (s[key] as string | undefined) ?? null, `${at} has a "${key}" that is not a yyyy-mm-dd date.`);
    const optString = (key: string) =>
      field(s[key] == null || typeof s[key] === 'string', (s[key] as string | undefined) ?? null, `${at} has a "${key}" that is not text.`);
    const reviews = s.reviews == null ? undefined : field(Array.isArray(s.reviews), s.reviews as unknown[], `${at} has "reviews" that are not a list.`).map((r) => {
      const span = r as Partial<RatedSpan>;
      const ok = typeof span === 'object' && span !== null && Number.isInteger(span.start) && Number.isInteger(span.end) &&
        span.start! >= 0 && span.end! <= text.length && span.start! < span.end! && RATINGS.includes(span.rating as Rating);
      return field(ok, { start: span.start!, end: span.end!, rating: span.rating! }, `${at} has a review that does not fit its text.`);
    });
    const kind = field(s.kind === 'article' || s.kind === 'claimreview', s.kind as 'article' | 'claimreview', `${at} has a "kind" other than "article" or "claimreview".`);
    if (kind === 'claimreview' && !reviews?.length) throw new ImportError(`${at} is a fact-check without its ratings ("reviews").`);
    return {
      title: field(typeof s.title === 'string' && s.title.trim() !== '', (s.title as string).trim(), `${at} has no "title".`),
      date: optDate('date'),
      referenceDate: optDate('referenceDate'),
      place: optString('place'),
      kind,
      url: optString('url'),
      addedAt: field(s.addedAt == null || Number.isFinite(s.addedAt), (s.addedAt as number | undefined) ?? null, `${at} has an "addedAt" that is not a time.`),
      enabled: field(s.enabled == null || typeof s.enabled === 'boolean', s.enabled !== false, `${at} has an "enabled" that is not true or false.`),
      text,
      ...(reviews ? { reviews } : {}),
    };
  });
}
