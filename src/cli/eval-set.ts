// Reading a labelled set from disk for `npm run eval`: which of the three kinds a path is,
// its lines, and each page's readable text, read as the command line reads an HTML file.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledSet } from '../eval/evaluate';
import { SetError, parseClaimLines, parseNearMissLines } from '../eval/labelled-lines';

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or folder' :
    code === 'EISDIR' ? 'it is a folder' :
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    (error as Error).message.split('\n')[0]!;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, with one clear line when it cannot be read; a byte-order mark and Windows line ends are dropped. */
function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new SetError(`cannot read ${file}: ${why(error)}`);
  }
  try {
    // TextDecoder drops a leading byte-order mark, as the command line's reading does.
    return utf8.decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    throw new SetError(`${file} is not UTF-8 text`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (error) {
    throw new SetError(`cannot read ${path}: ${why(error)}`);
  }
}

function has(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The readable text of each named page in `dir`, read as `npm run check` reads an HTML file. */
async function pageTexts(set: string, dir: string, files: { file: string; line: number }[], listName: string): Promise<Map<string, string>> {
  if (!isFolder(dir)) throw new SetError(`${set} has no pages/ folder beside its ${listName}`);
  for (const { file, line } of files) {
    if (!has(join(dir, file))) throw new SetError(`${join(set, listName)} line ${line}: no page ${join(dir, file)}`);
  }
  // happy-dom takes a moment to load; a claim file never waits for it.
  const { readHtmlInNode } = await import('./read-html');
  const texts = new Map<string, string>();
  for (const { file } of files) {
    if (!texts.has(file)) texts.set(file, readHtmlInNode(readText(join(dir, file))).text);
  }
  return texts;
}

/**
 * Reads the set at `path`: a claim file (JSON Lines), a page set (a folder with claims.jsonl
 * and pages/) or a near-miss set (a folder with expect.jsonl and pages/). Throws a SetError
 * with one line naming what is wrong.
 */
export async function readLabelledSet(path: string): Promise<LabelledSet> {
  if (!isFolder(path)) return { type: 'claims', name: path, claims: parseClaimLines(path, readText(path)) };
  const pages = join(path, 'pages');
  const claimsFile = join(path, 'claims.jsonl');
  if (has(claimsFile)) {
    const claims = parseClaimLines(claimsFile, readText(claimsFile), { needFile: true });
    return { type: 'pages', name: path, claims, pageText: await pageTexts(path, pages, claims.map((c) => ({ file: c.file!, line: c.line })), 'claims.jsonl') };
  }
  const expectFile = join(path, 'expect.jsonl');
  if (has(expectFile)) {
    const list = parseNearMissLines(expectFile, readText(expectFile));
    return { type: 'near-miss', name: path, pages: list, pageText: await pageTexts(path, pages, list, 'expect.jsonl') };
  }
  throw new SetError(`${path} is a folder without claims.jsonl (a page set) or expect.jsonl (a near-miss set)`);
}
