import { EVENT_CONCEPTS } from '../knowledge/dispute';
import { HOURS_IN } from '../knowledge/english';
import { listed } from '../read/details';
import type { Analysis, TermUnit } from '../read/analyse';
import type { ActionDetail, DateDetail, EntityDetail, Fact, NumberDetail } from '../types';
import { entityEntry } from '../read/analyse';
import { THRESHOLDS } from '../thresholds';
import { polarity } from './polarity';

/** How one detail of a claim fared against one fact. */
export interface Point {
  kind: 'number' | 'date' | 'entity' | 'action' | 'term';
  /** Slot that two facts must share to disagree with each other ("number:hour", "date"). */
  slot: string;
  outcome: 'agrees' | 'clashes';
  /** Agreement found elsewhere in the sentence than next to the same event. */
  loose?: boolean;
  /** For dates: the words the two dates qualify are the same ("joined NATO in 2009"). */
  tight?: boolean;
  /** For dates: how many fields (year, month, day, weekday) the two give and were compared. */
  precision?: number;
  /** For names: the fact's name stands among the same words as the claim's ("an Israel-Albania match"). */
  local?: boolean;
  claim: string;
  fact: string;
  weight: number;
}

/** A fact measured against a claim. */
export interface Alignment {
  fact: Fact;
  /** Share of the claim's weight the fact states the same way. */
  matched: number;
  /** Share of the claim's weight the fact states differently. */
  clashed: number;
  /** Weight share of the heaviest claim word the fact neither states nor contradicts. */
  missing: number;
  /** A name of the claim (other than the two sides) that the fact does not give. */
  namedMissing: boolean;
  /**
   * A party the claim names (a country or body) that the fact does not give, where the fact
   * names another party the claim does not: the fact may tell another party's act ("the US
   * removed the designation in 2012" for "the EU delisted the MEK in 2009").
   */
  otherParties: boolean;
  /** The match rests on a name (other than the two sides) or on an amount or date. */
  anchored: boolean;
  points: Point[];
}

/** Weights the comparison needs from the fact base. */
export interface Weigher {
  weight(unit: TermUnit): number;
}

function overlaps(a: { min: number; max: number }, b: { min: number; max: number }): boolean {
  const tol = 1e-9;
  return a.min <= b.max + tol && b.min <= a.max + tol;
}

/** A measure that describes a thing ("a two-day summit") is set only beside a measure of the same thing; any other beside any. */
export function describedAlike(n: NumberDetail): (f: NumberDetail) => boolean {
  if (!n.describes) return () => true;
  const near = new Set(n.near ?? []);
  return (f) => !!f.near?.some((t) => near.has(t));
}


function describeNumber(n: NumberDetail): string {
  return n.text || String(n.min);
}

/** Compares a claim amount with the fact amounts of the same unit; null when none is comparable. */
export function compareNumber(n: NumberDetail, fact: Fact, sameThing: (f: NumberDetail) => boolean = describedAlike(n)): Point | null {
  if (!n.unit) return null;
  // A measure that describes a thing ("a weeks-long investigation") is set only beside a
  // measure of the same thing, and a plain one ("24 hours to leave") only beside a plain one.
  // A length that places an event ("two weeks after the expulsion") is set only beside one that places an event.
  const comparable = (f: NumberDetail) => sameThing(f) && !!f.describes === !!n.describes && !!f.offset === !!n.offset;
  let same = fact.features.numbers.filter((f) => f.unit === n.unit && comparable(f));
  // Lengths of time in other units ("a month" against "24 hours") are set side by side in hours.
  if (!same.length && HOURS_IN[n.unit] && !n.offset) {
    const hours = (x: NumberDetail) => ({ ...x, min: x.min * HOURS_IN[x.unit]!, max: x.max * HOURS_IN[x.unit]!, unit: 'hour' });
    same = fact.features.numbers.filter((f) => HOURS_IN[f.unit] && !f.offset && comparable(f)).map(hours);
    if (same.length) n = hours(n);
  }
  if (!same.length) return null;
  const slot = `number:${n.unit}`;
  // A distance is measured from a place: the same length from another place is another
  // distance ("40 km outside Durres" against "40km outside of Tirana").
  const elsewhere = n.from ? same.find((f) => f.from && !related(f.from.id, n.from!.id)) : undefined;
  if (elsewhere && !same.some((f) => f.from && related(f.from.id, n.from!.id))) {
    const from = (x: NumberDetail) => `${describeNumber(x)} from ${x.from!.text}`;
    return { kind: 'number', slot, outcome: 'clashes', claim: from(n), fact: from(elsewhere), weight: THRESHOLDS.detailWeight };
  }
  const agree = same.find((f) => overlaps(n, f));
  if (agree) return { kind: 'number', slot, outcome: 'agrees', claim: describeNumber(n), fact: describeNumber(agree), weight: THRESHOLDS.detailWeight };
  const nearest = same.reduce((best, f) => (Math.abs(f.min - n.min) < Math.abs(best.min - n.min) ? f : best));
  return { kind: 'number', slot, outcome: 'clashes', claim: describeNumber(n), fact: describeNumber(nearest), weight: THRESHOLDS.detailWeight };
}

