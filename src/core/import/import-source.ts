/**
 * The one pipeline from an uploaded, pasted or fetched input to a source and its facts,
 * used by the options page and the command line alike: text, Markdown, HTML (read through
 * an injected reader, so this file stays free of the DOM), schema.org ClaimReview JSON-LD
 * and this project's own export of a user's sources.
 */
import { buildFacts } from '../facts/build-facts';
import type { Fact } from '../types';
import { ImportError } from './import-error';
import { checkText, decodeBytes, findDateline, firstLineTitle, unwrapLines } from './import-text';
import { markdownToText } from './import-markdown';
import { hasClaimReview, readClaimReviews } from './import-claim-review';
import { webUrl } from './web-url';
import { isSourcesFile, readSourcesFile, type ExportedSource, type RatedSpan, type UserSourceText } from './sources-file';

export { ImportError } from './import-error';
export { MAX_TEXT_BYTES } from './import-text';
export type { UserSourceText, RatedSpan } from './sources-file';

/** What a user gave: a file's bytes, or text pasted or already decoded, under a name. */
export interface ImportInput {
  /** The file name, whose extension tells the kind; or a label such as "Pasted text". */
  name: string;
  text?: string;
  bytes?: Uint8Array;
  /** The title the user typed; wins over anything the document says. */
  title?: string;
  /** The MIME type when known (a fetched page's Content-Type). */
  type?: string;
  /** Where the input was fetched from, when it was; never guessed. */
  url?: string;
}

/** What an HTML page holds for a reader, as src/shared/readable-text.ts extracts it. */
export interface ReadableText {
  title: string | null;
  /** One paragraph, heading or list item a line. */
  text: string;
  /** The page's own publication date (yyyy-mm-dd), when its metadata gives one. */
  date: string | null;
}

/** What the pipeline needs from where it runs. */
export interface ImportOptions {
  /** Reads an HTML page (see src/shared/readable-text.ts); without it HTML input is refused. */
  readHtml?: (html: string) => ReadableText;
  /** Clock for `addedAt`; tests pass a fixed one. */
  now?: () => number;
  /** Makes the random part of a new source's id. */
  newId?: () => string;
}

/** One source ready to store, with the facts built from it. */
export interface ImportedSource {
  source: UserSourceText;
  facts: Fact[];
}

/** Everything one input gave (an export file gives several sources), and what was left out. */
export interface ImportResult {
  sources: ImportedSource[];
  /** One line for each part of the input that was skipped, for the user to see. */
  warnings: string[];
}

/** The kinds of input the pipeline reads. */
export type InputKind = 'text' | 'markdown' | 'html' | 'json';

const EXTENSIONS: Record<string, InputKind> = {
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
  json: 'json', jsonld: 'json',
};
const TYPES: Record<string, InputKind> = {
  'text/plain': 'text', 'text/markdown': 'markdown', 'text/x-markdown': 'markdown',
  'text/html': 'html', 'application/xhtml+xml': 'html', 'application/json': 'json', 'application/ld+json': 'json',
};
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|div|p)\b/i;
const MARKDOWN_HINT = /^#{1,6}\s+\S|^```|\]\([^)\s]+\)|^\s*[-*]\s+\S.*\n\s*[-*]\s+\S|\*\*\S/m;

/** Tells the kind of an input from its MIME type, its extension, or failing both its content. */
export function detectKind(name: string, text: string, type?: string): InputKind {
  const mime = type?.split(';')[0]!.trim().toLowerCase();
  if (mime && TYPES[mime]) return TYPES[mime];
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext];
  const t = text.trim();
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) return 'json';
  if (HTML_START.test(t)) return 'html';
  if (MARKDOWN_HINT.test(t)) return 'markdown';
  return 'text';
}

