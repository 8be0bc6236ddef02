import Dexie, { type EntityTable } from 'dexie';
import type { Fact, SourceInfo } from '../core/types';
import type { RatedSpan } from '../core/import/sources-file';
import type { Correction } from '../shared/corrections';
import { contentFingerprint } from '../shared/fingerprint';

/** The database's name in the extension's origin. */
export const DB_NAME = 'albania-iran-factcheck';

/** A source as stored: bundled sources keep only their description, a user's also its text. */
export interface StoredSource extends SourceInfo {
  /** A user source's text, kept so its facts can be built again when fact building changes. */
  text?: string;
  /** Which parts of a fact-check source's text carry which published rating. */
  reviews?: RatedSpan[];
  /** Content fingerprint of a user source, for refusing the same text twice (schema 2). */
  fingerprint?: string;
}

/** One row of the meta table: the installed seed version and fact builder version. */
export interface MetaRow {
  key: 'seedVersion' | 'factBuilderVersion';
  value: string | number;
}

/** The first released schema: sources by id and origin, facts by id and source, meta by key. */
export const SCHEMA_V1 = {
  sources: 'id, origin',
  facts: 'id, sourceId',
  meta: 'key',
} as const;

/**
 * Schema 2 adds the content fingerprint (duplicate uploads are found by index instead of
 * reading every stored text) and the time a user added a source (the options page lists a
 * user's sources in that order). Booleans cannot be IndexedDB keys, so `enabled` is not indexed.
 */
export const SCHEMA_V2 = {
  sources: 'id, origin, addedAt, fingerprint',
  facts: 'id, sourceId',
  meta: 'key',
} as const;

/**
 * Schema 3 adds the reader's corrections, a table of their own: one per claim text (unique, so
 * that the same sentence found on another page finds its correction), listed newest first.
 * Sources, facts and meta are as in schema 2, so upgrading touches none of them.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  corrections: 'id, &text, at',
} as const;

/** The fact database: sources, their facts, what was installed, and the reader's corrections. */
export type SourceDb = Dexie & {
  sources: EntityTable<StoredSource, 'id'>;
  facts: EntityTable<Fact, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  corrections: EntityTable<Correction, 'id'>;
};

/** Where IndexedDB comes from; tests pass fake-indexeddb's factory, one per test. */
export interface IndexedDbDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Opens (lazily, on first use) the fact database under `name`, upgrading an older schema:
 * a version 1 database gains a fingerprint on each of the user's sources, and any older one
 * an empty corrections table.
 */
export function openSourceDb(name: string = DB_NAME, deps: IndexedDbDeps = {}): SourceDb {
  const db = new Dexie(name, deps.indexedDB ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined) as SourceDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx
        .table<StoredSource, string>('sources')
        .where('origin')
        .equals('user')
        .modify((s) => {
          if (typeof s.text === 'string') s.fingerprint = contentFingerprint(s as StoredSource & { text: string });
        }),
    );
  db.version(3).stores(SCHEMA_V3);
  return db;
}
