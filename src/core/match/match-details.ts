import { RANK_SPAN, type Detail } from '../read/details';
import type { ActionDetail, DateDetail, DetailResult, EntityDetail, Fact, NumberDetail } from '../types';
import type { Alignment, Weigher } from './align';
import type { TermUnit } from '../read/analyse';
import type { Token } from '../read/text';
import { entityEntry, tokensOf } from '../read/analyse';
import { compareDate, compareNumber, describedAlike } from './align';
import { MEASURE_UNITS, OTHER_OFFICE_MARKS, PAST_TITLES, STOPWORDS } from '../knowledge/english';
import { THRESHOLDS } from '../thresholds';
import { polarity } from './polarity';
import { actingFor } from '../read/lexicon';
import { stem, tokenize } from '../read/text';
import { relativesOf } from '../knowledge/synonyms';
import { COMMON_HEADS, ENTITIES, EVENT_CONCEPTS, OTHER_SIDE, OWN_ACT_GROUPS } from '../knowledge/dispute';
import { partyName } from '../verdict/explain';

/** How one detail of a claim fared against the facts. */
export type Outcome = DetailResult['outcome'];

/** A detail with its outcome and the facts that decide it. */
export interface MatchedDetail {
  detail: Detail;
  outcome: Outcome;
  /** Weight of the detail in the claim (rarer words weigh more). */
  weight: number;
  /** Facts that state the detail as the claim does. */
  backing: Alignment[];
  /** Facts that state it otherwise, with what they say instead. */
  clashing: Clash[];
}

/** A fact that states a detail otherwise, and how much that weighs. */
interface Clash {
  alignment: Alignment;
  says: string;
  /**
   * Strong: the fact is plainly about the same thing, so its value contradicts the claim
   * alone. Weak: it may be, so it only shows the sources disagree when another source
   * states the claim's value.
   */
  strong: boolean;
  /** The fact's value qualifies the same words as the claim's: only such a clash shows the sources disagree. */
  bound: boolean;
  /** The opposite of the claim's action done to the same thing ("no deletion of data", "destroyed data"). */
  direct?: boolean;
}

interface Judged {
  agree: Alignment[];
  clash: Clash[];
}

// Each fact's terms as sets, made once per fact however many details ask.
const TERM_SETS = new WeakMap<Fact, { terms: Set<string>; modal: Set<string> }>();

function setsOf(fact: Fact): { terms: Set<string>; modal: Set<string> } {
  let sets = TERM_SETS.get(fact);
  if (!sets) {
    sets = { terms: new Set(fact.features.terms), modal: new Set(fact.features.modal ?? []) };
    TERM_SETS.set(fact, sets);
  }
  return sets;
}

// A claim that something was done ("the staff left") is not backed by a fact that it was
// to be done ("given 24 hours to leave").
function has(a: Alignment, u: TermUnit): boolean {
  const { terms, modal } = setsOf(a.fact);
  return u.alts.some((x) => terms.has(x) && !(u.past && modal.has(x)));
}

// Bodies named in several words, by the stem of their head word ("ministry" of "foreign
// ministry", "council" of "council of ministers"); a head that is a common noun of its own
// ("state", "secretary", "capital") names no body.
const NAMES_BY_HEAD = new Map<string, string[]>();
for (const e of ENTITIES) {
  if (e.kind !== 'org') continue;
  for (const name of e.names) {
    const words = name.split(' ');
    const of = words.indexOf('of');
    const word = of > 0 ? words[of - 1]! : words[words.length - 1]!;
    // ... nor does one that is a name itself ("Albania" of "e-Albania").
    if (words.length < 2 || word.length < 4 || COMMON_HEADS.has(word) || ENTITIES.some((x) => x.names.includes(word))) continue;
    const head = stem(word);
    const ids = NAMES_BY_HEAD.get(head) ?? NAMES_BY_HEAD.set(head, []).get(head)!;
    if (!ids.includes(e.id)) ids.push(e.id);
  }
}

// A second mention by the last word of a name the fact gives ("the ministry" for "Iran's
// foreign ministry", "the council" for "the Council of Ministers") is that name.
function namedByHead(a: Alignment, u: TermUnit): boolean {
  const { terms } = setsOf(a.fact);
  return u.alts.some((x) => !x.includes(':') && (NAMES_BY_HEAD.get(x) ?? []).some((id) => terms.has(`e:${id}`)));
}

// A fact backs a word of the claim when it states it among the same words: the word and
// one of its neighbours, or the word in a fact that states most of the claim.
function hasTerm(a: Alignment, d: Detail): boolean {
  if (!d.unit || !(has(a, d.unit) || namedByHead(a, d.unit))) return false;
  if (d.actor && !has(a, d.actor)) return false;
  // "Albania's president" is not backed by a sentence on Iran's.
  if (d.holder && !namesSide(a, d.holder)) return false;
  if (a.matched >= THRESHOLDS.statesClaim || !d.neighbours.length) return true;
  // A word met only as a near synonym needs a neighbour met word for word (or by name):
  // "published on the cabinet's website" is not "leaked" beside "government websites".
  const literal = d.unit.alts.some((x) => !x.includes(':') && setsOf(a.fact).terms.has(x));
  return d.neighbours.some((n) => (literal ? has(a, n) : hasLiterally(a, n)));
}

