import type { ActionDetail, DateDetail, DetailResult, EntityDetail, NumberDetail } from '../types';
import type { Analysis, TermUnit } from './analyse';
import type { Side } from '../knowledge/dispute';
import { isFraming } from './framing';
import { AS_FAR_AS_KNOWN, LIST_JOINERS, NEGATORS, PAST_TITLES, RANKS, RANK_OWNERS, TIME_HEADS, TITLE_LINKS, TITLE_MODIFIERS, WEEKDAYS } from '../knowledge/english';
import { stem, tokenize } from './text';
import { entityEntry, REPORTING_STEMS } from './analyse';
import { holderOf, isHeld } from './holders';

/** The kinds of checkable detail a claim is read into. */
export type DetailKind = DetailResult['kind'];

/** One checkable piece of a claim: what a source has to state for the claim to hold. */
export interface Detail {
  kind: DetailKind;
  /** The words of the claim that make the detail, as written. */
  text: string;
  /** Token position in the claim. */
  pos: number;
  /**
   * Whether the claim stands or falls with it. Names, amounts, dates and actions do;
   * a weekday or a time of day that merely fits does not, nor does a plain word.
   */
  required: boolean;
  /** The claim word the detail rests on, for backing by a fact's terms. */
  unit?: TermUnit;
  /**
   * The content words next to it: a fact backs the detail only where it also states one of
   * them ("Albanian police entered the embassy" is not backed by "Belgian police" of 2018).
   */
  neighbours: TermUnit[];
  /** For an action: the body or person named as doing it, which a fact must name too. */
  actor?: TermUnit;
  /** For an action: who does it, named or not ("parliament voted"); an opposite action of someone else is no clash. */
  subject?: TermUnit;
  /** For people or a body of a side: the side whose they are ("Albania's president", "Iranian diplomats"), which a fact must name too. */
  holder?: Side;
  /** For a rank ("the first country to ..."): its word and the thing ranked, which a source must rank alike. */
  rank?: { word: string; unit: TermUnit };
  /** For a person or body: the title or kind the claim gives it, and whose it is ("Iran's foreign minister Edi Rama", "the MEK is an Albanian opposition group"). */
  title?: { role?: string; text: string; holder?: Side; party?: string };
  /** For a name: the other names of its kind in a row with it ("the US, the EU and NATO"). */
  listMates?: TermUnit[];
  /** For a quote: its content words, which one source sentence must give. */
  words?: TermUnit[];
  number?: NumberDetail;
  date?: DateDetail;
  action?: ActionDetail;
  entity?: EntityDetail;
}

// A weekday alone ("on Friday") dates a report more than an event: it may clash, but a
// claim does not need a source to repeat it.
function onlyWeekday(d: DateDetail): boolean {
  return WEEKDAYS[d.text.trim().toLowerCase()] !== undefined;
}

/**
 * Reads an analysed claim into its checkable details: the actions it reports, the amounts
 * and dates it gives, the people, bodies and places it names (other than the two sides,
 * which every source names), and its remaining content words.
 */
