// Reads the dates of a sentence ("on 7 September", "in July", "early 1990s", "on Wednesday"),
// resolving weekdays and bare months against the report's own date.
import type { DateDetail } from '../types';
import { type Token } from './text';
import { COUNT_ADJECTIVES, MONTHS, SEASONS, SEASON_LEADS, SEASON_WORDS_TOO, STOPWORDS, UNITS, WEEKDAYS } from '../knowledge/english';

/** The days a part of a month covers ("early", "mid-", "the end of"). */
const PART_OF_MONTH: Record<string, { day: number; dayMax: number }> = {
  early: { day: 1, dayMax: 10 },
  beginning: { day: 1, dayMax: 10 },
  start: { day: 1, dayMax: 10 },
  mid: { day: 11, dayMax: 20 },
  middle: { day: 11, dayMax: 20 },
  late: { day: 21, dayMax: 31 },
  end: { day: 21, dayMax: 31 },
};

/** Calendar date for a weekday, the closest such day to the reference date. */
function resolveWeekday(weekday: number, ref: Date): Date {
  const diff = ((weekday - ref.getUTCDay() + 7) % 7);
  const forward = diff;
  const back = diff - 7;
  const shift = Math.abs(back) < forward ? back : forward;
  return new Date(ref.getTime() + shift * 86400000);
}

