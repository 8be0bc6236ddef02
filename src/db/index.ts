/**
 * The fact database in the extension's origin (Dexie): sources, facts and what was installed.
 * The checker that reads it (`./load-checker`) is imported on its own, by the background only:
 * through this index it would bring the language library into the options page.
 */
export { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, openSourceDb, type IndexedDbDeps, type MetaRow, type SourceDb, type StoredSource } from './schema';
export { DuplicateSourceError, SourceDbError, isQuotaError } from './errors';
export { seedDatabase, type SeedOutcome } from './seed-database';
export { addUserSource, addUserSources, listSources, removeSource, setSourceEnabled, type AddOutcome, type SourceSummary } from './user-sources';
export { exportUserSources, importFile, type ImportOutcome } from './transfer';
export { exportCorrections, findCorrections, importCorrections, listCorrections, removeCorrection, saveCorrection, changeCorrection, type CorrectionsImported } from './corrections';
