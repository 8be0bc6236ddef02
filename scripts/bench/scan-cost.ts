// Section 1: what reading a page costs in the browser. The built extension runs in
// Chromium over the 20 largest evaluation pages (none is about the dispute) and the
// on-topic test article, each served from 127.0.0.1 in a fresh tab under a Chrome trace.
//
// - Scan: the sum of the content script's `factcheck:scan` measures on the page, from the
//   first idle slice of a scan to the sentences being handed over (idle gaps between
//   slices included, as the script records it). "Busy" is the part of that time the
//   content script's own tasks took, from the trace.
// - Floor: one bare TreeWalker pass over document.body's text nodes reading each node's
//   text, run in the page after the scan; the median of 7 timings, each averaged over as
//   many passes as fill 5 ms (the page's clock is coarsened to 0.1 ms).
// - First read: the same bare walk, run once in a fresh isolated world (as a content
//   script's) in the first idle period after load, on a load of the page without the
//   extension (median of FIRST_READS loads). It is the least any extension pays to read the
//   page: DOM wrappers for every node made anew in its world, caches cold. The warm walk
//   above reads the page the eighth time, from the page's own world.
// - Longest task: the longest main-thread task in which the content script ran (see
//   trace.ts for how tasks are attributed), next to the longest of the page's own.
// - Network: every request to a host other than 127.0.0.1 is recorded and aborted; those
//   from the extension's service worker or pages, or started by the content script (the
//   initiator's stack), are the extension's.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import type { BenchContext } from './context';
import { serveFolders } from '../chromium';
import { builtExtension, launchExtension, watchScriptRequests } from './browser';
import { LIMITS } from './budgets';
import { needsBuiltExtension, type Section, type SectionResult, type SectionSkip } from './section';
import { bytes, median, ms, percentile, round } from './stats';
import { readTabTrace, startTrace, type Task } from './trace';

const LARGEST = 20;
const WALK_RUNS = 7;
const WALK_MIN_MS = 5;
// A page is read when every sentence sent has been answered and nothing changed for this long.
const QUIET_MS = 800;
const SETTLE_TIMEOUT_MS = 20_000;
// How long the control run (no extension) watches each page after its load event.
const CONTROL_WAIT_MS = 1000;
// Loads of each page without the extension on which its first read is timed.
const FIRST_READS = 3;

// Run in a fresh isolated world when the page is first idle after load, as the scan is.
const FIRST_READ = `new Promise((done) => requestIdleCallback(() => {
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  done(performance.now() - t);
}, { timeout: 1000 }))`;

async function firstRead(page: Page, cdp: CDPSession, world: string): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: world });
  const r = await cdp.send('Runtime.evaluate', { expression: FIRST_READ, contextId: executionContextId, awaitPromise: true, returnByValue: true });
  if (typeof r.result.value !== 'number') throw new Error(`first read failed on ${page.url()}`);
  return r.result.value;
}

interface Measures {
  scans: { ms: number; blocks: number; candidates: number }[];
  checks: { ms: number; claims: number }[];
}

interface Walk {
  perRun: number[];
  firstMs: number;
  nodes: number;
  chars: number;
  elements: number;
}

/** The figures of one page. */
interface PageFigures {
  page: string;
  onTopic: boolean;
  bytes: number;
  settled: boolean;
  elements: number;
  textNodes: number;
  walkMs: number;
  /** The first, cold pass of the walk. */
  walkFirstMs: number;
  /** The page's first read from a fresh isolated world, without the extension (median). */
  firstReadMs: number;
  /** scan / firstReadMs. */
  firstReadRatio: number;
  scanMs: number;
  scans: number;
  scanBusyMs: number;
  candidates: number;
  ratio: number;
  longestTaskMs: number;
  /** The longest was the content script's part of a task of the page's own. */
  longestTaskShared: boolean;
  longestTaskKind: string;
  /** The longest content-script task of each kind. */
  longestByKind: Record<string, number>;
  contentScriptTasks: number;
  hot: { name: string; at: string; ms: number }[];
  pageLongestTaskMs: number;
  pageRequestsBlocked: number;
  /** Hosts the page asked for that it never asked for in the control run without the extension. */
  onlyWithExtension: string[];
  extensionRequests: string[];
  /** Requests the content script started (the tab's, to Playwright). */
  scriptRequests: number;
  traceDataLoss: boolean;
}