// Each fact's words in order, read once and only for the few claims that rank something.
const PLAIN_WORDS = new WeakMap<Fact, string[]>();

function plainWordsOf(fact: Fact): string[] {
  let words = PLAIN_WORDS.get(fact);
  if (!words) PLAIN_WORDS.set(fact, (words = tokenize(fact.quote).map((t) => t.word)));
  return words;
}

// A fact gives the claim's rank to the same thing: its rank word before the ranked word
// ("the first time Tirana had spoken out" ranks a time, not a country cutting ties).
function ranksAlike(a: Alignment, d: Detail): boolean {
  const words = plainWordsOf(a.fact);
  const { word, unit } = d.rank!;
  // A ranked phrase ("NATO member") is met by its own words as well.
  const heads = new Set([...unit.alts.filter((x) => !x.includes(':')), ...tokenize(unit.text).map((t) => stem(t.word))]);
  return words.some((w, i) => w === word && words.slice(i + 1, i + 1 + RANK_SPAN).some((x) => heads.has(stem(x))));
}

// A fact names a side by its name or by a party of it (Rama for Albania).
function namesSide(a: Alignment, side: string): boolean {
  const { terms } = setsOf(a.fact);
  return terms.has(`e:${side}`) || [...terms].some((t) => t.startsWith('e:') && actingFor(t.slice(2), true).includes(side));
}

// Names and the lexicon's acts ("denied" for "rejects") are met as exactly as words.
function hasLiterally(a: Alignment, u: TermUnit): boolean {
  const { terms } = setsOf(a.fact);
  return u.alts.some((x) => (!x.includes(':') || x.startsWith('e:') || x.startsWith('a:')) && terms.has(x));
}

// A fact that states most of the claim and something else in a detail's place speaks of
// the same event: its other value contradicts the claim.
function addresses(a: Alignment): boolean {
  return a.matched >= THRESHOLDS.clashAnchor && a.matched + a.clashed >= THRESHOLDS.clashAddressed;
}

/** The concept of doing a deed one may be charged with ("behind", "carried out", "sponsored"). */
const CHARGE = 'c:perpetrate';

// A party said to deny a charge ("Rama denied that Iran was behind the attack") that the
// sources have that very party make, in a sentence that states much of the claim ("Rama
// accused Iran of conducting a July 15 cyberattack"): it made the charge, it did not deny it.
function denialOfOwnCharge(d: Detail, facts: Alignment[], claimUnits: TermUnit[]): Judged | undefined {
  const action = d.action!;
  if (action.id !== 'deny' || action.negated || !d.actor) return undefined;
  // What is denied must be a charge: someone was behind, carried out or sponsored something.
  if (!claimUnits.some((u) => u.alts.includes(CHARGE))) return undefined;
  // ... against the party the claim says was charged ("Rama denied that the MEK was behind it"
  // is no answer to Rama's charge against Iran), by a denier who is not that party itself
  // ("Iran's foreign ministry denied that Iran was behind it" is Iran's own denial).
  const actor = d.actor.alts.filter((x) => x.startsWith('e:')).map((x) => x.slice(2));
  const charged = claimUnits.filter((u) => u !== d.actor && u.alts.some((x) => x.startsWith('e:'))).flatMap((u) => u.alts.filter((x) => x.startsWith('e:')));
  if (!charged.length || charged.some((x) => actor.some((p) => actingFor(p, true).includes(x.slice(2))))) return undefined;
  for (const a of facts) {
    if (a.fact.id.includes('+') || a.matched < THRESHOLDS.clashAnchor || !has(a, d.actor) || !charged.every((x) => setsOf(a.fact).terms.has(x))) continue;
    const charge = a.fact.features.actions.find((x) => x.id === 'accuse' && !x.negated && !x.modal);
    if (charge) return { agree: [], clash: [{ alignment: a, says: charge.text, strong: true, bound: true }] };
  }
  return undefined;
}

// Actions whose opposite is someone's stance: who takes it decides whether two facts disagree.
const WHO_MATTERS = new Set(['stance', 'guilt', 'comment', 'act']);

