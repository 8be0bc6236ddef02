import type { Alignment } from './align';
import type { MatchedDetail } from './match-details';
import { readWords, type Word } from '../read/nlp';
import { stem } from '../read/text';
import { antonymsOf, vectorNeighboursOf } from '../knowledge/synonyms';
import { THRESHOLDS } from '../thresholds';

// Each fact's words as the library reads them, read only for the few claims that get here.
const FACT_WORDS = new WeakMap<Alignment['fact'], Word[]>();

function wordsOf(a: Alignment): Word[] {
  let words = FACT_WORDS.get(a.fact);
  if (!words) FACT_WORDS.set(a.fact, (words = readWords(a.fact.quote)));
  return words;
}

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
