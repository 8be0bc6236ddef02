/** The fact database in the extension's origin (Dexie): sources, facts and what was installed. */
export { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, openSourceDb, type IndexedDbDeps, type MetaRow, type SourceDb, type StoredSource } from './schema';
export { DuplicateSourceError, SourceDbError, isQuotaError } from './errors';
export { seedDatabase, type SeedOutcome } from './seed-database';
export { addUserSource, addUserSources, listSources, removeSource, setSourceEnabled, type AddOutcome, type SourceSummary } from './user-sources';
export { exportUserSources, importFile, type ImportOutcome } from './transfer';
export { loadChecker } from './load-checker';
export { exportCorrections, findCorrections, importCorrections, listCorrections, removeCorrection, saveCorrection, changeCorrection, type CorrectionsImported } from './corrections';