async function readMeasures(page: Page): Promise<Measures> {
  return page.evaluate(() => {
    type M = PerformanceEntry & { detail?: { blocks?: number; candidates?: number; claims?: number } };
    const scans = performance.getEntriesByName('factcheck:scan') as M[];
    const checks = performance.getEntriesByName('factcheck:check') as M[];
    return {
      scans: scans.map((e) => ({ ms: e.duration, blocks: e.detail?.blocks ?? 0, candidates: e.detail?.candidates ?? 0 })),
      checks: checks.map((e) => ({ ms: e.duration, claims: e.detail?.claims ?? 0 })),
    };
  });
}

// Read means: scanned at least once, every sentence sent answered, and quiet for QUIET_MS.
async function settle(page: Page): Promise<{ settled: boolean; measures: Measures }> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let last = '';
  let since = Date.now();
  for (;;) {
    const m = await readMeasures(page);
    const asked = m.scans.reduce((n, s) => n + s.candidates, 0);
    const answered = m.checks.reduce((n, c) => n + c.claims, 0);
    const key = `${m.scans.length}/${asked}/${answered}`;
    const done = m.scans.length > 0 && asked === answered;
    if (key !== last || !done) {
      last = key;
      since = Date.now();
    } else if (Date.now() - since >= QUIET_MS) return { settled: true, measures: m };
    if (Date.now() > deadline) return { settled: false, measures: m };
    await page.waitForTimeout(100);
  }
}

// The floor, run in the page: a TreeWalker over document.body's text nodes, reading each.
async function bareWalk(page: Page): Promise<Walk> {
  return page.evaluate(
    ({ runs, minMs }) => {
      const perRun: number[] = [];
      let nodes = 0;
      let chars = 0;
      const began = performance.now();
      // The first pass alone, as cold as the content script's: kept for the record.
      const cold = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = cold.nextNode(); n; n = cold.nextNode()) chars += (n as Text).data.length;
      const firstMs = performance.now() - began;
      for (let r = 0; r < runs; r++) {
        let passes = 0;
        const t0 = performance.now();
        let t = t0;
        do {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          nodes = 0;
          chars = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            nodes++;
            chars += (n as Text).data.length;
          }
          passes++;
          t = performance.now();
        } while (t - t0 < minMs);
        perRun.push((t - t0) / passes);
      }
      // Marks the walk on the trace, so its task is not taken for one of the page's.
      performance.measure('bench:walk', { start: began, end: performance.now() });
      return { perRun, firstMs, nodes, chars, elements: document.getElementsByTagName('*').length };
    },
    { runs: WALK_RUNS, minMs: WALK_MIN_MS },
  );
}

// Pages put timestamps and random numbers in their addresses: hosts are compared instead.
function originOf(url: string): string {
  return new URL(url).origin;
}

function overlap(task: Task, windows: { start: number; end: number }[]): number {
  let total = 0;
  for (const w of windows) total += Math.max(0, Math.min(task.start + task.ms, w.end) - Math.max(task.start, w.start));
  return total;
}

function summary(ratios: number[]): { median: number; p95: number } {
  return { median: median(ratios), p95: percentile(ratios, 95) };
}

