import type { Fact, SourceText } from '../types';
import { splitParagraphs, splitSentences } from '../sentences';
import { analyse, type Analysis } from '../read/analyse';

// Lines that pages wrap around articles and that state nothing ("Leave a Reply").
const BOILERPLATE = /^(?:latest (?:news|from .*)|related news|leave a reply|your email address will not be published.*|required fields are marked.*|today:.*|\d+ mins? read|change font size:?|\[edited by .*\]|share( this)?|advertisement|read more)$/i;

// Sentences that point back to a body named before them ("The group was founded in 1965").
const REFERRING = /^(?:["'“‘]?\s*)?(?:he|she|it|its|they|their|them|the group|the organi[sz]ation|the movement|the body|the agency|the company|the firm)\b/i;

// A sentence whose subject is such a word ("It opposes the regime and fought alongside ...").
const OPENS_WITH_REFERENCE = /^(?:["'“‘]?\s*)?(?:it|they|the group|the organi[sz]ation|the movement)\s+(?!is\b|was\b|has been\b)/i;

// ... or name it again by its kind further on ("have openly embraced the group").
const NAMING_AGAIN = /\bthe (?:group|organi[sz]ation|movement)\b/i;

function referredBodies(analysed: { quote: string; a: Analysis }[], i: number): string[] {
  const own = analysed[i]!;
  if (!REFERRING.test(own.quote) && !(NAMING_AGAIN.test(own.quote) && !own.a.features.entities.some((e) => e.kind === 'org'))) return [];
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const orgs = analysed[k]!.a.features.entities.filter((e) => e.kind === 'org').map((e) => e.id);
    if (orgs.length) return orgs;
    if (!REFERRING.test(analysed[k]!.quote)) return [];
  }
  return [];
}

// Verbs that give a quotation its speaker.
const SAYING = /\b(?:said|says|told|added|stated|noted|wrote|warned)\b/i;
const OPENS_QUOTE = /^\s*["“‘']/;

// A paragraph that is all quotation: it opens with a quotation mark and has no verb of saying.
function allQuotation(paragraph: string): boolean {
  return OPENS_QUOTE.test(paragraph) && !SAYING.test(paragraph);
}

// A sentence that is all quotation, with no verb of saying, is spoken by whoever the sentence
// beside it in its paragraph names with one ("“... by no means limited to it.” ... said
// Hultquist": the sentence before; "“The UK is supporting ...” ... Cleverly said": after).
// A paragraph that is all quotation, with no verb of saying in it, is spoken by whoever the
// last sentence of the paragraph before names with one.
function speakerSentence(analysed: { quote: string; para: number }[], i: number): string | undefined {
  const own = analysed[i]!;
  if (SAYING.test(own.quote)) return undefined;
  const paragraph = analysed.filter((x) => x.para === own.para);
  if (OPENS_QUOTE.test(own.quote)) {
    for (const n of [analysed[i - 1], analysed[i + 1]]) {
      if (n && n.para === own.para && SAYING.test(n.quote) && /["“”]/.test(n.quote)) return n.quote;
    }
  }
  if (!allQuotation(paragraph.map((x) => x.quote).join(' '))) return undefined;
  const before = analysed.filter((x) => x.para === own.para - 1).pop();
  return before && SAYING.test(before.quote) && /["“”]/.test(before.quote) ? before.quote : undefined;
}

/** Turns a source's text into facts: one per sentence that states something. */
export function buildFacts(source: SourceText): Fact[] {
  const paragraphs = splitParagraphs(source.text);
  const analysed = paragraphs.flatMap((p, para) =>
    splitSentences(p.text, p.start).map((s) => {
      const quote = s.text.replace(/\s*\|\s*$/, '');
      return { s, quote, para, a: analyse(quote, source.referenceDate) };
    }),
  );
  // A paragraph that is all quotation, without a "said", belongs to the speaker named
  // in the paragraph before it.
  const speakers = paragraphs.map((p, k) => {
    if (!allQuotation(p.text) || k === 0) return [];
    return analysed.filter((x) => x.para === k - 1).flatMap((x) => x.a.features.entities.filter((e) => e.kind === 'person'));
  });
  const facts: Fact[] = [];
  const seen = new Set<string>();
  analysed.forEach(({ s, quote, a, para }, i) => {
    const key = quote.toLowerCase();
    if (a.tokens.length < 4 || BOILERPLATE.test(quote.trim()) || seen.has(key)) return;
    seen.add(key);
    // "He gave Iranian diplomats 24 hours", "“…,” said John Hultquist": the people and
    // bodies of the neighbouring sentences are who "he" is and who spoke, so a claim that
    // names them can still be matched.
    const terms = new Set(a.features.terms);
    for (const n of [analysed[i - 1], analysed[i + 1]]) {
      for (const e of n?.a.features.entities ?? []) if (e.kind === 'person') terms.add(`e:${e.id}`);
    }
    // "They", "the group": the body last named, through a run of such sentences.
    const referred = [...new Set(referredBodies(analysed, i))];
    for (const id of referred) terms.add(`e:${id}`);
    const refersTo = referred.length === 1 && OPENS_WITH_REFERENCE.test(quote) ? referred[0] : undefined;
    for (const e of speakers[para] ?? []) terms.add(`e:${e.id}`);
    const saidIn = speakerSentence(analysed, i);
    facts.push({
      id: `${source.id}#${facts.length}`,
      sourceId: source.id,
      quote,
      start: s.start,
      end: s.start + quote.length,
      features: { ...a.features, terms: [...terms], ...(saidIn ? { saidIn } : {}), ...(refersTo ? { refersTo } : {}) },
    });
  });
  return facts;
}
