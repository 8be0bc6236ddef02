import { FRAMING_SUFFIXES, FRAMING_WORDS, NOT_FRAMING } from '../knowledge/english';

/** Whether a word frames a claim (a judgement, a hedge, an intensifier) rather than states a detail of it. */
export function isFraming(word: string): boolean {
  const w = word.toLowerCase();
  if (FRAMING_WORDS.has(w)) return true;
  if (NOT_FRAMING.has(w) || w.length < 5) return false;
  return FRAMING_SUFFIXES.some((s) => w.endsWith(s));
}