export function readDetails(claim: Analysis): Detail[] {
  const out: Omit<Detail, 'neighbours'>[] = [];
  const entityAt = new Map<number, EntityDetail>(claim.features.entities.map((e) => [e.pos, e]));
  const actionAt = new Map<number, ActionDetail>(claim.features.actions.map((a) => [a.pos, a]));
  for (const unit of claim.units) {
    const action = actionAt.get(unit.pos);
    const entity = entityAt.get(unit.pos);
    if (action) {
      out.push({ kind: 'action', text: unit.text, pos: unit.pos, required: true, unit, action });
      continue;
    }
    if (entity) {
      // The two countries and their capitals are in every source: naming them is no detail.
      if (unit.side || entityEntry(entity.id)?.agency) continue;
      // A title beside a person's name ("Adrienne Watson, spokeswoman for ...") says who the
      // person is; the name is the detail.
      if (entity.kind === 'role' && claim.features.entities.some((e) => e.kind === 'person' && Math.abs(e.pos - entity.pos) <= TITLE_SPAN)) continue;
      out.push({ kind: 'name', text: unit.text, pos: unit.pos, required: true, unit, entity });
      continue;
    }
    if (unit.light || isFraming(unit.text)) continue;
    // A capitalised word no lexicon knows is a name all the same ("Manez", "Bumci").
    out.push({ kind: unit.capital && !unit.alts.some((a) => a.startsWith('c:')) ? 'name' : 'term', text: unit.text, pos: unit.pos, required: unit.capital, unit });
  }
  for (const t of claim.tokens) {
    const ranked = rankedBy(claim, t);
    if (ranked) out.push({ kind: 'term', text: `${t.word} ${ranked.text}`, pos: t.pos, required: true, rank: { word: t.word, unit: ranked } });
  }
  // Spans of time back from now ("two months ago") measure from the report's day, which a
  // claim read alone does not have: they may clash but are not needed.
  for (const n of claim.features.numbers) {
    // So do spans from another event ("two months after the attack", "four years before the
    // rupture"): the sources date the events, seldom the time between them.
    // "for more than a year before the attack" is a length all the same.
    const lasting = claim.tokens.some((t) => t.word === 'for' && t.pos < n.pos && n.pos - t.pos <= 3);
    const ago = /\bago$/i.test(n.text) || (!!n.offset && !lasting) || claim.tokens.some((t) => t.word === 'ago' && t.pos > n.pos && t.pos - n.pos <= 3);
    // "Several" is a loose count: it may clash ("a single attack") but a source need not give it.
    const loose = /^several\b/i.test(n.text);
    // A distance is told with the place it is measured from ("40 km from Durres").
    const text = (n.text || String(n.min)) + (n.from ? ` from ${n.from.text}` : '');
    // "Two countries, the US and the UK, ...": a count of the countries the claim names itself.
    const countsNamed = COUNTED_PLACES.has(n.unit) && new Set(claim.features.entities.filter((e) => e.kind === 'country').map((e) => e.id)).size >= n.max;
    out.push({ kind: 'amount', text, pos: n.pos, required: !((ago && SPANS.has(n.unit)) || loose || countsNamed), number: n });
  }
  for (const d of claim.features.dates) out.push({ kind: 'date', text: d.text, pos: d.pos, required: !onlyWeekday(d), date: d });
  const content = claim.units.filter((u) => !u.light && !u.side && !isFraming(u.text));
  // Quoted words are one utterance: a source sentence must give them, not several together.
  for (const q of claim.quotes ?? []) {
    const words = content.filter((u) => u.pos >= q.from && u.pos < q.to);
    if (words.length >= MIN_QUOTED) out.push({ kind: 'quote', text: q.text, pos: q.from, required: true, words });
  }
  return out
    .sort((a, b) => a.pos - b.pos)
    .map((d) => {
      // Names in a row ("the US, the EU and NATO condemned") do not vouch for each other:
      // a name's neighbours are the words around it that are not names.
      const around = d.kind === 'name' ? content.filter((u) => u === d.unit || !isName(u)) : content;
      const at = d.unit ? around.indexOf(d.unit) : -1;
      const neighbours = at < 0 ? [] : [around[at - 2], around[at - 1], around[at + 1], around[at + 2]].filter((u): u is TermUnit => !!u && Math.abs(u.pos - d.pos) <= NEIGHBOUR_SPAN);
      // A name with no plain word near it is vouched for by the nearest ones it has.
      if (!neighbours.length && d.kind === 'name' && at >= 0) {
        neighbours.push(...around.filter((u) => u !== d.unit).sort((x, y) => Math.abs(x.pos - d.pos) - Math.abs(y.pos - d.pos)).slice(0, 2));
      }
      const detail: Detail = { ...d, neighbours } as Detail;
      if (d.entity) {
        const mates = claim.features.entities.filter((e) => e !== d.entity && sameKind(e, d.entity!) && Math.abs(e.pos - d.pos) <= LIST_SPAN && listed(claim, e, d.entity!));
        detail.listMates = claim.units.filter((u) => !u.side && mates.some((e) => e.pos === u.pos));
      }
      if (d.entity?.kind === 'person' || d.entity?.kind === 'org') {
        const title = titleOf(claim, d.entity);
        if (title) detail.title = title;
      }
      if (d.unit && (d.entity?.kind === 'role' || isHeld(d.unit))) detail.holder = holderOf(claim.features.entities, claim.units, claim.tokens, d.unit);
      if (d.action) {
        detail.actor = actorOf(claim, d.pos);
        detail.subject = detail.actor ?? content.filter((u) => u.pos < d.pos && d.pos - u.pos <= SUBJECT_SPAN && !claim.features.actions.some((x) => x.pos === u.pos)).pop();
      }
      return detail;
    });
}

