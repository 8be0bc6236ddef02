// The dispute's lexicon applied to a sentence's tokens: which words and phrases name a side,
// a body, a person or a place, and which stand for a concept or an action of the dispute.
import { tokenize, stem, type Token } from './text';
import { ACTIONS, CONCEPTS, ENTITIES, type EntityEntry } from '../knowledge/dispute';
import { BACK_IN_TIME, CAPITAL_NAMES, IRREGULAR_PAST, KNOWING_VERBS, MONTHS, WH_WORDS, PARTICLE_VERBS, STOPWORDS, WEEKDAYS, NEGATORS, STANCE_OBJECTS, REGION_WORDS } from '../knowledge/english';

const INFLECTED = /(?:s|ed|d|ing|er|ers|ment|ments|ion|ions|ation|ations)$/;
// Every single word the concept and the action lists give as they are written.
const single = (words: string[]) => new Set(words.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
const LISTED_CONCEPTS = single(Object.values(CONCEPTS).flat());
const LISTED_ACTIONS = single(ACTIONS.flatMap((a) => a.words));

/** What the lexicon knows of a word or phrase: the name it is, the concepts and the action it stands for. */
export interface Annotation {
  length: number;
  entity?: EntityEntry;
  concepts: string[];
  action?: { id: string; group: string };
}

// Phrase tables keyed by the stems of their words, so "carried out" finds "carry out" and
// "severing" finds "sever" without listing every inflection.
const PHRASES = new Map<string, Annotation>();

/** Whether the lexicon has a word or phrase as written or by its stem ("e-albania", "short-sighted"). */
export function knowsPhrase(word: string): boolean {
  return PHRASES.has(word) || PHRASES.has(stem(word));
}
let longestPhrase = 1;

function key(words: string[]): string {
  return words.map((w) => stem(w)).join(' ');
}

// First words (as written and as stems) of multi-word phrases: most words start none, and
// skip the longer lookups entirely.
const PHRASE_STARTS = new Set<string>();

function annotation(k: string, length: number): Annotation {
  let a = PHRASES.get(k);
  if (!a) {
    a = { length, concepts: [] };
    PHRASES.set(k, a);
    longestPhrase = Math.max(longestPhrase, length);
    if (length > 1) PHRASE_STARTS.add(k.slice(0, k.indexOf(' ')));
  }
  return a;
}

for (const e of ENTITIES) {
  for (const name of e.names) {
    const words = name.split(' ');
    const a = annotation(words.join(' '), words.length);
    if (!a.entity) a.entity = e;
  }
}
for (const [concept, words] of Object.entries(CONCEPTS)) {
  for (const w of words) {
    const parts = tokenize(w).map((t) => t.word);
    const a = annotation(key(parts), parts.length);
    if (!a.concepts.includes(concept)) a.concepts.push(concept);
  }
}
for (const act of ACTIONS) {
  for (const w of act.words) {
    const parts = tokenize(w).map((t) => t.word);
    const a = annotation(key(parts), parts.length);
    if (!a.action) a.action = { id: act.id, group: act.group };
  }
}

/** Whether a single word names one of the opposable actions ("severs", "condemned"). */
export function isActionWord(word: string): boolean {
  const a = PHRASES.get(stem(word));
  return !!a && a.length === 1 && !!a.action;
}

const ENTITY_BY_ID = new Map(ENTITIES.map((e) => [e.id, e]));

/** The lexicon entry for an entity id, if it is a known one. */
export function entityEntry(id: string): EntityEntry | undefined {
  return ENTITY_BY_ID.get(id);
}

/**
 * Whether a party is no one in particular: a title ("the prime minister") or a body every
 * country has, named with no country ("the foreign ministry"). Such a party neither gives nor
 * takes words, and is no other doer.
 */
export function unplaced(party: string): boolean {
  const e = entityEntry(party);
  return !!e && (e.kind === 'role' || e.anyCountry === true);
}

/**
 * A party and those it acts for, nearest first: a spokeswoman for her council, a council for
 * its government, a government for its country (Adrienne Watson, the NSC, the White House,
 * the US). `sides`: also a body or person for the side or country it belongs to, which is
 * who their words speak for but not who does their acts (the MEK is not the Iranian state).
 */
export function actingFor(party: string, sides = false): string[] {
  const out = [party];
  for (let e = entityEntry(party); e; ) {
    const next = e.speaksFor ?? e.partOf ?? (sides ? e.side ?? e.country : undefined);
    if (!next || out.includes(next)) break;
    out.push(next);
    e = entityEntry(next);
  }
  return out;
}

// Names that are also ordinary words only count when written with a capital.
function nameNeedsCapital(e: EntityEntry, words: Token[]): boolean {
  if (words.length > 1) return false;
  const w = words[0]!;
  if (CAPITAL_NAMES.has(w.word)) return w.raw !== w.raw.toUpperCase();
  if ((e.agency && w.word !== 'dpa') || e.kind === 'person' || e.needsCapital) {
    return !/^[A-Z]/.test(w.raw);
  }
  return false;
}

/** A manner adverb ("firmly", "formally"): it may stand inside a phrasal verb. */
const MANNER = /^[a-z]{3,}ly$/;

/** The lexicon's reading of the longest phrase starting at a token, if it knows one. */
export function lookup(tokens: Token[], i: number): Annotation | undefined {
  const first = tokens[i]!.word;
  const longest = PHRASE_STARTS.has(first) || PHRASE_STARTS.has(stem(first)) ? Math.min(longestPhrase, tokens.length - i) : 1;
  for (let len = longest; len >= 1; len--) {
    const slice = tokens.slice(i, i + len);
    // A manner word inside a phrasal verb leaves it the same verb: "sided firmly with" is
    // "sided with".
    if (len >= 3 && MANNER.test(slice[1]!.word)) {
      const inner = [slice[0]!, ...slice.slice(2)];
      const a = PHRASES.get(inner.map((t) => t.word).join(' ')) ?? PHRASES.get(key(inner.map((t) => t.word)));
      if (a && a.length === len - 1 && !a.entity) return { ...a, length: len };
    }
    const exact = PHRASES.get(slice.map((t) => t.word).join(' '));
    const a = exact?.length === len ? exact : PHRASES.get(key(slice.map((t) => t.word)));
    if (!a || a.length !== len) continue;
    // A word that only shares a stem with a listed one must be an inflection of it:
    // "severs" is "sever", "severe" is not.
    if (len === 1 && a !== exact && !a.entity && !INFLECTED.test(slice[0]!.word)) {
      // ... and only for the lists that give it: "severe" is listed as strong, not as severing.
      const w = slice[0]!.word;
      const action = a.action && LISTED_ACTIONS.has(w) ? a.action : undefined;
      const concepts = LISTED_CONCEPTS.has(w) ? a.concepts : [];
      if (!action && !concepts.length) continue;
      if (action !== a.action || concepts !== a.concepts) return { length: 1, concepts, ...(action ? { action } : {}) };
    }
    if (a.entity && nameNeedsCapital(a.entity, slice)) {
      if (!a.concepts.length && !a.action) continue;
      return { ...a, entity: undefined };
    }
    // Stopwords and negators are never concepts ("not" must not read as a stem of "note").
    if (len === 1 && (STOPWORDS.has(slice[0]!.word) || NEGATORS.has(slice[0]!.word)) && !a.entity) continue;
    if (len === 1 && slice[0]!.word === 'back' && isParticle(tokens, i)) return undefined;
    return a;
  }
  return undefined;
}




// "Going back to", "brought back 1,118 services", "back in 2013": "back" as a verb's particle
// or an adverb of time backs no one.
function isParticle(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1]?.word ?? '';
  const then = tokens[i + 2]?.word ?? '';
  if (BACK_IN_TIME.has(after) || (after === 'in' && (/^\d/.test(then) || MONTHS[then] !== undefined))) return true;
  if (!before) return false;
  const w = before.word;
  return PARTICLE_VERBS.has(w) || IRREGULAR_PAST.has(w) || (w.length > 4 && /(?:ed|ing)$/.test(w));
}

