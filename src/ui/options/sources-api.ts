import type { SourceInfo } from '../../core/types';

/** A source as the options page lists it. */
export interface SourceRow {
  info: SourceInfo;
  /** How many checkable facts the source gave. */
  facts: number;
}

/** What an import added, and one line for each part of the input it left out. */
export interface Added {
  added: SourceRow[];
  warnings: string[];
}

/** Reports how far an import got, as a fraction from 0 to 1. */
export type OnProgress = (fraction: number) => void;

/**
 * What the options page needs from the source database. Every method that changes sources
 * either completes or changes nothing, and rejects with an error whose message a reader can
 * act on.
 */
export interface SourcesApi {
  /** Calls `onRows` with every source now and after each change; returns a stop function. */
  watch(onRows: (rows: SourceRow[]) => void, onError: (error: unknown) => void): () => void;
  /** Adds pasted text as one source; returns what was added. */
  addText(title: string, text: string): Promise<Added>;
  /** Adds the source(s) in one file (a text, an article, ClaimReview JSON or an export). */
  addFile(file: File, onProgress: OnProgress): Promise<Added>;
  /** Adds an article fetched from the web, given its HTML or text as received. */
  addFetched(page: FetchedPage, onProgress: OnProgress): Promise<Added>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  /** Removes a user's source and its facts; bundled sources cannot be removed. */
  remove(id: string): Promise<void>;
  /** Every user source as one JSON text that `addFile` takes back. */
  exportJson(): Promise<string>;
}

/** A page fetched from a URL, ready for the import pipeline. */
export interface FetchedPage {
  url: string;
  contentType: string;
  body: string;
}
