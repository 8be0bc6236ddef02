// Section 4: check latency as the fact base grows from the five seed sources to 1,000 and
// 10,000 extra sources built from the evaluation pages, with the cost of building the
// facts, loading and indexing them, and the heap they take.
//
// Extra sources: the Readability text of every evaluation page with at least 1,000
// characters of it, taken round after round in a freshly shuffled order (seeded, so every
// run builds the same sources). Each source is a slice of about 4,000 characters (roughly
// 650 words, the length of a news report; the seed articles are 2,300-4,000 characters),
// starting at a random paragraph and ending at a paragraph end; pages shorter than that
// are used whole. The 1,000-source level is the first 1,000 of the 10,000.
import { Checker, buildFacts, splitParagraphs, type Fact, type SourceInfo } from '../../src/core/index';
import { looksLikeStatement } from '../../src/core/checker';
import type { BenchContext } from './context';
import { LIMITS } from './budgets';
import type { Section, SectionResult } from './section';
import { seededRandom, shuffled } from './random';
import { bytes, count, liveHeap, median, ms, percentile, round, seconds, timed } from './stats';

const LEVELS = [1000, 10000] as const;
const SLICE = 4000;
const MIN_ARTICLE = 1000;
const CLAIMS = 200;
const RUNS = 5;
const SEED = 20220907;
// Not one of the measured claims: the first check after loading also builds the index's
// fuzzy vocabulary, which is timed on its own.
const FIRST_CLAIM = 'Albania broke off diplomatic relashions with Iran in Setpember 2022.';

/** Paragraph-aligned slice of about `size` characters starting at a random paragraph. */
function slice(text: string, size: number, random: () => number): string {
  if (text.length <= size) return text;
  const paragraphs = splitParagraphs(text);
  const eligible = paragraphs.map((p, i) => ({ i, rest: text.length - p.start })).filter((p) => p.rest >= size);
  const first = eligible[Math.floor(random() * eligible.length)]!.i;
  let last = first;
  while (last < paragraphs.length - 1 && paragraphs[last]!.end - paragraphs[first]!.start < size) last++;
  return text.slice(paragraphs[first]!.start, paragraphs[last]!.end);
}

/** The extra sources, as texts with their source records; deterministic for a given page set. */
export function extraSources(pages: { file: string; article: string }[], n: number): { info: SourceInfo; text: string; page: string }[] {
  const random = seededRandom(SEED);
  const usable = pages.filter((p) => p.article.length >= MIN_ARTICLE);
  if (!usable.length) throw new Error('No evaluation page has enough readable text to build extra sources from');
  const out: { info: SourceInfo; text: string; page: string }[] = [];
  while (out.length < n) {
    for (const p of shuffled(usable, random)) {
      if (out.length === n) break;
      const id = `user:bench-${String(out.length + 1).padStart(5, '0')}`;
      out.push({
        page: p.file,
        text: slice(p.article, SLICE, random),
        info: { id, title: `Bench source ${out.length + 1} (${p.file})`, date: null, referenceDate: null, place: null, origin: 'user', kind: 'article', url: null, addedAt: out.length + 1, enabled: true },
      });
    }
  }
  return out;
}

interface Level {
  label: string;
  sources: number;
  facts: number;
  buildMs: number | null;
  loadMs: number;
  heap: number;
  firstMs: number;
  latencies: number[];
  /** The seeds-only checker's, timed beside this level's. */
  seedLatencies: number[];
}

// Each claim is checked RUNS times in a row and its latency is the median of those, so a
// collection that happens to fall on one check does not decide the figure; the first run
// of each claim pays for what the checker memoises (spelling corrections) like a real one.
//
// The seeds-only checker is timed again beside every level, claim by claim, and each level is
// compared with those paired timings: both then run with the same compiled code, heap and
// machine load, which earlier sections of a full run change.
function measureChecks(checker: Checker, claims: string[], seedsOnly: Checker): { firstMs: number; latencies: number[]; seedLatencies: number[] } {
  // Building a level leaves the collector with work (hundreds of MB just allocated); it is
  // done here, so that checks are not timed against what loading left behind.
  liveHeap();
  const firstMs = timed(() => checker.checkClaim(FIRST_CLAIM)).ms;
  const latencies: number[] = [];
  const seedLatencies: number[] = [];
  for (const c of claims) {
    latencies.push(median(Array.from({ length: RUNS }, () => timed(() => checker.checkClaim(c)).ms)));
    seedLatencies.push(median(Array.from({ length: RUNS }, () => timed(() => seedsOnly.checkClaim(c)).ms)));
  }
  return { firstMs, latencies, seedLatencies };
}

