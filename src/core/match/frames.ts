import type { Fact, Frame } from '../types';
import { ATTACK_FRAME, readFrames } from '../read/frames';
import type { Alignment } from './align';
import { polarity } from './polarity';
import { antonymsOf, synonymsOf } from '../knowledge/synonyms';
import { stem } from '../read/text';
import { THRESHOLDS } from '../thresholds';
import { ATTACK_NOUNS, BETWEEN_SIDES, CONCEPTS, OTHER_SIDE, OWN_ACT_GROUPS } from '../knowledge/dispute';
import { actingFor, unplaced } from '../read/lexicon';
import { ENDED, MONTHS, STANCE_OBJECTS } from '../knowledge/english';

/** How one of a claim's frames fared against the frames of the facts that share its words. */
export interface FrameJudgement {
  frame: Frame;
  outcome: 'backed' | 'clashes';
  /** The fact that decides it. */
  alignment: Alignment;
  /** The fact's own frame, for a clash: what it tells instead. */
  theirs?: Frame;
  /** Why it clashes: the act denied, the roles swapped, or another doer. */
  why?: 'polarity' | 'swap' | 'other-actor';
}

const bare = (key: string) => key.slice(2);

// The seeds' frames are read at build time; a reader's own sources (built in the options
// page, which does not load the language library) are read here, once each.
const READ = new WeakMap<Fact, Frame[]>();
function framesOfFact(fact: Fact): Frame[] {
  // Two neighbouring sentences read together lend each other figures, not acts.
  if (fact.id.includes('+')) return [];
  let frames = READ.get(fact);
  if (!frames) READ.set(fact, (frames = (fact.features.frames ?? readFrames(fact.quote, fact.features.refersTo)).map(withReceiver)));
  return frames;
}

// A side doing to no one named what the sides do to each other does it to the other side.
function withReceiver(f: Frame): Frame {
  const other = f.actor && !f.target && f.group && BETWEEN_SIDES.has(f.group) ? OTHER_SIDE[f.actor] : undefined;
  return other ? { ...f, target: other } : f;
}

// The same act: one lexicon action, or verbs WordNet gives as synonyms of each other.
function sameAct(a: Frame, b: Frame): boolean {
  if (a.key === b.key) return true;
  // A hack is how the attack is told as often as an attack.
  if (attackLike(a) && attackLike(b)) return true;
  if (a.key.startsWith('a:') || b.key.startsWith('a:')) return false;
  if (a.key[0] !== b.key[0]) return false;
  return synonymsOf(bare(a.key)).includes(bare(b.key)) || synonymsOf(bare(b.key)).includes(bare(a.key));
}

const attackLike = (f: Frame) => f.key === ATTACK_FRAME || f.key === HACK;
const HACK = 'a:hack';

// Opposite acts: of the lexicon ("cut" and "resumed" ties, "praised" and "condemned"), or
// verbs and qualities WordNet gives as antonyms ("convicted" and "acquitted").
function oppositeAct(a: Frame, b: Frame): boolean {
  if (a.group) return a.group === b.group && a.key !== b.key;
  if (b.group || a.key[0] !== b.key[0]) return false;
  return antonymsOf(stem(bare(a.key))).includes(stem(bare(b.key)));
}

// Two acts of one kind are one act only when what they are about is not plainly different:
// accusing Albania of hosting terrorists is not blaming it for a cyberattack.
function sameTheme(a: Frame, b: Frame): boolean {
  if (!a.theme?.length || !b.theme?.length) return true;
  // "The move", "the step", "the decision": what is answered or judged, by any of its names.
  if (a.theme.some((w) => STANCE_OBJECTS.has(w)) && b.theme.some((w) => STANCE_OBJECTS.has(w))) return true;
  const mine = new Set(a.theme.flatMap((w) => [w, ...synonymsOf(w)]));
  return b.theme.some((w) => mine.has(w) || synonymsOf(w).some((x) => mine.has(x)) || [...mine].some((m) => m.length > 4 && (w.includes(m) || m.includes(w))));
}

