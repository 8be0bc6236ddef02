// Writes src/generated/relatives.json: for the words the bundled sources use, the words WordNet
// 3.1 (Princeton University) relates to them in any sense, looser than synonyms.json: every
// sense's synonyms, similar adjectives, see-also, verb groups, derived and pertaining forms
// ("mistaken" and "wrong", "granted" and "given", "built" and "developed"). Too loose to stand
// for a source word anywhere, they let a claim's word meet its counterpart only in the source
// sentence that states most of the claim. The extension ships only this table.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem, tokenize } from '../src/core/read/text';
import { STOPWORDS } from '../src/core/knowledge/english';
import { libraryLemmas, readIndex, readSynsets, type WordNetPos } from './wordnet';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** WordNet's relations kept: similar to, also see, verb group, derived form, pertainym (an attribute joins opposites: "wrong" and "rightness"). */
const RELATIONS = new Set(['&', '^', '$', '+', '\\']);
const POSES: WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_OF: Record<string, WordNetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

// WordNet's own detachment rules, enough to find a word's lemma.
const RULES: [string, string][] = [['s', ''], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', '']];

const index = Object.fromEntries(POSES.map((p) => [p, readIndex(p)])) as Record<WordNetPos, Map<string, number[]>>;
const data = Object.fromEntries(POSES.map((p) => [p, readSynsets(p)])) as Record<WordNetPos, ReturnType<typeof readSynsets>>;

function lemmas(word: string, pos: WordNetPos): string[] {
  const out = index[pos].has(word) ? [word] : [];
  for (const l of lemmasByLibrary.get(word) ?? []) if (index[pos].has(l) && !out.includes(l)) out.push(l);
  for (const [from, to] of RULES) {
    const base = word.endsWith(from) ? word.slice(0, -from.length) + to : '';
    if (base && index[pos].has(base) && !out.includes(base)) out.push(base);
  }
  return out;
}

const bundle = JSON.parse(readFileSync(join(root, 'src/generated/seed-facts.json'), 'utf8')) as { facts: { quote: string }[] };
const vocabulary = new Set<string>();
for (const f of bundle.facts) for (const t of tokenize(f.quote)) if (/^[a-z]{3,}$/.test(t.raw) && !STOPWORDS.has(t.raw)) vocabulary.add(t.raw);
const lemmasByLibrary = libraryLemmas(bundle.facts.map((f) => f.quote), vocabulary);

const plain = (w: string | undefined) => (w && /^[a-z]{3,}$/.test(w) && !STOPWORDS.has(w) ? w : undefined);
const table = new Map<string, Set<string>>();
function pair(other: string | undefined, word: string): void {
  if (!plain(other)) return;
  const key = stem(other!);
  if (key === stem(word)) return;
  (table.get(key) ?? table.set(key, new Set()).get(key)!).add(stem(word));
}
for (const word of vocabulary) {
  for (const pos of POSES) {
    for (const lemma of lemmas(word, pos)) {
      for (const offset of index[pos].get(lemma) ?? []) {
        const synset = data[pos].get(offset)!;
        const me = synset.words.indexOf(lemma) + 1;
        for (const other of synset.words) pair(other, word);
        for (const p of synset.pointers) {
          // A pointer between two words holds for those words only; one between synsets, for all.
          if (!RELATIONS.has(p.symbol) || (p.from && p.from !== me)) continue;
          const target = data[POS_OF[p.pos]!].get(Number(p.offset));
          for (const other of p.to ? [target?.words[p.to - 1]] : target?.words ?? []) pair(other, word);
        }
      }
    }
  }
}
const out = Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
writeFileSync(join(root, 'src/generated/relatives.json'), JSON.stringify(out) + '\n');
if (process.argv.includes('--verbose')) console.log(`${table.size} related words for ${vocabulary.size} source words`);
