// Reads the amounts of a sentence with what they count ("24 hours", "some 3,000 members",
// "a full week"), in numbers or in words.
import type { NumberDetail } from '../types';
import { stem, type Token } from './text';
import { THRESHOLDS } from '../thresholds';
import { TWO_SIDES } from '../knowledge/dispute';
import { COUNT_ADJECTIVES, COUNT_NOUNS, IRREGULAR_PAST, MULTIPLIERS, NUMBER_WORDS, SPAN_NOUNS, STOPWORDS, UNITS, VAGUE_AMOUNTS, WHOLE_WORDS, SPAN_OFFSETS, GIVEN_WITHIN } from '../knowledge/english';

function numberValue(t: Token): number | undefined {
  if (/^\d+(\.\d+)?$/.test(t.word)) return Number(t.word);
  return NUMBER_WORDS[t.word];
}


// A share told as "N in M", M a small whole ("nine in ten"), not "three in 2022".
function proportionAt(tokens: Token[], i: number): boolean {
  const n = numberValue(tokens[i]!);
  const m = tokens[i + 2] ? numberValue(tokens[i + 2]!) : undefined;
  // ("15 in 24 hours" is a count in a time.)
  return n !== undefined && m !== undefined && tokens[i + 1]?.word === 'in' && n < m && m <= PROPORTION_WHOLE && !UNITS[tokens[i + 3]?.word ?? ''];
}

