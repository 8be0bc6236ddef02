// Whose people or body a word names ("Iranian diplomats", "Albania's government", "the
// president of Iran"): a stage of reading, run on claims and facts alike; facts keep what
// they read as "held" and the matching stage sets a claim's owner against theirs.
import type { EntityDetail } from '../types';
import type { TermUnit } from './analyse';
import type { Token } from './text';
import { entityEntry } from './lexicon';
import { HELD_BY_SIDE, type Side } from '../knowledge/dispute';
import { TITLE_MODIFIERS } from '../knowledge/english';

// The words that join a list of sides ("Iranian and Albanian diplomats").
const BOTH_WAYS = new Set(['and', 'or']);

/** Whether a word names people or a body that belong to a side: diplomats, a government, an office every country has. */
export function isHeld(u: TermUnit): boolean {
  return u.alts.some((x) => HELD_BY_SIDE.has(x) || isOffice(x));
}

// An office or a body every country has ("the prime minister", "the foreign ministry").
function isOffice(alt: string): boolean {
  const e = alt.startsWith('e:') ? entityEntry(alt.slice(2)) : undefined;
  return !!e && (e.kind === 'role' || !!e.anyCountry);
}

/**
 * The side whose people or body a word names: the side named just before it ("Albania's
 * president", "the Iranian foreign minister", "Iran's top diplomat", past one word that says
 * little) or after "of" ("the president of Iran").
 */
export function holderOf(entities: EntityDetail[], units: TermUnit[], tokens: Token[], held: TermUnit): Side | undefined {
  const endsAt = (from: number, text: string) => from + text.split(/[\s-]+/).length - 1;
  const sideAt = (e: EntityDetail | undefined) => {
    const entry = e && entityEntry(e.id);
    return entry?.side ?? entityEntry(entry?.country ?? '')?.side;
  };
  const between = units.find((u) => u.pos === held.pos - 1);
  // A side in a list of both ("Iranian and Albanian diplomats") holds them no more than the other.
  const ending = (p: number) => {
    const e = entities.find((x) => endsAt(x.pos, x.text) === p);
    return e && BOTH_WAYS.has(tokens[e.pos - 1]?.word ?? '') ? undefined : e;
  };
  // One word between may rank the official ("top") or be the side's own body ("Iranian
  // government systems"); a verb between ("Albania gave diplomats") ends the name.
  const modifies = !!between && ((between.light && TITLE_MODIFIERS.has(between.text.toLowerCase())) || (isHeld(between) && !between.verb));
  // ... and so does a break: "with Iran, Prime Minister Rama said".
  const broken = (p: number) => !!tokens[p]?.afterBreak;
  const before = broken(held.pos) ? undefined : sideAt(ending(held.pos - 1)) ?? (modifies && !broken(held.pos - 1) ? sideAt(ending(held.pos - 2)) : undefined);
  const after = endsAt(held.pos, held.text) + 1;
  if (tokens[after]?.word !== 'of') return before;
  const from = tokens[after + 1]?.word === 'the' ? after + 2 : after + 1;
  return before ?? sideAt(entities.find((x) => x.pos === from));
}

/** Each word of people or a body that a side is named as holding, as "side>term". */
export function heldBySides(entities: EntityDetail[], units: TermUnit[], tokens: Token[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    if (u.side || !isHeld(u)) continue;
    const side = holderOf(entities, units, tokens, u);
    // Only the words that are held: "state" is a government, not a saying, in "the Albanian state".
    if (side) for (const x of u.alts) if (HELD_BY_SIDE.has(x) || isOffice(x)) out.push(`${side}>${x}`);
  }
  return [...new Set(out)];
}