// Whom a rank word ranks: "the first country (known) to cut ties", "its only ally". A rank
// says there were no others, which a source must say of the same thing; an adverb ("first
// discovered"), a count ("a single attack") and a date ("last week") are no rank.
function rankedBy(claim: Analysis, unit: { word: string; pos: number }): TermUnit | undefined {
  if (!RANKS.has(unit.word) || unit.word === 'single') return undefined;
  const before = claim.tokens.find((t) => t.pos === unit.pos - 1)?.word ?? '';
  // A name right before a rank is its owner ("Albania's first"; the tokens drop the "'s").
  const ownerEnds = (e: EntityDetail) => lastTokenOf(e) === unit.pos - 1;
  if (!RANK_OWNERS.has(before) && !claim.features.entities.some(ownerEnds)) return undefined;
  // A rank denied ("is not Iran's first victim") says only that there were others.
  if (claim.tokens.some((t) => t.pos < unit.pos && unit.pos - t.pos <= RANK_SPAN && NEGATORS.has(t.word))) return undefined;
  const head = claim.units.find((u) => u.pos > unit.pos && u.pos - unit.pos <= RANK_SPAN && !isFraming(u.text) && !AS_FAR_AS_KNOWN.has(u.text.toLowerCase()));
  return head && !TIME_HEADS.has(head.text.toLowerCase()) ? head : undefined;
}

// The title a claim gives a person: one right before the name ("Foreign Minister Edi Rama"),
// or after it with only a side, an article or "is" between ("Rama, Albania's prime minister";
// "Rama is Iran's foreign minister"). "Rama met Iran's foreign minister" gives Rama none. A
// body is given what it is the same way ("the MEK is an Albanian opposition group").
function titleOf(claim: Analysis, named: EntityDetail): Detail['title'] {
  const end = lastTokenOf(named);
  const sides = new Set(claim.features.entities.filter((e) => entityEntry(e.id)?.side && e.kind === 'country').flatMap((e) => tokenize(e.text).map((_, k) => e.pos + k)));
  // "Rama's foreign minister" is another person, "the president's ally" another's title.
  const linked = (from: number) => from > end && !claim.tokens[end]?.possessive && claim.tokens.slice(end + 1, from).every((t) => TITLE_LINKS.has(t.word) || TITLE_MODIFIERS.has(t.word) || sides.has(t.pos));
  const role = named.kind === 'person' ? claim.features.entities.find((r) => r.kind === 'role' && !claim.tokens[lastTokenOf(r)]?.possessive && (lastTokenOf(r) + 1 === named.pos || linked(r.pos))) : undefined;
  // A title once held ("former Prime Minister Sali Berisha") is no claim about the office now.
  if (role && claim.tokens.slice(Math.max(0, role.pos - 3), role.pos).some((t) => PAST_TITLES.has(t.word))) return undefined;
  const unit = role ? claim.units.find((u) => u.pos === role.pos) : claim.units.find((u) => isHeld(u) && !u.alts.some((a) => a.startsWith('e:')) && linked(u.pos));
  if (!unit) return undefined;
  const holder = holderOf(claim.features.entities, claim.units, claim.tokens, unit);
  if (!role && !holder) return undefined;
  // Whose office it is, side or not: the country or body named right before the title ("UK
  // Foreign Secretary", "State Department spokesman").
  const before = role && claim.features.entities.find((e) => (e.kind === 'country' || e.kind === 'org') && lastTokenOf(e) + 1 === role.pos);
  return { ...(role ? { role: role.id } : {}), text: role?.text ?? unit.text, ...(holder ? { holder } : {}), ...(before ? { party: before.id } : {}) };
}

