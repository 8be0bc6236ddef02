import type { Fact, Frame } from '../types';
import type { Alignment } from './align';
import type { MatchedDetail } from './match-details';
import { backedInWords, wordForWord } from './match-details';
import { opposeInPlace } from './opposites';
import { actsOnSameThing, judgeFrames, ownDenial, type FrameJudgement } from './frames';
import { deniedAsNow, denialIn, readClaimEnglish, speakerOfSentence, type ClaimEnglish } from '../read/frames';
import { stem } from '../read/text';
import { antonymsOf, synonymsOf } from '../knowledge/synonyms';
import { isFraming } from '../read/framing';
import { wordsOfFact, type Word } from '../read/nlp';
import { ENTITIES } from '../knowledge/dispute';
import { AFFIRMING_NOTHING, DOUBT_WORDS, ENDED, PREVENTING } from '../knowledge/english';
import { actingFor, unplaced } from '../read/lexicon';
import { isJudged } from '../verdict/rules';
import { frameWords, partyName, speakerWords, WITHOUT_DENIAL } from '../verdict/explain';
import { THRESHOLDS } from '../thresholds';

/** What the matching stage hands on: the claim's details as matched word by word, and the facts that share its words. */
export interface WordMatch {
  details: MatchedDetail[];
  /** Facts that are not fact-checks, best first. */
  facts: Alignment[];
  /** The claim is about the dispute (by itself or by its page). */
  onTopic: boolean;
  /** Share of the claim the best fact covers. */
  core: number;
  /** Share of the claim the best fact states, the same way or otherwise. */
  addressed: number;
}

/** The details once the claim's English is read: who did what to whom, who said it, what it denies. */
export interface ReadMatch {
  details: MatchedDetail[];
  /** A sentence off the dispute that retells a source's own event with another doer is about the dispute after all. */
  onTopic: boolean;
}

/**
 * The claim read as English, against the facts that share its words: a clash of who did
 * what to whom (frames), quoted words given to another speaker, and the claim's own denial
 * of what the sentence stating most of it affirms, each become a clashing detail; words that
 * only qualify ("brazen", "reportedly") stop counting as details. `words` reads the claim
 * with the language library, only when some fact speaks to it; its English is read once.
 */
export function readMatch(m: WordMatch, words: () => Word[]): ReadMatch {
  let onTopic = m.onTopic;
  // A claim that changes who did what in a source sentence it mostly repeats is about what
  // that sentence is about, named side or not ("a diplomat was acquitted of supplying ...").
  const covered = !onTopic && m.core >= THRESHOLDS.frameCovered;
  // Most sentences of most pages stop here, unread.
  if (!isJudged(m) && !covered) return { details: m.details, onTopic };
  const claim = readClaimEnglish(words());
  const details = m.details.filter((d) => d.detail.kind !== 'term' || d.outcome !== 'not-found' || !claim.qualifying.has(d.detail.text.toLowerCase()));
  stateQualities(details, m.facts, claim.frames);
  opposeInPlace(details, m.facts, words());
  // A party's own denial that a source tells ("Iran said it was not behind the attack"), read
  // once for the frames and for the speaker's words below.
  const denials = new Map(claim.frames.flatMap((f) => {
    const a = ownDenial(f, m.facts, claim.speaker);
    return a ? [[f, a] as const] : [];
  }));
  if (m.facts.some((a) => a.matched >= THRESHOLDS.frameClashAnchor)) {
    // Off the dispute, another doer is another story, not a clash, unless the claim names
    // the sources' own event by one of its names, dates, figures or quotes.
    const ownEvent = details.some((d) => d.detail.kind !== 'action' && d.detail.kind !== 'term' && d.outcome === 'backed');
    keepToSameThing(details, claim.frames, m.facts);
    // ... and the same denial set against the party's owning the thing ("Iran said it was behind the attack").
    // (Not where the claim itself denies the charge or calls it false: "said the accusations that
    // it was behind the attack were baseless", "said the claim that it sponsored it was false".)
    const denying = !!claim.denial || claim.frames.some((f) => f.key === 'a:deny') || words().some((w) => DOUBT_WORDS.has(w.lower));
    const owned = new Map(claim.frames.flatMap((f) => {
      const a = denying ? undefined : ownDenial(f, m.facts, claim.speaker, true);
      return a ? [[f, a] as const] : [];
    }));
    const judged = judgeFrames(claim.frames, m.facts, denials, owned).filter((j) => !covered || ownEvent || j.why !== 'other-actor');
    if (withFrames(details, judged) && covered) onTopic = true;
  }
  const judged = isJudged({ ...m, details, onTopic });
  if (!judged && !covered) return { details, onTopic };
  // ... and so does giving the words of a source sentence it mostly repeats to another speaker.
  const { speaker } = claim;
  const clashes = () => details.filter((d) => d.outcome === 'clashes').length;
  const before = clashes();
  // A party's own denial that a source tells is its words, whoever's words state the thing;
  // the source sentence that has it deny the charge is the one to quote.
  const [denied] = denials;
  const ownWords = !!denied;
  if (denied) details.unshift({ detail: { kind: 'action', text: denied[0].text, pos: -1, required: true, neighbours: [] }, outcome: 'backed', weight: THRESHOLDS.detailWeight, backing: [denied[1]], clashing: [] });
  if (speaker && !unplaced(speaker)) reportWhatSpeakerSaid(details, speaker);
  if (speaker && !ROLES.has(speaker)) giveQuotesTheirSpeakers(details, speaker);
  if (speaker && !unplaced(speaker) && !ownWords) giveWordsTheirSpeaker(details, m.facts[0], speaker);
  if (!judged) return { details, onTopic: clashes() > before };
  if (!ownWords) denyWithClaim(details, m.facts[0], claim, deniedAsNow(words()));
  affirmWhatSourceDenies(details, m.facts, claim);
  holdOnWithClaim(details, m.facts[0], claim);
  return { details, onTopic };
}

