import table from '../../generated/synonyms.json';

const SYNONYMS = table as Record<string, string[]>;

/** The bundled sources' words that WordNet gives as synonyms of a word (by stem), if any. */
export function synonymsOf(stemmed: string): string[] {
  return Object.hasOwn(SYNONYMS, stemmed) ? SYNONYMS[stemmed]! : [];
}
