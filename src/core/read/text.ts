import { IRREGULAR_BASES, OWN_STEMS } from '../knowledge/english';
/** One word of a sentence after normalisation. */
export interface Token {
  /** Lower-cased, accent-free form ("tehran", "e-albania", "1225"). */
  word: string;
  /** As written, for capitalisation checks and explanations. */
  raw: string;
  /** Index among the sentence's tokens. */
  pos: number;
  /** A number written with thousands separators ("2,000"), so never a year. */
  grouped?: boolean;
  /** The participle of a compound adjective ("backed" in "US-backed"). */
  modifier?: boolean;
  /** A comma, colon, semicolon or bracket stands before it: "Iran, Prime Minister Rama said" is no Iranian minister. */
  afterBreak?: boolean;
  /** Written with a possessive "'s" (dropped from `raw`): "Rama's foreign minister" is someone else. */
  possessive?: boolean;
}

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032`]/g;
const DQUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** Folds typography that varies between outlets: curly quotes, dashes, accents, odd spaces. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"')
    .replace(DASHES, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
}

// Words glued to numbers ("40km", "24hrs", "$5") are split so the unit stands alone, and
// thousands separators are dropped so "1,225" reads as one number.
function splitNumbers(text: string): string {
  return text
    .replace(/\$\s?(\d[\d.,]*)/g, '$1 dollars')
    .replace(/(\d)\s?%/g, '$1 percent')
    .replace(/(\d)(km|kilometres?|kilometers?|hrs?|hours?|m|bn|k)\b/gi, '$1 $2')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    // "a 48-hour deadline", "a 40-km drive": the figure and its unit, as in "two-day".
    .replace(/(\d)-(?=[a-z])/gi, '$1 ');
}

/** Helping verbs cliticised on a word: "'d", "'ll", "'ve", "'re", "'m". */
const CLITIC = /'(?:d|ll|ve|re|m)$/i;

const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*/g;

/** Splits a sentence into tokens; possessive 's and cliticised helping verbs are dropped, hyphenated words kept whole. */
export function tokenize(sentence: string): Token[] {
  const text = splitNumbers(foldTypography(sentence));
  const out: Token[] = [];
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    const marks = { ...(/[,;:()]/.test(text.slice(end, m.index)) ? { afterBreak: true } : {}), ...(/'s$/i.test(m[0]) ? { possessive: true } : {}) };
    end = m.index + m[0].length;
    // The pattern stops before a trailing apostrophe, so "allies'" comes as "allies". A
    // pronoun's clitic ("they'd", "we've") is a helping verb: the pronoun is what is left.
    const clitic = CLITIC.exec(m[0]);
    const raw = marks.possessive ? m[0].slice(0, -2) : clitic ? m[0].slice(0, clitic.index) : m[0];
    if (!raw) continue;
    if (/^\d{1,3}(,\d{3})+/.test(raw)) {
      out.push({ word: raw.replace(/,/g, ''), raw, pos: out.length, grouped: true, ...marks });
      continue;
    }
    out.push({ word: raw.toLowerCase(), raw, pos: out.length, ...marks });
  }
  return out;
}

/**
 * A light suffix stripper: enough to make "severed", "severs" and "severing" one term, and
 * to keep short words intact. Not a full Porter stemmer; words that matter get concepts.
 */
export function stem(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  const out = stemUncached(word);
  if (STEMS.size > 50000) STEMS.clear();
  STEMS.set(word, out);
  return out;
}

const STEMS = new Map<string, string>();

// British and American spellings meet: "programme"/"program", "organisation"/"organization".
function americanise(w: string): string {
  if (w.length > 6 && /is(e|ed|es|ing|ation|ations)$/.test(w)) w = w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  return w.replace(/amme(s?)$/, 'am$1').replace(/([^aeiou])re(s?)$/, '$1er$2').replace(/ence$/, 'ense').replace(/our$/, 'or');
}

function stemUncached(word: string): string {
  if (Object.hasOwn(OWN_STEMS, word)) return OWN_STEMS[word]!;
  // Writers hyphenate compounds or not ("cyber-attack", "cyberattack", "e-mail"): one stem.
  if (/^[a-z]+-[a-z]+$/.test(word)) return stemUncached(word.replace('-', ''));
  // An irregular form is stemmed as its verb, by the suffixes alone: the table is read once.
  return stripSuffixes(Object.hasOwn(IRREGULAR_BASES, word) ? IRREGULAR_BASES[word]! : word);
}

function stripSuffixes(word: string): string {
  let w = word.length > 4 && !/\d/.test(word) ? americanise(word) : word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (/[ai]bly$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}