// The position of a name's last token.
function lastTokenOf(e: EntityDetail): number {
  return e.pos + tokenize(e.text).length - 1;
}

// Countries and bodies act alike ("the US, the EU and NATO condemned"): one list. A name
// the lexicon does not know may be any of them.
const ACTOR_KINDS = new Set(['country', 'org']);

function sameKind(a: EntityDetail, b: EntityDetail): boolean {
  if (a.kind === b.kind) return true;
  const unknown = a.id.startsWith('name:') || b.id.startsWith('name:');
  const actor = (e: EntityDetail) => ACTOR_KINDS.has(e.kind) || (unknown && e.kind === 'person');
  return actor(a) && actor(b);
}

/**
 * Whether two names stand in one row: only joining words and other names between them ("the
 * US, the EU and NATO"); "UK Foreign Secretary Dominic Raab" is one person with a title.
 */
export function listed(claim: Analysis, a: EntityDetail, b: EntityDetail): boolean {
  const [first, second] = a.pos < b.pos ? [a, b] : [b, a];
  const named = new Set(claim.features.entities.flatMap((e) => e.text.split(/[\s-]+/).map((_, k) => e.pos + k)));
  return claim.tokens.slice(first.pos + first.text.split(/[\s-]+/).length, second.pos).every((t) => LIST_JOINERS.has(t.word) || named.has(t.pos));
}

function isName(u: TermUnit): boolean {
  return u.alts.some((a) => a.startsWith('e:'));
}

/** How far from a person's name a title of theirs may stand. */
const TITLE_SPAN = 3;
/** How far after a rank the thing it ranks may stand ("the first publicly known case"), in a claim or a source. */
export const RANK_SPAN = 3;

/** Content words a quote needs to be checked as a quote. */
const MIN_QUOTED = 3;
/** How close two names of a kind stand to be one list. */
const LIST_SPAN = 6;

const SPANS = new Set(['year-span', 'month-span']);
/** Units that count countries. */
const COUNTED_PLACES = new Set(['country', 'nation']);
/** How many words before an action its unnamed subject may stand. */
const SUBJECT_SPAN = 3;
/** How many words away a neighbour may stand. */
const NEIGHBOUR_SPAN = 7;

// The nearest name before an action, within a few words, other than the two sides (which
// every fact names): "The MEK welcomed", "Belgian police foiled".
// A name before a verb of saying or a "that" is the speaker, not the doer: in "the prime
// minister explained that the attacks were unsuccessful", the attacks failed.
function actorOf(claim: Analysis, pos: number): TermUnit | undefined {
  const names = claim.units.filter((u) => !u.side && u.pos < pos && pos - u.pos <= NEIGHBOUR_SPAN + 2 && u.alts.some((a) => a.startsWith('e:')));
  const name = names[names.length - 1];
  if (!name) return undefined;
  const between = claim.tokens.slice(name.pos + name.text.split(/[\s-]+/).length, pos);
  return between.some((t) => REPORTED.has(t.word) || REPORTING_STEMS.has(stem(t.word))) ? undefined : name;
}

/** Words that open a reported clause: what follows them is told, not done by the speaker. */
const REPORTED = new Set(['that', 'whether']);