// The walk of a short page takes microseconds.
const fine = (v: number) => (v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : ms(v));
const x = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)}x` : '-');

/** Section 1 of the benchmark. */
export const scanCost: Section = {
  id: '1',
  title: 'Scan cost in the browser (built extension in Chromium)',
  async run(ctx: BenchContext): Promise<SectionResult | SectionSkip> {
    const ext = builtExtension(ctx);
    if (!ext) return needsBuiltExtension('no Chrome MV3 build in $EXT_DIR, $WXT_OUT_DIR or .output');
    const evalPages = join(ctx.evalDir, 'pages');
    const largest = readdirSync(evalPages)
      .filter((f) => /\.html?$/.test(f))
      .map((f) => ({ file: f, bytes: statSync(join(evalPages, f)).size }))
      .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))
      .slice(0, LARGEST);
    if (!largest.length) throw new Error(`No HTML pages in ${evalPages}`);
    const testPages = join(ctx.root, 'tests/e2e/pages');
    const targets = [
      ...largest.map((p) => ({ ...p, url: `/eval/${encodeURIComponent(p.file)}`, onTopic: false })),
      { file: 'article.html', bytes: statSync(join(testPages, 'article.html')).size, url: '/pages/article.html', onTopic: true },
    ];

    const server = await serveFolders({ '/eval/': evalPages, '/pages/': testPages });
    const browser = await launchExtension(ext.dir);
    const prefix = `chrome-extension://${browser.extensionId}/content-scripts/`;
    const figures: PageFigures[] = [];
    try {
      for (const target of targets) {
        ctx.log(`section 1: ${target.file}`);
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        const fromScript = await watchScriptRequests(cdp, prefix);
        const outboundBefore = browser.outbound.length;
        const recording = await startTrace(cdp);
        await page.goto(`${server.base}${target.url}`, { waitUntil: 'load', timeout: 60_000 });
        const { settled, measures } = await settle(page);
        const walk = await bareWalk(page);
        const { events, dataLoss } = await recording.stop();
        await page.close();

        const trace = readTabTrace(events, prefix);
        const walks = trace.measures('bench:walk');
        const scanWindows = trace.measures('factcheck:scan');
        const own = trace.tasks.filter((t) => t.extension);
        const longest = own.reduce<Task | null>((a, t) => (!a || t.extensionMs > a.extensionMs ? t : a), null);
        const pageTasks = trace.tasks.filter((t) => (!t.extension || t.shared) && overlap(t, walks) === 0);
        const outbound = browser.outbound.slice(outboundBefore);
        const walkMs = median(walk.perRun);
        const scanMs = measures.scans.reduce((n, s) => n + s.ms, 0);
        figures.push({
          page: target.file,
          onTopic: target.onTopic,
          bytes: target.bytes,
          settled,
          elements: walk.elements,
          textNodes: walk.nodes,
          walkMs,
          walkFirstMs: walk.firstMs,
          firstReadMs: NaN,
          firstReadRatio: NaN,
          scanMs,
          scans: measures.scans.length,
          scanBusyMs: own.reduce((n, t) => n + Math.min(t.extensionMs, overlap(t, scanWindows)), 0),
          candidates: measures.scans.reduce((n, s) => n + s.candidates, 0),
          ratio: scanMs / walkMs,
          longestTaskMs: longest?.extensionMs ?? 0,
          longestTaskShared: longest?.shared ?? false,
          longestTaskKind: longest?.kind ?? '',
          longestByKind: Object.fromEntries(
            (['start-up', 'idle slice', 'other'] as const).map((k) => [k, Math.max(0, ...own.filter((t) => t.kind === k).map((t) => t.extensionMs))]),
          ),
          contentScriptTasks: own.length,
          hot: longest ? trace.hotFunctions(longest) : [],
          pageLongestTaskMs: Math.max(0, ...pageTasks.map((t) => t.ms)),
          pageRequestsBlocked: outbound.filter((r) => r.by === 'page').length - fromScript.length,
          onlyWithExtension: outbound.filter((r) => r.by === 'page' && !fromScript.includes(r.url)).map((r) => originOf(r.url)),
          extensionRequests: [...outbound.filter((r) => r.by === 'extension').map((r) => r.url), ...fromScript],
          scriptRequests: fromScript.length,
          traceDataLoss: dataLoss,
        });
      }
      // Control run without the extension: a request of the page that only happens with the
      // extension loaded (an image or frame it added) has no script stack to name it.
      await browser.close();
      const control = await launchExtension(null);
      try {
        for (const [i, target] of targets.entries()) {
          ctx.log(`section 1: control run without the extension, ${target.file}`);
          const before = control.outbound.length;
          const reads: number[] = [];
          for (let load = 0; load < FIRST_READS; load++) {
            const page = await control.context.newPage();
            const cdp = await control.context.newCDPSession(page);
            await page.goto(`${server.base}${target.url}`, { waitUntil: 'load', timeout: 60_000 });
            reads.push(await firstRead(page, cdp, `bench-first-read-${load}`));
            if (load === 0) await page.waitForTimeout(CONTROL_WAIT_MS);
            await page.close();
          }
          const seen = new Set(control.outbound.slice(before).map((r) => originOf(r.url)));
          const f = figures[i]!;
          f.firstReadMs = median(reads);
          f.firstReadRatio = f.scanMs / f.firstReadMs;
          f.onlyWithExtension = [...new Set(f.onlyWithExtension.filter((u) => !seen.has(u)))];
        }
      } finally {
        await control.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    // The service worker's requests outside any page's window (seeding, start-up) count too.
    const onlyWithExtension = figures.reduce((n, f) => n + f.onlyWithExtension.length, 0);
    const extensionRequests = browser.outbound.filter((r) => r.by === 'extension').length + figures.reduce((n, f) => n + f.scriptRequests, 0) + onlyWithExtension;

    const off = figures.filter((f) => !f.onTopic);
    const on = figures.filter((f) => f.onTopic);
    const offRatio = summary(off.map((f) => f.ratio));
    const onRatio = summary(on.map((f) => f.ratio));
    const coldRatio = summary(off.map((f) => f.scanMs / f.walkFirstMs));
    const firstReadRatio = summary(off.map((f) => f.firstReadRatio));
    const longest = figures.reduce((a, f) => (f.longestTaskMs > a.longestTaskMs ? f : a), figures[0]!);
    const pagesLongest = figures.filter((f) => !f.onTopic).reduce((a, f) => (f.longestTaskMs > a.longestTaskMs ? f : a), off[0]!);

    const rows = figures.map((f) => [
      f.page + (f.onTopic ? ' (on topic)' : '') + (f.settled ? '' : ' *'),
      bytes(f.bytes),
      String(f.textNodes),
      fine(f.walkMs),
      fine(f.firstReadMs),
      `${ms(f.scanMs)}${f.scans > 1 ? ` (${f.scans})` : ''}`,
      x(f.ratio),
      x(f.firstReadRatio),
      ms(f.scanBusyMs),
      String(f.candidates),
      `${ms(f.longestTaskMs)} ${f.longestTaskShared ? 'in page task' : f.longestTaskKind}`,
      ms(f.pageLongestTaskMs),
      `${f.extensionRequests.length + f.onlyWithExtension.length}/${f.pageRequestsBlocked}`,
    ]);
    const notes = [
      `Build: ${ext.label}${ext.stale ? ' (older than src/ or entrypoints/: rebuild for current figures)' : ''}. Chromium headless, one fresh tab per page, traced.`,
      'scan = sum of factcheck:scan measures (idle gaps between slices included; (n) = number of scans); busy = content-script tasks inside them;',
      `walk = bare TreeWalker pass over body text nodes, warm, in the page's world (median of ${WALK_RUNS}); first read = the same walk once in a fresh isolated world at the first idle`,
      `after load, without the extension (median of ${FIRST_READS} loads); ratio = scan / walk; vs first = scan / first read; sent = sentences sent to the background; CS task = longest task running the content script;`,
      'page task = longest task of the page itself (parsing, its scripts); requests to hosts other than 127.0.0.1, all aborted: the extension\'s (its worker,',
      `its pages, started by the content script, or made by the page only with the extension loaded: a control run without it) / the page's own.`,
      `Ratio off-topic pages: median ${x(offRatio.median)}, p95 ${x(offRatio.p95)}; on-topic article: ${x(onRatio.median)} (scan ${ms(on[0]?.scanMs ?? NaN)} vs walk ${fine(on[0]?.walkMs ?? NaN)}).`,
      `Against the page's first read from a fresh script world (as the scan is): median ${x(firstReadRatio.median)}, p95 ${x(firstReadRatio.p95)} on the off-topic pages;`,
      `against the warm walk's own first pass: median ${x(coldRatio.median)}, p95 ${x(coldRatio.p95)}.`,
      `Longest content-script task: ${ms(longest.longestTaskMs)} (${longest.longestTaskKind}) on ${longest.page}` +
        (longest.hot.length ? `; where: ${longest.hot.map((h) => `${h.name}@${h.at} ${ms(h.ms)}`).join(', ')} (sampled)` : '') +
        '.',
    ];
    notes.push(
      'By kind, longest on any page (median over pages): ' +
        ['start-up', 'idle slice', 'other']
          .map((k) => {
            const v = figures.map((f) => f.longestByKind[k] ?? 0);
            return `${k} ${ms(Math.max(...v))} (${ms(median(v))})`;
          })
          .join('; ') +
        '. start-up = evaluating content.js and mounting the notes UI; idle slice = reading the page; other = replies, markers, observers.',
    );
    if (figures.some((f) => !f.settled)) notes.push(`* not settled within ${SETTLE_TIMEOUT_MS / 1000} s (sentences still unanswered or the page kept changing); figures as of then.`);
    if (figures.some((f) => f.traceDataLoss)) notes.push(`The trace lost data on: ${figures.filter((f) => f.traceDataLoss).map((f) => f.page).join(', ')}.`);
    const allExt = [...new Set(figures.flatMap((f) => [...f.extensionRequests, ...f.onlyWithExtension]))];
    if (allExt.length) notes.push(`Extension requests leaving 127.0.0.1: ${allExt.slice(0, 5).join(', ')}${allExt.length > 5 ? ', ...' : ''}`);

    return {
      tables: [
        {
          head: ['page', 'size', 'text nodes', 'walk', 'first read', 'scan', 'ratio', 'vs first', 'busy', 'sent', 'CS task', 'page task', 'requests'],
          rows,
        },
      ],
      notes,
      figures: {
        build: ext.label,
        buildStale: ext.stale,
        pages: figures.map((f) => ({
          ...f,
          walkMs: round(f.walkMs),
          walkFirstMs: round(f.walkFirstMs),
          firstReadMs: round(f.firstReadMs),
          firstReadRatio: round(f.firstReadRatio),
          scanMs: round(f.scanMs),
          scanBusyMs: round(f.scanBusyMs),
          ratio: round(f.ratio),
          longestTaskMs: round(f.longestTaskMs),
          pageLongestTaskMs: round(f.pageLongestTaskMs),
          hot: f.hot.map((h) => ({ ...h, ms: round(h.ms) })),
          longestByKind: Object.fromEntries(Object.entries(f.longestByKind).map(([k, v]) => [k, round(v)])),
        })),
        ratioOffTopic: { median: round(offRatio.median), p95: round(offRatio.p95) },
        ratioOnTopic: { median: round(onRatio.median), p95: round(onRatio.p95) },
        ratioOffTopicFirstRead: { median: round(firstReadRatio.median), p95: round(firstReadRatio.p95) },
        ratioOffTopicColdWalk: { median: round(coldRatio.median), p95: round(coldRatio.p95) },
        longestContentScriptTask: { page: longest.page, ms: round(longest.longestTaskMs) },
        outbound: { extension: extensionRequests, pageOwn: figures.reduce((n, f) => n + f.pageRequestsBlocked, 0) },
      },
      budgets: [
        { id: 'scan-ratio', value: `${x(offRatio.median)} (p95 ${x(offRatio.p95)})`, ok: offRatio.median <= LIMITS.scanRatio },
        {
          id: 'scan-ratio-first-read',
          value: `${x(firstReadRatio.median)} (p95 ${x(firstReadRatio.p95)})`,
          ok: firstReadRatio.median <= LIMITS.scanRatio,
        },
        {
          id: 'scan-long-task',
          value: `${ms(pagesLongest.longestTaskMs)} (${pagesLongest.page})`,
          ok: off.every((f) => f.longestTaskMs <= LIMITS.longTaskMs),
        },
        { id: 'no-network', value: `${extensionRequests} while scanning ${figures.length} pages`, ok: extensionRequests === 0 },
      ],
    };
  },
};