// An opposite action counts only among facts that speak of the same people: "the MEK
// welcomed the decision" is not answered by Iran calling it rash.
function judgeAction(d: Detail, facts: Alignment[], ownVoice: () => boolean): Judged {
  const action = d.action!;
  const near = new Set(action.near ?? []);
  // What is acted on decides before who is named nearby: condemning the attack and
  // supporting the decision are not one act.
  const things = new Set([...near].filter((t) => !t.startsWith('e:')));
  const out: Judged = { agree: [], clash: [] };
  for (const a of facts) {
    const group = a.fact.features.actions.filter((x) => x.group === action.group);
    if (!group.length) continue;
    const close = group.filter((x) => {
      const theirs = (x.near ?? []).filter((t) => !t.startsWith('e:'));
      return things.size && theirs.length ? theirs.some((t) => things.has(t)) : !!x.near?.some((t) => near.has(t));
    });
    const same = close.length ? close : group;
    // What was to be done ("ordered to leave") neither backs nor denies it done ("left").
    // Nor does a deed denied or undone answer an aim ("sought to erase data" against "no
    // irreversible deletion"): what was tried may not have been done.
    // And what may come ("may soon restore ties") is answered by nothing done or announced.
    const told = (x: ActionDetail) => {
      if (x.modal && (d.unit?.past || !action.modal)) return undefined;
      const p = polarity(x.id === action.id, action.negated, x.negated, action.group);
      return p === 'clashes' && ((action.modal && !action.negated && !x.modal) || (action.possible && ownVoice())) ? undefined : p;
    };
    const agree = same.find((x) => told(x) === 'agrees');
    const clash = same.find((x) => told(x) === 'clashes');
    const pointed = a.points.some((p) => p.kind === 'action' && p.outcome === 'clashes' && p.slot === `action:${action.group}`);
    if (agree) {
      // ... and it agrees only about the same thing: "restored 1118 services" says
      // nothing of restored relations.
      const about = close.length > 0 || !near.size;
      if (about && a.matched >= THRESHOLDS.backingAnchor && (!d.actor || has(a, d.actor))) out.agree.push(a);
      continue;
    }
    if (!clash || !(pointed || close.length)) continue;
    // An opposite stance is another's unless the fact names who takes it ("parliament
    // endorsed" is not answered by Iran's condemnation).
    if (d.subject && WHO_MATTERS.has(action.group) && !has(a, d.subject)) continue;
    // An opposite act the alignment found, in a fact that states a good part of the claim,
    // contradicts it though other words stand next to each ("succeeded in staging attacks"
    // against "thwarted planned attacks").
    const strong = addresses(a) || ((close.length > 0 || pointed) && a.matched >= THRESHOLDS.clashAnchor);
    if (strong || close.length) out.clash.push({ alignment: a, says: (clash.negated ? 'not ' : '') + clash.text, strong, bound: close.length > 0, direct: close.length > 0 && things.size > 0 });
  }
  return out;
}

// Another name where a fact that states the rest of the claim has one ("Belgian police",
// not "Danish police") contradicts it; a name no such fact gives is simply not found.
function judgeName(d: Detail, facts: Alignment[], claim: ClaimNames): Judged {
  // A name nobody knows is backed only by a source that writes it as a name: "Recorded Future"
  // is not the "digital future" of a source.
  const stranger = !d.entity || d.entity.id.startsWith('name:');
  const asName = stranger ? new RegExp(`(^|[^A-Za-z])${d.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`) : undefined;
  const out: Judged = { agree: facts.filter((a) => a.matched >= THRESHOLDS.backingAnchor && hasTerm(a, d) && (!asName || asName.test(a.fact.quote))), clash: [] };
  // A sentence that states the claim nearly whole with another name in this one's place
  // outweighs sentences that name it among a few of the claim's words.
  const clashOf = (a: Alignment) => a.points.find((x) => x.kind === 'entity' && x.outcome === 'clashes' && x.claim === d.text);
  // A source that names others of the claim's list ("the US, the EU and NATO condemned")
  // confirms part of the list; it does not contradict the rest, unless it has another name
  // among the same words ("an Israel-Albania match", not "Israel-Croatia").
  const listed = (a: Alignment) => !clashOf(a)?.local && !!d.listMates?.some((u) => has(a, u));
  const retold = facts.find((a) => a.matched >= THRESHOLDS.clashAnchor && a.matched + a.clashed >= THRESHOLDS.nameClashAddressed && !!clashOf(a));
  if (retold && !listed(retold)) out.agree = out.agree.filter((a) => a.matched >= THRESHOLDS.disputeShare * retold.matched);
  if (out.agree.length) return out;
  // A stance or an allegiance is any party's to take: a claim that Norway condemned the attack
  // adds a voice to the United States' condemnation, it names no one in its place. The office
  // the claim gives the voice is still checked ("UK Foreign Secretary Liz Truss").
  if (!d.title && d.unit && claim.voices.has(d.unit)) return out;
  // A name nobody knows stands for another only where it stands in that one's place.
  if (stranger) return { agree: [], clash: nameInPlace(d, facts, claim, STAND_INS) };
  for (const a of facts) {
    if (listed(a)) continue;
    const p = clashOf(a);
    if (p && a.matched >= THRESHOLDS.clashAnchor && a.matched + a.clashed >= THRESHOLDS.nameClashAddressed) out.clash.push({ alignment: a, says: p.fact, strong: true, bound: true });
  }
  // A country or body in the very place of another party ("at the request of the European
  // Union and the UN" against "of Washington and the UN"; "Russian agents" against "Iranian
  // agents"), in a sentence that states the rest of the claim.
  if (!out.clash.length && d.entity && PARTIES.has(d.entity.kind)) out.clash.push(...nameInPlace(d, facts, claim, PARTIES));
  return out;
}

/** What name judging needs of the whole claim: its words, the names it gives, and the doers of its stances. */
interface ClaimNames {
  units: TermUnit[];
  names: ReadonlySet<string>;
  voices: ReadonlySet<TermUnit>;
}

