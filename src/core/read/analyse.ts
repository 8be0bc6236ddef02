import type { ActionDetail, EntityDetail, Features } from '../types';
import { foldTypography, tokenize, stem, type Token } from './text';
import { isFraming } from './framing';
import { parseDates, parseRef } from './dates';
import { parseNumbers } from './amounts';
import { entityEntry, findsOut, isActionWord, knowsPhrase, lookup, PRAISE, stanceOnDecision, unknownNameAt } from './lexicon';
import { ATTACK_KINDS, DISPUTE_SINCE, EVENT_CONCEPTS, HAPPENING_CONCEPTS, meetsCues, TOLD_ACTS, type Side } from '../knowledge/dispute';
import { heldBySides } from './holders';
import {
  ADPOSITIONS, AGAIN_WORDS, SAYING_WORDS, BEFORE_SAYING_DATE, LATER_WORDS, ASSERTION_NOUNS, DATE_HEDGES, TENURE_VERBS, DISTANCE_UNITS, FRAMING_IDIOMS, LIST_JOINERS, ANOTHER_OF_KIND, CLAUSE_BREAKS, DETERMINERS, IRREGULAR_PAST, KNOWING_VERBS, PINNING_VERBS, INABILITY, WH_WORDS, LIGHT_WORDS, REPORTING_NOUNS, REPORTING_VERBS, MEASURED_FROM, MODAL_ADVERBS, MODAL_MARKERS, POSSIBILITY, NEGATED_SUBJECTS, NEGATORS, RELATIVE_WORDS, SPAN_OFFSETS, STOPWORDS,
} from '../knowledge/english';

// The lexicon's look-ups, for the modules that read a sentence's words after this one.
export { entityEntry, isActionWord };

/** One word (or phrase) of a claim that a fact has to cover, with its interchangeable forms. */
export interface TermUnit {
  /** Any of these in a fact's terms covers the unit. */
  alts: string[];
  pos: number;
  text: string;
  /** Written with a capital inside the sentence: a name, even when we do not know it. */
  capital: boolean;
  /** Light words ("said", "country") count for less. */
  light: boolean;
  /** Names of one side of the dispute: everywhere in the sources, so they count for less. */
  side: boolean;
  /** A verb told as done ("left", "expelled"), which a source's "to leave" does not back. */
  past?: boolean;
  /** A verb, done or to be done, or an action word. */
  verb?: boolean;
}

/** Features plus the per-word units used to measure how much of a claim a fact covers. */
export interface Analysis {
  features: Features;
  units: TermUnit[];
  sides: Set<Side>;
  tokens: Token[];
  /** For claims: quoted passages, as token ranges [from, to). */
  quotes?: { from: number; to: number; text: string }[];
  /** For claims: the words of "could not determine", which say that what follows is not known. */
  unknowing?: string;
}

// A passage in quotation marks, three words at least ("“undeniable evidence”" is a phrase).
const QUOTED = /["\u201c\u201d]([^"\u201c\u201d]{12,}?)["\u201c\u201d]/g;

function quotedPassages(sentence: string): { from: number; to: number; text: string }[] {
  const out: { from: number; to: number; text: string }[] = [];
  for (const m of sentence.matchAll(QUOTED)) {
    const from = splitCompounds(tokenize(sentence.slice(0, m.index! + 1))).length;
    const length = splitCompounds(tokenize(m[1]!)).length;
    if (length >= 3) out.push({ from, to: from + length, text: m[1]!.trim() });
  }
  return out;
}

const PAST_FORM = /^[a-z]+ed$/;

/** The stems of the verbs of saying. */
export const REPORTING_STEMS = new Set([...REPORTING_VERBS].map(stem));

// How a claim reports what was said is no detail of it: "explained", "emphasised", "stated".
// A noun ("a note") and any form after a determiner ("the claims", "the written accusation",
// "its stated aim") are words of their own; "Iran claims" reports.
function reports(t: Token, before: Token | undefined): boolean {
  return REPORTING_STEMS.has(stem(t.word)) && !REPORTING_NOUNS.has(t.word) && !DETERMINERS.has(before?.word ?? '');
}

/** Whether a word as written is a verb's past form ("expelled", "left"), told as done. */
export function isPastForm(t: Token): boolean {
  return PAST_FORM.test(t.raw) || IRREGULAR_PAST.has(t.word);
}
/** How far back a "will", "would" or "to" reaches over the plain verbs of its clause ("would be cut and all 15 diplomats leave"). */
const MODAL_SCOPE = 8;

function modalScope(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MODAL_SCOPE); k--) {
    const w = tokens[k]!.word;
    if (w === 'will' || w === 'would' || w === 'must' || w === 'should') return true;
    if (PAST_FORM.test(tokens[k]!.raw) || w === 'said' || w === 'says') return false;
  }
  return false;
}

