// `npm run bench`: runs the benchmark sections in order, prints their tables and the
// budgets of issue 4, and writes the same figures to bench-results/bench.json.
//
//   npm run bench                  every section
//   npm run bench -- 3 6           only sections 3 and 6
//   npm run bench -- --fresh       re-read the evaluation pages instead of using the cache
//   npm run bench -- --full-baseline   time the naive baseline on every page sentence
//
// Sections that measure the built extension in a browser join SECTIONS as their own
// modules; a section that cannot run here (no build yet) answers with a skip and the run
// goes on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { readBenchArgs, type BenchArgs } from './args';
import { BUDGETS } from './budgets';
import { BenchContext } from './context';
import { renderTable } from './report';
import { isSkip, type BudgetValue, type Section } from './section';
import { bytes, round } from './stats';
import { throughput } from './throughput';
import { scale } from './scale';
import { size } from './size';
import { baseline } from './baseline';
import { scanCost } from './scan-cost';
import { checkLatency } from './check-latency';

/** Every section this runner knows, in the order they run. */
const SECTIONS: readonly Section[] = [scanCost, checkLatency, throughput, scale, size, baseline];

interface Outcome {
  id: string;
  title: string;
  status: 'ok' | 'skipped' | 'failed';
  seconds: number;
  reason?: string;
  notes?: string[];
  figures?: Record<string, unknown>;
}

async function main(args: BenchArgs): Promise<void> {
  const ctx = new BenchContext({ fresh: args.fresh, fullBaseline: args.fullBaseline });
  const started = Date.now();
  const outcomes: Outcome[] = [];
  const measured: BudgetValue[] = [];
  const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'cpu'}, ${bytes(totalmem())} RAM, node ${process.version}`;
  console.log(`Benchmark ${new Date(started).toISOString()} on ${machine}\n`);

  for (const section of SECTIONS.filter((s) => args.ids.includes(s.id))) {
    const heading = `${section.id}. ${section.title}`;
    const t = performance.now();
    try {
      const result = await section.run(ctx);
      const secs = round((performance.now() - t) / 1000, 1);
      if (isSkip(result)) {
        console.log(`${heading}: skipped, ${result.skipped}\n`);
        outcomes.push({ id: section.id, title: section.title, status: 'skipped', seconds: secs, reason: result.skipped });
        continue;
      }
      console.log(`${heading}  [${secs} s]`);
      for (const table of result.tables) console.log(renderTable(table));
      for (const note of result.notes) console.log(`  ${note}`);
      console.log('');
      measured.push(...result.budgets);
      outcomes.push({ id: section.id, title: section.title, status: 'ok', seconds: secs, notes: result.notes, figures: result.figures });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`${heading}: FAILED, ${message}\n`);
      if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      outcomes.push({ id: section.id, title: section.title, status: 'failed', seconds: round((performance.now() - t) / 1000, 1), reason: message });
    }
  }

  // A budget two sections measure (no network: while scanning and while checking) holds
  // when it holds in both.
  const budgets = BUDGETS.map((b) => {
    const ms = measured.filter((v) => v.id === b.id);
    const outcome = outcomes.find((o) => o.id === b.section);
    const why = !outcome ? `section ${b.section} did not run` : outcome.status !== 'ok' ? `section ${b.section} ${outcome.status}` : 'not measured';
    return { ...b, value: ms.length ? ms.map((m) => m.value).join('; ') : null, ok: ms.length ? ms.every((m) => m.ok) : null, why: ms.length ? null : why };
  });
  console.log('Budgets (issue 4)');
  console.log(
    renderTable({
      head: ['', 'budget', 'limit', 'measured'],
      rows: budgets.map((b) => [b.ok === null ? '-' : b.ok ? '✓' : '✗', b.what, b.limit, b.value ?? `(${b.why})`]),
    }),
  );
  for (const remark of ctx.remarks) console.log(`  ${remark}`);

  const totalSeconds = round((Date.now() - started) / 1000, 1);
  // maxRSS is in kilobytes; it covers this process only (the page reader runs in a child).
  const peakRss = process.resourceUsage().maxRSS * 1024;
  mkdirSync(ctx.resultsDir, { recursive: true });
  const file = `${ctx.resultsDir}/bench.json`;
  writeFileSync(
    file,
    JSON.stringify({ ranAt: new Date(started).toISOString(), machine, args: process.argv.slice(2), totalSeconds, peakRssBytes: peakRss, sections: outcomes, budgets, remarks: ctx.remarks }, null, 2) + '\n',
  );
  console.log(`\nTotal ${totalSeconds} s, peak RSS ${bytes(peakRss)}; figures written to bench-results/bench.json`);
  if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
}

const command = readBenchArgs(process.argv.slice(2), SECTIONS);
if ('help' in command) {
  console.log(command.help);
  process.exit(0);
}
if ('error' in command) {
  console.error(command.error);
  process.exit(2);
}
main(command.run).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
