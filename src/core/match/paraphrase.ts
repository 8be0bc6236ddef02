import type { Alignment } from './align';
import type { Fact } from '../types';
import { synonymsOf } from '../knowledge/synonyms';
import type { MatchedDetail } from './match-details';
import { readWords, type Word } from '../read/nlp';
import { stem } from '../read/text';
import { antonymsOf, vectorNeighboursOf } from '../knowledge/synonyms';
import { THRESHOLDS } from '../thresholds';

// Each fact's words as the library reads them, read only for the few claims that get here.
const FACT_WORDS = new WeakMap<Fact, Word[]>();

/** A source sentence as the language library reads it, read once whatever the checks ask of it. */
export function wordsOfFact(fact: Fact): Word[] {
  let words = FACT_WORDS.get(fact);
  if (!words) FACT_WORDS.set(fact, (words = readWords(fact.quote)));
  return words;
}

const wordsOf = (a: Alignment) => wordsOfFact(a.fact);

/**
 * Nouns the sentence that states most of a claim gives in other words: where every plain word
 * of the claim that no source states has, in that sentence, a counterpart in the same place
 * (beside a word they share) that lies close to it in word vectors ("employees of the embassy"
 * and "embassy staff"), those words are told. Vectors
 * put rivals close too ("police" and "guards"), so a counterpart must be a noun as the sentence
 * uses it, outside any name, unused by the claim, and no antonym of the claim's word.
 */
export function tellNounsAlike(details: MatchedDetail[], facts: Alignment[], claimWords: Word[]): void {
  const unstated = details.filter((m) => m.detail.kind === 'term' && m.outcome === 'not-found' && !m.detail.rank && m.detail.unit);
  if (!unstated.length) return;
  const claimStems = new Set(details.flatMap((m) => m.detail.unit?.alts ?? []));
  const nounsOfClaim = new Set(claimWords.filter((w) => w.pos === 'NOUN').map((w) => w.lower));
  const inPlace = (best: Alignment, m: MatchedDetail): boolean => {
    const words = wordsOf(best);
    const stems = words.map((w) => stem(w.lower));
    const named = new Set(best.fact.features.entities.flatMap((e) => e.text.toLowerCase().split(/\W+/)));
    const unit = m.detail.unit!;
    if (unit.text.includes(' ') || !nounsOfClaim.has(unit.text.toLowerCase())) return false;
    const near = new Set(unit.alts.flatMap((x) => (x.includes(':') ? [] : vectorNeighboursOf(x))));
    const opposite = new Set(unit.alts.flatMap((x) => antonymsOf(x)));
    const beside = new Set(m.detail.neighbours.flatMap((n) => n.alts));
    return words.some((w, i) => {
      const s = stems[i]!;
      if (w.pos !== 'NOUN' || !near.has(s) || opposite.has(s) || claimStems.has(s) || named.has(w.lower)) return false;
      return stems.slice(Math.max(0, i - SLOT), i + SLOT + 1).some((x, k) => k !== Math.min(i, SLOT) && beside.has(x));
    });
  };
  // Sentences that state most of the claim, each on its own: two neighbours read as one lend
  // each other figures, not words.
  const best = facts.find((a) => a.matched >= THRESHOLDS.statesClaim && !a.fact.id.includes('+') && unstated.every((m) => inPlace(a, m)));
  if (best) for (const m of unstated) Object.assign(m, { outcome: 'backed', backing: [best] });
}

// Words either side of a counterpart where the word it shares with the claim may stand.
const SLOT = 3;

/**
 * Words the sentence that states much of a claim gives as their opposite in the same place
 * (beside a word they share): "a staunch enemy of the United States" against "a staunch ally
 * of the United States", "friendly relations for years" against "bitter enemies for years".
 * WordNet's antonyms decide, the sentence's own word or a synonym of an antonym; a word
 * either sentence denies, or one the claim also uses, is no opposite. Each such word becomes a
 * clashing detail of the claim, framing word or not.
 */
