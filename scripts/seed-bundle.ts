import { readFileSync } from 'node:fs';
import { buildBundle, type SeedEntry } from '../src/core/bundle';
import type { FactBundle } from '../src/core/types';

/** Reads seeds/manifest.json and the articles it lists, and builds the fact bundle. */
export function buildSeedBundle(seedDir: string): FactBundle {
  const manifest = JSON.parse(readFileSync(`${seedDir}/manifest.json`, 'utf8')) as { sources: SeedEntry[] };
  return buildBundle(manifest.sources.map((entry) => ({ entry, text: readFileSync(`${seedDir}/${entry.file}`, 'utf8') })));
}
