import { liveQuery } from 'dexie';
import { changeCorrection, exportCorrections, importCorrections, listCorrections, removeCorrection, type CorrectionsImported, type SourceDb } from '../../db';
import type { Correction, CorrectionMark } from '../../shared/corrections';
import { CorrectionFileError, MAX_CORRECTIONS_BYTES } from '../../shared/correction-lines';

/**
 * What the options page needs from the reader's corrections. Every change completes or changes
 * nothing, and rejects with an error whose message is the one line the page shows.
 */
export interface CorrectionsApi {
  /** Calls `onRows` with every correction, newest first, now and after each change; returns a stop function. */
  watch(onRows: (rows: Correction[]) => void, onError: (error: unknown) => void): () => void;
  change(id: string, mark: CorrectionMark): Promise<void>;
  remove(id: string): Promise<void>;
  /** Every correction as JSON Lines. */
  exportLines(): Promise<string>;
  /** Keeps the corrections of a JSON Lines file; a bad file is refused whole. */
  importFile(file: File): Promise<CorrectionsImported>;
}

/** The corrections in the extension's database, which the background reads when it checks a page. */
export function dbCorrectionsApi(db: SourceDb): CorrectionsApi {
  return {
    watch(onRows, onError) {
      const sub = liveQuery(() => listCorrections(db)).subscribe({ next: onRows, error: onError });
      return () => sub.unsubscribe();
    },
    change: async (id, mark) => void (await changeCorrection(db, id, mark)),
    remove: (id) => removeCorrection(db, id),
    exportLines: () => exportCorrections(db),
    async importFile(file) {
      if (file.size > MAX_CORRECTIONS_BYTES) {
        throw new CorrectionFileError(`“${file.name}” is too large for a corrections file (over ${MAX_CORRECTIONS_BYTES / (1024 * 1024)} MB). Nothing was imported.`);
      }
      return importCorrections(db, await file.text(), file.name);
    },
  };
}
