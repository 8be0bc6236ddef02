import { importSources, type ImportInput, type ImportOptions, type UserSourceText } from '../core/import/import-source';
import { toSourcesFile } from '../core/import/sources-file';
import { webUrl } from '../core/import/web-url';
import { SourceDbError } from './errors';
import type { SourceDb } from './schema';
import { addUserSources, type AddOutcome } from './user-sources';

/** Every user source (text, ratings, switch and dates) as one JSON document that `importFile` takes back. */
export async function exportUserSources(db: SourceDb, now = Date.now()): Promise<string> {
  const users = await db.sources.orderBy('addedAt').filter((s) => s.origin === 'user').toArray();
  const sources = users
    .filter((s): s is typeof s & { text: string } => typeof s.text === 'string')
    // A source stored before addresses were checked may hold one that is not a web address;
    // the export leaves it out, so that the file imports again.
    .map(({ fingerprint: _f, ...s }) => ({ ...s, url: webUrl(s.url) }) as UserSourceText);
  return `${JSON.stringify(toSourcesFile(sources, now), null, 2)}\n`;
}

/** What importing a file did, with the pipeline's notes about anything left out. */
export interface ImportOutcome extends AddOutcome {
  warnings: string[];
}

/**
 * Runs one input through the import pipeline and stores what it gives, all or nothing. An
 * input with one source refuses a duplicate; an export of several skips the ones already
 * stored, so that re-importing a backup adds only what is missing.
 */
export async function importFile(db: SourceDb, input: ImportInput, options: ImportOptions = {}): Promise<ImportOutcome> {
  const { sources, warnings } = importSources(input, options);
  const outcome = await addUserSources(db, sources, { skipDuplicates: sources.length > 1 });
  if (!outcome.added.length) throw new SourceDbError(`Every source in ${input.name} is already in your sources; nothing was added.`);
  return { ...outcome, warnings: [...warnings, ...outcome.skipped] };
}