// A modal (of `markers`) right before a verb, or with an adverb between ("may soon restore",
// "could also face").
function modalBefore(tokens: Token[], i: number, markers: ReadonlySet<string> = MODAL_MARKERS): boolean {
  const before = tokens[i - 1]?.word ?? '';
  if (markers.has(before)) return true;
  return MODAL_ADVERBS.has(before) && markers.has(tokens[i - 2]?.word ?? '');
}

/** How many tokens either side of a date count as its context. */
const NEAR_DATE = 8;
/** The wider context of a date, for telling whether two dates speak of one event. */
const WIDE_DATE = 10;
/** How many of the closest words within that window describe the date. */
const NEAR_UNITS = 2;
/** Words this close to a date are taken to be what it dates. */
const ADJACENT = 3;

/**
 * What a date dates, narrowly: the noun it qualifies when it stands as an adjective ("the
 * July cyberattack"), otherwise the words of its clause before it ("joined NATO in 2009",
 * "a cyberattack that happened in July"), and failing those the word after it. Widely:
 * every content word within a few words either side.
 */
function dateContext(tokens: Token[], units: TermUnit[], start: number, end: number): { near: string[]; wide: string[]; attributive?: boolean } {
  // "Earlier in 2022", "later that month": words that place a date in time are not what it dates.
  // Hedges and intensifiers ("reportedly", "massive") say nothing of which event a date dates.
  const usable = units.filter((u) => !u.light && !u.side && !SPAN_OFFSETS.has(u.text.toLowerCase()) && !isFraming(u.text));
  const after = usable.filter((u) => u.pos > end && u.pos - end <= NEAR_DATE);
  const terms = (list: TermUnit[]) => [...new Set(list.flatMap((u) => u.alts))];
  const wide = terms(usable.filter((u) => (u.pos < start ? start - u.pos : u.pos - end) <= WIDE_DATE && (u.pos < start || u.pos > end)));
  // An adjectival date is bound to its noun: its wider context is that noun alone. A hedge
  // may stand between it and its article ("the alleged June attack").
  let article = start - 1;
  while (article > 0 && (DATE_HEDGES.has(tokens[article]!.word) || (isFraming(tokens[article]!.word) && !/^[A-Z]/.test(tokens[article]!.raw)))) article--;
  if (DETERMINERS.has(tokens[article]?.word ?? '') && after[0]?.pos === end + 1) return { near: terms([after[0]]), wide: terms([after[0]]), attributive: true };
  // "in 2010 when the Stuxnet virus infected…": the clause after "when" is the event.
  if (tokens[end + 1]?.word === 'when' && after.length) return { near: terms(after.slice(0, 3)), wide };
  const before: TermUnit[] = [];
  let crossed = false;
  for (let i = start - 1; i >= Math.max(0, start - NEAR_DATE) && before.length < 2; i--) {
    if (CLAUSE_BREAKS.has(tokens[i]!.word)) {
      if (crossed) break;
      crossed = true;
      continue;
    }
    const u = usable.find((x) => x.pos === i);
    if (!u) continue;
    before.push(u);
    if (crossed) break;
  }
  // The event a date dates is told by a verb: the nearest one before it in its sentence
  // ("moved to Albania from a camp in Iraq in 2016") joins what it qualifies.
  // A noun that is an event itself ("the revolution ... in 1978") is what is dated, unless it
  // is the object of another verb and stands apart from the date: "attributed the attack to
  // Iran in August" dates the attributing. A verb by which the event happens ("launched the
  // attack in July", "was hit by a cyberattack in July") dates the event.
  const isEvent = (u: TermUnit) => u.alts.some((x) => EVENT_CONCEPTS.has(x));
  const happening = (u: TermUnit) => u.alts.some((x) => HAPPENING_CONCEPTS.has(x));
  const verbBefore = usable.filter((u) => u.verb && u.pos < start && start - u.pos <= NEAR_DATE * 2).pop();
  // Only articles and describing words stand between a verb and its object.
  const objectOf = (v: TermUnit, u: TermUnit) => u.pos > v.pos && tokens.slice(v.pos + 1, u.pos).every((t) => !ADPOSITIONS.has(t.word));
  const datesVerb =
    !!verbBefore && !isEvent(verbBefore) && !happening(verbBefore) &&
    before.some((u) => isEvent(u) && objectOf(verbBefore, u)) && !before.some((u) => isEvent(u) && start - u.pos < ADJACENT);
  if (datesVerb) return { near: terms([verbBefore!, ...before.filter((u) => !isEvent(u) && u.pos > verbBefore!.pos)]), wide };
  const verb = before.some(isEvent) ? undefined : verbBefore;
  if (verb && !before.includes(verb)) before.push(verb);
  return { near: terms(before.length ? before : after.slice(0, 1)), wide };
}

