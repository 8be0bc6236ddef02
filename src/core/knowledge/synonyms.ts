import table from '../../generated/synonyms.json';
import antonymTable from '../../generated/antonyms.json';
import relativeTable from '../../generated/relatives.json';
import neighbourTable from '../../generated/neighbours.json';

const SYNONYMS = table as Record<string, string[]>;

/** The bundled sources' words that WordNet gives as synonyms of a word (by stem), if any. */
export function synonymsOf(stemmed: string): string[] {
  return Object.hasOwn(SYNONYMS, stemmed) ? SYNONYMS[stemmed]! : [];
}

const ANTONYMS = antonymTable as Record<string, string[]>;

/** WordNet's antonyms of a word (by stem), where the word or its antonym is one the sources use. */
export function antonymsOf(stemmed: string): string[] {
  return Object.hasOwn(ANTONYMS, stemmed) ? ANTONYMS[stemmed]! : [];
}

const RELATIVES = relativeTable as Record<string, string[]>;

/** The bundled sources' words WordNet relates to a word (by stem) in any sense: too loose to stand for it anywhere but beside the rest of the claim. */
export function relativesOf(stemmed: string): string[] {
  return Object.hasOwn(RELATIVES, stemmed) ? RELATIVES[stemmed]! : [];
}

const NEIGHBOURS = neighbourTable as Record<string, string[]>;

/** The bundled sources' nouns whose word vectors lie close to a noun's (by stem): only ever a proposal, for a word the source sentence has in the same place. */
export function vectorNeighboursOf(stemmed: string): string[] {
  return Object.hasOwn(NEIGHBOURS, stemmed) ? NEIGHBOURS[stemmed]! : [];
}