type DateField = 'year' | 'month' | 'day' | 'weekday';

function sharedFields(a: DateDetail, b: DateDetail): DateField[] {
  const out: DateField[] = [];
  // A year guessed from the report's date ("in August") is only compared beside its month.
  const guessed = (a.inferred || b.inferred) && (a.month === undefined || b.month === undefined);
  if (a.year !== undefined && b.year !== undefined && !guessed) out.push('year');
  if (a.month !== undefined && b.month !== undefined) out.push('month');
  if (a.day !== undefined && b.day !== undefined && a.month !== undefined && b.month !== undefined) out.push('day');
  if (a.weekday !== undefined && b.weekday !== undefined) out.push('weekday');
  return out;
}

function inRange(v: number, lo: number, hi: number | undefined): boolean {
  const top = hi ?? lo;
  return top >= lo ? v >= lo && v <= top : v >= lo || v <= top;
}

function compatible(a: DateDetail, b: DateDetail, fields: DateField[]): boolean {
  return fields.every((f) => {
    if (f === 'year') return overlaps({ min: a.year!, max: a.yearMax ?? a.year! }, { min: b.year!, max: b.yearMax ?? b.year! });
    if (f === 'month') {
      if (a.monthMax === undefined && b.monthMax === undefined) return a.month === b.month;
      if (a.monthMax === undefined) return inRange(a.month!, b.month!, b.monthMax);
      if (b.monthMax === undefined) return inRange(b.month!, a.month!, a.monthMax);
      return inRange(a.month!, b.month!, b.monthMax) || inRange(b.month!, a.month!, a.monthMax);
    }
    if (f === 'day') return a.month === b.month && overlaps({ min: a.day!, max: a.dayMax ?? a.day! }, { min: b.day!, max: b.dayMax ?? b.day! });
    return a.weekday === b.weekday;
  });
}

// The most specific dates of the fact decide: "15 June" is judged against "July 15",
// not against "this summer".
/** Compares a claim date with the dates of a fact of the same event; null when none is comparable. */
export function compareDate(d: DateDetail, fact: Fact, oneEvent = false): Point | null {
  // A date of another event of the kind ("a second cyberattack") is neither backed nor
  // contradicted by the dates the sources give the first.
  if (d.another) return null;
  let best: { date: DateDetail; fields: DateField[] }[] = [];
  const near = new Set(d.near ?? []);
  const wide = new Set(d.wide ?? []);
  // A date only contradicts a date of the same event: what one qualifies stands next to
  // the other, or the fact retells the claim's one dated event. A date elsewhere in the
  // sentence may still confirm it.
  const sameEvent = (f: DateDetail) =>
    oneEvent || !near.size || !f.near || (f.wide ?? []).some((x) => near.has(x)) || f.near.some((x) => wide.has(x));
  // "TIRANA, Sept. 8 -", "date 2022-09-07": a report's own date dates no event.
  for (const f of fact.features.dates) {
    if (f.dateline) continue;
    // The date of an act is not the date a source gives an event by the noun it stands
    // before ("cut ties in July" against "following a July cyberattack").
    if (d.ofAct && (f.attributive || f.near?.some((t) => EVENT_CONCEPTS.has(t))) && !f.near?.some((t) => near.has(t))) continue;
    const fields = sharedFields(d, f);
    if (!fields.length) continue;
    if (!best.length || fields.length > best[0]!.fields.length) best = [{ date: f, fields }];
    else if (fields.length === best[0]!.fields.length) best.push({ date: f, fields });
  }
  if (!best.length) return null;
  // Dates of the same event decide; failing those, any date of the fact may confirm.
  const close = best.filter((b) => sameEvent(b.date));
  const tight = (f: DateDetail) => !!f.near && f.near.some((x) => near.has(x));
  const agree = (close.length ? close : best).find((b) => compatible(d, b.date, b.fields));
  // A part of a month ("mid-July") agrees with a day less finely than the day itself.
  const grain = (b: { date: DateDetail; fields: DateField[] }) => b.fields.length - (b.fields.includes('day') && (d.dayMax !== undefined || b.date.dayMax !== undefined) ? 0.5 : 0);
  if (agree) return { kind: 'date', slot: 'date', outcome: 'agrees', loose: !close.length, tight: tight(agree.date), precision: grain(agree), claim: d.text, fact: agree.date.text, weight: THRESHOLDS.detailWeight };
  best = close;
  if (!best.length) return null;
  const shown = best.find((b) => /\d|[A-Z][a-z]+ \d/.test(b.date.text) && !/^\d{4}-/.test(b.date.text)) ?? best[0]!;
  return { kind: 'date', slot: 'date', outcome: 'clashes', tight: best.some((b) => tight(b.date)), precision: Math.max(...best.map(grain)), claim: d.text, fact: shown.date.text, weight: THRESHOLDS.detailWeight };
}