// Whether the clause of a date tells an attack as another of its kind: "a second" (or
// "another", "fresh") right before the attack, "again" right after a verb of it, or "later"
// right before one ("a second cyberattack ... on 9 September", "hackers struck again on 9
// September", "hackers later struck the parliament in December").
function anotherOfKind(tokens: Token[], units: TermUnit[], start: number, end: number): boolean {
  const attack = (u: TermUnit | undefined) => !!u && u.alts.some((x) => ATTACK_KINDS.has(x));
  const doneBefore = (u: TermUnit, i: number) => u.verb && u.pos < i && i - u.pos <= AGAIN_REACH && (attack(u) || u.alts.some((x) => HAPPENING_CONCEPTS.has(x)));
  const from = Math.max(0, start - ANOTHER_REACH);
  const to = Math.min(tokens.length - 1, end + ANOTHER_REACH);
  for (let i = from; i <= to; i++) {
    const w = tokens[i]!.word;
    if (ANOTHER_OF_KIND.has(w) && attack(units.find((u) => u.pos === i + 1))) return true;
    if (AGAIN_WORDS.has(w) && units.some((u) => doneBefore(u, i))) return true;
    if (LATER_WORDS.has(w) && units.some((u) => u.pos === i + 1 && u.verb && attack(u))) return true;
  }
  return false;
}

// "Accepted the statements", "admitted the evidence": what is taken in is words, not people,
// so nobody came to live anywhere.
function acceptsWords(tokens: Token[], after: number): boolean {
  for (let k = after; k < Math.min(tokens.length, after + 3); k++) {
    if (ASSERTION_NOUNS.has(tokens[k]!.word)) return true;
    if (!DETERMINERS.has(tokens[k]!.word) && !/^[a-z]+$/.test(tokens[k]!.word)) return false;
  }
  return false;
}

// A date right after "said" or "told" ("Rama said in 2023 that ...", "told reporters on
// Monday"): it dates the saying, not what was said.
function datesSaying(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - SAYING_REACH); k--) {
    const w = tokens[k]!.word;
    if (SAYING_WORDS.has(w)) return true;
    if (!BEFORE_SAYING_DATE.has(w)) return false;
  }
  return false;
}

/** How far before a date the verb of saying it dates may stand ("told reporters on Monday"). */
const SAYING_REACH = 4;

// A date inside an aside about a person ("Rama, who has led Albania since 2013, said"): it
// dates something of that person's, not what the sentence tells.
function inPersonAside(tokens: Token[], start: number): boolean {
  // Only a tenure tells the person's story ("who has led Albania since 2013"); a deed in the
  // aside ("who cut ties in 2021", "who delivered a keynote in March") is dated all the same.
  let tenure = tokens[start - 1]?.word === 'since';
  for (let k = start - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (TENURE_VERBS.has(t.word)) tenure = true;
    if (t.word === 'who' && t.afterBreak) return tenure;
    if (t.afterBreak) return false;
  }
  return false;
}


