// Test helpers for the page side: a happy-dom window with a page, timers that tests can
// drain, and layout faked where happy-dom has none.
import { Window } from 'happy-dom';
import type { Scheduler } from '../../src/page/scanner';

/** A page in its own happy-dom window. */
export function makePage(html: string): { win: Window & globalThis.Window; doc: Document } {
  const happy = new Window({ url: 'https://news.example/story' });
  happy.document.body.innerHTML = html;
  const win = happy as unknown as Window & globalThis.Window;
  // happy-dom does no layout; give every range one 100x16 line so markers have a place.
  const W = win as unknown as { Range: typeof Range; DOMRect: typeof DOMRect };
  W.Range.prototype.getClientRects = function (this: Range) {
    return [new W.DOMRect(10, 20, 100, 16)] as unknown as DOMRectList;
  };
  return { win, doc: win.document as unknown as Document };
}

/** A scheduler whose idle callbacks and timers run when the test says so. */
export function manualScheduler(): Scheduler & { flush(): Promise<void>; slices: number } {
  const tasks: (() => void)[] = [];
  const s = {
    slices: 0,
    idle(cb: (d: IdleDeadline) => void) {
      tasks.push(() => {
        s.slices++;
        let budget = 50;
        cb({ didTimeout: false, timeRemaining: () => (budget -= 1) } as IdleDeadline);
      });
    },
    setTimeout(cb: () => void) {
      tasks.push(cb);
    },
    /** Runs everything queued (and what that queues) until nothing is left. */
    async flush() {
      for (let i = 0; i < 1000; i++) {
        // Let promises (background replies, MutationObserver records) settle first.
        await new Promise((r) => setTimeout(r, 0));
        const next = tasks.shift();
        if (!next) {
          await new Promise((r) => setTimeout(r, 0));
          if (!tasks.length) return;
          continue;
        }
        next();
      }
      throw new Error('scheduler never went idle');
    },
  };
  return s;
}
