import { ImportError } from './import-error';
import { MONTHS } from '../knowledge/english';

/** Longest text one source may have: 5 MB, far above any article, well below what a tab holds. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// Every character is one to three UTF-8 bytes, so only texts near the limit are encoded.
function utf8Length(text: string): number {
  if (text.length > MAX_TEXT_BYTES || text.length * 3 <= MAX_TEXT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Refuses text that is too long for one source, saying how long it is and what the limit is. */
export function checkSize(name: string, size: number): void {
  if (size > MAX_TEXT_BYTES) {
    throw new ImportError(`${name} is too large (${megabytes(size)}); a source can have at most 5 MB of text.`);
  }
}

/**
 * Turns a file's bytes into text: refuses binary files and anything that is not UTF-8 (a
 * byte order mark is dropped), so that a picture or a spreadsheet is never stored as a source.
 */
export function decodeBytes(name: string, bytes: Uint8Array): string {
  checkSize(name, bytes.length);
  if (bytes.includes(0)) throw new ImportError(`${name} is a binary file, not text.`);
  try {
    return utf8.decode(bytes);
  } catch {
    const text = lenient.decode(bytes);
    throw new ImportError(`${name} is not UTF-8 text (first bad byte on line ${lineAt(text, text.indexOf('\uFFFD'))}); save it as UTF-8 and try again.`);
  }
}

// Control characters other than tab, line feed, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * Refuses text that is empty, too large or mostly not text (control characters that only
 * binary data has), and returns it with Windows and old Mac line ends made plain.
 */
export function checkText(name: string, text: string): string {
  checkSize(name, utf8Length(text));
  if (text.includes('\u0000')) throw new ImportError(`${name} is a binary file, not text.`);
  const sample = text.slice(0, 65536);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(8, sample.length * 0.01)) throw new ImportError(`${name} does not look like text (it is full of control characters).`);
  const plain = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!plain.trim()) throw new ImportError(`${name} is empty.`);
  return plain;
}

const END = /[.!?:;"'”’)\]…]$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s/;

/**
 * Joins lines that were wrapped by an editor or an e-mail program back into paragraphs, so
 * that no sentence is cut in two, by turning those line breaks into spaces: every other
 * character keeps its offset. A text counts as wrapped when most of its lines stop short of
 * a sentence end while another line follows; otherwise only a line that runs on into a
 * lower-case word is joined.
 */
export function joinWrappedLines(text: string): string {
  const lines = text.split('\n');
  const open = (i: number) => {
    const a = lines[i]!.trim();
    const b = lines[i + 1]!;
    return a !== '' && b.trim() !== '' && !END.test(a) && !LIST_ITEM.test(b);
  };
  let followed = 0;
  let unfinished = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.trim() || !lines[i + 1]!.trim()) continue;
    followed++;
    if (!END.test(lines[i]!.trim())) unfinished++;
  }
  const wrapped = followed >= 4 && unfinished / followed >= 0.5;
  let out = lines[0]!;
  for (let i = 0; i + 1 < lines.length; i++) {
    out += open(i) && (wrapped || /^\s*[a-z]/.test(lines[i + 1]!)) ? ' ' : '\n';
    out += lines[i + 1]!;
  }
  return out;
}

/** Joins wrapped lines (see joinWrappedLines) and tidies the spacing, for storing a text as a source. */
export function unwrapLines(text: string): string {
  return joinWrappedLines(text)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Every name and abbreviation the core knows for a month ("Sept", "September").
const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'i');

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Reads one date written as 2022-09-07, "Sept. 8, 2022" or "8 September 2022"; null if none. */
export function parseDate(text: string): string | null {
  let m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  return null;
}

// "TIRANA, Sept. 8, 2022 –": a dateline opens a paragraph with the place in capitals.
const DATELINE = /^([A-Z][A-Z.' -]{1,40}[A-Z]),\s+(.{6,30}?)\s*(?:[-–—:]|\(|$)/;
// "Published: 8 September 2022", "date 2022-09-07": a line that gives the text's own date.
const DATE_LINE = /^(?:published|posted|updated|date|dated)\b[\s:]*(.{6,40})$/i;

/** What a text says about where and when it was written, from its dateline or a date line near the top. */
export function findDateline(text: string): { date: string | null; place: string | null } {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 12);
  for (const line of lines) {
    const d = DATELINE.exec(line);
    const date = d && parseDate(d[2]!);
    if (d && date) return { date, place: d[1]!.trim() };
    const l = DATE_LINE.exec(line);
    const stated = l && parseDate(l[1]!);
    if (stated) return { date: stated, place: null };
  }
  return { date: null, place: null };
}

/** A title from a text's first line, shortened at a word when it runs long; null for an empty text. */
export function firstLineTitle(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // A short line that only gives a date ("Today: Oct 22, 2025") is not what the text is about.
  const line = lines.find((l) => !(l.length < 40 && parseDate(l))) ?? lines[0];
  if (!line) return null;
  if (line.length <= 120) return line;
  const cut = line.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 120)}…`;
}
