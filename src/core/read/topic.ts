import type { Analysis } from './analyse';
import {
  ALBANIA_ANY_COMPANY, ALBANIA_EVENTS, DIGITAL_THINGS, PHYSICAL_THINGS, ATTACK_CUES, ATTACKED_NAMES, ALBANIA_MAY, ALBANIAN_DISPUTE_NAMES, BOTH_SIDES_CUES, CONTEXT_CUES, CYBER_DEFENCE_WORDS, DISPUTE_DAYS, DISPUTE_COUNTRIES, DISPUTE_EVENTS, IRAN_ANSWER,
  IRAN_EVENTS, IRAN_MAY, KINDS_OF, DISPUTE_SINCE, meetsCues, PRIVATE_VICTIMS, ATTACK_KINDS, QUARREL_WORDS, STORY_CUES, TOPIC_PAIRS,
} from '../knowledge/dispute';
import { entityEntry } from './analyse';
import { stem } from './text';
import { TARGETING } from '../knowledge/english';

/**
 * How a sentence stands to the dispute by itself: it `states` something of it (the break,
 * the expulsion, the attack on Albania and who was blamed, the MEK in Albania, the answers
 * to them); it `may` be about it, as far as it goes, but only its page can tell (the MEK with
 * nothing placing it); or it is not about it (`none`).
 */
export type Topic = 'states' | 'may' | 'none';

/** Every cue a sentence carries: its words' concepts, actions and entities, and "date" when it dates something. */
function cuesOf(a: Analysis): Set<string> {
  const cues = new Set<string>();
  for (const u of a.units) {
    // "Cyber security" guards systems; it is no attack on them.
    const guard = u.alts.includes('c:cyberattack') && CYBER_DEFENCE_WORDS.has(a.tokens[u.pos + 1]?.word ?? '') && !u.text.includes(' ');
    for (const x of cuesOfWord(u)) if (!(guard && (x === 'c:cyberattack' || x === 'c:attack'))) cues.add(x);
    if (u.past) cues.add('past');
  }
  if (a.features.dates.some((d) => !d.dateline)) cues.add('date');
  if (a.features.dates.some((d) => !d.inferred && DISPUTE_DAYS.some(([y, m, day]) => d.year === y && d.month === m && d.day === day))) cues.add('dispute-day');
  if (a.features.numbers.length) cues.add('amount');
  const digital = a.units.some((u) => u.alts.some((x) => DIGITAL_THINGS.includes(x)) && !u.alts.some((x) => PHYSICAL_THINGS.includes(x)));
  if (cues.has('c:attack') && digital) cues.add('c:cyberattack');
  return cues;
}

// A word's concepts, and the concept it names a kind of ("ransomware": a cyberattack).
function cuesOfWord(u: Analysis['units'][number]): string[] {
  const kind = KINDS_OF[u.text.toLowerCase()];
  return kind ? [...u.alts, kind] : u.alts;
}

function states(cues: Set<string>, events: readonly (keyof typeof DISPUTE_EVENTS)[]): boolean {
  return events.some((e) => DISPUTE_EVENTS[e].some((sets) => meetsCues(cues, sets)));
}

/** How a sentence stands to the dispute by itself (see `Topic`). */
export function disputeTopic(a: Analysis): Topic {
  const albania = a.sides.has('albania') && a.features.entities.some((e) => e.id !== 'mek' && sideOf(e.id) === 'albania');
  const mek = a.features.entities.some((e) => e.id === 'mek');
  const iran = a.features.entities.some((e) => e.id !== 'mek' && sideOf(e.id) === 'iran');
  if (a.features.entities.some((e) => ALBANIAN_DISPUTE_NAMES.has(e.id))) return 'states';
  // The MEK in Albania is the dispute's; elsewhere (a rally in Paris) it is not, and named
  // alone only the page can tell.
  if (mek) {
    if (albania) return 'states';
    if (!namesOtherState(a, true) && !namesOtherPlace(a)) return 'may';
  }
  const cues = cuesOf(a);
  if (a.features.entities.some((e) => ATTACKED_NAMES.has(e.id)) && ATTACK_CUES.some((c) => cues.has(c))) return 'states';
  if (albania && iran) return [...BOTH_SIDES_CUES].some((c) => cues.has(c)) || quarrels(a) ? 'states' : 'none';
  if (albania) {
    if (states(cues, ALBANIA_ANY_COMPANY)) return 'states';
    if (namesOtherState(a, true)) return 'none';
    // An attack on a business in Albania is not the attack on its state.
    const told = ALBANIA_EVENTS.filter((e) => states(cues, [e]));
    if (told.some((e) => e !== 'attack') || (told.length && !attacksPrivately(a))) return 'states';
    return meetsCues(cues, ALBANIA_MAY) ? 'may' : 'none';
  }
  if (iran) {
    if (!namesOtherState(a, false) && (states(cues, IRAN_EVENTS) || IRAN_ANSWER.some((sets) => sets.every((c) => cues.has(c))))) return 'states';
    // Iran's cyberattacks are news everywhere, other countries' too: only the page can tell.
    return states(cues, IRAN_MAY) ? 'may' : 'none';
  }
  if (mek) return 'none';
  return !namesOtherState(a, true) && TOPIC_PAIRS.some(([x, y]) => cues.has(x) && cues.has(y)) ? 'states' : 'none';
}

const PRIVATE_VICTIM_STEMS = new Set(PRIVATE_VICTIMS.map(stem));

