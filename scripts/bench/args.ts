// The benchmark's command line, read apart from the runner so that reading it loads no section.
import { parseArgs } from 'node:util';
import type { Section } from './section';

/** What `npm run bench` was asked to run. */
export interface BenchArgs {
  /** Section ids in the order given; every section when none is named. */
  ids: string[];
  fresh: boolean;
  fullBaseline: boolean;
}

/** A run to make, the usage to print (exit 0), or an error to print (exit 2). */
export type BenchCommand = { run: BenchArgs } | { help: string } | { error: string };

const OPTIONS = {
  fresh: { type: 'boolean' },
  'full-baseline': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The usage text, listing the sections this runner knows. */
export function benchUsage(sections: readonly Pick<Section, 'id' | 'title'>[]): string {
  return `usage: npm run bench -- [section ...] [--fresh] [--full-baseline]
sections: ${sections.map((s) => `${s.id} (${s.title})`).join('; ')}`;
}

/** Reads the command line in order: the first --help or the first unknown argument decides. */
export function readBenchArgs(argv: readonly string[], sections: readonly Pick<Section, 'id' | 'title'>[]): BenchCommand {
  const usage = benchUsage(sections);
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const args: BenchArgs = { ids: [], fresh: false, fullBaseline: false };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    const given = argv[token.index]!;
    const unknown = { error: `Unknown argument or section "${given}".\n${usage}` };
    if (token.kind === 'positional') {
      if (!sections.some((s) => s.id === token.value)) return unknown;
      args.ids.push(token.value);
      continue;
    }
    // An option counts only as typed whole: not "--fresh=1", not "-h" inside "-hx".
    if (given !== token.rawName || !Object.hasOwn(OPTIONS, token.name)) return unknown;
    if (token.name === 'help') return { help: usage };
    if (token.name === 'fresh') args.fresh = true;
    else args.fullBaseline = true;
  }
  if (!args.ids.length) args.ids = sections.map((s) => s.id);
  return { run: args };
}