/** Who may stand in a stranger's place: people and bodies (the lexicon knows what lies in which place). */
const STAND_INS = new Set(['person', 'org']);

/** Parties: a country or a body may take another's part. */
const PARTIES = new Set(['country', 'org']);

/** How far from a name, in words, the words that tell its place may stand. */
const PLACE_REACH = 4;

// A name the lexicon does not know ("cybersecurity firm CrowdStrike", "Prime Minister Sali
// Berisha") where a sentence that states all of the claim but about a word has a person or
// body it knows among the same words, on the same sides ("cybersecurity firm Mandiant had
// publicly attributed", "Prime Minister Edi Rama on Wednesday accused"): the sources give
// that role to someone else. Places and countries are left to the lexicon, which knows what
// lies in what (police "in Antwerp" are Belgian police); a name the claim gives as well is no
// substitute, nor one the same words stand on the other side of.
function nameInPlace(d: Detail, facts: Alignment[], claim: ClaimNames, kinds: ReadonlySet<string>): Clash[] {
  const claimUnits = claim.units;
  if (!d.unit) return [];
  const span = tokensOf(d.unit.text).length;
  // An office held once, or another office beside it ("former", "deputy"), is no word of its place.
  const qualified = (u: TermUnit) => u.alts.some((x) => x.startsWith('r:')) && claimUnits.some((o) => o.pos === u.pos - 1 && (PAST_TITLES.has(o.text.toLowerCase()) || OTHER_OFFICE_MARKS.has(o.text.toLowerCase())));
  const near = (u: TermUnit) => !u.light && !u.side && u !== d.unit && !qualified(u);
  const before = claimUnits.filter((u) => near(u) && u.pos < d.pos && d.pos - u.pos <= PLACE_REACH);
  const after = claimUnits.filter((u) => near(u) && u.pos >= d.pos + span && u.pos - (d.pos + span) < PLACE_REACH);
  if (before.length + after.length < THRESHOLDS.sharedPlace) return [];
  const out: Clash[] = [];
  for (const a of facts) {
    // The fact states all of the claim but about one word, which may be the name; two
    // sentences read together keep their names' places each in its own.
    if (a.fact.id.includes('+') || a.matched < THRESHOLDS.clashAnchor || a.matched + a.clashed + a.missing < THRESHOLDS.nameClashAddressed) continue;
    const { tokens, words } = placeWordsOf(a.fact);
    const other = a.fact.features.entities.find((f) => {
      const entry = entityEntry(f.id);
      if (!entry || !kinds.has(entry.kind) || entry.agency || claim.names.has(f.id) || f.id === d.entity?.id) return false;
      const length = tokensOf(f.text).length;
      // A country that only describes the word after it ("a US security company") is no party in a body's place.
      if (d.entity && entry.kind !== d.entity.kind && modifies(tokens, f, length)) return false;
      const ahead = inWindow(before, words, Math.max(0, f.pos - PLACE_REACH), f.pos);
      const behind = inWindow(after, words, f.pos + length, f.pos + length + PLACE_REACH);
      // Words on one side only do not place a name that has words on both.
      if (before.length && after.length && (!ahead || !behind)) return false;
      return ahead + behind >= THRESHOLDS.sharedPlace;
    });
    if (other) out.push({ alignment: a, says: other.text, strong: true, bound: true });
  }
  return out;
}

// A source sentence's tokens as analysis counts them (its names' positions count in these),
// and by position the stem of each word with the lexicon's id for each office or body it
// names there ("prime minister"); made once per fact.
const PLACE_WORDS = new WeakMap<Fact, { tokens: Token[]; words: Set<string>[] }>();

function placeWordsOf(fact: Fact): { tokens: Token[]; words: Set<string>[] } {
  let place = PLACE_WORDS.get(fact);
  if (!place) {
    const tokens = tokensOf(fact.quote);
    const words = tokens.map((t) => new Set([stem(t.word)]));
    for (const e of fact.features.entities) words[e.pos]?.add(`e:${e.id}`);
    PLACE_WORDS.set(fact, (place = { tokens, words }));
  }
  return place;
}

// Whether a name of a source sentence describes the plain word right after it ("a US security company").
function modifies(tokens: Token[], f: EntityDetail, length: number): boolean {
  const next = tokens[f.pos + length];
  return !!next && /^[a-z]/.test(next.raw) && !STOPWORDS.has(next.word);
}

// How many of the claim's words stand in a window of the source sentence's.
function inWindow(units: TermUnit[], words: Set<string>[], from: number, to: number): number {
  const stretch = words.slice(from, to);
  return units.filter((u) => u.alts.some((x) => stretch.some((w) => w.has(x)))).length;
}


const LONG_SPANS = new Set(['year-span', 'month-span']);

function sameThing(n: NumberDetail): (f: NumberDetail) => boolean {
  if (MEASURE_UNITS.has(n.unit)) return describedAlike(n);
  const near = new Set(n.near ?? []);
  return (f) => !near.size || !f.near || f.near.some((t) => near.has(t));
}

