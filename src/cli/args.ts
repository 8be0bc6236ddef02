import { parseArgs as parseArgv, type ParseArgsConfig } from 'node:util';

/** What the command line asked for. */
export interface CheckArgs {
  json: boolean;
  eachLine: boolean;
  help: boolean;
  /** Extra source files, in the order given. */
  sources: string[];
  /** Files to check; "-" is standard input. */
  inputs: string[];
}

/** A command line that cannot be run as given; the message is shown after "check: ". */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The text `--help` prints. */
export const USAGE = `Usage: npm run check -- [options] <file|->...

Checks the sentences of text, Markdown or HTML files (or of standard input, "-") that are
about the 2022 Albania-Iran rupture against the bundled sources, offline.

Options:
  --json          print one JSON object per checked claim, one a line
  --each-line     check every line on its own, as a selected text would be;
                  one result per line, blank lines included
  --source FILE   add a source for this run (text, Markdown, HTML, ClaimReview
                  JSON-LD or an exported source list); may be repeated
  -h, --help      show this help

Exit status: 0 when the files were checked, 1 when an input or source cannot be
read, 2 when the options are wrong. Colours are used on a terminal unless NO_COLOR is set.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  'each-line': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  source: { type: 'string', multiple: true },
} as const satisfies ParseArgsConfig['options'];

/** Reads the command line; throws a UsageError naming the first thing wrong with it. */
export function parseArgs(argv: readonly string[]): CheckArgs {
  // Not strict: Node's own errors run to several lines. Every option is checked below, in
  // the order given, so the first thing wrong gets this command's one line.
  const { positionals, tokens } = parseArgv({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const args: CheckArgs = { json: false, eachLine: false, help: false, sources: [], inputs: positionals };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : null;
    // The argument as typed: "-hx" or "--json=1" is named whole, not by the letter or name parsed out of it.
    if (!option || (option.type === 'boolean' && token.value !== undefined)) throw new UsageError(`unknown option ${argv[token.index]} (see --help)`);
    if (token.name === 'json') args.json = true;
    else if (token.name === 'each-line') args.eachLine = true;
    else if (token.name === 'help') args.help = true;
    else {
      // "--source --json" is a forgotten file name, not a file called "--json".
      if (!token.value || (!token.inlineValue && token.value.startsWith('--'))) throw new UsageError('--source needs a file name after it');
      args.sources.push(token.value);
    }
  }
  if (args.help) return args;
  if (!args.inputs.length) throw new UsageError('no input given: name a file to check, or - for standard input (see --help)');
  if (args.inputs.filter((x) => x === '-').length > 1) throw new UsageError('standard input (-) can only be read once');
  return args;
}
