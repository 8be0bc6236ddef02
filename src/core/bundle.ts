import { buildFacts } from './facts/build-facts';
import type { FactBundle, SourceInfo } from './types';

/** Bumped whenever fact building changes, so installed copies re-seed their database. */
export const FACT_BUILDER_VERSION = 35;

/** What seeds/manifest.json says about one bundled article. */
export interface SeedEntry {
  file: string;
  title: string;
  date: string | null;
  place: string | null;
  referenceDate: string | null;
}

/** 32-bit FNV-1a as 8 hex digits: a content fingerprint, not a security measure. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Builds the bundled fact base from the seed articles and their manifest entries. */
export function buildBundle(entries: { entry: SeedEntry; text: string }[]): FactBundle {
  const sources: SourceInfo[] = [];
  const facts = [];
  for (const { entry, text } of entries) {
    const source: SourceInfo = {
      id: `seed:${entry.file.replace(/\.[^.]+$/, '')}`,
      title: entry.title,
      date: entry.date,
      referenceDate: entry.referenceDate,
      place: entry.place,
      origin: 'bundled',
      kind: 'article',
      url: null,
      addedAt: null,
      enabled: true,
    };
    sources.push(source);
    facts.push(...buildFacts({ ...source, text }));
  }
  const version = `${FACT_BUILDER_VERSION}-${fingerprint(entries.map((e) => e.text).join('\u0000'))}`;
  return { version, sources, facts };
}
