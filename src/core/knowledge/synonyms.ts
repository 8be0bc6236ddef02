import table from '../../generated/synonyms.json';
import antonymTable from '../../generated/antonyms.json';
import nounAntonymTable from '../../generated/noun-antonyms.json';
import relativeTable from '../../generated/relatives.json';

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

const NOUN_ANTONYMS = nounAntonymTable as Record<string, string[]>;

/** WordNet's antonyms of a noun (by stem), sense by sense ("ally" and "enemy"): standings, never acts. */
export function nounAntonymsOf(stemmed: string): string[] {
  return Object.hasOwn(NOUN_ANTONYMS, stemmed) ? NOUN_ANTONYMS[stemmed]! : [];
}
