import type { Fact } from '../types';
import { ImportError } from './import-error';
import { webUrl } from './web-url';

/** A published fact-check verdict, in the checker's words. */
export type Rating = NonNullable<Fact['rating']>;

/** One schema.org ClaimReview: the claim it rates and what it rated it. */
export interface Review {
  claim: string;
  rating: Rating;
  /** The rating as the fact-checker wrote it ("Mostly false", "2 of 5"). */
  ratingText: string;
}

/** The ClaimReviews of one JSON-LD document, with what the document says about itself. */
export interface ClaimReviews {
  reviews: Review[];
  /** The review's own headline when there is one review, else who published them; null if neither is given. */
  title: string | null;
  /** The latest datePublished given, as yyyy-mm-dd. */
  date: string | null;
  /** The review's own URL when there is exactly one review and it gives one. */
  url: string | null;
  /** One line for each review left out because its rating says neither true nor false. */
  skipped: string[];
}

// Fact-checkers' rating words, folded to lower case letters and single spaces.
const WORDS: Record<Rating, string[]> = {
  supported: [
    'true', 'correct', 'accurate', 'mostly true', 'mostly correct', 'mostly accurate', 'largely true', 'largely accurate',
    'verified', 'confirmed', 'geppetto checkmark',
  ],
  contradicted: [
    'false', 'mostly false', 'largely false', 'incorrect', 'inaccurate', 'mostly inaccurate', 'wrong', 'fake', 'fabricated',
    'pants on fire', 'not true', 'untrue', 'baseless', 'debunked', 'hoax', 'four pinocchios', 'three pinocchios', 'fiction',
  ],
  mixed: [
    'half true', 'half truth', 'mixture', 'mixed', 'partly true', 'partly false', 'partially true', 'partially false',
    'misleading', 'needs context', 'missing context', 'lacks context', 'out of context', 'exaggerated', 'two pinocchios',
    'cherry picks', 'half right',
  ],
};
const BY_WORD = new Map<string, Rating>(Object.entries(WORDS).flatMap(([r, ws]) => ws.map((w) => [w, r as Rating] as const)));

function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

/** Reads a rating word ("False", "Mostly true", "Half-true: the figure is old"); null when unknown. */
export function ratingFromWords(text: string): Rating | null {
  const words = fold(text).split(' ').filter(Boolean);
  // The verdict leads: "False. The photo is from 2019" is rated by its first words.
  for (let n = Math.min(words.length, 3); n > 0; n--) {
    const r = BY_WORD.get(words.slice(0, n).join(' '));
    if (r) return r;
  }
  return null;
}

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function typeNames(node: Record<string, unknown>): string[] {
  const t = node['@type'] ?? node.type;
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The top-level nodes of a JSON-LD document: an object, an array of them, or an @graph. */
function nodes(json: unknown): Record<string, unknown>[] {
  const list = Array.isArray(json) ? json : [json];
  return list.flatMap((n) => (isObject(n) && Array.isArray(n['@graph']) ? [n, ...n['@graph']] : [n])).filter(isObject);
}

/** Whether a parsed JSON document holds at least one schema.org ClaimReview. */
export function hasClaimReview(json: unknown): boolean {
  return nodes(json).some((n) => typeNames(n).includes('ClaimReview'));
}

function excerpt(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47).trimEnd()}…` : text;
}

/**
 * Reads every ClaimReview of a JSON-LD document. A review without the claim it rates or
 * without a rating is an error that names it; one whose rating says neither true nor false
 * ("Unproven", "Satire") is left out and listed in `skipped`.
 */
export function readClaimReviews(name: string, json: unknown): ClaimReviews {
  const found = nodes(json).filter((n) => typeNames(n).includes('ClaimReview'));
  if (!found.length) throw new ImportError(`${name} has no schema.org ClaimReview (no object with "@type": "ClaimReview").`);
  const reviews: Review[] = [];
  const skipped: string[] = [];
  const dates: string[] = [];
  found.forEach((node, i) => {
    const which = found.length > 1 ? `ClaimReview ${i + 1} of ${found.length}` : 'The ClaimReview';
    const claim = str(node.claimReviewed);
    if (!claim) throw new ImportError(`${which} in ${name} has no "claimReviewed" (the claim it rates).`);
    const rr = node.reviewRating;
    if (!isObject(rr)) throw new ImportError(`${which} in ${name} ("${excerpt(claim)}") has no "reviewRating".`);
    const words = str(rr.alternateName) ?? str(rr.name);
    const value = num(rr.ratingValue);
    if (!words && value === null) {
      throw new ImportError(`${which} in ${name} ("${excerpt(claim)}") has a reviewRating with neither "alternateName" nor "ratingValue".`);
    }
    let rating = words ? ratingFromWords(words) : null;
    let ratingText = words ?? '';
    if (!rating && value !== null) {
      const best = num(rr.bestRating);
      const worst = num(rr.worstRating);
      if (best === null || worst === null || best === worst) {
        throw new ImportError(`${which} in ${name} ("${excerpt(claim)}") gives ratingValue ${value} without the "bestRating" and "worstRating" to read it against.`);
      }
      const share = (value - worst) / (best - worst);
      if (share < 0 || share > 1) {
        throw new ImportError(`${which} in ${name} ("${excerpt(claim)}") gives ratingValue ${value}, outside ${worst} to ${best}.`);
      }
      rating = share > 0.6 ? 'supported' : share < 0.4 ? 'contradicted' : 'mixed';
      ratingText ||= `${value} on a scale from ${worst} to ${best}`;
    }
    if (!rating) {
      skipped.push(`Left out "${excerpt(claim)}": its rating "${words}" says neither true nor false.`);
      return;
    }
    reviews.push({ claim, rating, ratingText });
    const date = str(node.datePublished);
    if (date && /^\d{4}-\d\d-\d\d/.test(date)) dates.push(date.slice(0, 10));
  });
  if (!reviews.length) {
    throw new ImportError(`${name} has nothing checkable: no ClaimReview in it rates its claim true, false or in between.`);
  }
  const one = found.length === 1 ? found[0]! : null;
  const author = found.map((n) => (isObject(n.author) ? str(n.author.name) : str(n.author))).find(Boolean);
  const title = (one && (str(one.headline) ?? str(one.name))) ?? (author ? `Fact-checks by ${author}` : null);
  return {
    reviews,
    title,
    date: dates.sort().at(-1) ?? null,
    // A review's own address is kept only when it is a web address (never javascript: or file:).
    url: one ? webUrl(one.url) : null,
    skipped,
  };
}
