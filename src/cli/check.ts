/**
 * The command-line checker: `npm run check -- [options] <file|->...`. It runs the same core
 * and import pipeline as the extension, with the bundled facts, and nothing leaves the machine.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Checker, type CheckResult, type FactBundle } from '../core';
import { ImportError, detectKind, importSources, type ReadableText } from '../core/import/import-source';
import { checkText, decodeBytes, joinWrappedLines } from '../core/import/import-text';
import { markdownToText } from '../core/import/import-markdown';
import { sameSourceKey } from '../shared/fingerprint';
import { USAGE, UsageError, parseArgs, type CheckArgs } from './args';
import { fileReport, jsonLine, type Checked } from './report';

/** What the command line reads and writes; tests pass their own. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
}

/** A failure that ends the run with one line on standard error and this exit status. */
class Failure extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const BUNDLE = fileURLToPath(new URL('../generated/seed-facts.json', import.meta.url));

function loadBundle(): FactBundle {
  try {
    return JSON.parse(readFileSync(BUNDLE, 'utf8')) as FactBundle;
  } catch {
    throw new Failure('the bundled facts are missing or damaged; run "npm run facts" first', 1);
  }
}

function readError(file: string, error: unknown): Failure {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file' :
    code === 'EISDIR' ? 'it is a directory' :
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    (error as Error).message;
  return new Failure(`cannot read ${file}: ${why}`, 1);
}

interface Input {
  file: string;
  name: string;
  text: string;
  kind: ReturnType<typeof detectKind>;
}

async function readInput(file: string, io: CliIo, as: 'input' | 'source'): Promise<Input> {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    throw readError(name, error);
  }
  const text = checkText(name, decodeBytes(name, bytes));
  const kind = detectKind(file === '-' ? '' : file, text);
  // JSON is what sources are made of; a claim to check is prose.
  if (as === 'input' && kind === 'json' && /\.json(?:ld)?$/i.test(file)) {
    throw new ImportError(`${name} is JSON; check text, Markdown or HTML, and give ClaimReview JSON with --source`);
  }
  return { file, name, text, kind: as === 'input' && kind === 'json' ? 'text' : kind };
}

/** The text to check: HTML reduced to its readable text, Markdown to plain text, wrapped lines joined. */
function readableOf(input: Input, eachLine: boolean, readHtml: ((html: string) => ReadableText) | null): string {
  if (input.kind === 'html') {
    const text = readHtml!(input.text).text;
    if (!text.trim()) throw new ImportError(`${input.name} has no readable text (the page may show its article only with scripts)`);
    return text;
  }
  if (input.kind === 'markdown') return markdownToText(input.text).text;
  // Line by line, every line is a claim of its own and is never joined to the next.
  return eachLine ? input.text : joinWrappedLines(input.text);
}

function checkLines(checker: Checker, file: string, text: string): Checked[] {
  const lines = text.split('\n');
  // A final line break ends the last line; it does not start another one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const out: Checked[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const lead = line.length - line.trimStart().length;
    const claim = line.trim();
    const result: CheckResult = claim
      ? { ...checker.checkClaim(claim), start: offset + lead, end: offset + lead + claim.length }
      : { text: '', start: offset, end: offset, verdict: 'offtopic', reason: 'A blank line states nothing to check.', evidence: [] };
    out.push({ file, line: i + 1, result: { ...result, text: line } });
    offset += line.length + 1;
  });
  return out;
}

async function run(args: CheckArgs, io: CliIo): Promise<void> {
  // Everything is read and checked before anything is printed, so that a bad file gives one
  // error line and no half report.
  const inputs = await Promise.all(args.inputs.map((f) => readInput(f, io, 'input')));
  const sources = await Promise.all(args.sources.map((f) => readInput(f, io, 'source')));
  const needsHtml = [...inputs, ...sources].some((x) => x.kind === 'html');
  // happy-dom takes a moment to load; plain text never waits for it.
  const readHtml = needsHtml ? (await import('./read-html')).readHtmlInNode : null;

  const bundle = loadBundle();
  const checker = new Checker(bundle.sources, bundle.facts);
  const warnings: string[] = [];
  // The same text given twice would count as two sources agreeing with each other.
  const given = new Map<string, string>();
  for (const s of sources) {
    const imported = importSources({ name: s.name, text: s.text }, readHtml ? { readHtml } : {});
    for (const { source } of imported.sources) {
      const key = sameSourceKey(source);
      const first = given.get(key);
      if (first !== undefined) throw new ImportError(`${s.name} holds the same source as ${first}; give each source once`);
      given.set(key, s.name);
    }
    for (const { source, facts } of imported.sources) checker.add(source, facts);
    warnings.push(...imported.warnings.map((w) => `${s.name}: ${w}`));
  }

  const checked = inputs.map((input) => {
    const text = readableOf(input, args.eachLine, readHtml);
    const results = args.eachLine
      ? checkLines(checker, input.file, text)
      : checker.checkText(text).map((result) => ({ file: input.file, result }));
    return { input, results };
  });

  for (const w of warnings) io.stderr.write(`check: ${w}\n`);
  if (args.json) {
    io.stdout.write(checked.flatMap((c) => c.results.map((r) => `${jsonLine(r)}\n`)).join(''));
    return;
  }
  const colour = io.stdout.isTTY === true && !io.env.NO_COLOR;
  io.stdout.write(checked.map((c) => fileReport(c.input.file, c.results, { colour, eachLine: args.eachLine })).join('\n'));
}

/** Runs the command line and returns its exit status; errors are one line on standard error. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    await run(args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`check: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Failure) {
      io.stderr.write(`check: ${error.message}\n`);
      return error.status;
    }
    if (error instanceof ImportError) {
      io.stderr.write(`check: ${error.message.replace(/\.$/, '')}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`check: internal error: ${message.split('\n')[0]}\n`);
    return 70;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** The real process's streams, files and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readFile: (path) => readFile(path),
    readStdin: () => readAll(process.stdin),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A reader that closes the pipe early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), processIo()).then((status) => {
    process.exitCode = status;
  });
}