// Whether a date, not bound to a noun, dates one of the dispute's acts with no event named near
// it ("cut ties with Iran in July"): then a source's date of an event is no date of it.
function datesAnAct(units: TermUnit[], pos: number, near: string[], attributive: boolean): boolean {
  const eventNear = units.some((u) => Math.abs(u.pos - pos) <= NEAR_DATE && u.alts.some((x) => EVENT_CONCEPTS.has(x)));
  return !attributive && !eventNear && near.some((x) => x.startsWith('a:'));
}

// The idioms by their first word: every sentence of a page is read, so each word looks up
// only the few idioms it could open.
const IDIOMS_BY_FIRST = new Map<string, readonly string[][]>();
for (const p of FRAMING_IDIOMS) IDIOMS_BY_FIRST.set(p[0]!, [...(IDIOMS_BY_FIRST.get(p[0]!) ?? []), p]);

/** The positions of the framing idioms ("in the wake of") among a sentence's words, given as lower-case words by position. */
export function idiomsIn(length: number, wordAt: (i: number) => string | undefined): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < length; i++) {
    for (const p of IDIOMS_BY_FIRST.get(wordAt(i) ?? '') ?? []) {
      if (p.every((w, k) => wordAt(i + k) === w)) for (let k = 0; k < p.length; k++) out.add(i + k);
    }
  }
  return out;
}

/** How far from a date the word that makes its attack another one ("a second", "again") may stand. */
const ANOTHER_REACH = 8;
/** How far after the verb of an attack its "again" may stand ("struck the state's systems again"). */
const AGAIN_REACH = 4;

/** How many words after a distance the place it is measured from may stand ("40 kilometres outside of Tirana"). */
const FROM_SPAN = 6;

// The place a distance is measured from: the first place or country after it, past a word
// that measures from ("outside", "west of"), before the clause ends.
function measuredFrom(tokens: Token[], entities: EntityDetail[], pos: number): EntityDetail | undefined {
  let measuring = false;
  for (let k = pos + 1; k <= pos + FROM_SPAN && k < tokens.length; k++) {
    const e = entities.find((x) => x.pos === k);
    // "30 km outside Albania's capital, Tirana": a country before a noun of its own is not the
    // place; the noun, or the name after it, is.
    const next = tokens[k + 1]?.word;
    if (e?.kind === 'country' && next && !CLAUSE_BREAKS.has(next) && !LIST_JOINERS.has(next)) continue;
    if (e) return measuring && (e.kind === 'place' || e.kind === 'country') ? e : undefined;
    if (MEASURED_FROM.has(tokens[k]!.word)) measuring = true;
    else if (CLAUSE_BREAKS.has(tokens[k]!.word)) return undefined;
  }
  return undefined;
}


/** How many words either side of a name tell where it stands. */
const PLACE_SPAN = 3;

// The plain words around a name, with their other forms: names, sides and light words say
// nothing of its place.
function placeOf(units: TermUnit[], pos: number): string[] {
  const named = (u: TermUnit) => u.alts.some((x) => x.startsWith('e:'));
  const near = units.filter((u) => u.pos !== pos && Math.abs(u.pos - pos) <= PLACE_SPAN && !u.light && !u.side && !named(u));
  return [...new Set(near.flatMap((u) => u.alts.filter((x) => !x.startsWith('e:'))))];
}

/** Terms of the content words closest to a position, within a small window. */
function nearTerms(units: TermUnit[], start: number, end: number): string[] {
  const gap = (u: TermUnit) => (u.pos < start ? start - u.pos : u.pos > end ? u.pos - end : 0);
  // Judgements and hedges ("strongly") say nothing of who acts or what is dated.
  const candidates = units
    .filter((u) => !u.light && !u.side && !isFraming(u.text) && gap(u) > 0 && gap(u) <= NEAR_DATE)
    .sort((a, b) => gap(a) - gap(b));
  // The words right next to a date name its event ("the July cyberattack"); only when
  // there are none does it reach further ("the MEK moved to Albania in 2016").
  const adjacent = candidates.filter((u) => gap(u) <= ADJACENT);
  const close = adjacent.length ? adjacent : candidates.slice(0, NEAR_UNITS);
  return [...new Set(close.flatMap((u) => u.alts))];
}