/** Section 4 of the benchmark. */
export const scale: Section = {
  id: '4',
  title: 'Scale: check latency with more sources',
  async run(ctx: BenchContext): Promise<SectionResult> {
    const pages = await ctx.pages();
    const seeds = ctx.seeds();
    const dev = ctx.devClaims().map((c) => c.text);
    const article = ctx.onTopicSentences().filter((s) => looksLikeStatement(s) && !/\?["'”’)]*$/.test(s));
    const claims = [...dev, ...article].slice(0, CLAIMS);

    // Warm the core up on a throwaway checker so the seeds-only level is not the one that
    // pays for compilation.
    const warm = new Checker(seeds.sources, seeds.facts);
    for (const c of claims) warm.checkClaim(c);

    const levels: Level[] = [];
    const heapBefore = liveHeap();
    {
      const load = timed(() => new Checker(seeds.sources, seeds.facts));
      const checks = measureChecks(load.value, claims, warm);
      levels.push({ label: 'seeds only', sources: seeds.sources.length, facts: load.value.size, buildMs: null, loadMs: load.ms, heap: liveHeap(), ...checks });
    }

    const max = LEVELS[LEVELS.length - 1]!;
    const extras = extraSources(pages, max);
    const built: { info: SourceInfo; facts: Fact[] }[] = [];
    let buildMs = 0;
    for (const level of LEVELS) {
      ctx.log(`section 4: building facts for ${count(level)} extra sources`);
      const t = performance.now();
      for (const e of extras.slice(built.length, level)) built.push({ info: e.info, facts: buildFacts({ ...e.info, text: e.text }) });
      buildMs += performance.now() - t;

      ctx.log(`section 4: indexing and checking with ${count(level)} extra sources`);
      const load = timed(() => {
        const checker = new Checker(seeds.sources, seeds.facts);
        for (const b of built) checker.add(b.info, b.facts);
        return checker;
      });
      const checks = measureChecks(load.value, claims, warm);
      levels.push({
        label: `+${count(level)} sources`,
        sources: seeds.sources.length + level,
        facts: load.value.size,
        buildMs,
        loadMs: load.ms,
        heap: liveHeap(),
        ...checks,
      });
    }

    const top = levels[levels.length - 1]!;
    const ratio = median(top.latencies) / median(top.seedLatencies);
    const p95Ratio = percentile(top.latencies, 95) / percentile(top.seedLatencies, 95);
    const rows = levels.map((l) => [
      l.label,
      count(l.sources),
      count(l.facts),
      l.buildMs === null ? '(bundled)' : seconds(l.buildMs),
      ms(l.loadMs),
      bytes(l.heap),
      ms(l.firstMs),
      ms(median(l.latencies)),
      ms(percentile(l.latencies, 95)),
      ms(Math.max(...l.latencies)),
      ms(median(l.seedLatencies)),
      `${(median(l.latencies) / median(l.seedLatencies)).toFixed(2)}x`,
    ]);
    const textChars = extras.map((e) => e.text.length);
    return {
      tables: [{ head: ['facts from', 'sources', 'facts', 'build facts', 'load+index', 'heap used', 'first check', 'median', 'p95', 'max', 'seeds beside it', 'median vs seeds'], rows }],
      notes: [
        `Claims: ${claims.length} (${dev.length} dev claims + ${claims.length - dev.length} statements of the five on-topic seed articles), checked one by one with checkClaim, each ${RUNS} times in a row (latency = median of the ${RUNS}); "first check" is one extra claim checked right after loading (it builds the fuzzy vocabulary).`,
        `Extra sources: slices of ~${count(SLICE)} characters (median ${count(median(textChars))}) of the Readability text of the ${pages.filter((p) => p.article.length >= MIN_ARTICLE).length} pages with at least ${count(MIN_ARTICLE)} characters of it, repeated in seeded shuffled rounds; the first 1,000 are the 1,000 level.`,
        `Built fresh every run (${seconds(buildMs)} for ${count(max)} sources, ${ms(buildMs / max)} a source), so nothing is cached. Heap used = live heap after a full GC with that level's facts and checker held (${bytes(heapBefore)} before the seeds level).`,
        `Seeds beside it = median of the seeds-only checker timed claim by claim alternately with that level (same compiled code, heap and load); the ratio is against it.`,
        `Load+index = new Checker(seed sources, seed facts) then checker.add(source, facts) per extra source. Latency ratio at ${count(max)}: median ${ratio.toFixed(2)}x, p95 ${p95Ratio.toFixed(2)}x.`,
      ],
      figures: {
        claims: claims.length,
        sliceCharacters: SLICE,
        levels: levels.map((l) => ({
          label: l.label,
          sources: l.sources,
          facts: l.facts,
          buildFactsSeconds: l.buildMs === null ? null : round(l.buildMs / 1000),
          loadAndIndexMs: round(l.loadMs),
          heapUsedBytes: l.heap,
          firstCheckMs: round(l.firstMs),
          latencyMs: { median: round(median(l.latencies)), p95: round(percentile(l.latencies, 95)), max: round(Math.max(...l.latencies)) },
          seedsBesideMs: { median: round(median(l.seedLatencies)), p95: round(percentile(l.seedLatencies, 95)) },
        })),
        heapBeforeBytes: heapBefore,
        ratioMedian: round(ratio),
        ratioP95: round(p95Ratio),
      },
      budgets: [{ id: 'scale-ratio', value: `${ratio.toFixed(2)}x (median; p95 ${p95Ratio.toFixed(2)}x)`, ok: ratio <= LIMITS.scaleRatio }],
    };
  },
};