/**
 * Whether the word here is a verb of finding out before what it found ("established that Iran
 * was behind it", "established who was behind the attack"): it finds something out and
 * establishes no ties.
 */
export function findsOut(tokens: readonly { word: string }[], i: number): boolean {
  const next = tokens[i + 1]?.word ?? '';
  return KNOWING_VERBS.has(stem(tokens[i]!.word)) && (WH_WORDS.has(next) || next === 'that');
}

/** Welcoming or backing a decision: a stance, whatever the verb. */
export const PRAISE: Annotation = { length: 1, concepts: ['support'], action: { id: 'praise', group: 'stance' } };

/** "welcomed the decision", "backed the move": support of a decision read as praise of it. */
export function stanceOnDecision(tokens: readonly { word: string }[], i: number): Annotation | undefined {
  const s = stem(tokens[i]!.word);
  if (s !== 'welcom' && s !== 'support' && s !== 'back' && s !== 'accept') return undefined;
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) if (STANCE_OBJECTS.has(tokens[k]!.word)) return PRAISE;
  return undefined;
}

/**
 * A run of two or more capitalised words the lexicon does not know ("Dominic Raab"),
 * starting here: the name of a person or body, which a claim can get wrong even when we
 * have never heard of it.
 */
export function unknownNameAt(tokens: Token[], i: number, used: Set<number>): Annotation | undefined {
  // The first word of a sentence is capitalised anyway ("Many Western observers").
  const nameLike = (k: number) => {
    const t = tokens[k];
    if (!t || k === 0 || used.has(k) || !/^[A-Z][a-z]/.test(t.raw) || STOPWORDS.has(t.word) || MONTHS[t.word] !== undefined || WEEKDAYS[t.word] !== undefined) return false;
    return !lookup(tokens, k) && !REGION_WORDS.has(t.word);
  };
  if (!nameLike(i) || !nameLike(i + 1)) return undefined;
  let j = i + 1;
  while (nameLike(j + 1)) j++;
  const words = tokens.slice(i, j + 1).map((t) => t.word);
  return { length: j - i + 1, concepts: [], entity: { id: `name:${words.join('-')}`, kind: 'person', names: [words.join(' ')] } };
}