// A place in capitals and a date, then a dash: the head of a wire report.
const DATELINE = /^\s*(?:[A-Z][A-Z .'-]+,\s*)+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]*\)\s*)?[-:]/;

// "could not determine", "was unable to confirm", "has not established": a negator, then
// within two words a verb of finding out.
function unknowingAt(tokens: Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!isNegator(tokens, i) && tokens[i]!.word !== 'unable') continue;
    const unable = INABILITY.has(tokens[i]!.word) || INABILITY.has(tokens[i - 1]?.word ?? '');
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const w = tokens[k]!.word;
      if (KNOWING_VERBS.has(w) || KNOWING_VERBS.has(stem(w)) || (unable && (PINNING_VERBS.has(w) || PINNING_VERBS.has(stem(w))))) return tokens.slice(i, k + 1).map((t) => t.raw).join(' ');
    }
  }
  return undefined;
}

function isNegator(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.word;
  if (w.endsWith("n't")) return true;
  if (NEGATORS.has(w)) return true;
  return w === 'failed' && tokens[i + 1]?.word === 'to';
}

// "not" denies the verb right after it; "no" before a subject ("no data had been
// irreversibly deleted") denies its clause's verb, however far on it stands in the clause.
function negationEnd(tokens: Token[], i: number): number {
  if (!NEGATED_SUBJECTS.has(tokens[i]!.word)) return i + NEGATION_SPAN;
  let end = i + 1;
  while (end + 1 < tokens.length && end - i < CLAUSE_NEGATION_SPAN && !CLAUSE_BREAKS.has(tokens[end + 1]!.word)) end++;
  return Math.max(end, i + NEGATION_SPAN);
}

// Whether a verb stands in a list of aims opened by "to", with no past verb or clause of
// its own between ("to paralyse public services, erase systems").
function listedAfterTo(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - AIM_LIST_SPAN); k--) {
    const t = tokens[k]!;
    if (t.word === 'to' && k < i - 1) return true;
    // "... to steal data and Albania expels the diplomats": a new doer opens a clause of its own.
    const newDoer = t.word === 'and' && !!tokens[k + 1] && (/^[A-Z]/.test(tokens[k + 1]!.raw) || DETERMINERS.has(tokens[k + 1]!.word));
    if (isPastForm(t) || RELATIVE_WORDS.has(t.word) || newDoer) return false;
  }
  return false;
}

/** How far the next act of a list of aims ("to paralyse services, erase systems") may stand from the last. */
const AIM_LIST_SPAN = 5;

/** Words after "not" that it may deny. */
const NEGATION_SPAN = 4;
/** Words after "no" ("no data had been ... deleted") that it may deny, within its clause. */
const CLAUSE_NEGATION_SPAN = 8;

/**
 * Splits hyphenated words the lexicon does not know ("hack-and-leak", "Israel-Albania")
 * into their parts, keeping known ones whole ("e-Albania", "short-sighted").
 */
function splitCompounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.word.includes('-') || /^\d/.test(t.word) || knowsPhrase(t.word) || /^(mid|late|early)-/.test(t.word)) {
      out.push({ ...t, pos: out.length });
      continue;
    }
    const raws = t.raw.split('-').filter(Boolean);
    raws.forEach((raw, k) => {
      // "US-backed Shah": the participle describes the Shah; it is not an action of the sentence.
      const modifier = k === raws.length - 1 && k > 0 && /ed$/i.test(raw);
      out.push({ word: raw.toLowerCase(), raw, pos: out.length, ...(modifier ? { modifier: true } : {}) });
    });
  }
  return out;
}

/**
 * Reads a sentence into comparable features; `ref` resolves "Wednesday" and "last year".
 * Claims (`forClaim`) name places strictly: a claim's "Durres" is not the source's "Tirana".
 */
/** A sentence's tokens as analysis reads them, compounds of names split: the positions its details carry count in these. */
export function tokensOf(sentence: string): Token[] {
  return splitCompounds(tokenize(sentence));
}