export function opposeInPlace(details: MatchedDetail[], facts: Alignment[], claimWords: Word[]): void {
  const mine = claimWords.map((w) => (PLACE_WORDS.has(w.pos) ? stem(w.lemma) : ''));
  const mineSet = new Set(mine);
  // The word in the claim's place is the claim's own word told otherwise, so the sentence
  // need state only some of the rest ("Albania and Iran have been close allies for years").
  const candidates = facts.filter((a) => a.matched >= THRESHOLDS.backingAnchor && !a.fact.id.includes('+'));
  claimWords.forEach((w, at) => {
    if (!OPPOSABLE.has(w.pos) || w.negated || datesOrCounts(claimWords, at)) return;
    const opposite = new Set(antonymsOf(mine[at]!).flatMap((x) => [x, ...synonymsOf(x)]));
    if (!opposite.size) return;
    // A word a source states in its place in other words has no opposite there.
    const same = new Set(synonymsOf(mine[at]!));
    const beside = new Set(mine.slice(Math.max(0, at - SLOT), at + SLOT + 1).filter((x) => x && x !== mine[at]));
    const inPlace = (a: Alignment, wanted: Set<string>) => {
      const words = wordsOf(a);
      const theirs = words.map((v) => (PLACE_WORDS.has(v.pos) ? stem(v.lemma) : ''));
      // ... a sentence that has the claim's word as well tells both.
      if (theirs.includes(mine[at]!)) return undefined;
      return words.find((v, k) => OPPOSABLE.has(v.pos) && !v.negated && wanted.has(theirs[k]!) && !mineSet.has(theirs[k]!) && !datesOrCounts(words, k) && alike(claimWords, at, words, k) && theirs.slice(Math.max(0, k - SLOT), k + SLOT + 1).some((x) => x !== theirs[k] && beside.has(x)));
    };
    if (candidates.some((a) => inPlace(a, same))) return;
    for (const a of candidates) {
      const said = inPlace(a, opposite);
      if (!said) continue;
      clash(details, w, { alignment: a, says: said.text, strong: true, bound: true });
      return;
    }
  });
}

// The claim's word, a detail or a framing word, contradicted by what the source has in its place.
function clash(details: MatchedDetail[], w: Word, says: MatchedDetail['clashing'][number]): void {
  const clashing = [says];
  const own = details.find((d) => d.detail.text.toLowerCase() === w.lower);
  if (own) Object.assign(own, { outcome: 'clashes', backing: [], clashing });
  else details.push({ detail: { kind: 'term', text: w.text, pos: -1, required: true, neighbours: [] }, outcome: 'clashes', weight: THRESHOLDS.detailWeight, backing: [], clashing });
}

// Words that can share a place: content words, not "for" or "been"; nor names, which the two
// sides' are in every sentence.
const PLACE_WORDS = new Set(['NOUN', 'VERB', 'ADJ', 'NUM']);

// Two qualities are opposed only of the same thing: "the damage was minimal" against "maximal
// damage", not "Iran was responsible for the attack" against "an irresponsible attack". A
// quality's thing is the noun it describes, or the subject of the "is" it follows.
function qualityOf(words: Word[], at: number): string | undefined {
  if (words[at]!.pos !== 'ADJ') return undefined;
  let k = at - 1;
  while (k >= 0 && words[k]!.pos === 'ADV') k--;
  const step = k >= 0 && words[k]!.pos === 'AUX' ? -1 : 1;
  for (let i = at + step, n = 0; i >= 0 && i < words.length && n < HEAD_REACH; i += step, n++) {
    if (words[i]!.pos === 'NOUN' || words[i]!.pos === 'PROPN') return stem(words[i]!.lemma);
  }
  return undefined;
}

// A standing ("enemies") is opposed to a quality of anything; two qualities need one thing.
function alike(mine: Word[], at: number, theirs: Word[], k: number): boolean {
  if (mine[at]!.pos !== 'ADJ' || theirs[k]!.pos !== 'ADJ') return true;
  const a = qualityOf(mine, at);
  return !!a && a === qualityOf(theirs, k);
}

// "The late 1990s", "early 2022": the dates stage compares those.
const datesOrCounts = (words: Word[], at: number) => words[at + 1]?.pos === 'NUM' || /^\d/.test(words[at + 1]?.text ?? '');

/** How far from a quality the noun it speaks of may stand. */
const HEAD_REACH = 4;

// Parts of speech that name a standing or a quality: nouns and adjectives.
const OPPOSABLE = new Set(['NOUN', 'ADJ']);