// The same act by another doer to the same receiver, or by the same doer to another receiver,
// about the same thing ("Rama accused North Korea of the July 15 cyberattack").
function otherParty(claim: Frame, fact: Frame): boolean {
  // The claim must say what its act is about. So must the source, for a plain verb ("lives",
  // "sided with"); an act of the lexicon or a standing ("was behind") may leave it to the
  // words around, in a sentence that states most of the claim.
  // An attack needs no more: who made it is what is said of it.
  if (claim.quoted) return false;
  // A stance told by its noun ("support ... from NATO allies") is any party's to share: it names
  // no one in the claim's doer's place.
  if (fact.noun && fact.key !== ATTACK_FRAME) return false;
  if (claim.key !== ATTACK_FRAME && (!claim.theme?.length || (!fact.theme?.length && fact.key.startsWith('v:')))) return false;
  const doers = [claim.actor, ...(claim.with ?? [])].filter((x): x is string => !!x);
  // A body every country has, or a title, named with no country ("the foreign ministry") may
  // be anyone's: it is no other doer.
  const otherDoer = !!claim.actor && !unplaced(claim.actor) && !!fact.actor && !doers.some((x) => sameParty(x, fact.actor!)) && fits(claim.target, fact.target);
  // A doer neither names is the same unnamed one ("a diplomat was convicted").
  const otherReceiver = !!claim.target && !!fact.target && !sameParty(claim.target, fact.target) && (claim.actor === fact.actor || (!!claim.actor && !!fact.actor && sameParty(claim.actor, fact.actor)));
  return otherDoer || otherReceiver;
}

const fits = (x: string | undefined, y: string | undefined) => !x || !y || x === y;

// Doer and receiver the other way round ("Iran cut ties with Albania").
const reversed = (claim: Frame, fact: Frame) => !!claim.actor && !!claim.target && fact.actor === claim.target && fact.target === claim.actor;

// One side doing what the sources tell the other side doing to it ("the Albanian ambassador
// was told to leave" against "Iranian diplomats had 24 hours to leave Albania").
const turnedOn = (claim: Frame, fact: Frame) => !!claim.actor && !claim.target && fact.target === claim.actor && fact.actor === OTHER_SIDE[claim.actor];

// An attack the claim has a side make, that the sources tell as made on that side ("Albanian
// state aggression" against "the cyber attack on Albania"): the victim is not its own attacker.
const madeByVictim = (claim: Frame, fact: Frame) => !!claim.actor && !claim.target && fact.target === claim.actor && (!fact.actor || fact.actor === OTHER_SIDE[claim.actor]);

// One party, or one acting for the other ("Adrienne Watson condemned" is the United States condemning).
function sameParty(a: string, b: string): boolean {
  return actingFor(a).includes(b) || actingFor(b).includes(a);
}

/**
 * Compares who did what to whom: a claim's act is backed where a fact that shares its words
 * tells the same act by the same parties, and clashes where it tells it denied (or its
 * opposite) by the same parties, with doer and receiver swapped, or, for a fact that states
 * most of the claim, by another doer. Acts with no party named on either side decide nothing.
 */
