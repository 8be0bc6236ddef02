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

/** Reads the command line; throws a UsageError naming the first thing wrong with it. */
export function parseArgs(argv: readonly string[]): CheckArgs {
  const args: CheckArgs = { json: false, eachLine: false, help: false, sources: [], inputs: [] };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!options || arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(arg);
      continue;
    }
    if (arg === '--') options = false;
    else if (arg === '--json') args.json = true;
    else if (arg === '--each-line') args.eachLine = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--source' || arg.startsWith('--source=')) {
      const value = arg === '--source' ? argv[++i] : arg.slice('--source='.length);
      if (!value || (arg === '--source' && value.startsWith('--'))) throw new UsageError('--source needs a file name after it');
      args.sources.push(value);
    } else throw new UsageError(`unknown option ${arg} (see --help)`);
  }
  if (args.help) return args;
  if (!args.inputs.length) throw new UsageError('no input given: name a file to check, or - for standard input (see --help)');
  if (args.inputs.filter((x) => x === '-').length > 1) throw new UsageError('standard input (-) can only be read once');
  return args;
}
