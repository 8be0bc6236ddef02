import type { SourceText } from './types';
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

function need(ok: boolean, problem: string): void {
  if (!ok) throw new ImportError(problem);
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
    need(typeof raw === 'object' && raw !== null && !Array.isArray(raw), `${at} is not an object.`);
    const s = raw as Record<string, unknown>;
    const { title, text, kind, url, place, date, referenceDate, addedAt, enabled, reviews } = s;
    need(typeof title === 'string' && title.trim() !== '', `${at} has no "title".`);
    need(typeof text === 'string' && text.trim() !== '', `${at} has no "text".`);
    need(kind === 'article' || kind === 'claimreview', `${at} has a "kind" other than "article" or "claimreview".`);
    for (const [key, v] of Object.entries({ date, referenceDate })) {
      need(v == null || (typeof v === 'string' && DATE.test(v)), `${at} has a "${key}" that is not a yyyy-mm-dd date.`);
    }
    for (const [key, v] of Object.entries({ url, place })) need(v == null || typeof v === 'string', `${at} has a "${key}" that is not text.`);
    need(url == null || webUrl(url) !== null, `${at} has a "url" that is not a web address (http or https).`);
    need(addedAt == null || (typeof addedAt === 'number' && Number.isFinite(addedAt)), `${at} has an "addedAt" that is not a time.`);
    need(enabled == null || typeof enabled === 'boolean', `${at} has an "enabled" that is not true or false.`);
    need(reviews == null || Array.isArray(reviews), `${at} has "reviews" that are not a list.`);
    const length = (text as string).length;
    const spans = (reviews as unknown[] | undefined)?.map((r) => {
      const span = (typeof r === 'object' && r !== null ? r : {}) as Partial<RatedSpan>;
      const { start, end, rating } = span;
      need(
        Number.isInteger(start) && Number.isInteger(end) && start! >= 0 && end! <= length && start! < end! && RATINGS.includes(rating as Rating),
        `${at} has a review whose place or rating does not fit its text.`,
      );
      return { start: start!, end: end!, rating: rating! };
    });
    need(kind !== 'claimreview' || !!spans?.length, `${at} is a fact-check without its ratings ("reviews").`);
    return {
      title: (title as string).trim(),
      date: (date as string | undefined) ?? null,
      referenceDate: (referenceDate as string | undefined) ?? null,
      place: (place as string | undefined) ?? null,
      kind: kind as ExportedSource['kind'],
      url: webUrl(url),
      addedAt: (addedAt as number | undefined) ?? null,
      enabled: enabled !== false,
      text: text as string,
      ...(spans ? { reviews: spans } : {}),
    };
  });
}
