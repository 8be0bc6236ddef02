import { liveQuery } from 'dexie';
import type { Checker } from '../core';
import type { FactBundle } from '../core/types';
import { seedDatabase, type SourceDb } from '../db';
import { loadChecker } from '../db/load-checker';

/** Checkers built from the fact database, which is seeded with the bundle first. */
export interface DbCheckerSource {
  /** Installs the bundled facts if this version is not installed yet; once per worker life. */
  seed(): Promise<unknown>;
  /** Seeds if needed, then builds a checker from every enabled source. */
  load(): Promise<Checker>;
  /** Calls `onChange` after every later change to the sources (added, removed, switched). */
  watch(onChange: () => void, onError: (error: unknown) => void): () => void;
}

/**
 * Reads checkers from `db`. Seeding runs on install and update (from `runtime.onInstalled`)
 * and again lazily before the first read of each worker life, because an MV3 worker may be
 * started for a message long after the install event, or the install may have failed.
 */
export function createDbCheckerSource(db: SourceDb, bundle: FactBundle): DbCheckerSource {
  let seeding: Promise<unknown> | null = null;
  const seed = () => {
    seeding ??= seedDatabase(db, bundle).catch((error: unknown) => {
      seeding = null;
      throw error;
    });
    return seeding;
  };
  return {
    seed,
    async load() {
      await seed();
      return loadChecker(db);
    },
    watch(onChange, onError) {
      let first = true;
      // The options page writes from another context; Dexie tells this one of the change.
      const sub = liveQuery(() => db.sources.toArray()).subscribe({
        next: () => {
          if (first) first = false;
          else onChange();
        },
        error: onError,
      });
      return () => sub.unsubscribe();
    },
  };
}