// A date clashes strongly with the date of an event a fact mostly shares with the claim,
// and weakly with a date that qualifies the same words ("moved to Albania in 2016",
// "welcomed ... in 2014").
function judgeMeasure(d: Detail, facts: Alignment[], dates: number): Judged {
  const out: Judged = { agree: [], clash: [] };
  const precision = new Map<Alignment, number>();
  const measure = !!d.number && MEASURE_UNITS.has(d.number.unit);
  for (const a of facts) {
    // Whether the fact tells what surrounds the detail in the claim: then it speaks of
    // the same event.
    // Two neighbouring sentences read together lend each other figures, but the words of one
    // do not place the other's date: in a pair, only a date beside the claim's words is near.
    const local = !a.fact.id.includes('+') && localCover(d.number?.around ?? d.date?.around ?? [], a) >= THRESHOLDS.localCover;
    // A span from another event ("two months later") is compared only beside the same event.
    if (d.number?.offset && !local) continue;
    // A fact that retells a claim with one date, itself with one date, dates the same event
    // ("a 2015 plot" against "In 2018, police foiled an attack").
    const oneEvent = dates === 1 && a.matched >= THRESHOLDS.clashAddressed && a.fact.features.dates.filter((x) => !x.dateline).length === 1;
    const p = d.number ? compareNumber(d.number, a.fact, local ? () => true : sameThing(d.number)) : compareDate(d.date!, a.fact, oneEvent);
    if (!p) continue;
    if (p.outcome === 'agrees') {
      // A weekday fits many events of a week; it agrees only beside the same words.
      const weekday = !!d.date && !d.required;
      if (weekday ? !p.loose && p.tight : (!p.loose || local) && (d.number || p.tight || local)) out.agree.push(a);
      precision.set(a, p.precision ?? 0);
      continue;
    }
    precision.set(a, p.precision ?? 0);
    // A date or count of another party's act is no answer to the claim's party's.
    if (a.otherParties) continue;
    // A count compared at all stands among the claim's words (sameThing, or the words around it).
    // Long spans tell how long many things lasted ("a year-long campaign", "decades-long"):
    // they clash only among the same words.
    const bound = measure ? (!LONG_SPANS.has(d.number!.unit) && !d.number!.describes) || local || addresses(a) : d.number ? true : !!p.tight && local;
    // ... and so does one beside the same words that states the rest of a short claim, the
    // date itself told otherwise ("the cyberattack took place in March").
    const whole = bound && !!p.tight && a.matched >= THRESHOLDS.measureAnchor && a.matched + a.clashed >= THRESHOLDS.clashAddressed;
    // A date in an aside about a person dates that person's story ("who has led Albania since
    // 2013"): the sentence's other words place no event for it, so nothing contradicts it.
    const aside = !!d.date?.aside;
    const strong = !aside && (addresses(a) || whole || (bound && a.matched >= (measure ? THRESHOLDS.measureAnchor : THRESHOLDS.clashAnchor)));
    if (strong || bound) out.clash.push({ alignment: a, says: p.fact, strong, bound, direct: !!d.number && countsSameThing(d.number, a) });
  }
  // "July" fits "July 25" only until a source says "July 15": where no source states the
  // claim's date as finely as one that clashes, the coarser agreements do not state it.
  const finest = Math.max(0, ...out.clash.filter((c) => c.bound || c.strong).map((c) => precision.get(c.alignment) ?? 0));
  if (!out.agree.some((a) => (precision.get(a) ?? 0) >= finest)) out.agree = [];
  return out;
}

// A date given to an event by name ("the May cyberattack") in a claim that a source sentence
// states most of without a date ("the cyber-attack aimed at pressuring Albania"): that
// sentence tells the sources' own event, so the dates the sources give that event by name
// ("a July 15 cyberattack") are its dates, however little else of the claim they state, and
// a date of another event elsewhere in the sources does not back it. A claim no sentence
// retells, or one that names another such event beside it ("as did the September attack"),
// may speak of another event.
function datedByName(date: DateDetail, facts: Alignment[], claimUnits: TermUnit[]): Judged | undefined {
  const events = (date.near ?? []).filter((t) => EVENT_CONCEPTS.has(t));
  // The event named by its date ("the May cyberattack"), or a claim that says no more than
  // when it was ("the cyberattack took place on 15 August").
  const told = claimUnits.filter((u) => u.alts.some((x) => events.includes(x)));
  // Several attacks ("attacks in July and September") are not the one attack.
  if (told.length !== 1 || /s$/i.test(told[0]!.text)) return undefined;
  // A claim of nothing but the attack and its date: one that names whom it hit ("the cyberattack
  // on Iran") may be another attack.
  const only = claimUnits.every((u) => u.light || u === told[0]);
  // A source sentence that tells, without a date, the words the date stands among.
  const retold = facts.some((a) => a.matched >= THRESHOLDS.statesClaim && !a.fact.id.includes('+') && !a.fact.features.dates.some((f) => !f.dateline) && localCover(date.around ?? [], a) >= THRESHOLDS.localCover);
  if (!only && !(date.attributive && retold)) return undefined;
  const named = facts.flatMap((a) =>
    a.fact.id.includes('+') ? [] : a.fact.features.dates.filter((f) => f.attributive && f.near?.some((t) => events.includes(t))).map((f) => compareDate(date, withDate(a.fact, f))).filter((p) => !!p).map((p) => ({ a, p: p! })),
  );
  if (!named.length) return undefined;
  const agree = named.filter((n) => n.p.outcome === 'agrees').map((n) => n.a);
  if (agree.length) return { agree, clash: [] };
  const best = named.sort((x, y) => y.a.matched - x.a.matched)[0]!;
  return { agree: [], clash: [{ alignment: best.a, says: best.p.fact, strong: true, bound: true }] };
}