/** Words that make a share a rough one ("about nine in ten"), by how much either way. */
const APPROXIMATELY = new Set(['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'approximately']);
const SHARE_SLACK = 0.05;

/** The unit of a share ("nine in ten"). */
const SHARE = 'share';

/** The largest whole a share is told of ("one in a hundred"); beyond it "in" is more likely a year's. */
const PROPORTION_WHOLE = 100;

/** How many of a unit "a weeks-long" span may hold. */
const PLURAL_SPAN: [number, number] = [2, 9];

// A unit in the plural ("weeks"): no lone "a" or "one" counts it.
// Whether the counted word is the first of a compound whose last word is the thing counted:
// a plural after a singular for a count above one ("four hacker groups"), and for one a noun
// the verb follows ("a single hacker group carried out").
function compoundHead(tokens: Token[], j: number, count: number): boolean {
  const [w, next, after] = [tokens[j]!, tokens[j + 1], tokens[j + 2]];
  if (!next || !/^[a-z]+$/.test(next.raw) || STOPWORDS.has(next.word) || /s$/.test(w.word) || IRREGULAR_PAST.has(next.word) || /(?:ed|ing)$/.test(next.word)) return false;
  if (count > 1) return /[^s]s$/.test(next.word);
  return !!after && (/ed$/.test(after.word) || IRREGULAR_PAST.has(after.word) || (STOPWORDS.has(after.word) && !/^(?:of|and|or)$/.test(after.word)));
}

function pluralUnit(word: string): boolean {
  return word.endsWith('s') && !!UNITS[word.slice(0, -1)];
}

// Units a lone "one" or "a" can count: measures ("a day") and counted nouns ("one diplomat").
const COUNTED = new Set<string>([...Object.values(UNITS).map((u) => u.unit), ...Object.values(COUNT_NOUNS)]);

/** Finds amounts with what they count, skipping tokens already read as dates; `namedAt` tells a name ("3,000 Iranian dissidents"). */
export function parseNumbers(tokens: Token[], used: Set<number>, namedAt: (tokens: Token[], i: number) => boolean): NumberDetail[] {
  const out: NumberDetail[] = [];
  const pending: { detail: NumberDetail; unitAt: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    // "nine in ten services", "one in five Albanians": a share, not a count of the thing; a
    // source must give the share itself.
    if (proportionAt(tokens, i)) {
      used.add(i).add(i + 1).add(i + 2);
      const share = numberValue(t)! / numberValue(tokens[i + 2]!)!;
      const [mod, mod2] = [tokens[i - 1]?.word, tokens[i - 2]?.word];
      // "more than nine in ten" is at least nine tenths; "fewer than one in two" at most half.
      const above = mod === 'over' || (mod === 'than' && mod2 === 'more');
      const below = mod === 'under' || (mod === 'than' && (mod2 === 'fewer' || mod2 === 'less'));
      const about = APPROXIMATELY.has(mod ?? '') ? SHARE_SLACK : 0;
      out.push({ min: below ? 0 : share - about, max: above ? 1 : share + about, unit: SHARE, pos: i, text: tokens.slice(i, i + 3).map((x) => x.raw).join(' ') });
      i += 2;
      continue;
    }
    // "The two countries" names the sides; it counts nothing a source must repeat.
    if (t.word === 'two' && tokens[i - 1]?.word === 'the' && TWO_SIDES.has(tokens[i + 1]?.word ?? '')) {
      used.add(i);
      continue;
    }
    let lo: number | undefined;
    let hi: number | undefined;
    let end = i;
    let start = i;
    const value = numberValue(t);
    if (value !== undefined && !(t.word === 'one' && tokens[i + 1]?.word === 'of')) {
      let v = value;
      const mult = tokens[i + 1] ? MULTIPLIERS[tokens[i + 1]!.word] : undefined;
      if (mult) {
        v *= mult;
        end = i + 1;
      }
      lo = v;
      hi = v;
    } else if ((t.word === 'a' || t.word === 'an' || t.word === 'one') && tokens[i + 1] && UNITS[tokens[i + 1]!.word] && !pluralUnit(tokens[i + 1]!.word)) {
      // ("a weeks-long investigation": "a" counts the investigation, not the weeks.)
      lo = hi = 1;
    } else if ((t.word === 'a' || t.word === 'an' || t.word === 'one') && WHOLE_WORDS.has(tokens[i + 1]?.word ?? '') && tokens[i + 2] && UNITS[tokens[i + 2]!.word] && !pluralUnit(tokens[i + 2]!.word)) {
      // "a full week", "a whole month": the word only insists on the amount.
      lo = hi = 1;
      used.add(i + 1);
      end = i + 1;
    } else if (t.word === 'single' && (tokens[i - 1]?.word === 'a' || tokens[i - 1]?.word === 'one')) {
      // "a single hacker group": one, said with insistence.
      lo = hi = 1;
    } else if ((t.word === 'a' || t.word === 'an') && tokens[i + 1] && pluralUnit(tokens[i + 1]!.word) && tokens[i + 2]?.word === 'long') {
      // "A weeks-long investigation": some weeks, more than one.
      [lo, hi] = PLURAL_SPAN;
    } else if (VAGUE_AMOUNTS[t.word] || VAGUE_AMOUNTS[fuzzyVague(t.word)]) {
      [lo, hi] = VAGUE_AMOUNTS[t.word] ?? VAGUE_AMOUNTS[fuzzyVague(t.word)]!;
    } else if ((t.word === 'few' || t.word === 'several') && tokens[i + 1] && MULTIPLIERS[tokens[i + 1]!.word]) {
      const m = MULTIPLIERS[tokens[i + 1]!.word]!;
      // "a few hundred" is a few; "several hundred" may run higher.
      lo = (t.word === 'few' ? 2 : 3) * m;
      hi = (t.word === 'few' ? 6 : 9) * m;
      end = i + 1;
      if (tokens[i - 1]?.word === 'a') start = i - 1;
    }
    if (lo === undefined || hi === undefined) continue;
    // Hedges widen the range: "some 3,000" is about 3,000, "more than 100" at least 100.
    const mod = tokens[start - 1]?.word;
    const mod2 = tokens[start - 2]?.word;
    if (mod === 'some' || mod === 'about' || mod === 'around' || mod === 'roughly' || mod === 'approximately' || mod === 'estimated' || mod === 'circa') {
      lo *= 0.9;
      hi *= 1.1;
      start -= 1;
    } else if (mod === 'nearly' || mod === 'almost') {
      lo *= 0.85;
      start -= 1;
    } else if (mod === 'over' || (mod === 'than' && mod2 === 'more') || (mod === 'least' && mod2 === 'at')) {
      hi = Math.max(hi * THRESHOLDS.boundReach, lo + 1);
      start -= mod === 'over' ? 1 : 2;
    } else if ((mod === 'than' && (mod2 === 'fewer' || mod2 === 'less')) || mod === 'under' || (mod === 'to' && mod2 === 'up')) {
      // A bound below names a figure near it, as one above does: "under three million people" is no 3,000.
      lo = hi / THRESHOLDS.boundReach;
      start -= mod === 'under' ? 1 : 2;
    }
    // The unit is the first noun after the amount, past adjectives and names of nationality.
    let unit = '';
    let factor = 1;
    let j = end + 1;
    // Measures ("24 hours", "40 km") are part of the amount; counted nouns ("15 diplomats")
    // stay words of the sentence that a fact must also cover.
    let consumedTo = end;
    let describes = false;
    const two = tokens[j] && tokens[j + 1] ? `${tokens[j]!.word} ${tokens[j + 1]!.word}` : '';
    if (UNITS[two]) {
      unit = UNITS[two]!.unit;
      factor = UNITS[two]!.factor;
      end = j + 1;
      consumedTo = end;
    } else {
      while (j < tokens.length && j <= end + 4) {
        const w = tokens[j]!.word;
        // A participle before the counted noun describes it ("several planned attacks").
        const participle = /[a-z]ed$/.test(w) && !UNITS[w] && !!tokens[j + 1] && !STOPWORDS.has(tokens[j + 1]!.word) && numberValue(tokens[j + 1]!) === undefined && j + 1 <= end + 4;
        if (w === 'of' || w === 'the' || w === 'its' || w === 'their' || COUNT_ADJECTIVES.has(w) || namedAt(tokens, j) || participle) {
          j++;
          continue;
        }
        if (numberValue(tokens[j]!) !== undefined) {
          // "1118 of the 1225 services": both count services.
          pending.push({ detail: { min: 0, max: 0, unit: '', pos: i, text: '' }, unitAt: j });
          break;
        }
        if (UNITS[w]) {
          unit = UNITS[w]!.unit;
          factor = UNITS[w]!.factor;
          consumedTo = j;
          // More than one of a unit written in the singular before a noun ("a two-day summit",
          // "a 40-kilometre drive") describes that noun.
          // (A unit with no plural of its own, "km", says nothing by its form.)
          // (A span before "deadline" or "ultimatum" is that span: "a 24-hour deadline" is 24 hours.)
          describes = hi > 1 && !!UNITS[`${w}s`] && !!tokens[j + 1] && !STOPWORDS.has(tokens[j + 1]!.word) && /^[a-z]/i.test(tokens[j + 1]!.raw) && !SPAN_NOUNS.has(tokens[j + 1]!.word);
          // ... and so does a span "long" ("a weeks-long investigation").
          if (tokens[j + 1]?.word === 'long' && tokens[j + 2] && /^[a-z]/i.test(tokens[j + 2]!.raw)) describes = true;
        } else if ((w === 'were' || w === 'was') && COUNT_NOUNS[tokens[j + 1]?.word ?? '']) {
          // "1,000 were arrested" counts the arrested.
          unit = COUNT_NOUNS[tokens[j + 1]!.word]!;
          used.add(j + 1);
        } else if (!STOPWORDS.has(w)) {
          // "500 people dead" counts the dead.
          // ... and so do "50 people were killed" and "200 were injured".
          const be = tokens[j + 1] && /^(?:were|was|are|is|been|had|have)$/.test(tokens[j + 1]!.word) ? (tokens[j + 2]?.word === 'been' ? j + 3 : j + 2) : j + 1;
          const next = tokens[be]?.word;
          const told = (w === 'people' || w === 'persons') && !!next && !!COUNT_NOUNS[next];
          // "four hacker groups", "a single hacker group": the last noun of a compound is what is counted.
          const head = !told && compoundHead(tokens, j, hi);
          unit = told ? COUNT_NOUNS[next!]! : head ? COUNT_NOUNS[tokens[j + 1]!.word] ?? stem(tokens[j + 1]!.word) : COUNT_NOUNS[w] ?? stem(w);
          // The word that tells what befell them is part of the count.
          if (told) used.add(be);
          if (head) j++;
        }
        end = Math.max(end, j);
        break;
      }
    }
    const detail: NumberDetail = {
      min: lo * factor,
      max: hi * factor,
      unit,
      pos: i,
      text: tokens.slice(start, end + 1).map((x) => x.raw).join(' '),
      // "two months after the attack" places an event in time; "a month to leave", and
      // "within 24 hours after" the break, is a length given.
      ...(SPAN_OFFSETS.has(tokens[end + 1]?.word ?? '') && !GIVEN_WITHIN.has(tokens[start - 1]?.word ?? '') ? { offset: true } : {}),
      ...(describes ? { describes } : {}),
    };
    // A spelled-out "one" with nothing counted is a pronoun ("one this summer"), not an amount.
    if (!unit && !/\d/.test(t.word) && !VAGUE_AMOUNTS[t.word]) continue;
    // "one report said", "one official": a single unnamed speaker is attribution, not a figure.
    if ((t.word === 'one' || t.word === 'a' || t.word === 'an') && !COUNTED.has(unit)) continue;
    const p = pending.find((x) => x.detail.pos === i);
    if (p) p.detail = detail;
    out.push(detail);
    for (let k = Math.max(start, 0); k <= consumedTo; k++) if (k <= i || k === consumedTo || UNITS[tokens[k]!.word] || MULTIPLIERS[tokens[k]!.word]) used.add(k);
    // Adjectives between an amount and what it counts ("1,225 online services") belong to the amount.
    for (let k = i + 1; k < end; k++) if (COUNT_ADJECTIVES.has(tokens[k]!.word)) used.add(k);
  }
  for (const p of pending) {
    const later = out.find((d) => d.pos === p.unitAt);
    if (later && !p.detail.unit) p.detail.unit = later.unit;
    // "1118 of the 1225 services" is also a share of them, which a claim's "nine in ten" meets.
    if (later && later.max > 0 && p.detail.max <= later.max) out.push({ min: p.detail.min / later.max, max: p.detail.max / later.min, unit: SHARE, pos: p.detail.pos, text: `${p.detail.text} of ${later.text}` });
  }
  return out;
}

// Typos seen in real articles ("hundrends") still read as the amount they meant.
function fuzzyVague(word: string): string {
  // Short words are other words one letter off ("tense" is not "tens").
  if (word.length < 7) return word;
  for (const k of Object.keys(VAGUE_AMOUNTS)) {
    if (Math.abs(k.length - word.length) <= 1 && word[0] === k[0] && editDistanceAtMostOne(k, word)) return k;
  }
  return word;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
