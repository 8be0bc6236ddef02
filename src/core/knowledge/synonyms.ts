import table from '../../generated/synonyms.json';
import antonymTable from '../../generated/antonyms.json';

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
