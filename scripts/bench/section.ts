// The contract between the benchmark runner and its sections: each section is one module
// that measures one thing and hands back rows to print, figures to save and the budgets
// of issue 4 it has a value for.
import type { BenchContext } from './context';
import type { BudgetId } from './budgets';

/** A table as printed: a header row and rows of already formatted cells. */
export interface Table {
  title?: string;
  head: string[];
  rows: string[][];
}

/** A measured value for one of the budgets. */
export interface BudgetValue {
  id: BudgetId;
  /** The figure as a reader sees it ("1.8x", "12.3 KB"). */
  value: string;
  ok: boolean;
}

/** What a section measured. `figures` is written to bench.json as it is. */
export interface SectionResult {
  tables: Table[];
  /** One-line remarks printed under the tables: what was measured and how. */
  notes: string[];
  figures: Record<string, unknown>;
  budgets: BudgetValue[];
}

/** A section that cannot run here, with the reason printed as one line. */
export interface SectionSkip {
  skipped: string;
}

/** One part of `npm run bench`, numbered as in issue 4. */
export interface Section {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<SectionResult | SectionSkip>;
}

/** The reply of a section that measures the built extension when there is none. */
export function needsBuiltExtension(what: string): SectionSkip {
  return { skipped: `needs the built extension (${what}); run \`npm run build\` first` };
}

/** Whether a section's reply is a skip. */
export function isSkip(r: SectionResult | SectionSkip): r is SectionSkip {
  return 'skipped' in r;
}
