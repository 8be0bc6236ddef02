/**
 * The project's scorer for any labelled set: `npm run eval -- PATH [options]`. It runs the
 * checker in this process with the bundled facts, and prints the figures the shared scorers
 * print for the same set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Checker, type FactBundle } from '../core';
import { evaluate, type Evaluation } from '../eval/evaluate';
import { figuresJson } from '../eval/figures-json';
import { htmlReport } from '../eval/html-report';
import { SetError } from '../eval/labelled-lines';
import { MODE_TITLE, textReport } from '../eval/text-report';
import { readLabelledSet } from './eval-set';

/** The text `--help` prints. */
export const EVAL_USAGE = `Usage: npm run eval -- PATH [options]

Scores the checker on a labelled set, offline. PATH is one of:
  a claim file   JSON Lines, each line {"text", "label"} (label: supported, contradicted,
                 mixed, unverified or offtopic; optional id, kind, group, url, title,
                 checker, comment, at); each line is checked alone
  a page set     a folder with claims.jsonl (lines also name their "file") and pages/;
                 scored with each sentence alone and with each page read whole
  a near-miss set  a folder with expect.jsonl ({"file", "kind", "on_topic": [...]} a
                 line) and pages/; every note off the listed sentences is a false note

The verdict partly counts as unverified.

Options:
  --json                      print the figures as one JSON object
  --verbose                   list every error (or every false note)
  --html FILE                 write a report a person can read, with each error's claim,
                              details, verdict, label and quoted evidence
  --min-macro X               exit 1 when macro-F1 is below X (0 to 1) in any mode
  --max-false-supported N     exit 1 when more than N claims the sources do not back
                              are called supported in any mode
  -h, --help                  show this help

Exit status: 0 when the set was scored (and met the limits given), 1 when a limit was
missed, 2 when the set or the options are wrong.
`;

/** Where the command writes; tests pass their own. */
export interface EvalIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** A command line that cannot be run as given; the message is shown after "eval: ". */
class UsageError extends Error {}

interface EvalArgs {
  path: string;
  json: boolean;
  verbose: boolean;
  html?: string;
  minMacro?: number;
  maxFalseSupported?: number;
}

const OPTIONS = {
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  html: { type: 'string' },
  'min-macro': { type: 'string' },
  'max-false-supported': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

function readArgs(argv: readonly string[]): EvalArgs | 'help' {
  // Not strict: Node's own messages run long; each option is checked here and named as typed.
  const { positionals, tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const args: Partial<EvalArgs> & { help?: boolean } = { json: false, verbose: false };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : null;
    if (!option || (option.type === 'boolean' && token.value !== undefined)) throw new UsageError(`unknown option ${argv[token.index]} (see --help)`);
    if (option.type === 'boolean') {
      if (token.name === 'help') args.help = true;
      else args[token.name as 'json' | 'verbose'] = true;
      continue;
    }
    // "--html --json" is a forgotten value, not a file called "--json".
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) throw new UsageError(`--${token.name} needs a value after it`);
    if (token.name === 'html') args.html = value;
    else if (token.name === 'min-macro') {
      const x = Number(value);
      if (!/^\s*[\d.]+\s*$/.test(value) || !(x >= 0 && x <= 1)) throw new UsageError(`--min-macro takes a number from 0 to 1, not "${value}"`);
      args.minMacro = x;
    } else {
      if (!/^\d+$/.test(value)) throw new UsageError(`--max-false-supported takes a whole number of claims, not "${value}"`);
      args.maxFalseSupported = Number(value);
    }
  }
  if (args.help) return 'help';
  if (!positionals.length) throw new UsageError('no set given: name a claim file, a page set or a near-miss set (see --help)');
  if (positionals.length > 1) throw new UsageError(`one set at a time, not ${positionals.length} (${positionals.join(', ')})`);
  return { ...args, path: positionals[0]! } as EvalArgs;
}

const BUNDLE = fileURLToPath(new URL('../generated/seed-facts.json', import.meta.url));

function loadChecker(): Checker {
  let bundle: FactBundle;
  try {
    bundle = JSON.parse(readFileSync(BUNDLE, 'utf8')) as FactBundle;
  } catch {
    throw new SetError('the bundled facts are missing or damaged; run "npm run facts" first');
  }
  return new Checker(bundle.sources, bundle.facts);
}

/** Each limit the run missed, as a line for standard error. */
function missedLimits(ev: Evaluation, args: EvalArgs): string[] {
  if (ev.type === 'near-miss') return [];
  const out: string[] = [];
  for (const m of ev.modes) {
    if (args.minMacro !== undefined && m.all.macroF1 < args.minMacro) out.push(`macro-F1 ${m.all.macroF1.toFixed(3)} on ${MODE_TITLE[m.mode]} is below --min-macro ${args.minMacro}`);
    if (args.maxFalseSupported !== undefined && m.all.falseSupported > args.maxFalseSupported) out.push(`${m.all.falseSupported} false 'supported' on ${MODE_TITLE[m.mode]}, more than --max-false-supported ${args.maxFalseSupported}`);
  }
  return out;
}

/** Runs the scorer and returns its exit status; every failure is one line on standard error. */
export async function main(argv: readonly string[], io: EvalIo): Promise<number> {
  try {
    const args = readArgs(argv);
    if (args === 'help') {
      io.stdout.write(EVAL_USAGE);
      return 0;
    }
    const set = await readLabelledSet(args.path);
    // A limit that cannot be applied is a mistake in the command, not a pass.
    if (set.type === 'near-miss' && (args.minMacro !== undefined || args.maxFalseSupported !== undefined)) {
      throw new UsageError(`${args.path} is a near-miss set, which counts false notes; --min-macro and --max-false-supported score labelled claims`);
    }
    const ev = evaluate(loadChecker(), set);
    if (args.html) {
      try {
        writeFileSync(args.html, htmlReport(ev));
      } catch (error) {
        throw new SetError(`cannot write ${args.html}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    io.stdout.write(args.json ? `${JSON.stringify(figuresJson(ev))}\n` : textReport(ev, { verbose: args.verbose }));
    const missed = missedLimits(ev, args);
    for (const line of missed) io.stderr.write(`eval: ${line}\n`);
    return missed.length ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof SetError) {
      io.stderr.write(`eval: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`eval: internal error: ${message.split('\n')[0]}\n`);
    return 70;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A reader that closes the pipe early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((status) => {
    process.exitCode = status;
  });
}
