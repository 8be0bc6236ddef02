import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Fact } from '../types';

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
  return repairTags(text.map((t, i) => ({ text: t, lower: t.toLowerCase(), lemma: (lemma[i] ?? t).toLowerCase(), pos: pos[i] ?? 'X', negated: !!negated[i] })));
}

/**
 * Mends what the light model is known to misread: a past form before "and" and another past
 * verb is read as a noun after some names ("China orchestrated and sponsored"); the verbs of
 * a pair are alike, so the first is a verb too. And a headline's verb right after a name, with
 * its object after it, is read as a plural noun ("Iran cuts diplomatic ties", "Tehran slams
 * the decision"): where the library reads the word as a verb after "it", it is one.
 */
export function repairTags(words: Word[]): Word[] {
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (w.pos !== 'NOUN' || !/[a-z]s$/.test(w.lower) || w.lemma === w.lower) continue;
    if (words[i - 1]!.pos !== 'PROPN' || !OBJECT_START.has(words[i + 1]!.pos)) continue;
    const again = nlp().readDoc(`it ${w.lower} them`).tokens();
    if ((again.out(nlp().its.pos) as string[])[1] !== 'VERB') continue;
    w.pos = 'VERB';
    w.lemma = ((again.out(nlp().its.lemma as never) as unknown as string[])[1] ?? w.lemma).toLowerCase();
  }
  // A past form after a form of "have" is its participle ("it had orchestrated the attack").
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (w.pos === 'NOUN' && /[a-z]ed$/.test(w.lower) && words[i - 1]!.pos === 'AUX' && HAVE.has(words[i - 1]!.lower) && OBJECT_START.has(words[i + 1]!.pos)) {
      w.pos = 'VERB';
      const again = nlp().readDoc(`they ${w.lower}`).tokens().out(nlp().its.lemma as never) as unknown as string[];
      w.lemma = (again[1] ?? w.lemma).toLowerCase();
    }
  }
  for (let i = 1; i + 2 < words.length; i++) {
    const w = words[i]!;
    if (w.pos !== 'NOUN' || !/[a-z]ed$/.test(w.lower)) continue;
    if (words[i + 1]!.pos !== 'CCONJ' || words[i + 2]!.pos !== 'VERB' || !/ed$/.test(words[i + 2]!.lower)) continue;
    w.pos = 'VERB';
    // Its lemma was read as a noun's: the library reads it again as a verb.
    const again = nlp().readDoc(`they ${w.lower}`).tokens().out(nlp().its.lemma as never) as unknown as string[];
    w.lemma = (again[1] ?? w.lemma).toLowerCase();
  }
  return words;
}

/** Forms of "have" that make a perfect tense. */
const HAVE = new Set(['had', 'has', 'have', "'d", "'s", "'ve"]);

/** What may open a verb's object: "the decision", "diplomatic ties", "Iranian envoys". */
const OBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// Source sentences as the library reads them, read at most once whatever the checks ask.
const FACT_WORDS = new WeakMap<Fact, Word[]>();

/** A source sentence's words as the language library reads them, read once and kept with the fact. */
export function wordsOfFact(fact: Fact): Word[] {
  let words = FACT_WORDS.get(fact);
  if (!words) FACT_WORDS.set(fact, (words = readWords(fact.quote)));
  return words;
}
