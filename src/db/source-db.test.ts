import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import seedFacts from '../generated/seed-facts.json';
import type { Fact, FactBundle } from '../core/types';
import { importSource, importSources, type ImportedSource } from '../core/import/import-source';
import { FACT_BUILDER_VERSION } from '../core/bundle';
import {
  DuplicateSourceError,
  SCHEMA_V1,
  SourceDbError,
  addUserSource,
  addUserSources,
  exportUserSources,
  importFile,
  listSources,
  openSourceDb,
  removeSource,
  seedDatabase,
  setSourceEnabled,
  type SourceDb,
} from '.';
import { loadChecker } from './load-checker';

const bundle = seedFacts as unknown as FactBundle;
let clock = 1_700_000_000_000;
const importOptions = { now: () => ++clock };

const NOTES = 'Albania hired a Dutch law firm to seek compensation from Iran for the July cyberattack.\nThe firm was chosen by the Council of Ministers in October 2022.';
const REVIEW = JSON.stringify({
  '@type': 'ClaimReview',
  claimReviewed: 'Iran paid Albania compensation for the July cyberattack.',
  reviewRating: { alternateName: 'False' },
  name: 'Did Iran pay Albania?',
});

const user = (text: string, name = 'notes.txt', title?: string): ImportedSource =>
  importSource({ name, text, ...(title ? { title } : {}) }, importOptions);

