// The global fake, as in the extension, where the database comes from the worker's own
// indexedDB (Dexie's liveQuery only follows changes of databases opened that way).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FactBundle } from '../core/types';
import { openSourceDb } from '../db';
import bundleJson from '../generated/seed-facts.json';
import { createDbCheckerSource } from './db-checker';

const bundle = bundleJson as unknown as FactBundle;
let n = 0;
const fresh = () => openSourceDb(`test-${++n}`);

describe('checkers from the fact database', () => {
  it('seeds the bundle on first use and checks claims against it', async () => {
    const db = fresh();
    const checker = await createDbCheckerSource(db, bundle).load();
    expect(await db.sources.count()).toBe(bundle.sources.length);
    expect(checker.checkClaim('Iranian diplomats were given 48 hours to leave Albania.').verdict).toBe('contradicted');
  });

  it('seeds once for concurrent first uses', async () => {
    const db = fresh();
    const source = createDbCheckerSource(db, bundle);
    await Promise.all([source.load(), source.load(), source.seed()]);
    expect(await db.facts.count()).toBe(bundle.facts.length);
  });

  it('leaves switched-off sources out of the checker', async () => {
    const db = fresh();
    const source = createDbCheckerSource(db, bundle);
    const all = await source.load();
    await db.sources.toCollection().modify({ enabled: false });
    const none = await source.load();
    expect(all.size).toBeGreaterThan(0);
    expect(none.size).toBe(0);
  });

  it('reports later changes to the sources, not the first read', async () => {
    const db = fresh();
    const source = createDbCheckerSource(db, bundle);
    await source.load();
    let changes = 0;
    const stop = source.watch(() => changes++, (e) => {
      throw e;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(changes).toBe(0);
    await db.sources.update(bundle.sources[0]!.id, { enabled: false });
    await expect.poll(() => changes).toBe(1);
    stop();
  });
});
