import { claimKey, type Correction, type CorrectionInput, type CorrectionMark } from '../shared/corrections';
import { parseJsonLines, toJsonLines } from '../shared/correction-lines';
import { explainFailure, SourceDbError } from './errors';
import type { SourceDb } from './schema';

function newId(): string {
  return `correction-${crypto.randomUUID()}`;
}

/**
 * Keeps a reader's correction of a claim. A claim already corrected (on this page or another
 * showing the same sentence) keeps its id and takes the new verdict, comment and page.
 */
export function saveCorrection(db: SourceDb, input: CorrectionInput, now = new Date()): Promise<Correction> {
  const text = claimKey(input.text);
  if (!text) return Promise.reject(new SourceDbError('There is no claim text to attach the correction to.'));
  return explainFailure('keep the correction', () =>
    db.transaction('rw', db.corrections, async () => {
      const same = await db.corrections.where('text').equals(text).first();
      const correction: Correction = { ...input, text, id: same?.id ?? newId(), at: now.toISOString() };
      await db.corrections.put(correction);
      return correction;
    }),
  );
}

/** The corrections of the given claim texts, by their `claimKey`; texts never corrected are absent. */
export async function findCorrections(db: SourceDb, texts: readonly string[]): Promise<Map<string, Correction>> {
  const keys = [...new Set(texts.map(claimKey).filter(Boolean))];
  if (!keys.length) return new Map();
  const found = await db.corrections.where('text').anyOf(keys).toArray();
  return new Map(found.map((c) => [c.text, c]));
}

/** Every correction, newest first. Suits a Dexie liveQuery. */
export async function listCorrections(db: SourceDb): Promise<Correction[]> {
  // Ties (an import of lines made at the same moment) in a stable order, so that an export is the same each time.
  return (await db.corrections.toArray()).sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}

/** Changes a correction's verdict and comment; its claim, page and the checker's verdict stay. */
export function changeCorrection(db: SourceDb, id: string, change: CorrectionMark, now = new Date()): Promise<Correction> {
  return explainFailure('change the correction', () =>
    db.transaction('rw', db.corrections, async () => {
      const c = await db.corrections.get(id);
      if (!c) throw new SourceDbError('That correction is no longer kept; it may have been removed in another window.');
      const changed: Correction = { ...c, label: change.label, comment: change.comment, at: now.toISOString() };
      await db.corrections.put(changed);
      return changed;
    }),
  );
}

/** Removes one correction; the claim's note shows the checker's verdict alone again. */
export function removeCorrection(db: SourceDb, id: string): Promise<void> {
  return explainFailure('remove the correction', () => db.corrections.delete(id));
}

/** Every correction as JSON Lines, oldest first, in the form of the evaluation sets. */
export async function exportCorrections(db: SourceDb): Promise<string> {
  return toJsonLines((await listCorrections(db)).reverse());
}

/** What importing a corrections file did. */
export interface CorrectionsImported {
  added: number;
  /** Lines about a claim already corrected here (or earlier in the file): the kept one stays as it was. */
  skipped: number;
}

/**
 * Reads a corrections file and keeps its corrections, all or nothing: a bad line refuses the
 * whole file (CorrectionFileError) and a failed write changes nothing. A claim already
 * corrected keeps the reader's correction, so an import never loses one.
 */
export async function importCorrections(db: SourceDb, content: string, name: string): Promise<CorrectionsImported> {
  const lines = parseJsonLines(content, name);
  return explainFailure(`import “${name}”`, () =>
    db.transaction('rw', db.corrections, async () => {
      const kept = new Set((await db.corrections.where('text').anyOf(lines.map((c) => c.text)).toArray()).map((c) => c.text));
      const fresh: Correction[] = [];
      for (const c of lines) {
        if (kept.has(c.text)) continue;
        kept.add(c.text);
        // Another correction may hold the id (a file edited by hand); this one gets its own.
        const taken = (await db.corrections.get(c.id)) || fresh.some((f) => f.id === c.id);
        fresh.push(taken ? { ...c, id: newId() } : c);
      }
      await db.corrections.bulkAdd(fresh);
      return { added: fresh.length, skipped: lines.length - fresh.length };
    }),
  );
}
