import { readFileSync } from 'node:fs';
import { buildBundle, type SeedEntry } from '../src/core/bundle';
import type { FactBundle } from '../src/core/types';
import { framesOf, speakerOfSentence } from '../src/core/read/frames';
import { readWords } from '../src/core/read/nlp';

/**
 * Reads seeds/manifest.json and the articles it lists, and builds the fact bundle, with who
 * did what to whom, and who says so, read once here so the background need not read the
 * seeds at start.
 */
export function buildSeedBundle(seedDir: string): FactBundle {
  const manifest = JSON.parse(readFileSync(`${seedDir}/manifest.json`, 'utf8')) as { sources: SeedEntry[] };
  const bundle = buildBundle(manifest.sources.map((entry) => ({ entry, text: readFileSync(`${seedDir}/${entry.file}`, 'utf8') })));
  for (const f of bundle.facts) {
    const words = readWords(f.quote);
    f.features.frames = framesOf(words, f.features.refersTo);
    delete f.features.refersTo;
    const speaker = speakerOfSentence(words, f.features.saidIn);
    if (speaker) f.features.speaker = speaker;
    delete f.features.saidIn;
  }
  return bundle;
}