// A quality the claim asserts ("Iran's conduct was acceptable") is what it says, even in a
// word that elsewhere only frames ("acceptable", "successful"): a source must state it, and
// one that gives its WordNet opposite ("unacceptable") among much of the claim contradicts it.
function stateQualities(details: MatchedDetail[], facts: Alignment[], frames: Frame[]): void {
  for (const f of frames) {
    if (!f.key.startsWith('b:') || f.negated) continue;
    const word = f.text.split(' ').pop()!;
    if (!isFraming(word) || details.some((d) => d.detail.text.toLowerCase() === word.toLowerCase())) continue;
    const mine = stem(word.toLowerCase());
    const backing = facts.filter((a) => a.matched >= THRESHOLDS.backingAnchor && a.fact.features.terms.includes(mine));
    const opposite = new Set(antonymsOf(mine));
    const clash = facts.find((a) => a.matched >= THRESHOLDS.frameClashAnchor && a.fact.features.terms.some((t) => opposite.has(t)));
    const detail = { kind: 'term' as const, text: word, pos: -1, required: false, neighbours: [] };
    if (backing.length) details.push({ detail, outcome: 'backed', weight: THRESHOLDS.detailWeight, backing, clashing: [] });
    else if (clash) details.push(readDetail(word, [{ alignment: clash, says: wordsOfFact(clash.fact).find((w) => opposite.has(stem(w.lower)))?.text ?? [...opposite][0]!, strong: true, bound: true }]));
    else details.push({ detail, outcome: 'not-found', weight: THRESHOLDS.detailWeight, backing: [], clashing: [] });
  }
}

// A clash of who did what to whom outranks the same act found among the same words: the
// action's detail takes the frame's outcome, or the frame becomes a detail of its own. Says
// how many clashes it set.
function withFrames(details: MatchedDetail[], frames: FrameJudgement[]): number {
  let clashes = 0;
  for (const j of frames.filter((x) => x.outcome === 'clashes')) {
    const clashing = [{ alignment: j.alignment, says: frameWords(j.theirs!), strong: true, bound: true }];
    const own = details.find((d) => d.detail.kind === 'action' && j.frame.text.toLowerCase().includes(d.detail.text.toLowerCase()));
    // Where the sources disagree on the act, the claim is not contradicted by one of them.
    if (own?.outcome === 'disputed') continue;
    clashes++;
    // The frame tells whose place another party takes: a name of the claim set against some
    // other name of the same sentence ("Belgian, not Syrian") says it worse.
    if (j.why === 'other-actor' || j.why === 'swap') {
      const parties = new Set([j.frame.actor, j.frame.target].filter((x) => x && x !== j.theirs!.actor && x !== j.theirs!.target));
      for (const d of details) {
        if (d.detail.kind === 'name' && d.outcome === 'clashes' && d.detail.entity && parties.has(d.detail.entity.id)) Object.assign(d, { outcome: 'not-found', clashing: [] });
      }
    }
    if (own) Object.assign(own, { detail: { ...own.detail, text: frameWords(j.frame) }, outcome: 'clashes', backing: [], clashing });
    else details.push(readDetail(frameWords(j.frame), clashing));
  }
  return clashes;
}

