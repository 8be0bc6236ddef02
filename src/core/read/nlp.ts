import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word of a sentence as wink-nlp reads it. */
export interface Word {
  /** As written. */
  text: string;
  /** Lower case. */
  lower: string;
  /** Dictionary form ("expelled" -> "expel", "was" -> "be"). */
  lemma: string;
  /** Universal part of speech (VERB, AUX, NOUN, PROPN, ADP, PART, PUNCT ...). */
  pos: string;
  /** Inside the scope of a negation ("not", "never", "failed to"), as the library marks it. */
  negated: boolean;
}

// The model is some 1 MB of tables: it is read once, on the first sentence, not at import,
// so a background that never checks a claim never pays for it.
let reader: WinkMethods | undefined;

function nlp(): WinkMethods {
  reader ??= winkNLP(model, ['pos', 'negation']);
  return reader;
}

/**
 * The one door to the English reading library (wink-nlp with its light English model):
 * a sentence's words with their lemma, part of speech and negation scope.
 */
export function readWords(sentence: string): Word[] {
  const r = nlp();
  const its = r.its;
  const tokens = r.readDoc(sentence).tokens();
  const text = tokens.out(its.value) as string[];
  const lemma = tokens.out(its.lemma as never) as unknown as string[];
  const pos = tokens.out(its.pos) as string[];
  const negated = tokens.out(its.negationFlag) as unknown as boolean[];
  return text.map((t, i) => ({ text: t, lower: t.toLowerCase(), lemma: (lemma[i] ?? t).toLowerCase(), pos: pos[i] ?? 'X', negated: !!negated[i] }));
}