// "A ransomware attack on a hotel", "hackers hit a bank": a business, not the state, was what
// the attack hit. A bank "of Albania" is the state's; so is anything beside its systems.
function attacksPrivately(a: Analysis): boolean {
  if (a.units.some((u) => !u.side && u.alts.includes('c:government'))) return false;
  return a.tokens.some((t, i) => {
    if (!PRIVATE_VICTIM_STEMS.has(stem(t.word)) || a.tokens[i + 1]?.word === 'of') return false;
    for (let k = i - 1; k >= Math.max(0, i - VICTIM_REACH); k--) {
      if (TARGETING.has(a.tokens[k]!.word)) return true;
      if (a.units.some((u) => u.pos === k && u.verb && u.alts.some((x) => ATTACK_KINDS.has(x) || x === 'c:suffer'))) return true;
    }
    return false;
  });
}

/** How far after an attack's verb or its "on" the business it hit may stand ("an attack on a small family hotel"). */
const VICTIM_REACH = 4;

const QUARREL_STEMS = new Set([...QUARREL_WORDS].map(stem));

// "Mediated between", "strained ties", "compensation from": the two sides' quarrel.
function quarrels(a: Analysis): boolean {
  return a.tokens.some((t) => QUARREL_WORDS.has(t.word) || QUARREL_STEMS.has(stem(t.word)));
}

/**
 * Whether a sentence names both sides, each by itself: one that does and states nothing of
 * the dispute ("their cultural ties date back to antiquity") is about the two countries, and
 * no page makes it the dispute's.
 */
export function namesBothSides(a: Analysis): boolean {
  const named = (side: string) => a.features.entities.some((e) => e.id !== 'mek' && sideOf(e.id) === side);
  return named('albania') && named('iran');
}

/** Whether a sentence states something of the dispute by itself. */
export function isAboutDispute(a: Analysis): boolean {
  return disputeTopic(a) === 'states';
}

function sideOf(id: string): string | undefined {
  const e = entityEntry(id);
  return e?.side ?? entityEntry(e?.country ?? '')?.side;
}

/** Whether a sentence carries a detail worth checking (an amount, a date, an action, a quote or a name other than the two sides). */
export function hasCheckableDetail(a: Analysis): boolean {
  return (
    a.features.numbers.length > 0 ||
    a.features.dates.length > 0 ||
    a.features.actions.length > 0 ||
    (a.quotes?.length ?? 0) > 0 ||
    a.units.some((u) => !u.side && u.alts.some((x) => x.startsWith('e:')))
  );
}

/**
 * Whether a sentence that names neither side speaks of the dispute all the same, so that its
 * page or paragraph can make it about the dispute: a cue of the dispute, or a body or person
 * it knows (a name the lexicon has, other than an outlet).
 */
export function speaksOfDispute(a: Analysis): boolean {
  if (a.sides.size) return true;
  if (a.units.some((u) => cuesOfWord(u).some((x) => CONTEXT_CUES.has(x)))) return true;
  return a.features.entities.some((e) => !e.id.startsWith('name:') && !entityEntry(e.id)?.agency && e.kind !== 'country');
}

/**
 * Whether a sentence names a country other than the two sides ("Canada severed relations
 * with Iran" is another country's dispute with Iran). `allies`: the countries that took part
 * in the dispute (the US, the UK) do not count.
 */
function namesOtherState(a: Analysis, allies: boolean): boolean {
  for (const e of a.features.entities) {
    if (e.kind !== 'country' || entityEntry(e.id)?.side) continue;
    if (!(allies && DISPUTE_COUNTRIES.has(e.id))) return true;
  }
  return false;
}

// A place the lexicon knows outside Albania ("Paris", "Natanz").
function namesOtherPlace(a: Analysis): boolean {
  return a.features.entities.some((e) => e.kind === 'place' && e.id !== 'tehran' && entityEntry(e.id)?.country !== undefined && sideOf(e.id) !== 'albania');
}

/**
 * Whether a sentence read with nothing around it (a selection, a line) tells the dispute's
 * own story even where it does not name both sides: two of the dispute's cues, one of them its own
 * (the embassy, the accusations called baseless, the evidence shown to allies), and
 * something checkable. Another country's quarrel with Iran is not this one.
 */
export function tellsDisputeStory(a: Analysis): boolean {
  if (namesOtherState(a, true) || !hasCheckableDetail(a)) return false;
  // Two cues are two words: "accused" is one cue, though it is both an accusation and an action.
  const words = a.units.filter((u) => cuesOfWord(u).some((x) => CONTEXT_CUES.has(x)));
  return words.length >= 2 && words.some((u) => cuesOfWord(u).some((x) => STORY_CUES.has(x)));
}

/**
 * Whether a sentence read with nothing around it speaks of a cyberattack and of nothing that
 * places it elsewhere: no other country or place, no name the lexicon does not know (another
 * victim, another piece of malware), no year before the dispute's. Read alone, such a line is
 * the dispute's attack ("in July the actors launched ransomware on the networks"); one that
 * names another victim or year is another story.
 */
export function speaksOfAttackOnly(a: Analysis): boolean {
  if (!a.units.some((u) => cuesOfWord(u).includes('c:cyberattack'))) return false;
  if (namesOtherState(a, true) || namesOtherPlace(a) || attacksPrivately(a)) return false;
  if (a.units.some((u) => u.capital && !u.side && !u.alts.some((x) => x.startsWith('e:')))) return false;
  if (a.features.entities.some((e) => e.id.startsWith('name:'))) return false;
  return !a.features.dates.some((d) => d.year !== undefined && d.year !== null && d.year < DISPUTE_SINCE);
}

