import type { Checker } from '../core';

/** Holds the background's one Checker, built on first use and rebuilt when sources change. */
export interface CheckerStore {
  /** The current checker; builds it on first call (an MV3 worker may have just restarted). */
  get(): Promise<Checker>;
  /** Rebuilds the checker from the current sources and returns it. */
  refresh(): Promise<Checker>;
}

/**
 * Creates a store around `load`. Concurrent callers share one build; a failed build is not
 * cached, so the next message tries again instead of failing forever.
 */
export function createCheckerStore(load: () => Promise<Checker>): CheckerStore {
  let current: Promise<Checker> | null = null;
  let generation = 0;

  function build(): Promise<Checker> {
    const mine = ++generation;
    const pending = load();
    current = pending;
    pending.catch(() => {
      if (generation === mine) current = null;
    });
    return pending;
  }

  return {
    get: () => current ?? build(),
    refresh: build,
  };
}