// An opposite act found among the same words clashes only if it is done to the same thing:
// cutting relations is not answered by restoring electronic services.
function keepToSameThing(details: MatchedDetail[], frames: Frame[], facts: Alignment[]): void {
  for (const d of details) {
    if (d.detail.kind !== 'action' || !d.clashing.length) continue;
    // (The act may be a quality a verb of naming gives: "called the decision well-considered".)
    const mine = frames.find((f) => f.text.toLowerCase().split(' ').includes(d.detail.text.toLowerCase())) ?? frames.find((f) => f.key === `a:${d.detail.action?.id}`);
    if (!mine) continue;
    d.clashing = d.clashing.filter((c) => actsOnSameThing(mine, c.alignment.fact, c.says));
    if (d.clashing.length) continue;
    // With the opposite act set aside, the act may still be told in other words.
    if (!d.backing.length) d.backing = backedInWords(d.detail, facts);
    d.outcome = d.backing.length ? 'backed' : 'not-found';
  }
}

// A claim that reports what someone said ("Rama said the attackers had failed to erase
// data") is backed by that speaker's own words, whatever other sources say of the thing.
function reportWhatSpeakerSaid(details: MatchedDetail[], speaker: string): void {
  for (const d of details) {
    if (d.outcome !== 'disputed') continue;
    const own = d.backing.filter((a) => {
      const theirs = speakerOfFact(a.fact);
      return !!theirs && !unplaced(theirs) && sameSpeaker(theirs, speaker);
    });
    if (own.length) Object.assign(d, { outcome: 'backed', backing: own, clashing: [] });
  }
}

// Quoted words given to another speaker than the one the sources give them to.
function giveQuotesTheirSpeakers(details: MatchedDetail[], speaker: string): void {
  for (const d of details.filter((x) => x.detail.kind === 'quote' && x.outcome === 'backed')) {
    // Only a source sentence that gives the words nearly as they stand tells whose they are.
    const giving = d.backing.filter((a) => wordForWord(d.detail.text, a.fact.quote) >= THRESHOLDS.quoteAsGiven);
    const theirs = giving.map((a) => speakerOfFact(a.fact)).filter((x): x is string => !!x);
    // Words in quotation marks are one speaker's own: another who speaks for the same body
    // did not say them, and a body the sentence leaves unplaced ("its foreign ministry") is
    // still not the claim's speaker (unlike words reported in other words; see giveWordsTheirSpeaker).
    if (!theirs.length || theirs.includes(speaker) || theirs.some((x) => ROLES.has(x))) continue;
    Object.assign(d, { outcome: 'clashes', clashing: [{ alignment: d.backing[0]!, says: speakerWords(theirs[0]!), strong: true, bound: true }], backing: [] });
  }
}

// Words reported without quotation marks ("Cleverly said the attack had failed") given to
// another speaker than the source sentence that states them nearly all gives them to.
function giveWordsTheirSpeaker(details: MatchedDetail[], best: Alignment | undefined, speaker: string): void {
  if (!best || best.matched < THRESHOLDS.reportAsGiven || best.fact.id.includes('+')) return;
  if (details.some((d) => d.detail.kind === 'quote' || d.outcome === 'clashes' || d.outcome === 'disputed')) return;
  const theirs = speakerOfFact(best.fact);
  if (!theirs || unplaced(theirs) || sameSpeaker(theirs, speaker)) return;
  details.push(readDetail(`said by ${partyName(speaker)}`, [{ alignment: best, says: speakerWords(theirs), strong: true, bound: true }]));
}

// Two speakers are one when one speaks for the other (a spokeswoman for her council, it for
// its country).
function sameSpeaker(a: string, b: string): boolean {
  const mine = actingFor(a, true);
  return actingFor(b, true).some((x) => mine.includes(x));
}


// A claim that denies what the source sentence stating most of it affirms ("posed no
// threat", "had nothing to do with") says the opposite of that sentence; where the claim is
// already contradicted or disputed, its denial adds nothing.
function denyWithClaim(details: MatchedDetail[], best: Alignment | undefined, claim: ClaimEnglish, now: boolean): void {
  if (!best || best.matched < THRESHOLDS.denialAnchor) return;
  if (details.some((d) => d.outcome === 'clashes' || d.outcome === 'disputed')) return;
  const { denial } = claim;
  if (denial && !deniesToo(best.fact.quote, denial, now)) details.push(readDetail(denial, [{ alignment: best, says: WITHOUT_DENIAL, strong: true, bound: true }]));
}

