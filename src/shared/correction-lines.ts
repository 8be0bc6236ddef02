/**
 * Corrections as JSON Lines, one correction an object per line, in the form of the project's
 * evaluation sets ({"id","text","label","url","title","checker","comment","at"}), so that a
 * reader's corrections can be scored like any labelled set. Pure: text in, corrections out.
 */
import * as v from 'valibot';
import { VERDICTS } from '../core/types';
import { claimKey, MAX_COMMENT, type Correction } from './corrections';
import { describeIssue } from './message-schemas';
import { LIMITS } from './messages';

/** A corrections file that cannot be read; its message is the one line a reader sees. */
export class CorrectionFileError extends Error {
  override readonly name = 'CorrectionFileError';
}

/** Largest corrections file read: far more than a reader writes, small enough to read at once. */
export const MAX_CORRECTIONS_BYTES = 5 * 1024 * 1024;

const verdict = v.picklist(VERDICTS, `expected one of ${VERDICTS.join(', ')}`);
const text = (max: number) => v.pipe(v.string('expected a string'), v.maxLength(max, `expected at most ${max} characters`));

const lineSchema = v.object(
  {
    id: v.pipe(text(200), v.check((s) => s.trim() !== '', 'expected an id')),
    text: v.pipe(text(LIMITS.text), v.check((s) => claimKey(s) !== '', 'expected the claim’s text')),
    label: verdict,
    url: text(8_000),
    title: text(1_000),
    checker: verdict,
    comment: text(MAX_COMMENT),
    at: v.pipe(v.string('expected a date'), v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a date (ISO 8601)')),
  },
  (issue) => (issue.expected === 'Object' ? 'expected an object' : 'missing'),
);

/** The corrections as JSON Lines, in the order given, keys in the order of the evaluation sets. */
export function toJsonLines(corrections: readonly Correction[]): string {
  return corrections
    .map(({ id, text, label, url, title, checker, comment, at }) => `${JSON.stringify({ id, text, label, url, title, checker, comment, at })}\n`)
    .join('');
}

/**
 * Reads a corrections file: every non-blank line must be one correction, or the whole file is
 * refused with a CorrectionFileError naming the first bad line, so that half a file is never kept.
 */
export function parseJsonLines(content: string, name: string): Correction[] {
  const out: Correction[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new CorrectionFileError(`“${name}” is not a corrections file: line ${i + 1} is not JSON. Nothing was imported.`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new CorrectionFileError(`“${name}” line ${i + 1}: expected an object. Nothing was imported.`);
    }
    const parsed = v.safeParse(lineSchema, raw);
    if (!parsed.success) throw new CorrectionFileError(`“${name}” line ${i + 1}: ${describeIssue(parsed.issues)}. Nothing was imported.`);
    const c = parsed.output;
    out.push({ ...c, text: claimKey(c.text), at: new Date(c.at).toISOString() });
  });
  if (!out.length) throw new CorrectionFileError(`“${name}” holds no corrections. Nothing was imported.`);
  return out;
}