export function analyse(sentence: string, ref?: string | null, forClaim = false): Analysis {
  const tokens = tokensOf(sentence);
  const used = new Set<number>();
  const refDate = parseRef(ref);
  // Names with a figure in them ("Ashraf 3") are names, not amounts.
  for (let i = 0; i < tokens.length; i++) {
    const named = /\d/.test(tokens[i + 1]?.word ?? '') ? lookup(tokens, i) : undefined;
    if (named?.entity && named.length > 1) for (let k = i; k < i + named.length; k++) used.add(k);
  }
  const dates = parseDates(tokens, used, refDate);
  const numbers = parseNumbers(tokens, used, (t, j) => !!lookup(t, j)?.entity);
  const entities: EntityDetail[] = [];
  const actions: ActionDetail[] = [];
  const units: TermUnit[] = [];
  const terms = new Set<string>();
  const sides = new Set<Side>();
  const modalAlts = new Set<string>();
  const doneAlts = new Set<string>();
  let negateUntil = -1;
  let negator = -1;
  const idiom = idiomsIn(tokens.length, (i) => tokens[i]?.word);
  // Whether the sentence reports what someone said ("Rama said ...").
  for (let i = 0; i < tokens.length; i++) {
    if (isNegator(tokens, i)) [negator, negateUntil] = [i, negationEnd(tokens, i)];
    if (used.has(i)) continue;
    const a = stanceOnDecision(tokens, i) ?? lookup(tokens, i) ?? unknownNameAt(tokens, i, used);
    // The words of an idiom ("in the wake of", "came to a head") tell how, not what.
    if (idiom.has(i) && !a?.entity) continue;
    const len = a?.length ?? 1;
    const slice = tokens.slice(i, i + len);
    const text = slice.map((t) => t.raw).join(' ');
    const alts: string[] = [];
    let side = false;
    if (a?.entity) {
      const e = a.entity;
      entities.push({ id: e.id, kind: e.kind, pos: i, text });
      alts.push(`e:${e.id}`);
      // A source's "near Durres" also says "in Albania"; a claim's place must match itself.
      if (e.country && (e.metonym || (!forClaim && entityEntry(e.country)?.side))) alts.push(`e:${e.country}`);
      if (e.partOf) alts.push(`e:${e.partOf}`);
      // ... and a source's "Rama" tells of the prime minister, less surely than by the title
      // itself ("r:"): it backs a claim's title, but vouches for no word beside it.
      if (e.office && !forClaim) alts.push(`r:${e.office}`);
      if (e.kind === 'role' && forClaim) alts.push(`r:${e.id}`);
      const sideOf = e.side ?? entityEntry(e.country ?? '')?.side;
      if (sideOf) {
        sides.add(sideOf);
        // The two sides are named everywhere in the sources, so naming them proves little.
        side = e.kind === 'country' || !!e.metonym;
      }
    }
    // "ordered to leave", "will take action": what is to be done has not been done yet.
    // ... and so is the next act of a list after "to" ("threatened to paralyse services, erase
    // systems and hack records").
    const listedAim = !isPastForm(tokens[i]!) && listedAfterTo(tokens, i);
    const modal = modalBefore(tokens, i) || (!isPastForm(tokens[i]!) && modalScope(tokens, i)) || listedAim;
    if (a?.action && !slice[0]!.modifier && !(len === 1 && findsOut(tokens, i))) {
      // "failed to achieve" negates what failed, not the failing.
      const negated = i <= negateUntil && i !== negator;
      // A denied subject ("no data ... deleted") denies one act, its clause's.
      if (negated && NEGATED_SUBJECTS.has(tokens[negator]!.word)) negateUntil = i;
      // (Whether the claim says it in its own voice is the frames' to read: see `reportsSpeech`.)
      const possible = modalBefore(tokens, i, POSSIBILITY);
      actions.push({ id: a.action.id, group: a.action.group, negated, pos: i, text, ...(modal ? { modal: true } : {}), ...(possible ? { possible: true } : {}) });
      alts.push(`a:${a.action.id}`);
    }
    for (const c of a?.concepts ?? []) if (!(c === 'relocate' && acceptsWords(tokens, i + len))) alts.push(`c:${c}`);
    const first = slice[0]!;
    if (!a) {
      if (STOPWORDS.has(first.word) || isNegator(tokens, i)) continue;
      if (/^\d+$/.test(first.word)) continue;
      // An unknown capitalised word inside the sentence is a name we cannot resolve; it
      // still has to be covered, under its own spelling.
      alts.push(stem(first.word));
    } else if (!a.entity && len === 1 && !STOPWORDS.has(first.word) && a !== PRAISE) {
      alts.push(stem(first.word));
    }
    for (const x of alts) terms.add(x);
    const light = !a?.entity && !a?.action && slice.every((t, k) => LIGHT_WORDS.has(t.word) || a?.concepts.includes('say') || reports(t, tokens[i + k - 1]));
    const capital = i > 0 && /^[A-Z]/.test(first.raw);
    // A word said twice is one thing to cover, not two.
    const again = units.some((u) => u.alts.length === alts.length && u.alts.every((x, k) => x === alts[k]));
    for (const x of alts) (modal ? modalAlts : doneAlts).add(x);
    const past = !modal && isPastForm(first);
    const verb = past || (modal && tokens[i - 1]?.word === 'to') || !!a?.action;
    if (!again) units.push({ alts, pos: i, text, light, side, capital, ...(past ? { past } : {}), ...(verb ? { verb } : {}) });
    i += len - 1;
  }
  for (const n of numbers) terms.add(`n:${n.unit}`);
  // A source sentence states the acts it tells in other words ("ordered to leave" is an expulsion).
  if (!forClaim) for (const t of TOLD_ACTS) if (meetsCues(terms, t.cues)) terms.add(t.concept);
  // Each date and action remembers the words around it, so that "a cyberattack in July" is
  // compared with the date of the cyberattack and not with the date of the break.
  // Claims keep the words around each amount and date, to tell whether a fact speaks of
  // the same event.
  const around = (from: number, to: number) =>
    units.filter((u) => !u.light && !u.side && (u.pos < from ? from - u.pos : u.pos - to) <= WIDE_DATE && (u.pos < from || u.pos > to)).map((u) => u.alts);
  // A dateline ("TIRANA, Sept. 8, 2022 -") or a page's date stamp ("date 2022-09-07")
  // opens the sentence, before anything happens in it.
  const dateline = DATELINE.test(foldTypography(sentence));
  for (const d of dates) {
    if ((dateline && d.pos <= 6) || /^\d{4}-\d{2}-\d{2}$/.test(d.text)) d.dateline = true;
    const { near, wide, attributive } = dateContext(tokens, units, d.pos, d.end ?? d.pos);
    if (attributive) d.attributive = true;
    if (datesAnAct(units, d.pos, near, !!attributive)) d.ofAct = true;
    if (forClaim) d.around = around(d.pos, d.end ?? d.pos);
    d.near = near;
    d.wide = wide;
    if (anotherOfKind(tokens, units, d.pos, d.end ?? d.pos)) d.another = true;
    // A saying dated after the dispute's year is a later one, which the sources cannot tell.
    if (inPersonAside(tokens, d.pos) || (datesSaying(tokens, d.pos) && (d.year ?? 0) > DISPUTE_SINCE)) d.aside = true;
    delete d.end;
  }
  for (const a of actions) a.near = nearTerms(units, a.pos, a.pos);
  // Each name remembers the words it stands among, so that a claim's name can be set against
  // the name a source has in its place ("to leave Kosovo" against "to leave Albania").
  for (const e of entities) e.around = placeOf(units, e.pos);
  for (const n of numbers) {
    n.near = nearTerms(units, n.pos, n.pos);
    if (forClaim) n.around = around(n.pos, n.pos);
    const from = DISTANCE_UNITS.has(n.unit) ? measuredFrom(tokens, entities, n.pos) : undefined;
    if (from) n.from = { id: from.id, text: from.text };
  }
  const modal = [...modalAlts].filter((x) => !doneAlts.has(x));
  const features: Features = { terms: [...terms], numbers, dates, entities, actions };
  if (modal.length) features.modal = modal;
  const held = heldBySides(entities, units, tokens);
  if (held.length) features.held = held;
  const out: Analysis = { features, units, sides, tokens };
  if (forClaim) {
    const unknowing = unknowingAt(tokens);
    if (unknowing) out.unknowing = unknowing;
    const quotes = quotedPassages(sentence);
    if (quotes.length) out.quotes = quotes;
  }
  return out;
}
