import type { SourceText } from '../core/types';
import type { RatedSpan } from '../core/import/sources-file';

// FNV-1a over UTF-16 code units, from a given starting state.
function fnv(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The text as compared for duplicates: the same words with other spacing or line ends are the same source. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** What decides whether two sources are the same: kind, text and ratings. */
type ComparedSource = Pick<SourceText, 'kind' | 'text'> & { reviews?: RatedSpan[] };

function comparableBody(source: ComparedSource): string {
  return comparableText(source.text) + (source.reviews ? `\u0000${source.reviews.map((r) => `${r.rating}`).join(',')}` : '');
}

/** A key equal for two sources exactly when they say the same (the fingerprint, unhashed). */
export function sameSourceKey(source: ComparedSource): string {
  return `${source.kind}:${comparableBody(source)}`;
}

/**
 * A fingerprint of what a source says (kind, text and ratings; not its title), so that the
 * same article uploaded twice under two names is recognised. Two hash lanes and the length
 * keep accidental matches out of reach of any real collection; a match is still confirmed
 * by comparing the texts.
 */
export function contentFingerprint(source: ComparedSource): string {
  const body = comparableBody(source);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${source.kind}:${hex(fnv(body, 0x811c9dc5))}${hex(fnv(body, 0x050c5d1f))}:${body.length}`;
}