// Two counts of the same noun that also share what is done to it ("accepted about 3,000
// members", "welcomed some 3,000 members") count the same thing.
function countsSameThing(n: NumberDetail, a: Alignment): boolean {
  const own = new Set([`c:${n.unit}`, n.unit]);
  const mine = new Set((n.near ?? []).filter((t) => !own.has(t)));
  return a.fact.features.numbers.some((f) => f.unit === n.unit && (f.near ?? []).some((t) => !own.has(t) && mine.has(t)));
}

// A fact with one of its dates only, to compare that date alone.
function withDate(fact: Fact, date: DateDetail): Fact {
  return { ...fact, features: { ...fact.features, dates: [date] } };
}

// The dates of a fact that fit the claim's date, or that clash with it.
function datesThat(d: DateDetail, a: Alignment, outcome: 'agrees' | 'clashes'): DateDetail[] {
  return a.fact.features.dates.filter((f) => !f.dateline && compareDate(d, withDate(a.fact, f))?.outcome === outcome);
}

// Whether the date of one fact that fits the claim's and the date of another that does not
// qualify the same words: then they date one event, and the sources disagree on it.
function dateOneEvent(d: DateDetail, agreeing: Alignment, clashing: Alignment): boolean {
  const mine = new Set(datesThat(d, agreeing, 'agrees').flatMap((f) => f.near ?? []));
  return datesThat(d, clashing, 'clashes').some((f) => (f.near ?? []).some((t) => mine.has(t)));
}

// Whether a date of one fact that fits the claim's holds a date of another that does not.
function holdsDate(d: DateDetail, agreeing: Alignment, clashing: Alignment): boolean {
  const fits = datesThat(d, agreeing, 'agrees');
  return datesThat(d, clashing, 'clashes').some((o) => fits.some((f) => compareDate(o, withDate(agreeing.fact, f), true)?.outcome === 'agrees'));
}

function localCover(words: string[][], a: Alignment): number {
  if (!words.length) return 0;
  const has = setsOf(a.fact).terms;
  return words.filter((alts) => alts.some((t) => has.has(t))).length / words.length;
}

// A source sentence gives quoted words when it has most of them, word for word or nearly
// ("proportionate" for "proportional" counts half).
function quotes(a: Alignment, words: TermUnit[]): boolean {
  const { terms } = setsOf(a.fact);
  let score = 0;
  for (const u of words) {
    // Names and set phrases ("with immediate effect") are word for word when they match at all.
    const exact = u.alts.some((x) => terms.has(x) && (!x.includes(':') || x.startsWith('e:') || u.text.includes(' ')));
    if (exact) score += 1;
    else if (u.alts.some((x) => terms.has(x))) score += 0.5;
  }
  return score >= THRESHOLDS.quoteCover * words.length;
}

function sourcesOf(list: Alignment[]): Set<string> {
  return new Set(list.map((a) => a.fact.sourceId));
}

/**
 * Judges each detail of a claim on its own against the facts related to the claim: backed
 * when a fact states it, clashes when facts state another value and none this one,
 * disputed when sources state both, not found otherwise. Different details may be backed
 * by different facts of different sources.
 */
