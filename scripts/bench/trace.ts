// A Chrome trace of one tab, read for the tasks its main thread ran and which of them ran
// the content script. A task is the content script's when an extension script is called
// in it (FunctionCall / EvaluateScript events carry the script's URL) or when the sampling
// profiler caught extension code on the stack during it (which also catches promise
// continuations, such as the handling of the background's replies, that no FunctionCall
// event names).
import type { CDPSession } from '@playwright/test';

/** One trace event as Chrome writes it (times in microseconds). */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, any>;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

/** A trace being recorded through a tab's CDP session. */
export interface Recording {
  stop(): Promise<{ events: TraceEvent[]; dataLoss: boolean }>;
}

/** Starts a browser-wide trace with the timeline, the sampling profiler and user timing. */
export async function startTrace(cdp: CDPSession): Promise<Recording> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    for (const ev of e.value) events.push(ev as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES },
  });
  return {
    async stop() {
      const complete = new Promise<{ dataLossOccurred?: boolean }>((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      const { dataLossOccurred } = await complete;
      cdp.off('Tracing.dataCollected', onData);
      return { events, dataLoss: Boolean(dataLossOccurred) };
    },
  };
}

/** A top-level task of the tab's main thread. */
export interface Task {
  /** Start, in milliseconds on the trace clock. */
  start: number;
  ms: number;
  /** Whether the content script ran in it. */
  extension: boolean;
  /**
   * The content script's part of the task: all of it (with the style, layout and garbage
   * collection it caused) unless the page's own script or parser ran in it too; then only
   * the content script's calls (a mutation observer callback inside the page's task).
   */
  extensionMs: number;
  /** Whether the page's own script or parser ran in the task. */
  shared: boolean;
  /** What the content script did in it: started (its script evaluated), read the page in an idle slice, or anything else. */
  kind: 'start-up' | 'idle slice' | 'other';
}

/** Where the content script spent a task: the innermost extension function on the sampled stacks. */
export interface HotFunction {
  name: string;
  /** content.js:line:column (1-based) in the built script. */
  at: string;
  ms: number;
}

/** What one tab's trace says about its main thread. */
export interface TabTrace {
  tasks: Task[];
  /** Intervals of the page's performance.measure() entries of a name, on the trace clock (ms). */
  measures(name: string): { start: number; end: number }[];
  /** Functions of the content script sampled during `task`, most time first. */
  hotFunctions(task: Task, limit?: number): HotFunction[];
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}

/**
 * Reads a trace of a tab in which the content script at `scriptPrefix`
 * ("chrome-extension://ID/content-scripts/") ran; throws when it never ran there.
 */
export function readTabTrace(events: TraceEvent[], scriptPrefix: string): TabTrace {
  const isExt = (url: unknown) => typeof url === 'string' && url.startsWith(scriptPrefix);
  const calls = events.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.ph === 'X');
  const first = calls.find((e) => isExt(e.args?.data?.url));
  if (!first) throw new Error('the trace shows no call into the content script on this tab');
  const { pid, tid } = first;
  const onMain = (e: TraceEvent) => e.pid === pid && e.tid === tid;

  // Samples of the main thread's profile: time and node; a node is the extension's when
  // any frame from it to the root is.
  const nodes = new Map<number, ProfileNode>();
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && onMain(e)).map((e) => e.id));
  const starts = new Map(events.filter((e) => e.name === 'Profile' && onMain(e)).map((e) => [e.id, e.args!.data.startTime as number]));
  const samples: { ts: number; node: number; weight: number }[] = [];
  const clock = new Map<string | undefined, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profileIds.has(e.id)) continue;
    const data = e.args?.data ?? {};
    for (const n of (data.cpuProfile?.nodes ?? []) as ProfileNode[]) nodes.set(n.id, n);
    const ids = (data.cpuProfile?.samples ?? []) as number[];
    const deltas = (data.timeDeltas ?? []) as number[];
    let t = clock.get(e.id) ?? starts.get(e.id) ?? 0;
    ids.forEach((node, i) => {
      t += deltas[i] ?? 0;
      samples.push({ ts: t, node, weight: 0 });
    });
    clock.set(e.id, t);
  }
  samples.sort((a, b) => a.ts - b.ts);
  // A sample stands for the time until the next one (capped: the profiler pauses when idle).
  samples.forEach((s, i) => (s.weight = Math.min(2000, (samples[i + 1]?.ts ?? s.ts) - s.ts)));
  const extFrame = new Map<number, ProfileNode | null>();
  const innermostExt = (id: number): ProfileNode | null => {
    if (extFrame.has(id)) return extFrame.get(id)!;
    const n = nodes.get(id);
    const found = !n ? null : isExt(n.callFrame.url) ? n : n.parent !== undefined ? innermostExt(n.parent) : null;
    extFrame.set(id, found);
    return found;
  };
  const extSamples = samples.filter((s) => innermostExt(s.node));
  const extCalls = calls.filter((e) => onMain(e) && isExt(e.args?.data?.url));
  const idle = events.filter((e) => onMain(e) && e.ph === 'X' && e.name === 'FireIdleCallback').map((e) => e.ts);
  const pageWork = events
    .filter((e) => onMain(e) && e.ph === 'X' && (e.name === 'ParseHTML' || ((e.name === 'FunctionCall' || e.name === 'EvaluateScript') && !isExt(e.args?.data?.url))))
    .sort((a, b) => a.ts - b.ts);

  // Top-level tasks only: a RunTask inside another (a nested run loop) is part of it.
  const runs = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e) && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  let end = -Infinity;
  let s = 0;
  let c = 0;
  let p = 0;
  for (const r of runs) {
    if (r.ts < end) continue;
    end = r.ts + r.dur!;
    while (s < extSamples.length && extSamples[s]!.ts < r.ts) s++;
    while (c < extCalls.length && extCalls[c]!.ts < r.ts) c++;
    while (p < pageWork.length && pageWork[p]!.ts < r.ts) p++;
    const extension = (s < extSamples.length && extSamples[s]!.ts <= end) || (c < extCalls.length && extCalls[c]!.ts <= end);
    const shared = extension && p < pageWork.length && pageWork[p]!.ts <= end;
    let extensionMs = extension ? r.dur! / 1000 : 0;
    if (shared) {
      let called = 0;
      let callEnd = -Infinity;
      for (let i = c; i < extCalls.length && extCalls[i]!.ts <= end; i++) {
        const call = extCalls[i]!;
        if (call.ts >= callEnd) called += call.dur ?? 0; // a call inside another is counted with it
        callEnd = Math.max(callEnd, call.ts + (call.dur ?? 0));
      }
      let sampled = 0;
      for (let i = s; i < extSamples.length && extSamples[i]!.ts <= end; i++) sampled += extSamples[i]!.weight;
      extensionMs = Math.max(called, sampled) / 1000;
    }
    const inside = (ts: number) => ts >= r.ts && ts <= end;
    const kind = extCalls.some((e) => e.name === 'EvaluateScript' && inside(e.ts)) ? 'start-up' : extension && idle.some(inside) ? 'idle slice' : 'other';
    tasks.push({ start: r.ts / 1000, ms: r.dur! / 1000, extension, extensionMs, shared, kind });
  }

  // performance.measure() calls appear as async begin/end pairs under blink.user_timing.
  const measured = new Map<string, { start: number; end: number }[]>();
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid || !e.cat.includes('blink.user_timing') || (e.ph !== 'b' && e.ph !== 'e')) continue;
    const key = `${e.name}#${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    else if (open.has(key)) {
      const list = measured.get(e.name) ?? [];
      list.push({ start: open.get(key)! / 1000, end: e.ts / 1000 });
      measured.set(e.name, list);
      open.delete(key);
    }
  }

  return {
    tasks,
    measures: (name) => [...(measured.get(name) ?? [])].sort((a, b) => a.start - b.start),
    hotFunctions(task, limit = 3) {
      const from = task.start * 1000;
      const to = from + task.ms * 1000;
      const byFrame = new Map<string, HotFunction>();
      for (const sample of extSamples) {
        if (sample.ts < from || sample.ts > to) continue;
        const f = innermostExt(sample.node)!.callFrame;
        const at = `${(f.url ?? '').slice(scriptPrefix.length)}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`;
        const key = `${f.functionName}@${at}`;
        const hot = byFrame.get(key) ?? { name: f.functionName || '(anonymous)', at, ms: 0 };
        hot.ms += sample.weight / 1000;
        byFrame.set(key, hot);
      }
      return [...byFrame.values()].sort((a, b) => b.ms - a.ms).slice(0, limit);
    },
  };
}
