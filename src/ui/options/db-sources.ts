import { liveQuery } from 'dexie';
import { ImportError, MAX_TEXT_BYTES, type ImportInput, type ImportOptions } from '../../core/import/import-source';
import { exportUserSources, importFile, listSources, removeSource, setSourceEnabled, type SourceDb } from '../../db';
import type { Added, FetchedPage, OnProgress, SourcesApi } from './sources-api';

/** What the database-backed sources need besides the database. */
export interface DbSourcesDeps {
  /** Reads HTML pages for the import pipeline (the entrypoint wires src/page's reader). */
  readHtml?: ImportOptions['readHtml'];
  /**
   * Tells the background that sources changed, so its next check uses them. It also follows
   * the database itself; waiting for this answer means a page loaded after "Added" sees the
   * new source for sure.
   */
  notifyChanged?: () => Promise<unknown>;
}

// Lets the browser paint the progress bar before the import pipeline's synchronous work.
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads a file's bytes, reporting progress as chunks arrive. */
async function readWithProgress(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  if (!file.stream) return new Uint8Array(await file.arrayBuffer());
  const reader = file.stream().getReader();
  const bytes = new Uint8Array(file.size);
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value.subarray(0, Math.max(0, bytes.length - at)), at);
    at += value.byteLength;
    onProgress(file.size ? Math.min(1, at / file.size) : 1);
  }
  return at === bytes.length ? bytes : bytes.subarray(0, Math.min(at, bytes.length));
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** The options page's sources, kept in the extension's Dexie database. */
export function dbSourcesApi(db: SourceDb, deps: DbSourcesDeps = {}): SourcesApi {
  const options: ImportOptions = deps.readHtml ? { readHtml: deps.readHtml } : {};
  const notify = async () => {
    try {
      await deps.notifyChanged?.();
    } catch (error) {
      // The change is stored and the background also follows the database; a background
      // that does not answer right now must not make a stored change look failed.
      console.warn('[factcheck] the background was not told of the change:', error);
    }
  };

  async function importAndStore(input: ImportInput, onProgress: OnProgress, from: number): Promise<Added> {
    onProgress(from);
    await nextFrame();
    const outcome = await importFile(db, input, options);
    onProgress(0.95);
    await notify();
    return { added: outcome.added, warnings: outcome.warnings };
  }

  return {
    watch(onRows, onError) {
      let asked = false;
      const sub = liveQuery(() => listSources(db)).subscribe({
        next: (rows) => {
          // The background installs the bundled sources when the extension is installed; if
          // this page opened first, asking it to rebuild makes it install them now.
          if (!asked && !rows.some((r) => r.info.origin === 'bundled')) {
            asked = true;
            void notify();
          }
          onRows(rows);
        },
        error: onError,
      });
      return () => sub.unsubscribe();
    },

    addText: (title, text) => importAndStore({ name: 'The pasted text', text, title }, () => {}, 0),

    async addFile(file, onProgress) {
      // Refused before reading, so a huge file is never loaded into memory.
      if (file.size > MAX_TEXT_BYTES)
        throw new ImportError(`${file.name} is too large (${megabytes(file.size)}); a source can have at most ${megabytes(MAX_TEXT_BYTES)} of text.`);
      if (file.size === 0) throw new ImportError(`${file.name} is empty.`);
      const bytes = await readWithProgress(file, (f) => onProgress(f * 0.4));
      return importAndStore({ name: file.name, bytes, type: file.type || undefined }, onProgress, 0.45);
    },

    addFetched: (page: FetchedPage, onProgress) => {
      const name = new URL(page.url).hostname;
      return importAndStore({ name: `The page from ${name}`, text: page.body, type: page.contentType, url: page.url }, onProgress, 0.1);
    },

    async setEnabled(id, enabled) {
      await setSourceEnabled(db, id, enabled);
      await notify();
    },

    async remove(id) {
      await removeSource(db, id);
      await notify();
    },

    exportJson: () => exportUserSources(db),
  };
}
