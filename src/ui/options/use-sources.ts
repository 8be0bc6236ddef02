import { useEffect, useState } from 'preact/hooks';
import type { SourceRow, SourcesApi } from './sources-api';

/**
 * The sources as they are now, kept current by the database's live query: a change made in
 * another tab, or by an import still running, shows without a reload. Null until first read.
 */
export function useSources(api: SourcesApi, onError: (error: unknown) => void): SourceRow[] | null {
  const [rows, setRows] = useState<SourceRow[] | null>(null);
  useEffect(() => api.watch(setRows, onError), [api]);
  return rows;
}

/** Bundled sources first, then the user's in the order they were added. */
export function sortSources(rows: readonly SourceRow[]): SourceRow[] {
  return [...rows].sort((a, b) => {
    if (a.info.origin !== b.info.origin) return a.info.origin === 'bundled' ? -1 : 1;
    if (a.info.origin === 'bundled') return a.info.id.localeCompare(b.info.id);
    return (a.info.addedAt ?? 0) - (b.info.addedAt ?? 0) || a.info.id.localeCompare(b.info.id);
  });
}