export function judgeFrames(frames: Frame[], related: Alignment[], denials: ReadonlyMap<Frame, Alignment> = new Map(), owned: ReadonlyMap<Frame, Alignment> = new Map()): FrameJudgement[] {
  const out: FrameJudgement[] = [];
  for (const frame of frames) {
    if (!frame.actor && !frame.target) continue;
    // A party said to own what the sources tell it denying is contradicted by its denial.
    const gainsaid = owned.get(frame);
    if (gainsaid) {
      out.push({ frame, outcome: 'clashes', alignment: gainsaid, theirs: framesOfFact(gainsaid.fact).find((f) => f.key === DENIAL)!, why: 'polarity' });
      continue;
    }
    // A party's own denial (`ownDenial`) is backed by the source that has it deny the thing.
    const denial = denials.get(frame);
    if (denial) {
      out.push({ frame, outcome: 'backed', alignment: denial });
      continue;
    }
    // Backing by a fact that names the same doer or receiver outweighs a clash; a fact that
    // names neither ("ties would be cut") backs only what nothing contradicts.
    let backed: Alignment | undefined;
    // Backing by a fact whose act says nothing of what it is about ("a cyberattack blamed on
    // Tehran") yields to a clash about the very thing ("accuses Albania of hosting terrorists").
    let blankly: Alignment | undefined;
    let loosely: Alignment | undefined;
    let clash: FrameJudgement | undefined;
    for (const a of related) {
      if (a.matched < THRESHOLDS.backingAnchor) continue;
      for (const f of framesOfFact(a.fact)) {
        const same = sameAct(frame, f);
        const opposite = !same && oppositeAct(frame, f);
        if ((!same && !opposite) || !sameTheme(frame, f)) continue;
        // An act the source tells as over ("was previously designated") is not denied by a
        // claim that it is not done now ("is no longer designated"); "was not designated" is.
        if (same && frame.negated && frame.now && !f.negated && toldAsOver(a.fact.quote, f.text)) continue;
        const told = polarity(same, frame.negated, f.negated, f.group);
        // What may come is not answered by what was done: no act or its opposite denies it.
        if (frame.possible && told === 'clashes') continue;
        const agreeing = told === 'agrees';
        // An act done to a thing ("condemned the attack") is done to no party the claim names.
        // Ties kept or had are both sides' ("Iran still has relations with Albania"): the
        // sides may stand either way round against a source's cutting of them.
        const named = [frame.actor, frame.target, ...(frame.with ?? [])].filter((x): x is string => !!x);
        const across = !!frame.mutual && !!f.actor && !!f.target && named.length > 0 && named.every((x) => x === f.actor || x === f.target);
        const roles = ((fits(frame.actor, f.actor) && fits(frame.target, f.target)) || across) && !(frame.target && f.toThing);
        // An attack whose maker the claim names is told by a source that names the same maker:
        // one that names only the victim leaves the maker open.
        const anchored = (!!frame.actor && frame.actor === f.actor) || (!!frame.target && frame.target === f.target && !(frame.key === ATTACK_FRAME && frame.actor)) || across;
        if (agreeing && roles) {
          // A source that leaves an attack's maker open does not back the claim's maker.
          if (frame.key === ATTACK_FRAME && frame.actor && !f.actor) continue;
          if (anchored && !f.theme?.length && frame.theme?.length) blankly ??= a;
          else if (anchored) backed ??= a;
          else loosely ??= a;
          continue;
        }
        // A swap of the roles is the plainer clash: it takes the place of another doer found first.
        if (clash && clash.why !== 'other-actor') continue;
        // A fact that takes the other stance states the claim's words of it otherwise ("called
        // it rash" for "praised it as wise"): what it addresses, the same or otherwise, counts.
        if (frame.group === 'stance' && roles && anchored && told === 'clashes' && a.matched + a.clashed >= THRESHOLDS.stanceClashAddressed) {
          clash = { frame, outcome: 'clashes', alignment: a, theirs: f, why: 'polarity' };
          continue;
        }
        // An attack with its maker and its victim the other way round is contradicted by any
        // source sentence that tells the attack, however little else of the claim it states:
        // the sources agree on who attacked whom.
        if (!clash && attackLike(frame) && agreeing && (reversed(frame, f) || madeByVictim(frame, f))) {
          clash = { frame, outcome: 'clashes', alignment: a, theirs: f, why: 'swap' };
          continue;
        }
        if (a.matched < THRESHOLDS.frameClashAnchor) continue;
        const swap = agreeing && (reversed(frame, f) || turnedOn(frame, f));
        if (clash && !swap) continue;
        if (roles && anchored && told === 'clashes') clash = { frame, outcome: 'clashes', alignment: a, theirs: f, why: 'polarity' };
        else if (swap) clash = { frame, outcome: 'clashes', alignment: a, theirs: f, why: 'swap' }; else if (agreeing && a.matched >= THRESHOLDS.otherPartyAnchor && otherParty(frame, f)) {
          clash = { frame, outcome: 'clashes', alignment: a, theirs: f, why: 'other-actor' };
        }
      }
    }
    // Another party is a clash only where no fact tells the act with the parties left open
    // ("he accused Iran" may well be the claim's Rama).
    const themedClash = !!clash?.theirs?.theme?.length && !!frame.theme?.length;
    if (backed) out.push({ frame, outcome: 'backed', alignment: backed });
    else if (blankly && !(clash && themedClash && clash.why !== 'other-actor')) out.push({ frame, outcome: 'backed', alignment: blankly });
    else if (clash && (clash.why !== 'other-actor' || !loosely || loosely.matched < clash.alignment.matched)) out.push(clash);
    else if (loosely) out.push({ frame, outcome: 'backed', alignment: loosely });
  }
  return out;
}