export function matchDetails(details: Detail[], related: Alignment[], weigher: Weigher, claimUnits: TermUnit[] = [], ownVoice: () => boolean = () => true): MatchedDetail[] {
  const backers = related.filter((a) => a.matched >= THRESHOLDS.backingAnchor);
  const measured = related.filter((a) => a.matched >= THRESHOLDS.measureAnchor);
  const dates = details.filter((d) => d.kind === 'date').length;
  const claim: ClaimNames = {
    units: claimUnits,
    names: new Set(claimUnits.flatMap((u) => u.alts.filter((x) => x.startsWith('e:')).map((x) => x.slice(2)))),
    voices: new Set(details.filter((d) => d.action && OWN_ACT_GROUPS.has(d.action.group ?? '') && d.actor).map((d) => d.actor!)),
  };
  const out = details.map((detail) => {
    const weight = detail.unit ? weigher.weight(detail.unit) : THRESHOLDS.detailWeight;
    let judged: Judged;
    if (detail.kind === 'amount' || detail.kind === 'date') {
      // The dates the sources give the claim's own event decide against it, whatever other
      // events of that month they date; where they agree, the rest of the sources may still differ.
      const named = detail.date && datedByName(detail.date, related, claimUnits);
      judged = named && named.clash.length ? named : judgeMeasure(detail, measured, dates);
    }
    else if (detail.kind === 'action') {
      // A source that tells the same act otherwise, done to the same thing, disputes it
      // however little else of a long claim it states.
      judged = judgeAction(detail, related.filter((a) => a.matched >= THRESHOLDS.disputeAnchor), ownVoice);
      if (!judged.agree.length && !judged.clash.length) judged = denialOfOwnCharge(detail, related, claimUnits) ?? judged;
      // An action no fact states as an action may still be told in other words; an action
      // the claim denies is not backed by its words ("declined to back" by "support").
      if (!judged.agree.length && !judged.clash.some((c) => c.strong)) judged.agree = backedInWords(detail, backers);
    } else if (detail.kind === 'name') judged = judgeName(detail, measured, claim);
    else if (detail.kind === 'quote') judged = { agree: backers.filter((a) => !a.fact.id.includes('+') && quotes(a, detail.words!) && wordForWord(detail.text, a.fact.quote) >= THRESHOLDS.quoteLiteral), clash: [] };
    else if (detail.rank) judged = { agree: backers.filter((a) => ranksAlike(a, detail)), clash: [] };
    else judged = { agree: backers.filter((a) => hasTerm(a, detail)), clash: [] };
    // Whose people they are is part of the detail when that is what the sources say otherwise.
    let shown = detail;
    if (detail.holder && (detail.kind === 'term' || detail.kind === 'name')) {
      const held = judgeHolder(detail, related, judged);
      if (held !== judged) [judged, shown] = [held, { ...detail, text: heldBy(detail.holder, detail.text) }];
    }
    if (detail.title) {
      const titled = judgeTitle(detail, judged, related);
      const { text, holder, party } = detail.title;
      const owner = holder ?? party;
      if (titled !== judged) [judged, shown] = [titled, { ...detail, text: `${detail.text}, ${owner ? heldBy(owner, text.toLowerCase()) : text.toLowerCase()}` }];
    }
    // A coarser date that holds the finer one a source gives ("this summer", "15 July") does
    // not back a claim's other date ("June"): it agrees with that source, not with the claim.
    if (detail.date) {
      const strong = judged.clash.filter((c) => c.strong);
      judged.agree = judged.agree.filter((a) => !strong.some((c) => holdsDate(detail.date!, a, c.alignment)));
    }
    let outcome: Outcome = 'not-found';
    let clashing = judged.clash;
    if (judged.agree.length) {
      // Sources disagree among themselves when another source states the other value.
      const agreeing = sourcesOf(judged.agree);
      // ... and says about as much of the claim as the fact that agrees with it.
      const bar = THRESHOLDS.disputeShare * Math.max(...judged.agree.map((a) => a.matched));
      clashing = judged.clash.filter((c) => c.bound && !agreeing.has(c.alignment.fact.sourceId) && (c.direct || c.alignment.matched + c.alignment.clashed >= bar));
      // Two dates disagree only about one event: the day the diplomats had to leave and the
      // month of the attack are both right.
      if (detail.date) clashing = clashing.filter((c) => judged.agree.some((a) => dateOneEvent(detail.date!, a, c.alignment)));
      outcome = clashing.length ? 'disputed' : 'backed';
    } else {
      clashing = judged.clash.filter((c) => c.strong);
      if (clashing.length) outcome = 'clashes';
    }
    return { detail: shown, outcome, weight, backing: judged.agree, clashing: outcome === 'backed' ? [] : clashing };
  });
  // The words of a quote a source gives are given with it, in that source's wording.
  for (const q of out.filter((m) => m.detail.kind === 'quote' && m.outcome === 'backed')) {
    for (const m of out) {
      if (m.detail.kind === 'term' && m.outcome === 'not-found' && q.detail.words!.includes(m.detail.unit!)) {
        m.outcome = 'backed';
        m.backing = q.backing;
      }
    }
  }
  tellInOtherWords(out, related, new Set(claimUnits.flatMap((u) => u.alts)));
  return out;
}

// "Iran's diplomats": people or a body as one side's.
const heldBy = (side: string, text: string) => `${partyName(side)}'s ${text}`;

// People or a body of one side where the source sentences that tell them among the claim's
// own words (a neighbour word for word) have only the other side's ("Albanian diplomats were
// given 24 hours to leave" against "Iranian diplomats"): the roles are swapped. Stuxnet hitting
// Iranian systems is not set against the July attack on Albania's, which shares no word of it
// beside the systems. Sources that only name the other side's do not back the claim's.
function judgeHolder(d: Detail, facts: Alignment[], judged: Judged): Judged {
  const side = d.holder!;
  const other = OTHER_SIDE[side];
  if (!other) return judged;
  const holds = (a: Alignment, s: string) => d.unit!.alts.some((x) => a.fact.features.held?.includes(`${s}>${x}`));
  const onlyOther = (a: Alignment) => holds(a, other) && !holds(a, side);
  const agree = judged.agree.filter((a) => !onlyOther(a));
  const telling = facts.filter((a) => !a.fact.id.includes('+') && a.matched >= THRESHOLDS.clashAnchor && has(a, d.unit!) && d.neighbours.some((n) => hasLiterally(a, n)));
  const swapped = telling.filter(onlyOther).sort((a, b) => b.matched - a.matched);
  // ... and the sentence that tells them best says whose they are: "cyberattacks on its
  // critical infrastructure" leaves it open.
  const open = (a: Alignment) => !holds(a, side) && !holds(a, other) && a.matched >= swapped[0]!.matched;
  if (!swapped.length || telling.some((a) => holds(a, side) || open(a))) return { ...judged, agree };
  return { agree: [], clash: [{ alignment: swapped[0]!, says: heldBy(other, d.text), strong: true, bound: true }] };
}