/** Builds a stored source's facts again, giving each fact of a fact-check its published rating. */
export function factsOf(source: UserSourceText): Fact[] {
  const facts = buildFacts(source);
  if (!source.reviews) return facts;
  const out: Fact[] = [];
  for (const f of facts) {
    const span = source.reviews.find((r) => r.start <= f.start && f.start < r.end);
    if (span) out.push({ ...f, rating: span.rating });
  }
  return out;
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    let where = 'near the end';
    if (lc) where = `at line ${lc[1]}, column ${lc[2]}`;
    else if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      where = `at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    throw new ImportError(`${name} is not valid JSON: the error is ${where}.`);
  }
}

function stem(name: string): string {
  return name.replace(/^.*[/\\]/, '').replace(/\.[A-Za-z0-9]+$/, '') || name;
}

interface Draft {
  title: string;
  text: string;
  date: string | null;
  place: string | null;
  kind: UserSourceText['kind'];
  url: string | null;
  reviews?: RatedSpan[];
  addedAt?: number | null;
  enabled?: boolean;
}

function finish(name: string, draft: Draft, options: ImportOptions): ImportedSource {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const source: UserSourceText = {
    id: `user:${newId()}`,
    title: draft.title,
    date: draft.date,
    referenceDate: draft.date,
    place: draft.place,
    origin: 'user',
    kind: draft.kind,
    url: draft.url,
    addedAt: draft.addedAt ?? (options.now ?? Date.now)(),
    enabled: draft.enabled ?? true,
    text: draft.text,
    ...(draft.reviews ? { reviews: draft.reviews } : {}),
  };
  const facts = factsOf(source);
  if (!facts.length) {
    throw new ImportError(`${name} has nothing checkable: no sentence in it states something the checker can compare (a full sentence of four words or more).`);
  }
  return { source, facts };
}

function fromExport(name: string, entries: ExportedSource[], options: ImportOptions): ImportedSource[] {
  return entries.map((e, i) => {
    const label = `Source ${i + 1} of ${entries.length} ("${e.title}") in ${name}`;
    checkText(label, e.text);
    // An export keeps the stated dates apart; referenceDate may differ from date.
    const imported = finish(label, { ...e, text: e.text.replace(/\r\n?/g, '\n') }, options);
    imported.source.referenceDate = e.referenceDate;
    return imported;
  });
}

function fromClaimReviews(name: string, json: unknown, input: ImportInput, options: ImportOptions): ImportResult {
  const found = readClaimReviews(name, json);
  let text = '';
  const reviews: RatedSpan[] = [];
  for (const r of found.reviews) {
    if (text) text += '\n\n';
    const claim = r.claim.replace(/\s+/g, ' ');
    reviews.push({ start: text.length, end: text.length + claim.length, rating: r.rating });
    text += claim;
  }
  const draft: Draft = {
    title: input.title?.trim() || found.title || stem(name),
    text,
    date: found.date,
    place: null,
    kind: 'claimreview',
    url: webUrl(input.url) ?? found.url,
    reviews,
  };
  const imported = finish(name, draft, options);
  const warnings = [...found.skipped];
  for (const r of reviews) {
    if (!imported.facts.some((f) => r.start <= f.start && f.start < r.end)) {
      warnings.push(`Left out "${text.slice(r.start, r.end)}": it is too short to check.`);
    }
  }
  return { sources: [imported], warnings };
}

/**
 * Turns one input into the source(s) it holds, or throws an ImportError that says in one
 * line what is wrong with it. Nothing is stored here; the caller stores the result.
 */
export function importSources(input: ImportInput, options: ImportOptions = {}): ImportResult {
  const name = input.name.trim() || 'The input';
  if (input.text === undefined && input.bytes === undefined) throw new ImportError(`${name} is empty.`);
  const raw = checkText(name, input.text ?? decodeBytes(name, input.bytes!));
  const kind = detectKind(name, raw, input.type);
  const given = input.title?.trim() || null;
  const url = webUrl(input.url);

  if (kind === 'json') {
    const json = parseJson(name, raw);
    if (isSourcesFile(json)) return { sources: fromExport(name, readSourcesFile(name, json), options), warnings: [] };
    if (hasClaimReview(json)) return fromClaimReviews(name, json, input, options);
    throw new ImportError(`${name} is neither schema.org ClaimReview JSON-LD nor an export of this extension's sources.`);
  }

  let text: string;
  let title: string | null;
  let date: string | null = null;
  if (kind === 'html') {
    if (!options.readHtml) throw new ImportError(`${name} is a web page, which cannot be read here.`);
    const page = options.readHtml(raw);
    text = page.text.trim();
    if (!text) throw new ImportError(`${name} has no readable text (the page may show its article only with scripts).`);
    title = page.title;
    date = page.date;
  } else if (kind === 'markdown') {
    const md = markdownToText(raw);
    text = md.text;
    if (!text) throw new ImportError(`${name} has no text besides Markdown markup.`);
    title = md.title;
    date = md.date;
  } else {
    text = unwrapLines(raw);
    title = null;
  }
  const dateline = findDateline(text);
  return {
    sources: [
      finish(name, {
        title: given ?? (title?.trim() || firstLineTitle(text) || stem(name)),
        text,
        date: date ?? dateline.date,
        place: dateline.place,
        kind: 'article',
        url,
      }, options),
    ],
    warnings: [],
  };
}

/** Like `importSources`, for callers that take exactly one source (an export file of several is refused). */
export function importSource(input: ImportInput, options: ImportOptions = {}): ImportedSource {
  const { sources } = importSources(input, options);
  if (sources.length !== 1) throw new ImportError(`${input.name} holds ${sources.length} sources; import it as an export instead.`);
  return sources[0]!;
}