// The fact's names that stand among the words around the claim's name, where the claim's
// own mentions of them do not. Each name's words were read with its sentence.
function inItsPlace(claim: Analysis, e: EntityDetail, fact: Fact): EntityDetail[] {
  const mine = new Set(e.around ?? []);
  if (!mine.size) return [];
  return fact.features.entities.filter((f) => {
    const shared = (f.around ?? []).filter((x) => mine.has(x));
    if (shared.length < 2) return false;
    // The claim names it too, among most of those same words or in a row with this name ("the
    // United States, Britain and Canada"): then it is no substitute.
    return !claim.features.entities.some((c) => related(c.id, f.id) && (listed(claim, c, e) || (c.around ?? []).filter((x) => shared.includes(x)).length * 2 > shared.length));
  });
}

function related(a: string, b: string): boolean {
  if (a === b) return true;
  const ea = entityEntry(a);
  const eb = entityEntry(b);
  return ea?.partOf === b || eb?.partOf === a || ea?.country === b || eb?.country === a;
}

const CLASHING_KINDS = new Set(['country', 'person', 'place', 'region', 'org', 'role']);

// A place in a country the claim or the fact names, where the fact names no other place of it.
function placedWithin(e: EntityDetail, claimEntityIds: ReadonlySet<string>, fact: Fact): boolean {
  const within = entityEntry(e.id)?.country;
  if (!within || !(claimEntityIds.has(within) || fact.features.entities.some((f) => f.id === within))) return false;
  return !fact.features.entities.some((f) => f.id !== e.id && entityEntry(f.id)?.country === within);
}

/** Names that act as parties: countries and bodies. */
const PARTY_KINDS = new Set(['country', 'org']);