// A person the claim gives another's office or the other side's ("Foreign Minister Edi Rama",
// "Rama is Iran's foreign minister"), where the sources name the person: the lexicon knows
// each person's office and side, and the sources tell them with the name.
function judgeTitle(d: Detail, judged: Judged, related: Alignment[]): Judged {
  const id = d.entity!.id;
  if (id.startsWith('name:')) return judgeStranger(d, judged, related);
  const office = entityEntry(id)?.office;
  const acts = actingFor(id, true);
  const otherOffice = !!office && !!d.title!.role && d.title!.role !== office;
  const otherSide = !!d.title!.holder && acts.length > 1 && !acts.includes(d.title!.holder);
  if (!(otherOffice || otherSide) || !judged.agree.length) return judged;
  const officeName = office ? entityEntry(office)?.names[0] ?? d.title!.text : d.title!.text.toLowerCase();
  const side = acts.find((x) => OTHER_SIDE[x]) ?? acts[acts.length - 1]!;
  const telling = judged.agree.find((a) => a.fact.quote.toLowerCase().includes(officeName)) ?? judged.agree[0]!;
  return { agree: [], clash: [{ alignment: telling, says: `${d.text}, ${partyName(side)}'s ${officeName}`, strong: true, bound: true }] };
}

// A person the lexicon does not know, given an office whose holder for that party the sources
// name in a sentence telling much of the claim ("UK Foreign Secretary Liz Truss said ...",
// where the sources have James Cleverly say it): the sources give the office to another.
function judgeStranger(d: Detail, judged: Judged, related: Alignment[]): Judged {
  const { role, party, holder } = d.title!;
  const of = party ?? holder;
  if (!role || !of || judged.agree.length) return judged;
  const says = (holder: string) => `${partyName(holder)}, ${partyName(of)}'s ${d.title!.text.toLowerCase()}`;
  for (const p of ENTITIES) {
    if (p.kind !== 'person' || p.office !== role || !actingFor(p.id, true).includes(of)) continue;
    const telling = related.filter((a) => a.matched >= THRESHOLDS.clashAnchor && setsOf(a.fact).terms.has(`e:${p.id}`)).sort((a, b) => b.matched - a.matched)[0];
    if (telling) return { agree: [], clash: [{ alignment: telling, says: says(p.id), strong: true, bound: true }] };
  }
  return judged;
}

// Plain words no source sentence states may be told there in other words WordNet relates to
// them ("a mistaken decision" for "the wrong decision"), but only where the sentence that
// states most of the claim has such a word for every one of them: a relation in some sense
// is too loose to vouch for a word when other words of the claim go unstated anyway.
function tellInOtherWords(out: MatchedDetail[], related: Alignment[], claimWords: Set<string>): void {
  const unstated = out.filter((m) => m.detail.kind === 'term' && m.outcome === 'not-found' && !m.detail.rank);
  const best = related.reduce<Alignment | undefined>((b, a) => (a.matched >= THRESHOLDS.statesClaim && (!b || a.matched > b.matched) ? a : b), undefined);
  if (!unstated.length || !best || !unstated.every((m) => toldInOtherWords(best, m.detail, claimWords))) return;
  for (const m of unstated) Object.assign(m, { outcome: 'backed', backing: [best] });
}

// A fact has a word WordNet relates to the detail's in some sense, other than one the claim
// itself uses elsewhere ("rose against the new rulers" is not told by the source's "new").
function toldInOtherWords(a: Alignment, d: Detail, claimWords: Set<string>): boolean {
  const { terms, modal } = setsOf(a.fact);
  // A deed is not told by a word the fact has only as something to be done ("left" by "to go").
  const tells = (r: string) => terms.has(r) && !claimWords.has(r) && !(d.unit!.past && modal.has(r));
  return !!d.unit && d.unit.alts.some((x) => !x.includes(':') && relativesOf(x).some(tells));
}

/**
 * The facts that state an action in words, not as the act the lexicon reads: "support for
 * the decision" for "backed the decision". An action the claim denies is not backed by its
 * words ("declined to back" by "support").
 */
export function backedInWords(detail: Detail, related: Alignment[]): Alignment[] {
  if (detail.action?.negated) return [];
  return related.filter((a) => a.matched >= THRESHOLDS.backingAnchor && hasTerm(a, detail));
}

/** Share of a quote's longer words that a source sentence has as they are written. */
export function wordForWord(quote: string, source: string): number {
  const mine = quote.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const theirs = new Set(source.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return mine.length ? mine.filter((w) => theirs.has(w)).length / mine.length : 0;
}
