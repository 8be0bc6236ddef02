import type { Analysis } from './features';

// Things only this dispute has: naming one of them puts a sentence on topic by itself.
const DISPUTE_ENTITIES = new Set(['e-albania', 'homeland-justice']);
// Words that tie a mention of one side to the dispute rather than to other news about it.
const CYBER = new Set(['c:cyberattack']);
const DIPLOMATIC = new Set(['c:relations', 'c:diplomat', 'c:ambassador', 'c:expel', 'a:expel']);

function has(a: Analysis, set: Set<string>): boolean {
  return a.units.some((u) => u.alts.some((x) => set.has(x)));
}

/**
 * Whether a sentence is about the Albania–Iran dispute on its own: it names both sides
 * (the MEK counts as Iran's side), something only the dispute has, or one side together
 * with the cyberattack or the diplomatic break.
 */
export function isAboutDispute(a: Analysis): boolean {
  if (a.features.entities.some((e) => DISPUTE_ENTITIES.has(e.id))) return true;
  const albania = a.sides.has('albania');
  const iran = a.sides.has('iran');
  if (albania && iran) return true;
  if (albania && (has(a, CYBER) || has(a, DIPLOMATIC))) return true;
  // "Iranian diplomats were expelled" is the dispute; "Iran's diplomats met Saudi envoys"
  // and "Canada severed relations with Iran" are not.
  const thirdCountry = a.features.entities.some((e) => e.kind === 'country' && e.id !== 'iran' && e.id !== 'albania');
  if (iran && !thirdCountry && has(a, DIPLOMATIC) && a.units.some((u) => u.alts.includes('c:expel') || u.alts.includes('a:expel') || u.alts.includes('a:cut'))) return true;
  return false;
}

/** Whether a sentence carries a detail worth checking (an amount, a date or a name other than the two sides). */
export function hasCheckableDetail(a: Analysis): boolean {
  return (
    a.features.numbers.length > 0 ||
    a.features.dates.length > 0 ||
    a.units.some((u) => !u.side && u.alts.some((x) => x.startsWith('e:')))
  );
}
