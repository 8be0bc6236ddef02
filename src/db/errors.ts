import { ImportError } from '../core/import/import-error';

/** A change to the fact database that could not be made; the database was left as it was. */
export class SourceDbError extends Error {
  override readonly name: string = 'SourceDbError';
}

/** A user source whose text is already stored, under the title given here. */
export class DuplicateSourceError extends SourceDbError {
  override readonly name = 'DuplicateSourceError';

  constructor(
    readonly title: string,
    readonly existingTitle: string,
  ) {
    super(
      title === existingTitle
        ? `“${title}” is already in your sources; nothing was added.`
        : `“${title}” is already in your sources as “${existingTitle}”; nothing was added.`,
    );
  }
}

// Dexie wraps the browser's error (in `inner`, in `failures` of a bulk write, or as the
// cause), so the whole chain is searched for the name.
function hasName(error: unknown, name: string, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
  if (e.name === name) return true;
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : []), ...Object.values((e.failuresByPos as object) ?? {})];
  return nested.some((n) => hasName(n, name, depth + 1));
}

/** Whether an error says the browser's storage for the extension is full. */
export function isQuotaError(error: unknown): boolean {
  return hasName(error, 'QuotaExceededError');
}

/**
 * Runs a change and turns any failure into a one-line SourceDbError saying what could not be
 * done; `what` completes "Could not …" ("add “Notes”"). Errors that already explain
 * themselves (refused input, duplicates) pass through unchanged.
 */
export async function explainFailure<T>(what: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof SourceDbError || error instanceof ImportError) throw error;
    if (isQuotaError(error)) {
      throw new SourceDbError(`Could not ${what}: the browser has no storage space left for the extension. Nothing was changed; remove a source or free some disk space and try again.`, { cause: error });
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SourceDbError(`Could not ${what}: ${detail}. Nothing was changed.`, { cause: error });
  }
}
