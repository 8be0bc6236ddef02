/**
 * A source's address as it may be stored and shown as a link: only http and https URLs.
 * Anything else (javascript:, data:, file:, an unparsable string) gives null, so that an
 * imported file can never put a link that runs code, or opens a local file, in the UI.
 */
export function webUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? trimmed : null;
  } catch {
    return null;
  }
}