/** The report's own date, from which weekdays and bare months are read. */
export function parseRef(ref: string | null | undefined): Date | null {
  if (!ref || !/^\d{4}-\d{2}-\d{2}$/.test(ref)) return null;
  const d = new Date(`${ref}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function isYear(tokens: Token[], i: number, afterMonth = false): boolean {
  const t = tokens[i]!;
  if (t.grouped || !/^\d{4}$/.test(t.word)) return false;
  const n = Number(t.word);
  if (n < 1900 || n > 2099) return false;
  if (afterMonth) return true;
  // "the 1981 protests" is a year used as an adjective.
  const prev = tokens[i - 1]?.word;
  if (prev === 'the' || prev === 'in' || prev === 'since' || prev === 'until' || prev === 'by') return true;
  // "2000 electronic services" counts things; "2013 at the request" is a year.
  for (let j = i + 1; j < Math.min(tokens.length, i + 3); j++) {
    const w = tokens[j]!.word;
    if (COUNT_ADJECTIVES.has(w)) continue;
    if (STOPWORDS.has(w) || MONTHS[w] !== undefined) return true;
    return !(w.endsWith('s') && !w.endsWith('ss') && UNITS[w]?.unit !== 'year-span') || w === 'revolutions';
  }
  return true;
}

function dayNumber(t: Token | undefined): number | undefined {
  if (!t || !/^\d{1,2}$/.test(t.word)) return undefined;
  const n = Number(t.word);
  return n >= 1 && n <= 31 ? n : undefined;
}

function monthOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  const m = MONTHS[t.word];
  if (m === undefined) return undefined;
  // "may", "mar", "jan" are words too; short forms and May need a capital.
  if ((t.word.length <= 4 || t.word === 'march') && !/^[A-Z]/.test(t.raw)) return undefined;
  return m;
}

/** Finds dates in a sentence and marks the tokens they use. */
export function parseDates(tokens: Token[], used: Set<number>, ref: Date | null): DateDetail[] {
  const out: DateDetail[] = [];
  const refYear = ref?.getUTCFullYear();
  const refMonth = ref ? ref.getUTCMonth() + 1 : undefined;
  const take = (from: number, to: number) => {
    for (let k = from; k <= to; k++) used.add(k);
  };
  const text = (from: number, to: number) => tokens.slice(from, to + 1).map((t) => t.raw).join(' ');
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    const w = t.word;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
    if (iso) {
      out.push({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]!, pos: i, text: t.raw });
      take(i, i);
      continue;
    }
    // mid-July, late-July, early-July
    const hy = /^(mid|late|early)-([a-z]+)$/.exec(w);
    if (hy && MONTHS[hy[2]!] !== undefined) {
      const d: DateDetail = { month: MONTHS[hy[2]!]!, pos: i, text: t.raw, ...PART_OF_MONTH[hy[1]!] };
      let end = i;
      if (tokens[i + 1] && isYear(tokens, i + 1)) {
        d.year = Number(tokens[i + 1]!.word);
        end = i + 1;
      }
      out.push(d);
      take(i, end);
      continue;
    }
    // "the 1990s", "early 1990s", "the mid-1980s"
    const dec = /^(?:(mid|late|early)-)?(\d{3})0s$/.exec(w);
    if (dec) {
      const base = Number(dec[2]) * 10;
      const mod = dec[1] ?? tokens[i - 1]?.word;
      const [lo, hi] = mod === 'early' ? [0, 3] : mod === 'late' ? [6, 9] : mod === 'mid' ? [3, 6] : [0, 9];
      out.push({ year: base + lo, yearMax: base + hi, pos: i, text: text(!dec[1] && mod && ['early', 'late', 'mid'].includes(mod) ? i - 1 : i, i) });
      take(i, i);
      continue;
    }
    const month = monthOf(t);
    if (month !== undefined) {
      const d: DateDetail = { month, pos: i, text: '' };
      let from = i;
      let end = i;
      const before = dayNumber(tokens[i - 1]);
      const beforeOf = tokens[i - 1]?.word === 'of' ? dayNumber(tokens[i - 2]) : undefined;
      if (before !== undefined && !used.has(i - 1)) {
        d.day = before;
        from = i - 1;
      } else if (beforeOf !== undefined && !used.has(i - 2)) {
        d.day = beforeOf;
        from = i - 2;
      } else if (dayNumber(tokens[i + 1]) !== undefined && !(tokens[i + 2] && UNITS[tokens[i + 2]!.word])) {
        d.day = dayNumber(tokens[i + 1]);
        end = i + 1;
      } else {
        // "the end of September", "early September": a part of the month.
        const part = tokens[i - 1]?.word === 'of' ? PART_OF_MONTH[tokens[i - 2]?.word ?? ''] : PART_OF_MONTH[tokens[i - 1]?.word ?? ''];
        if (part) {
          Object.assign(d, part);
          from = tokens[i - 1]?.word === 'of' ? i - 2 : i - 1;
        }
      }
      if (tokens[end + 1] && isYear(tokens, end + 1, true)) {
        d.year = Number(tokens[end + 1]!.word);
        end += 1;
      } else if (tokens[end + 1]?.word === 'of' && tokens[end + 2]?.word === 'last' && tokens[end + 3]?.word === 'year' && refYear) {
        d.year = refYear - 1;
        end += 3;
      } else if (tokens[end + 1]?.word === 'of' && tokens[end + 2]?.word === 'this' && tokens[end + 3]?.word === 'year' && refYear) {
        d.year = refYear;
        end += 3;
      } else if (tokens[from - 1]?.word === 'last' && refYear && refMonth) {
        d.year = month < refMonth ? refYear : refYear - 1;
        from -= 1;
      } else if (refYear && refMonth) {
        // A bare month in a news report means its most recent occurrence (unless the
        // sentence names years of its own; see below).
        d.year = month <= refMonth ? refYear : refYear - 1;
        d.inferred = true;
      }
      const wd = tokens[from - 1] ? WEEKDAYS[tokens[from - 1]!.word] : undefined;
      if (wd !== undefined) {
        d.weekday = wd;
        from -= 1;
      }
      d.text = text(from, end);
      d.pos = from;
      d.end = end;
      take(from, end);
      out.push(d);
      continue;
    }
    const weekday = WEEKDAYS[w];
    if (weekday !== undefined) {
      const d: DateDetail = { weekday, pos: i, text: t.raw };
      // "Thursday (8 September)" is handled when the month is met; a bare weekday resolves
      // against the article's date.
      const nextMonth = monthOf(tokens[i + 1]) ?? monthOf(tokens[i + 2]);
      if (nextMonth === undefined && ref) {
        const day = resolveWeekday(weekday, ref);
        d.year = day.getUTCFullYear();
        d.month = day.getUTCMonth() + 1;
        d.day = day.getUTCDate();
      }
      if (nextMonth === undefined) {
        out.push(d);
        take(i, i);
      }
      continue;
    }
    if (isYear(tokens, i)) {
      out.push({ year: Number(w), pos: i, text: t.raw });
      take(i, i);
      continue;
    }
    if ((w === 'today' || w === 'yesterday' || w === 'tonight') && ref) {
      const day = new Date(ref.getTime() - (w === 'yesterday' ? 86400000 : 0));
      out.push({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), weekday: day.getUTCDay(), pos: i, text: t.raw });
      take(i, i);
      continue;
    }
    const next = tokens[i + 1]?.word;
    if ((w === 'last' || w === 'this' || w === 'past') && next === 'year' && refYear) {
      out.push({ year: w === 'last' ? refYear - 1 : refYear, pos: i, text: text(i, i + 1) });
      take(i, i + 1);
      continue;
    }
    if ((w === 'this' || w === 'last') && next && SEASONS[next] && refYear) {
      const [a, b] = SEASONS[next]!;
      out.push({ year: w === 'last' ? refYear - 1 : refYear, month: a, monthMax: b, pos: i, text: text(i, i + 1) });
      take(i, i + 1);
      continue;
    }
    // "in the summer", "over the summer", "this summer" with no report date: the season's
    // months ("the fall of the Shah" is no season).
    const prev = tokens[i - 1]?.word ?? '';
    // "The summer of 2022" is that summer.
    const yearOf = next === 'of' && tokens[i + 2] && isYear(tokens, i + 2) ? Number(tokens[i + 2]!.word) : undefined;
    // "The fall in the rial", "the spring": a season that is also a plain word needs more
    // than "the" before it.
    const plainToo = SEASON_WORDS_TOO.has(w) && prev === 'the' && yearOf === undefined && !SEASON_LEADS.has(tokens[i - 2]?.word ?? '');
    if (SEASONS[w] && SEASON_LEADS.has(prev) && (next !== 'of' || yearOf !== undefined) && !plainToo) {
      const [a, b] = SEASONS[w]!;
      const from = prev === 'this' || prev === 'last' ? i - 1 : i;
      const to = yearOf !== undefined ? i + 2 : i;
      out.push({ ...(yearOf !== undefined ? { year: yearOf } : {}), month: a, monthMax: b, pos: from, text: text(from, to) });
      take(from, to);
      continue;
    }
  }
  // "in June 1981 organized the 20 June protests": a sentence that gives years does not
  // speak of the report's own year.
  if (out.some((d) => d.year !== undefined && !d.inferred)) {
    for (const d of out) if (d.inferred) delete d.year;
  }
  for (const d of out) if (d.year === undefined) delete d.inferred;
  return out;
}
