import type { Fact, SourceInfo } from '../core/types';
import type { ImportedSource } from '../core/import/import-source';
import { DuplicateSourceError, SourceDbError, explainFailure } from './errors';
import { comparableText, contentFingerprint } from '../shared/fingerprint';
import type { SourceDb, StoredSource } from './schema';

/** A source as the options page lists it, with how many facts it gave. */
export interface SourceSummary {
  info: SourceInfo;
  facts: number;
}

/** What adding several sources did: the ones added, and a line for each one already stored. */
export interface AddOutcome {
  added: SourceSummary[];
  skipped: string[];
}

/** The description of a stored source, without its text. */
export function infoOf(s: StoredSource): SourceInfo {
  return {
    id: s.id,
    title: s.title,
    date: s.date,
    referenceDate: s.referenceDate,
    place: s.place,
    origin: s.origin,
    kind: s.kind,
    url: s.url,
    addedAt: s.addedAt,
    enabled: s.enabled,
  };
}

function checkShape({ source, facts }: ImportedSource): void {
  // These are mistakes of the calling code, not of the user's file; say so plainly.
  if (source.origin !== 'user' || !source.id.startsWith('user:')) throw new SourceDbError(`“${source.title}” is not a user source.`);
  if (facts.some((f: Fact) => f.sourceId !== source.id)) throw new SourceDbError(`The facts of “${source.title}” belong to another source.`);
}

/**
 * Stores sources made by the import pipeline, each with its facts, all in one transaction.
 * A source whose text is already stored is refused with a DuplicateSourceError, or, with
 * `skipDuplicates` (re-importing an export), left out and listed in `skipped`.
 */
export function addUserSources(db: SourceDb, items: ImportedSource[], options: { skipDuplicates?: boolean } = {}): Promise<AddOutcome> {
  items.forEach(checkShape);
  const what = items.length === 1 ? `add “${items[0]!.source.title}”` : `add ${items.length} sources`;
  return explainFailure(what, () =>
    db.transaction('rw', db.sources, db.facts, async () => {
      const added: SourceSummary[] = [];
      const skipped: string[] = [];
      const batch = new Map<string, StoredSource[]>();
      for (const { source, facts } of items) {
        const fingerprint = contentFingerprint(source);
        const text = comparableText(source.text);
        const same = [...(await db.sources.where('fingerprint').equals(fingerprint).toArray()), ...(batch.get(fingerprint) ?? [])]
          .find((s) => typeof s.text === 'string' && comparableText(s.text) === text);
        if (same) {
          if (!options.skipDuplicates) throw new DuplicateSourceError(source.title, same.title);
          skipped.push(`Skipped “${source.title}”: it is already in your sources${same.title === source.title ? '' : ` as “${same.title}”`}.`);
          continue;
        }
        const stored: StoredSource = { ...source, fingerprint };
        // add, not put: an id that is somehow taken fails instead of replacing a source.
        await db.sources.add(stored);
        await db.facts.bulkAdd(facts);
        batch.set(fingerprint, [...(batch.get(fingerprint) ?? []), stored]);
        added.push({ info: infoOf(stored), facts: facts.length });
      }
      return { added, skipped };
    }),
  );
}

/** Stores one source from the import pipeline with its facts; refuses a text already stored. */
export async function addUserSource(db: SourceDb, item: ImportedSource): Promise<SourceSummary> {
  const { added } = await addUserSources(db, [item]);
  return added[0]!;
}

async function existing(db: SourceDb, id: string): Promise<StoredSource> {
  const s = await db.sources.get(id);
  if (!s) throw new SourceDbError('That source is no longer in the database; it may have been removed in another window.');
  return s;
}

/** Removes a user's source and its facts together; bundled sources can only be switched off. */
export function removeSource(db: SourceDb, id: string): Promise<void> {
  return explainFailure('remove the source', () =>
    db.transaction('rw', db.sources, db.facts, async () => {
      const s = await existing(db, id);
      if (s.origin !== 'user') throw new SourceDbError(`“${s.title}” comes with the extension and cannot be removed; switch it off instead.`);
      await db.facts.where('sourceId').equals(id).delete();
      await db.sources.delete(id);
    }),
  );
}

/** Switches a source on or off; the choice survives updates of the bundled facts. */
export function setSourceEnabled(db: SourceDb, id: string, enabled: boolean): Promise<void> {
  return explainFailure(`switch the source ${enabled ? 'on' : 'off'}`, () =>
    db.transaction('rw', db.sources, async () => {
      await existing(db, id);
      await db.sources.update(id, { enabled });
    }),
  );
}

/**
 * Every source with its number of facts: bundled sources first (by id), then the user's in
 * the order they were added. Suits a Dexie liveQuery, which reruns it after every change.
 */
export async function listSources(db: SourceDb): Promise<SourceSummary[]> {
  return db.transaction('r', db.sources, db.facts, async () => {
    const bundled = await db.sources.where('origin').equals('bundled').sortBy('id');
    const users = await db.sources.orderBy('addedAt').filter((s) => s.origin === 'user').toArray();
    // A user source written without addedAt (never by this code) is still listed, last.
    const undated = await db.sources.where('origin').equals('user').filter((s) => s.addedAt == null).toArray();
    const all = [...bundled, ...users, ...undated];
    const counts = await Promise.all(all.map((s) => db.facts.where('sourceId').equals(s.id).count()));
    return all.map((s, i) => ({ info: infoOf(s), facts: counts[i]! }));
  });
}