/** Measures one fact against an analysed claim. */
export function align(claim: Analysis, fact: Fact, weigher: Weigher): Alignment {
  const points: Point[] = [];
  const terms = new Set(fact.features.terms);
  let total = 0;
  let matched = 0;
  let anchored = false;
  let content = 0;
  let literal = 0;
  let missing = 0;
  let namedMissing = false;
  let partyMissing = false;
  let clashed = 0;
  const claimEntityIds = new Set(claim.features.entities.map((e) => e.id));
  const actionAt = new Map(claim.features.actions.map((a) => [a.pos, a]));
  const entityAt = new Map(claim.features.entities.map((e) => [e.pos, e]));
  for (const unit of claim.units) {
    const w = weigher.weight(unit);
    total += w;
    const action = actionAt.get(unit.pos);
    if (action) {
      // Actions of the same people decide ("backed Khomeini", not "fell out with the authorities").
      const near = new Set(action.near ?? []);
      const group = fact.features.actions.filter((a) => a.group === action.group);
      const close = group.filter((a) => a.near?.some((x) => near.has(x)));
      const same = close.length ? close : group;
      const told = (a: ActionDetail) => polarity(a.id === action.id, action.negated, a.negated, action.group);
      const agree = same.find((a) => told(a) === 'agrees');
      const clash = same.find((a) => told(a) === 'clashes');
      if (!agree && clash) {
        clashed += w;
        points.push({ kind: 'action', slot: `action:${action.group}`, outcome: 'clashes', claim: (action.negated ? 'not ' : '') + action.text, fact: (clash.negated ? 'not ' : '') + clash.text, weight: w });
        continue;
      }
      if (agree) {
        matched += w;
        content++;
        if (unit.alts.some((x) => !x.includes(':') && terms.has(x))) literal++;
        continue;
      }
    }
    if (unit.alts.some((x) => terms.has(x))) {
      matched += w;
      if (!unit.light && !unit.side) {
        content++;
        if (unit.alts.some((x) => !x.includes(':') && terms.has(x))) literal++;
      }
      const e = entityAt.get(unit.pos);
      if (e) points.push({ kind: 'entity', slot: `entity:${e.kind}`, outcome: 'agrees', claim: e.text, fact: e.text, weight: w });
      if (e && !unit.side) anchored = true;
      continue;
    }
    const e = entityAt.get(unit.pos);
    // A side of the dispute missing from a fact is usually implied ("the government"), so
    // only other names can clash.
    // ... nor can a place in a country the claim or the fact names ("firms in Dubai", beside
    // the UAE; "attacked Tel Aviv" against "attacked Israel"): it only says where in it.
    if (e && CLASHING_KINDS.has(e.kind) && !entityEntry(e.id)?.side && !placedWithin(e, claimEntityIds, fact)) {
      // Countries and cities clash with each other ("outside Berlin", "outside Paris").
      const family = (k: string) => (k === 'place' ? 'country' : k);
      let others = fact.features.entities.filter(
        (f) =>
          family(f.kind) === family(e.kind) &&
          !claimEntityIds.has(f.id) &&
          // A city is set against another city ("outside Munich", "outside Paris"), never a
          // country, which holds many cities.
          !(e.kind === 'place' && f.kind !== 'place') &&
          !claim.features.entities.some((c) => family(c.kind) === family(f.kind) && related(c.id, f.id)),
      );
      // A name the claim gives elsewhere may still be the one the fact has in this name's
      // place: among the same words ("24 hours to leave Kosovo" against "to leave Albania").
      let local = false;
      if (!others.length) {
        // Only a name of the same kind: a city in a country's place ("flew to Istanbul",
        // "Iranian officials") is somewhere else in the same story.
        others = inItsPlace(claim, e, fact).filter((f) => f.kind === e.kind && f.id !== e.id);
        local = others.length > 0;
      }
      if (others.length) {
        clashed += w;
        const names = [...new Map(others.map((o) => [o.id, o.text])).values()];
        points.push({ kind: 'entity', slot: `entity:${e.kind}`, outcome: 'clashes', claim: e.text, fact: names.join(' and '), weight: w, ...(local ? { local } : {}) });
        continue;
      }
    }
    missing = Math.max(missing, w);
    if (e && !unit.side) namedMissing = true;
    if (e && PARTY_KINDS.has(e.kind) && !unit.side) partyMissing = true;
  }
  // An opposite action only contradicts when the fact speaks of the same actors: "the MEK
  // welcomed the decision" is not answered by Iran calling it rash.
  if (namedMissing) {
    for (let k = points.length - 1; k >= 0; k--) {
      const p = points[k]!;
      if (p.kind !== 'action' || p.outcome !== 'clashes') continue;
      clashed -= p.weight;
      missing = Math.max(missing, p.weight);
      points.splice(k, 1);
    }
  }
  const measures = [...claim.features.numbers.map((n) => compareNumber(n, fact)), ...claim.features.dates.map((d) => compareDate(d, fact))];
  for (const p of measures) {
    total += THRESHOLDS.detailWeight;
    if (!p) continue;
    points.push(p);
    if (p.outcome === 'agrees') matched += p.weight;
    else clashed += p.weight;
  }
  // Several content words in common, two of them word for word, anchor a match as well; a
  // claim that names nobody needs one more of each ("and began a crackdown" fits a hundred
  // stories).
  const named = claim.features.entities.length > 0;
  anchored ||= points.some((p) => p.kind === 'number' || p.kind === 'date') || (content >= (named ? 3 : 4) && literal >= (named ? 2 : 3));
  const otherParties = partyMissing && fact.features.entities.some((f) => PARTY_KINDS.has(f.kind) && !entityEntry(f.id)?.side && !claimEntityIds.has(f.id));
  if (total === 0) return { fact, matched: 0, clashed: 0, missing: 0, namedMissing, otherParties, anchored, points };
  return { fact, matched: matched / total, clashed: clashed / total, missing: missing / total, namedMissing, otherParties, anchored, points };
}
