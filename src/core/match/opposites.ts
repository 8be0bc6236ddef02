import type { Alignment } from './align';
import type { MatchedDetail } from './match-details';
import { wordsOfFact, type Word } from '../read/nlp';
import { stem } from '../read/text';
import { antonymsOf, nounAntonymsOf, synonymsOf } from '../knowledge/synonyms';
import { LIGHT_WORDS } from '../knowledge/english';
import { idiomsIn } from '../read/analyse';
import { THRESHOLDS } from '../thresholds';

/**
 * Words a source sentence that states much of a claim gives as their opposite in the same
 * place, beside a content word they share: "a staunch enemy of the United States" against "a
 * staunch ally of the United States", "friendly relations for years" against "bitter enemies
 * for years". WordNet's antonyms decide. Each such word becomes a clashing detail of the
 * claim, framing word or not, unless a source states the word itself, or a synonym of it, in
 * its place: an antonym read in some sense is weaker than the word.
 */
export function opposeInPlace(details: MatchedDetail[], facts: Alignment[], claimWords: Word[]): void {
  const mine = placeWords(claimWords);
  const mineSet = new Set(mine);
  const oppositeOf = claimWords.map((w, at) => {
    if (!OPPOSABLE.has(w.pos) || w.negated || !mine[at] || datesOrCounts(claimWords, at)) return undefined;
    const opposite = new Set([...antonymsOf(mine[at]!), ...nounAntonymsOf(mine[at]!)]);
    return opposite.size ? opposite : undefined;
  });
  if (!oppositeOf.some(Boolean)) return;
  // Each sentence is read into its places once, whichever of the claim's words asks.
  const candidates = facts
    .filter((a) => a.matched >= THRESHOLDS.backingAnchor && !a.fact.id.includes('+'))
    .map((alignment) => ({ alignment, words: wordsOfFact(alignment.fact), theirs: placeWords(wordsOfFact(alignment.fact)) }));
  claimWords.forEach((w, at) => {
    const opposite = oppositeOf[at];
    if (!opposite) return;
    const beside = new Set(mine.slice(Math.max(0, at - SLOT), at + SLOT + 1).filter((x) => x && x !== mine[at]));
    const inPlace = ({ words, theirs }: (typeof candidates)[number], wanted: Set<string>): Word | undefined =>
      words.find((v, k) => OPPOSABLE.has(v.pos) && !v.negated && !!theirs[k] && wanted.has(theirs[k]!) && !datesOrCounts(words, k) && alike(claimWords, at, words, k) && theirs.slice(Math.max(0, k - SLOT), k + SLOT + 1).some((x) => x && x !== theirs[k] && beside.has(x)));
    const same = new Set([mine[at]!, ...synonymsOf(mine[at]!)]);
    if (candidates.some((c) => inPlace(c, same))) return;
    // A claim that names both a word and its opposite ("friends and foes") sets neither against a source.
    if ([...opposite].some((x) => mineSet.has(x))) return;
    for (const c of candidates) {
      const said = inPlace(c, opposite);
      if (!said) continue;
      const clashing = [{ alignment: c.alignment, says: said.text, strong: true, bound: true }];
      const own = details.find((d) => d.detail.text.toLowerCase() === w.lower);
      if (own) Object.assign(own, { outcome: 'clashes', backing: [], clashing });
      else details.push({ detail: { kind: 'term', text: w.text, pos: -1, required: true, neighbours: [] }, outcome: 'clashes', weight: THRESHOLDS.detailWeight, backing: [], clashing });
      return;
    }
  });
}

/** Words either side of a word where the content word it shares with the other sentence may stand. */
const SLOT = 3;

// Parts of speech that name a standing or a quality: nouns and adjectives.
const OPPOSABLE = new Set(['NOUN', 'ADJ']);

// Words that can share a place: content words that say something, not "for", "been" or
// "said"; nor names, as the two sides' are in every sentence; nor the words of an idiom
// ("in light of", "in question"), which name nothing.
const PLACE_POS = new Set(['NOUN', 'VERB', 'ADJ', 'NUM']);

function placeWords(words: Word[]): (string | undefined)[] {
  const idiom = idiomsIn(words.length, (i) => words[i]?.lower);
  return words.map((w, i) => (PLACE_POS.has(w.pos) && !idiom.has(i) && !LIGHT_WORDS.has(w.lower) && !LIGHT_WORDS.has(w.lemma) ? stem(w.lemma) : undefined));
}

// "The late 1990s", "early 2022": the dates stage compares those.
function datesOrCounts(words: Word[], at: number): boolean {
  return words[at + 1]?.pos === 'NUM' || /^\d/.test(words[at + 1]?.text ?? '');
}

// Two qualities are opposed only of the same thing: "the damage was minimal" against "maximal
// damage", not "Iran was responsible for the attack" against "an irresponsible attack". A
// quality's thing is the noun it describes, or the subject of the "is" it follows.
function qualityOf(words: Word[], at: number): string | undefined {
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

/** How far from a quality the noun it speaks of may stand. */
const HEAD_REACH = 4;