// Whether a sentence tells its act (by its verb as written) as over.
function toldAsOver(quote: string, verb: string): boolean {
  const over = ENDED.exec(quote);
  return !!over && over[0].toLowerCase().endsWith(verb.toLowerCase());
}

/**
 * The source sentence that backs a party's saying it did not do a thing ("Iran said it was
 * not behind the attack") by having that party deny it: the claim tells the denial, and
 * others' charge against the party is no answer to what it said.
 */
export function ownDenial(frame: Frame, related: Alignment[], speaker: string | undefined, owned = false): Alignment | undefined {
  // (`owned`: the claim has the party own the thing instead, "Iran said it was behind the
  // attack", which the same denial contradicts.)
  if (frame.negated === owned || !speaker || !frame.actor || !sameParty(frame.actor, speaker)) return undefined;
  if (owned && !CHARGED.has(frame.key) && !attackLike(frame) && !DOING.has(frame.key)) return undefined;
  // The denial must be of the very thing: every word of what the claim denies is in the source
  // sentence ("the cyberattacks on Israeli hospitals" is not the attack Iran denied).
  // (The attack itself, and its date, which the dates stage checks, are no such words.)
  const told = (a: Alignment) => (frame.theme ?? []).every((w) => ATTACK_NOUNS.has(w) || MONTHS[w] !== undefined || a.fact.features.terms.includes(stem(w)) || synonymsOf(stem(w)).some((x) => a.fact.features.terms.includes(x)));
  return related.find((a) => a.matched >= THRESHOLDS.backingAnchor && told(a) && framesOfFact(a.fact).some((f) => f.key === DENIAL && !f.negated && !!f.actor && sameParty(f.actor, speaker) && sameTheme(frame, f)));
}

/** The act of denying a charge, by which a party's own "we did not" is told. */
const DENIAL = 'a:deny';
/** Being behind a deed, or doing it, what a party may own or deny ("was behind", "carried out", "sponsored"). */
const CHARGED = new Set(['b:behind', 'b:responsible']);
const DOING = new Set([...CONCEPTS.perpetrate!.filter((w) => !w.includes(' ')), 'carry'].map((w) => `v:${w}`));

/**
 * Whether a source's act, told by its words ("restored"), is done to what the claim's act is
 * done to, and by the same doer, as far as both frames say: false when both name what they
 * act on and it differs ("cut diplomatic relations" against "restored 1118 electronic
 * services"), or both name who acts and it differs.
 */
export function actsOnSameThing(claim: Frame, fact: Fact, act: string): boolean {
  // A receiver other than the two sides (which every source names) that the source names too,
  // if only as "the group", is what both acts are done to.
  if (claim.target && !OTHER_SIDE[claim.target] && fact.features.terms.includes(`e:${claim.target}`)) return true;
  const theirs = framesOfFact(fact).find((f) => f.text.toLowerCase().split(' ').includes(act.toLowerCase().replace(/^not /, '')));
  // Another doer's opposite act is no answer to the claim's: Iran's scorn for the decision
  // does not deny NATO's welcome of it. A stance word with no verb of its own ("Iran says
  // Albania 'short-sighted'") is its speaker's.
  const own = !!claim.group && OWN_ACT_GROUPS.has(claim.group);
  const doer = theirs ? theirs.actor : fact.features.speaker;
  if (own && claim.actor && doer && !sameParty(claim.actor, doer) && !claim.with?.includes(doer)) return false;
  return !theirs || sameTheme(claim, theirs);
}