let open: SourceDb[] = [];
function freshDb(factory = new IDBFactory()): SourceDb {
  const db = openSourceDb('test', { indexedDB: factory, IDBKeyRange });
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** Everything in the database, for before/after comparisons. */
async function snapshot(db: SourceDb) {
  return {
    sources: await db.sources.orderBy('id').toArray(),
    facts: await db.facts.orderBy('id').toArray(),
    meta: await db.meta.toArray(),
  };
}

/** A newer bundle: one source retitled, its facts renumbered, another source gone. */
function nextBundle(): FactBundle {
  const [first, second, ...rest] = bundle.sources;
  const sources = [{ ...first!, title: `${first!.title} (corrected)` }, ...rest];
  const facts = bundle.facts.filter((f) => f.sourceId !== second!.id).map((f) => ({ ...f, quote: f.quote }));
  return { version: `${bundle.version}-next`, sources, facts };
}

/**
 * Makes the fake IndexedDB fail to store records once `allowed` more have been stored, with
 * the error a browser gives when the disk or the origin's quota is full. Returns `restore`.
 */
async function failStorageAfter(db: SourceDb, allowed: number): Promise<() => void> {
  await db.open();
  const store = db.backendDB().transaction('meta', 'readonly').objectStore('meta') as unknown as { _rawObjectStore: object };
  const proto = Object.getPrototypeOf(store._rawObjectStore) as { storeRecord: (...args: unknown[]) => unknown };
  const original = proto.storeRecord;
  let left = allowed;
  proto.storeRecord = function (this: unknown, ...args: unknown[]) {
    // A rollback restores records without a log of its own; only writes a page asked for fail.
    if (args[2] && left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  };
  return () => {
    proto.storeRecord = original;
  };
}

describe('first install', () => {
  it('installs every bundled source and fact and records the version', async () => {
    const db = freshDb();
    expect(await seedDatabase(db, bundle)).toEqual({ installed: true, rebuilt: 0 });
    expect(await db.sources.count()).toBe(bundle.sources.length);
    expect(await db.facts.count()).toBe(bundle.facts.length);
    expect((await db.meta.get('seedVersion'))?.value).toBe(bundle.version);
    const rows = await listSources(db);
    expect(rows.map((r) => r.info.id)).toEqual(bundle.sources.map((s) => s.id).sort());
    for (const r of rows) expect(r.facts).toBe(bundle.facts.filter((f) => f.sourceId === r.info.id).length);
  });

  it('does nothing when the same bundle is installed again', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const before = await snapshot(db);
    expect(await seedDatabase(db, bundle)).toEqual({ installed: false, rebuilt: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('gives a checker with the bundled facts', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    expect((await loadChecker(db)).size).toBe(bundle.facts.length);
  });
});

describe('update of the bundled facts', () => {
  it('replaces bundled sources and facts, keeps user sources and every switch', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const mine = await addUserSource(db, user(NOTES));
    const offBundled = bundle.sources[2]!.id;
    await setSourceEnabled(db, offBundled, false);
    await setSourceEnabled(db, mine.info.id, false);

    const next = nextBundle();
    expect((await seedDatabase(db, next)).installed).toBe(true);

    const rows = await listSources(db);
    const byId = new Map(rows.map((r) => [r.info.id, r]));
    expect(byId.get(bundle.sources[0]!.id)?.info.title).toMatch(/\(corrected\)$/);
    expect(byId.has(bundle.sources[1]!.id)).toBe(false);
    expect(await db.facts.where('sourceId').equals(bundle.sources[1]!.id).count()).toBe(0);
    expect(byId.get(offBundled)?.info.enabled).toBe(false);
    expect(byId.get(mine.info.id)).toEqual({ info: { ...mine.info, enabled: false }, facts: mine.facts });
    expect((await db.meta.get('seedVersion'))?.value).toBe(next.version);
  });

  it('builds user facts again from their stored text when the fact builder changed', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const mine = await addUserSource(db, user(REVIEW, 'review.json'));
    // An install made by an older fact builder, whose facts for this source were stale.
    await db.meta.put({ key: 'factBuilderVersion', value: FACT_BUILDER_VERSION - 1 });
    await db.facts.where('sourceId').equals(mine.info.id).modify((f: Fact) => void (f.quote = 'stale'));

    expect(await seedDatabase(db, nextBundle())).toEqual({ installed: true, rebuilt: 1 });
    const facts = await db.facts.where('sourceId').equals(mine.info.id).toArray();
    expect(facts.map((f) => [f.quote, f.rating])).toEqual([['Iran paid Albania compensation for the July cyberattack.', 'contradicted']]);
    expect((await db.meta.get('factBuilderVersion'))?.value).toBe(FACT_BUILDER_VERSION);
  });
});

describe('migration from schema 1', () => {
  it('keeps the user sources of a version 1 database and finds duplicates among them', async () => {
    const factory = new IDBFactory();
    // A database as the first release wrote it: no fingerprints, no addedAt index.
    const v1 = new Dexie('test', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    const old = user(NOTES, 'old.txt', 'Old notes');
    await v1.table('sources').bulkAdd([...bundle.sources, old.source]);
    await v1.table('facts').bulkAdd([...bundle.facts, ...old.facts]);
    await v1.table('meta').bulkAdd([
      { key: 'seedVersion', value: bundle.version },
      { key: 'factBuilderVersion', value: FACT_BUILDER_VERSION },
    ]);
    v1.close();

    const db = freshDb(factory);
    const rows = await listSources(db);
    expect(db.verno).toBe(3);
    const kept = rows.find((r) => r.info.id === old.source.id);
    expect(kept).toMatchObject({ info: { title: 'Old notes', origin: 'user', enabled: true }, facts: old.facts.length });
    expect(kept?.info).not.toHaveProperty('text');
    expect((await db.sources.get(old.source.id))?.fingerprint).toMatch(/^article:/);
    await expect(addUserSource(db, user(`${NOTES}\n`, 'again.txt', 'Again'))).rejects.toThrow('“Again” is already in your sources as “Old notes”; nothing was added.');
    expect((await loadChecker(db)).size).toBe(bundle.facts.length + old.facts.length);
  });
});

describe('migration from schema 1, every kind of user source', () => {
  it('keeps every user source, with its text, ratings, switch and facts, and survives the next bundle', async () => {
    const factory = new IDBFactory();
    const v1 = new Dexie('test', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    const article = user(NOTES, 'a.txt', 'Firm notes');
    const review = user(REVIEW, 'r.json');
    const offItem = user(NOTES.replace('Dutch', 'British'), 'b.txt', 'Switched off');
    offItem.source.enabled = false;
    const mine = [article, review, offItem];
    await v1.table('sources').bulkAdd([...bundle.sources, ...mine.map((m) => m.source)]);
    await v1.table('facts').bulkAdd([...bundle.facts, ...mine.flatMap((m) => m.facts)]);
    await v1.table('meta').bulkAdd([{ key: 'seedVersion', value: bundle.version }]);
    v1.close();

    const db = freshDb(factory);
    for (const m of mine) {
      const { fingerprint, ...kept } = (await db.sources.get(m.source.id))!;
      expect(kept).toEqual(m.source);
      expect(fingerprint).toMatch(new RegExp(`^${m.source.kind}:`));
      expect(await db.facts.where('sourceId').equals(m.source.id).count()).toBe(m.facts.length);
    }
    // The next update of the bundled facts (and of the fact builder) keeps them all.
    await seedDatabase(db, nextBundle());
    const users = await db.sources.where('origin').equals('user').toArray();
    expect(users.map((u) => [u.title, u.enabled, u.text]).sort()).toEqual(mine.map((m) => [m.source.title, m.source.enabled, m.source.text]).sort());
    expect((await db.sources.get(review.source.id))?.reviews).toEqual(review.source.reviews);
    for (const m of mine) expect(await db.facts.where('sourceId').equals(m.source.id).count()).toBeGreaterThan(0);
  });
});

describe('user sources', () => {
  it('are added with their facts, listed after the bundled ones in the order added, and used by the checker', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const a = await addUserSource(db, user(NOTES, 'a.txt', 'A'));
    const b = await addUserSource(db, user(REVIEW, 'b.json'));
    expect(a.facts).toBeGreaterThan(0);
    const rows = await listSources(db);
    expect(rows.slice(-2)).toEqual([a, b]);
    expect(rows.slice(0, -2).every((r) => r.info.origin === 'bundled')).toBe(true);
    expect((await loadChecker(db)).size).toBe(bundle.facts.length + a.facts + b.facts);
  });

  it('are switched off and on, and a switched-off source gives the checker no facts', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const a = await addUserSource(db, user(NOTES));
    await setSourceEnabled(db, a.info.id, false);
    expect((await listSources(db)).find((r) => r.info.id === a.info.id)?.info.enabled).toBe(false);
    expect((await loadChecker(db)).size).toBe(bundle.facts.length);
    const seed = bundle.sources[0]!.id;
    await setSourceEnabled(db, seed, false);
    expect((await loadChecker(db)).size).toBe(bundle.facts.length - bundle.facts.filter((f) => f.sourceId === seed).length);
    await setSourceEnabled(db, a.info.id, true);
    expect((await loadChecker(db)).size).toBe(bundle.facts.length - bundle.facts.filter((f) => f.sourceId === seed).length + a.facts);
  });

  it('are removed with their facts; bundled sources cannot be removed', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const a = await addUserSource(db, user(NOTES));
    await removeSource(db, a.info.id);
    expect(await db.sources.get(a.info.id)).toBeUndefined();
    expect(await db.facts.where('sourceId').equals(a.info.id).count()).toBe(0);
    const seed = bundle.sources[0]!;
    await expect(removeSource(db, seed.id)).rejects.toThrow(`“${seed.title}” comes with the extension and cannot be removed; switch it off instead.`);
    await expect(removeSource(db, a.info.id)).rejects.toThrow(/no longer in the database/);
    await expect(setSourceEnabled(db, 'user:gone', true)).rejects.toBeInstanceOf(SourceDbError);
  });

  it('are refused when the same text is already stored, under any title or spacing', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    await addUserSource(db, user(NOTES, 'a.txt', 'Firm notes'));
    const before = await snapshot(db);
    const again = addUserSource(db, user(NOTES.replace('\n', '\n\n  '), 'b.txt', 'Copy'));
    await expect(again).rejects.toBeInstanceOf(DuplicateSourceError);
    await expect(again).rejects.toThrow('“Copy” is already in your sources as “Firm notes”; nothing was added.');
    expect(await snapshot(db)).toEqual(before);
  });

  it('adds nothing of a batch when one of it is a duplicate', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const before = await snapshot(db);
    await expect(addUserSources(db, [user(NOTES, 'a.txt'), user(REVIEW, 'r.json'), user(NOTES, 'b.txt')])).rejects.toBeInstanceOf(DuplicateSourceError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('export and import', () => {
  it('round-trips every user source with its text, ratings and switch', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const a = await addUserSource(db, user(NOTES, 'a.txt', 'Firm notes'));
    const r = await addUserSource(db, user(REVIEW, 'r.json'));
    await setSourceEnabled(db, r.info.id, false);
    const json = await exportUserSources(db, 1_700_000_000_000);
    const doc = JSON.parse(json) as { sources: { title: string }[] };
    expect(doc.sources.map((s) => s.title)).toEqual(['Firm notes', 'Did Iran pay Albania?']);
    expect(json).not.toContain(bundle.sources[0]!.title);

    const other = freshDb(new IDBFactory());
    await seedDatabase(other, bundle);
    const outcome = await importFile(other, { name: 'backup.json', text: json }, importOptions);
    expect(outcome.added.map((x) => [x.info.title, x.info.enabled, x.info.kind, x.facts])).toEqual([
      ['Firm notes', true, 'article', a.facts],
      ['Did Iran pay Albania?', false, 'claimreview', r.facts],
    ]);
    const ratings = await other.facts.where('sourceId').equals(outcome.added[1]!.info.id).toArray();
    expect(ratings.map((f) => f.rating)).toEqual(['contradicted']);
    expect(await exportUserSources(other, 1_700_000_000_000)).toBe(json);
  });

  it('adds only what is missing when a backup is imported again, and nothing when all is there', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    await addUserSource(db, user(NOTES, 'a.txt', 'Firm notes'));
    await addUserSource(db, user(REVIEW, 'r.json'));
    const json = await exportUserSources(db);
    const [first] = await db.sources.where('origin').equals('user').sortBy('addedAt');
    await removeSource(db, first!.id);

    const outcome = await importFile(db, { name: 'backup.json', text: json }, importOptions);
    expect(outcome.added.map((x) => x.info.title)).toEqual(['Firm notes']);
    expect(outcome.warnings).toEqual(['Skipped “Did Iran pay Albania?”: it is already in your sources.']);
    await expect(importFile(db, { name: 'backup.json', text: json }, importOptions)).rejects.toThrow('Every source in backup.json is already in your sources; nothing was added.');
  });

  it('leaves out an address that is not a web address, so that the export imports again', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const a = await addUserSource(db, user(NOTES));
    await db.sources.update(a.info.id, { url: 'javascript:alert(1)' });
    const json = await exportUserSources(db);
    expect(json).not.toContain('javascript:');
    const other = freshDb(new IDBFactory());
    await seedDatabase(other, bundle);
    expect((await importFile(other, { name: 'backup.json', text: json }, importOptions)).added.map((x) => x.info.url)).toEqual([null]);
  });

  it('refuses a damaged export without storing any of it', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    await addUserSource(db, user(NOTES));
    const doc = JSON.parse(await exportUserSources(db)) as { sources: Record<string, unknown>[] };
    doc.sources.push({ ...doc.sources[0]!, text: REVIEW.replace(/./g, 'x'), kind: 'podcast' });
    const before = await snapshot(db);
    await expect(importFile(db, { name: 'backup.json', text: JSON.stringify(doc) }, importOptions)).rejects.toThrow(
      'Source 2 of 2 in backup.json has a "kind" other than "article" or "claimreview".',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a full disk', () => {
  it('leaves everything as it was when adding a source fails, and says why', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    await addUserSource(db, user(NOTES));
    const before = await snapshot(db);
    // The source record fits; its fact does not.
    const restore = await failStorageAfter(db, 1);
    try {
      const adding = addUserSource(db, user(REVIEW.replace('July', 'summer'), 'r.json', 'Review'));
      await expect(adding).rejects.toBeInstanceOf(SourceDbError);
      await expect(adding).rejects.toThrow(/^Could not add “Review”: the browser has no storage space left for the extension\. Nothing was changed;/);
    } finally {
      restore();
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps the old bundle installed when installing a new one fails half way', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const mine = await addUserSource(db, user(NOTES));
    const before = await snapshot(db);
    const restore = await failStorageAfter(db, Math.floor(bundle.facts.length / 2));
    try {
      await expect(seedDatabase(db, nextBundle())).rejects.toThrow(/^Could not install the bundled facts: the browser has no storage space left/);
    } finally {
      restore();
    }
    expect(await snapshot(db)).toEqual(before);
    expect((await loadChecker(db)).size).toBe(bundle.facts.length + mine.facts);
    // Once there is room again, the update goes through.
    expect((await seedDatabase(db, nextBundle())).installed).toBe(true);
  });

  it('refuses import of pasted text that has nothing to check before touching the database', async () => {
    const db = freshDb();
    await seedDatabase(db, bundle);
    const before = await snapshot(db);
    expect(() => importSources({ name: 'Pasted text', text: 'Hello there.' })).toThrow(/nothing checkable/);
    await expect(importFile(db, { name: 'Pasted text', text: 'Hello there.' })).rejects.toThrow(/nothing checkable/);
    expect(await snapshot(db)).toEqual(before);
  });
});
