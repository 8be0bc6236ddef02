import { FACT_BUILDER_VERSION } from '../core/bundle';
import { factsOf, type UserSourceText } from '../core/import/import-source';
import type { FactBundle } from '../core/types';
import { explainFailure } from './errors';
import type { SourceDb } from './schema';

/** What seeding did: nothing when the bundle was already installed. */
export interface SeedOutcome {
  installed: boolean;
  /** How many user sources had their facts built again by a newer fact builder. */
  rebuilt: number;
}

/**
 * Installs the bundled fact base, on install and on every update. When the stored seed
 * version differs from the bundle's, the bundled sources and facts are replaced in one
 * transaction: a reader never sees a half-installed bundle, the user's own sources stay as
 * they are, and a bundled source the user switched off stays off. When the fact builder
 * itself changed, the facts of the user's sources are built again from their stored text in
 * the same transaction.
 */
export function seedDatabase(db: SourceDb, bundle: FactBundle): Promise<SeedOutcome> {
  return explainFailure('install the bundled facts', () =>
    db.transaction('rw', db.sources, db.facts, db.meta, async () => {
      const [seed, builder] = await Promise.all([db.meta.get('seedVersion'), db.meta.get('factBuilderVersion')]);
      // Another page of the extension may have seeded while this one waited for the lock.
      if (seed?.value === bundle.version) return { installed: false, rebuilt: 0 };

      const old = await db.sources.where('origin').equals('bundled').toArray();
      const choice = new Map(old.map((s) => [s.id, s.enabled]));
      await db.facts.where('sourceId').anyOf(old.map((s) => s.id)).delete();
      await db.sources.bulkDelete(old.map((s) => s.id));
      await db.sources.bulkAdd(bundle.sources.map((s) => ({ ...s, origin: 'bundled' as const, enabled: choice.get(s.id) ?? s.enabled })));
      await db.facts.bulkAdd(bundle.facts);

      let rebuilt = 0;
      // An unknown builder version (nothing installed yet, or an old install) counts as changed.
      if (builder?.value !== FACT_BUILDER_VERSION) {
        const users = await db.sources.where('origin').equals('user').toArray();
        for (const s of users) {
          if (typeof s.text !== 'string') continue;
          const facts = factsOf(s as UserSourceText);
          await db.facts.where('sourceId').equals(s.id).delete();
          await db.facts.bulkAdd(facts);
          rebuilt++;
        }
      }
      await db.meta.bulkPut([
        { key: 'seedVersion', value: bundle.version },
        { key: 'factBuilderVersion', value: FACT_BUILDER_VERSION },
      ]);
      return { installed: true, rebuilt };
    }),
  );
}
