import { describe, expect, it } from 'vitest';
import { emptyCounts, type PageSummary, type SummaryPost } from '../shared/messages';
import { serveSummary, SUMMARY_DELAY_MS, type SummaryPortLike, type SummarySource } from './summary-port';

function fakeSource() {
  const listeners = new Set<() => void>();
  const source = {
    current: { status: 'no-claims', title: 'A page', url: 'https://news.example/a', host: 'news.example', counts: emptyCounts(), claims: [] } as PageSummary,
    listeners,
    summary: () => source.current,
    onChange(l: () => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    change(next: Partial<PageSummary>) {
      source.current = { ...source.current, ...next };
      for (const l of listeners) l();
    },
  };
  return source satisfies SummarySource;
}

function fakePort() {
  const closers: (() => void)[] = [];
  const port = {
    posted: [] as SummaryPost[],
    disconnected: false,
    postMessage: (m: SummaryPost) => void port.posted.push(structuredClone(m)),
    disconnect: () => void (port.disconnected = true),
    onDisconnect: { addListener: (cb: () => void) => void closers.push(cb) },
    /** The popup closes its end. */
    close: () => closers.forEach((c) => c()),
  };
  return port satisfies SummaryPortLike;
}

function timers() {
  const queue: { cb: () => void; ms: number }[] = [];
  return {
    queue,
    setTimeout: (cb: () => void, ms: number) => void queue.push({ cb, ms }),
    run: () => queue.splice(0).forEach((t) => t.cb()),
  };
}

const claim = (id: string) => ({ id, text: `Claim ${id}`, verdict: 'supported' as const, reason: 'A source says the same.', evidence: [], details: [] });

describe('the summary port', () => {
  it('posts the summary at once, in a shape the popup accepts', () => {
    const source = fakeSource();
    const port = fakePort();
    serveSummary(port, source, timers().setTimeout, new AbortController().signal);
    expect(port.posted).toHaveLength(1);
    expect((port.posted[0] as SummaryPost).summary.title).toBe('A page');
  });

  it('posts again, once, a little after a burst of changes', () => {
    const source = fakeSource();
    const port = fakePort();
    const t = timers();
    serveSummary(port, source, t.setTimeout, new AbortController().signal);
    source.change({ status: 'ok', claims: [claim('c1')] });
    source.change({ claims: [claim('c1'), claim('c2')] });
    expect(port.posted).toHaveLength(1);
    expect(t.queue).toHaveLength(1);
    expect(t.queue[0]!.ms).toBe(SUMMARY_DELAY_MS);
    t.run();
    expect(port.posted).toHaveLength(2);
    expect(port.posted[1]!.summary.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('posts nothing when a change left the summary as it was', () => {
    const source = fakeSource();
    const port = fakePort();
    const t = timers();
    serveSummary(port, source, t.setTimeout, new AbortController().signal);
    source.change({});
    t.run();
    expect(port.posted).toHaveLength(1);
  });

  it('stops listening when the popup closes', () => {
    const source = fakeSource();
    const port = fakePort();
    const t = timers();
    serveSummary(port, source, t.setTimeout, new AbortController().signal);
    port.close();
    expect(source.listeners.size).toBe(0);
    source.change({ status: 'ok', claims: [claim('c1')] });
    t.run();
    expect(port.posted).toHaveLength(1);
  });

  it('closes the port when the content script is replaced', () => {
    const source = fakeSource();
    const port = fakePort();
    const abort = new AbortController();
    serveSummary(port, source, timers().setTimeout, abort.signal);
    abort.abort();
    expect(port.disconnected).toBe(true);
    expect(source.listeners.size).toBe(0);
  });

  it('stops when the popup has gone between a change and the post', () => {
    const source = fakeSource();
    const port = fakePort();
    const t = timers();
    serveSummary(port, source, t.setTimeout, new AbortController().signal);
    port.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    source.change({ status: 'ok', claims: [claim('c1')] });
    t.run();
    expect(source.listeners.size).toBe(0);
  });
});
