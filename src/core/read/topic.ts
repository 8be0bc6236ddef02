import type { Analysis } from './analyse';
import { ALBANIA_CUES, CONTEXT_CUES, DISPUTE_NAMES, DISPUTE_PEOPLE, IRAN_CUES, STORY_CUES, THIRD_COUNTRY_CUES, TOPIC_CUES, TOPIC_PAIRS } from '../knowledge/dispute';
import { entityEntry } from './analyse';

function has(a: Analysis, term: string): boolean {
  return a.units.some((u) => u.alts.includes(term));
}

/**
 * Whether a sentence is about the Albania–Iran dispute on its own: it names both sides,
 * something only the dispute has (the MEK, e-Albania), one side together with what the
 * dispute is about (the cyberattack, the break, the diplomats, the exiled opposition), or
 * the break and the cyberattack together.
 */
export function isAboutDispute(a: Analysis): boolean {
  if (a.features.entities.some((e) => DISPUTE_NAMES.has(e.id))) return true;
  if (a.features.entities.some((e) => DISPUTE_PEOPLE.has(e.id)) && hasCheckableDetail(a)) return true;
  const albania = a.sides.has('albania');
  const iran = a.sides.has('iran');
  if (albania && iran) return true;
  const third = namesThirdCountry(a);
  const cues = third ? THIRD_COUNTRY_CUES : TOPIC_CUES;
  if ((albania || iran) && [...cues].some((c) => has(a, c))) return true;
  if (albania && [...ALBANIA_CUES].some((c) => has(a, c))) return true;
  if (iran && !third && [...IRAN_CUES].some((c) => has(a, c))) return true;
  return TOPIC_PAIRS.some(([x, y]) => has(a, x) && has(a, y));
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
  if (a.units.some((u) => u.alts.some((x) => CONTEXT_CUES.has(x)))) return true;
  return a.features.entities.some((e) => !e.id.startsWith('name:') && !entityEntry(e.id)?.agency && e.kind !== 'country');
}

// "Canada severed relations with Iran" is another country's dispute with Iran.
function namesThirdCountry(a: Analysis): boolean {
  return !a.sides.has('albania') && a.features.entities.some((e) => e.kind === 'country' && !entityEntry(e.id)?.side && e.id !== 'us');
}

/**
 * Whether a sentence read with nothing around it (a selection, a line) tells the dispute's
 * own story even where it does not name both sides: two of the dispute's cues, one of them
 * its own (the embassy, the accusations called baseless, the evidence shown to allies), and
 * something checkable. Another country's quarrel with Iran is not this one.
 */
export function tellsDisputeStory(a: Analysis): boolean {
  if (namesThirdCountry(a) || !hasCheckableDetail(a)) return false;
  const cues = new Set(a.units.flatMap((u) => u.alts.filter((x) => CONTEXT_CUES.has(x))));
  return cues.size >= 2 && [...cues].some((c) => STORY_CUES.has(c));
}
