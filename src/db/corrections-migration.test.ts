import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { importSource } from '../core/import/import-source';
import type { FactBundle } from '../core/types';
import seedFacts from '../generated/seed-facts.json';
import { listCorrections, listSources, openSourceDb, saveCorrection, SCHEMA_V1, SCHEMA_V2, type SourceDb } from '.';
import { loadChecker } from './load-checker';

const bundle = seedFacts as unknown as FactBundle;
const NOTES = 'Albania hired a Dutch law firm to seek compensation from Iran for the July cyberattack.\nThe firm was chosen by the Council of Ministers in October 2022.';

let open: SourceDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

// A database as an earlier release left it: the bundle, one source of the user's (switched
// off), one bundled source switched off, and what was installed.
async function writeOld(version: 1 | 2, factory: IDBFactory) {
  const old = new Dexie('upgrade-test', { indexedDB: factory, IDBKeyRange });
  old.version(1).stores(SCHEMA_V1);
  if (version === 2) old.version(2).stores(SCHEMA_V2);
  const mine = importSource({ name: 'notes.txt', text: NOTES, title: 'My notes' }, { now: () => 1_700_000_000_000 });
  const sources = [...bundle.sources.map((s, i) => (i === 0 ? { ...s, enabled: false } : s)), { ...mine.source, enabled: false }];
  await old.table('sources').bulkAdd(sources);
  await old.table('facts').bulkAdd([...bundle.facts, ...mine.facts]);
  await old.table('meta').bulkAdd([{ key: 'seedVersion', value: bundle.version }]);
  const facts = await old.table('facts').count();
  old.close();
  return { mine, facts, switchedOff: [bundle.sources[0]!.id, mine.source.id] };
}

describe('upgrading to the schema with corrections', () => {
  for (const version of [1, 2] as const) {
    it(`keeps every source, fact and switch of a schema ${version} database, and corrections can then be kept`, async () => {
      const factory = new IDBFactory();
      const { mine, facts, switchedOff } = await writeOld(version, factory);

      const db = openSourceDb('upgrade-test', { indexedDB: factory, IDBKeyRange });
      open.push(db);
      const rows = await listSources(db);
      expect(db.verno).toBe(3);
      expect(rows).toHaveLength(bundle.sources.length + 1);
      expect(await db.facts.count()).toBe(facts);
      expect(rows.filter((r) => !r.info.enabled).map((r) => r.info.id).sort()).toEqual([...switchedOff].sort());
      expect((await db.sources.get(mine.source.id))?.text).toBe(mine.source.text);
      expect((await db.meta.get('seedVersion'))?.value).toBe(bundle.version);
      expect(await listCorrections(db)).toEqual([]);

      await saveCorrection(db, { text: 'Albania cut ties with Iran.', label: 'supported', checker: 'unverified', url: '', title: '', comment: '' });
      expect(await listCorrections(db)).toHaveLength(1);
      // The checker reads the same facts as before the upgrade, the switched-off ones left out.
      const enabledFacts = await db.facts.filter((f) => !switchedOff.includes(f.sourceId)).count();
      expect((await loadChecker(db)).size).toBe(enabledFacts);
    });
  }
});