// A claim that affirms what the source sentence stating most of it denies ("remains confined
// to the Middle East" against "is by no means limited to it") says the opposite of it.
function affirmWhatSourceDenies(details: MatchedDetail[], facts: Alignment[], claim: ClaimEnglish): void {
  if (details.some((d) => d.outcome === 'clashes' || d.outcome === 'disputed') || claim.denial) return;
  // Any sentence that states most of the claim, not only the one that states the most: the
  // word it denies is specific enough ("by no means limited" against "will stay confined").
  for (const a of facts) {
    if (a.matched < THRESHOLDS.denialAnchor || a.fact.id.includes('+')) continue;
    const theirs = denialIn(wordsOfFact(a.fact), true);
    if (!theirs) continue;
    const root = stem(theirs.toLowerCase().split(/\s+/).pop()!);
    const own = claim.own.find((w) => {
      const mine = stem(w.lower);
      return mine === root || synonymsOf(mine).includes(root);
    });
    if (own) {
      details.push(readDetail(own.text, [{ alignment: a, says: theirs, strong: true, bound: true }]));
      return;
    }
  }
}

// A claim that an act goes on ("still list the MEK") says the opposite of the source
// sentence stating most of it that tells the act as over ("was previously designated").
function holdOnWithClaim(details: MatchedDetail[], best: Alignment | undefined, claim: ClaimEnglish): void {
  if (!best || best.matched < THRESHOLDS.denialAnchor) return;
  if (details.some((d) => d.outcome === 'clashes' || d.outcome === 'disputed')) return;
  const { ongoing } = claim;
  const over = ENDED.exec(best.fact.quote);
  if (ongoing && over) details.push(readDetail(ongoing, [{ alignment: best, says: over[0], strong: true, bound: true }]));
}


// Whether a source sentence itself denies, fails or withholds what the claim denies: the
// words before the denied word where it has it, or anywhere in it where it has not.
function deniesToo(quote: string, denial: string, now: boolean): boolean {
  const denied = denial.toLowerCase().split(/\s+/).pop()!;
  const words = quote.toLowerCase().split(/[^a-z']+/);
  // The denied word as the source has it, another form of it ("paying"), or its kin
  // ("violated", "a violation").
  const at = words.findIndex((w) => w === denied || kin(w, denied) || stem(w) === stem(denied));
  // The very act told as over ("was previously designated") agrees with a denial of it now
  // ("is no longer listed", "is not listed any more"), not with "was not" or "was never listed".
  // Where the source has the denied word, only that act told as over counts.
  const over = ENDED.exec(quote);
  if (at < 0) return AFFIRMS_NOTHING.test(quote) || (!!over && !/^never\b/i.test(denial));
  if (now && over && stem(over[0].split(/\s+/).pop()!.toLowerCase()) === stem(denied) && !/^never\b/i.test(denial)) return true;
  // What a source tells as disrupted or prevented ("disrupted essential services, including
  // paying utilities") was not done: it agrees with "people could not pay their bills".
  if (words.slice(Math.max(0, at - PREVENTED_REACH), at).some((w) => PREVENTING.test(w))) return true;
  return AFFIRMS_NOTHING.test(words.slice(Math.max(0, at - DENIAL_REACH), at + 1).join(' '));
}

/** How many words before a word the verb that prevents it may stand ("disrupted essential government services, including paying"). */
const PREVENTED_REACH = 8;

// Two words of one root: a long enough shared beginning ("violat-", "destr-").
function kin(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= KIN_PREFIX && k >= 0.6 * Math.min(a.length, b.length);
}

/** Letters two words must share from the start to be read as one root. */
const KIN_PREFIX = 5;

/** How many words before a word a denial of it may stand ("did not, as feared, destroy"). */
const DENIAL_REACH = 5;

// A detail the reading found rather than a word of the claim: it has no position in it.
function readDetail(text: string, clashing: MatchedDetail['clashing']): MatchedDetail {
  return { detail: { kind: 'action', text, pos: -1, required: true, neighbours: [] }, outcome: 'clashes', weight: THRESHOLDS.detailWeight, backing: [], clashing };
}

// Titles ("prime minister") name no one in particular: they neither give nor take words.
const ROLES = new Set(ENTITIES.filter((e) => e.kind === 'role').map((e) => e.id));

// Who a source sentence gives its words to: the seeds' were read with their frames when the
// bundle was built; a reader's own sources are read here.
function speakerOfFact(fact: Fact): string | undefined {
  if (fact.features.frames) return fact.features.speaker;
  return speakerOfSentence(wordsOfFact(fact), fact.features.saidIn);
}

// A source sentence that itself denies, fails or withholds something has a denial to agree with.
const AFFIRMS_NOTHING = new RegExp(`\\b(?:${[...AFFIRMING_NOTHING].filter((w) => w !== "n't").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b|n't\\b`, 'i');
