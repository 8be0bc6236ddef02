import type { Checker } from '../core';

/** Holds the background's one Checker, built on first use and rebuilt when sources change. */
export interface CheckerStore {
  /** The current checker; builds it on first call (an MV3 worker may have just restarted). */
  get(): Promise<Checker>;
  /**
   * Rebuilds the checker from the current sources and returns the new one. Every call made
   * while a rebuild waits to start shares it: one change to the sources, told both by the
   * database watcher and by the options page's message, is one rebuild.
   */
  refresh(): Promise<Checker>;
}

/**
 * How long a rebuild waits for the other news of the same change. The options page writes,
 * then sends its message; the database watcher hears of the write at about the same time.
 */
export const COALESCE_MS = 60;

/**
 * Creates a store around `load`. Concurrent callers share one build; a failed build is not
 * cached, so the next message tries again instead of failing forever. A rebuild asked for
 * while another runs starts when that one ends, since the sources may have changed after it
 * began reading them.
 */
export function createCheckerStore(load: () => Promise<Checker>, wait: (ms: number) => Promise<void> = sleep): CheckerStore {
  let current: Promise<Checker> | null = null;
  let running: Promise<Checker> | null = null;
  let queued: Promise<Checker> | null = null;
  let generation = 0;

  function build(): Promise<Checker> {
    const mine = ++generation;
    const pending = load();
    current = pending;
    running = pending;
    pending.then(
      () => void (running === pending && (running = null)),
      () => {
        if (running === pending) running = null;
        if (generation === mine) current = null;
      },
    );
    return pending;
  }

  return {
    get: () => current ?? build(),
    refresh() {
      queued ??= (async () => {
        await wait(COALESCE_MS);
        while (running) await running.catch(() => undefined);
        queued = null;
        return build();
      })();
      return queued;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
