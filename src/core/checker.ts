import type { CheckResult, Evidence, Fact, SourceInfo, SourceText, Verdict } from './types';
import { splitParagraphs, splitSentences } from './sentences';
import { analyse, isActionWord, type Analysis, type TermUnit } from './features';
import { tokenize } from './text';
import { COMMON_VERBS } from './lexicon';
import { FactIndex } from './fact-index';
import { align, DETAIL_WEIGHT, type Alignment, type Point } from './compare';
import { hasCheckableDetail, isAboutDispute } from './topic';

// Lines that pages wrap around articles and that state nothing ("Leave a Reply").
const BOILERPLATE = /^(?:latest (?:news|from .*)|related news|leave a reply|your email address will not be published.*|required fields are marked.*|today:.*|\d+ mins? read|change font size:?|\[edited by .*\]|share( this)?|advertisement|read more)$/i;

// Sentences that point back to a body named before them ("The group was founded in 1965").
const REFERRING = /^(?:["'“‘]?\s*)?(?:he|she|it|its|they|their|them|the group|the organi[sz]ation|the movement|the body|the agency|the company|the firm)\b/i;

function referredBodies(analysed: { quote: string; a: Analysis }[], i: number): string[] {
  if (!REFERRING.test(analysed[i]!.quote)) return [];
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const orgs = analysed[k]!.a.features.entities.filter((e) => e.kind === 'org').map((e) => e.id);
    if (orgs.length) return orgs;
    if (!REFERRING.test(analysed[k]!.quote)) return [];
  }
  return [];
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
    if (!/^["“‘']/.test(p.text) || /\b(?:said|says|told|added|stated)\b/.test(p.text) || k === 0) return [];
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
    for (const id of referredBodies(analysed, i)) terms.add(`e:${id}`);
    for (const e of speakers[para] ?? []) terms.add(`e:${e.id}`);
    facts.push({
      id: `${source.id}#${facts.length}`,
      sourceId: source.id,
      quote,
      start: s.start,
      end: s.start + quote.length,
      features: { ...a.features, terms: [...terms] },
    });
  });
  return facts;
}

/** Thresholds of the verdict rules, as shares of a claim's weight. */
const SUPPORT = 0.72;
const CONTRADICT_ADDRESSED = 0.72;
const CONTRADICT_ANCHOR = 0.45;
const NAME_CLASH_ADDRESSED = 0.8;
// A claim that is not about the dispute by itself is only judged when a fact covers it all.
const STRICT_SUPPORT = 0.72;
const STRICT_ADDRESSED = 0.72;
const STRONG_SUPPORT = 0.85;
const LOOSE_ANCHOR = 0.3;
const FULL_SUPPORT = 0.8;
const MAX_MISSING = 0.2;
const UNKNOWN_WORD = 0.7;
const PARAGRAPH_CACHE = 256;
const PAIR_TRIES = 6;
const MIN_SUBSTANCE = 2;
const MAX_SENTENCE = 1000;
const PAIR_GAIN = 0.15;
const CANDIDATES = 40;
const MAX_EVIDENCE = 3;

const VERDICT_PHRASE: Record<Verdict, string> = {
  supported: 'supported',
  contradicted: 'contradicted',
  mixed: 'disputed between sources',
  unverified: 'not covered by any source',
  offtopic: 'not about the dispute',
};

const VERDICT_WORD: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  mixed: 'Sources disagree',
  unverified: 'Unverified',
  offtopic: 'Not about the dispute',
};

/** Judges claims against a set of facts; add and remove sources as the user changes them. */
export class Checker {
  private readonly sources = new Map<string, SourceInfo>();
  private readonly index = new FactIndex();
  private readonly paragraphs = new Map<string, { text: string; on: boolean }[]>();

  constructor(sources: SourceInfo[] = [], facts: Fact[] = []) {
    for (const s of sources) this.sources.set(s.id, s);
    this.index.add(facts.filter((f) => this.sources.get(f.sourceId)?.enabled !== false));
  }

  /** Adds (or replaces) one source and its facts. */
  add(source: SourceInfo, facts: Fact[]): void {
    this.remove(source.id);
    this.sources.set(source.id, source);
    if (source.enabled) this.index.add(facts);
  }

  /** Forgets a source and its facts. */
  remove(sourceId: string): void {
    this.sources.delete(sourceId);
    this.index.removeSource(sourceId);
  }

  /** Number of facts in use. */
  get size(): number {
    return this.index.size;
  }

  /** Judges one claim (a selection or a line); `context` is the paragraph around it, if any. */
  checkClaim(text: string, context?: string): CheckResult {
    const sentences = splitSentences(text);
    if (sentences.length > 1) return this.checkPassage(text, sentences);
    return this.checkSentence(text, context);
  }

  // A selection of several sentences is judged sentence by sentence; the answer leads
  // with the gravest finding and says how many sentences it concerns.
  private checkPassage(text: string, sentences: { text: string }[]): CheckResult {
    const results = sentences.map((s) => this.checkSentence(s.text, text));
    const order: Verdict[] = ['contradicted', 'mixed', 'supported', 'unverified', 'offtopic'];
    const verdict = order.find((v) => results.some((r) => r.verdict === v))!;
    const lead = results.find((r) => r.verdict === verdict)!;
    const count = results.filter((r) => r.verdict === verdict).length;
    const reason =
      verdict === 'offtopic'
        ? lead.reason
        : `${count} of ${results.length} sentences ${count === 1 ? 'is' : 'are'} ${VERDICT_PHRASE[verdict]}. ${lead.reason}`;
    const evidence = [lead, ...results.filter((r) => r !== lead && r.verdict !== 'offtopic')].flatMap((r) => r.evidence);
    const seen = new Set<string>();
    return {
      text,
      start: 0,
      end: text.length,
      verdict,
      reason,
      evidence: evidence.filter((e) => !seen.has(e.factId) && seen.add(e.factId)).slice(0, MAX_EVIDENCE * 2),
    };
  }

  private checkSentence(text: string, context?: string): CheckResult {
    const claim = analyse(text, null, true);
    this.correctSpelling(claim.units);
    let onTopic = isAboutDispute(claim);
    if (!onTopic && context && context !== text && hasCheckableDetail(claim)) onTopic = this.paragraphAboutDispute(context, text);
    // Menu items and captions ("Share", "JAPAN") say too little to be matched against facts,
    // and lists of names ("Afghanistan  Albania  Algeria ...") state nothing.
    const list = looksLikeList(text);
    if (list) onTopic = false;
    const judged = substance(claim) >= MIN_SUBSTANCE && !list ? this.judge(claim, onTopic) : null;
    if (judged) return { text, start: 0, end: text.length, ...judged };
    if (!onTopic) {
      return { text, start: 0, end: text.length, verdict: 'offtopic', reason: 'Not about the Albania–Iran dispute.', evidence: [] };
    }
    const related = this.related(claim);
    return {
      text,
      start: 0,
      end: text.length,
      verdict: 'unverified',
      reason: related.length
        ? 'About the Albania–Iran dispute, but no source states this; the closest source sentences are quoted.'
        : 'About the Albania–Iran dispute, but no source covers it.',
      evidence: related.map((a) => this.evidence(a, 'related')),
    };
  }

  // A paragraph is about the dispute when its opening sentence is, or half of the others.
  private paragraphAboutDispute(paragraph: string, except: string): boolean {
    let flags = this.paragraphs.get(paragraph);
    if (!flags) {
      flags = splitSentences(paragraph).map((s) => ({ text: s.text, on: isAboutDispute(analyse(s.text)) }));
      if (this.paragraphs.size > PARAGRAPH_CACHE) this.paragraphs.clear();
      this.paragraphs.set(paragraph, flags);
    }
    const others = flags.filter((f) => f.text !== except);
    if (!others.length) return false;
    return (flags[0]!.on && flags[0]!.text !== except) || others.filter((f) => f.on).length * 2 >= others.length;
  }

  /**
   * Judges a sentence met while reading a page (`context` is its paragraph): questions,
   * headings, menu items and walls of text without a full stop are not claims and come
   * back off topic.
   */
  checkPageSentence(text: string, context?: string): CheckResult {
    if (/\?["'\u201d\u2019)]*$/.test(text) || text.length > MAX_SENTENCE || !looksLikeStatement(text)) {
      return { text, start: 0, end: text.length, verdict: 'offtopic', reason: 'Not a claim.', evidence: [] };
    }
    return this.checkSentence(text, context);
  }

  /** Checks every sentence of a text; returns only the sentences about the dispute. */
  checkText(text: string): CheckResult[] {
    const out: CheckResult[] = [];
    for (const p of splitParagraphs(text)) {
      for (const s of splitSentences(p.text, p.start)) {
        const r = this.checkPageSentence(s.text, p.text);
        if (r.verdict !== 'offtopic') out.push({ ...r, start: s.start, end: s.end });
      }
    }
    return out;
  }

  // Weights are looked up once per claim word: idf of its most specific known form.
  private weigher(): { weight(u: TermUnit): number } {
    const cache = new Map<TermUnit, number>();
    return {
      weight: (u: TermUnit): number => {
        let w = cache.get(u);
        if (w !== undefined) return w;
        const known = u.alts.filter((a) => this.index.documentFrequency(a) > 0);
        // A word no source uses is either a name we do not know (it counts fully) or a
        // common word the sources happen not to use, which counts for less.
        w = known.length ? Math.max(...known.map((a) => this.index.idf(a))) : this.index.idf('\u0000unknown') * (u.capital ? 1 : UNKNOWN_WORD);
        if (u.light) w *= 0.25;
        else if (u.side) w *= 0.5;
        w = Math.max(w, 0.2);
        cache.set(u, w);
        return w;
      },
    };
  }

  private correctSpelling(units: TermUnit[]): void {
    for (const u of units) {
      if (u.alts.some((a) => this.index.documentFrequency(a) > 0)) continue;
      const plain = u.alts.find((a) => !a.includes(':'));
      const fixed = plain ? this.index.correct(plain) : undefined;
      if (fixed) u.alts.push(fixed);
    }
  }

  private alignments(claim: Analysis): Alignment[] {
    const weigher = this.weigher();
    // A fact whose shared words cannot reach the loosest threshold, even if every amount
    // and date agreed, is never aligned: most sentences on most pages stop here.
    const details = (claim.features.numbers.length + claim.features.dates.length) * DETAIL_WEIGHT;
    const total = claim.units.reduce((sum, u) => sum + weigher.weight(u), 0) + details;
    const floor = LOOSE_ANCHOR * total - details;
    const singles = this.index
      .candidates(claim.units, (u) => weigher.weight(u), CANDIDATES, floor)
      .map((c) => align(claim, c.fact, weigher))
      .filter((a) => this.sources.get(a.fact.sourceId)?.enabled !== false);
    // A claim often sums up two sentences of a source ("the 1981 protests ... left 50
    // dead"): the best matches are also tried together with their neighbours.
    const pairs: Alignment[] = [];
    const best = [...singles].sort((a, b) => b.matched - a.matched).slice(0, PAIR_TRIES);
    for (const a of best) {
      if (a.matched < LOOSE_ANCHOR) continue;
      for (const next of this.neighbours(a.fact)) {
        const joined = joinFacts(...(next.start < a.fact.start ? [next, a.fact] as const : [a.fact, next] as const));
        const p = align(claim, joined, weigher);
        const gain = p.matched - Math.max(a.matched, singles.find((x) => x.fact.id === next.id)?.matched ?? 0);
        // Two sentences together may confirm a claim or give its figure, but names and
        // actions of the other sentence are not the claim's.
        if (gain >= PAIR_GAIN && p.points.every((x) => x.outcome === 'agrees' || x.kind === 'number' || x.kind === 'date')) pairs.push(p);
      }
    }
    return [...singles, ...pairs];
  }

  private neighbours(fact: Fact): Fact[] {
    const m = /^(.*)#(\d+)$/.exec(fact.id);
    if (!m) return [];
    const n = Number(m[2]);
    return [this.index.get(`${m[1]}#${n - 1}`), this.index.get(`${m[1]}#${n + 1}`)].filter((f): f is Fact => !!f);
  }

  private judge(claim: Analysis, onTopic: boolean): Omit<CheckResult, 'text' | 'start' | 'end'> | null {
    let all = this.alignments(claim);
    const support = onTopic ? SUPPORT : STRICT_SUPPORT;
    const addressed = onTopic ? CONTRADICT_ADDRESSED : STRICT_ADDRESSED;
    // Off the dispute, a match must rest on a name or a figure, not on common words alone
    // ("Sponsored links" is not a claim about sponsored cyberattacks).
    if (!onTopic) all = all.filter((a) => a.anchored);
    // Support needs most of the claim, and no single weighty word of it left unstated
    // ("Albania closed its embassy in Tehran after cutting ties": the closing is the claim).
    const supporting = all
      .filter((a) => a.clashed === 0 && a.matched >= support && (a.matched >= FULL_SUPPORT || a.missing <= MAX_MISSING))
      .sort((a, b) => b.matched - a.matched);
    // A different name is weaker evidence than a different figure: it may be another event
    // altogether ("applied to join the EU in 2009" is not about joining NATO in 2009).
    const namesOnly = (a: Alignment) => a.points.every((p) => p.outcome !== 'clashes' || p.kind === 'entity');
    const clashing = all
      .filter((a) => a.clashed > 0 && a.matched + a.clashed >= (namesOnly(a) ? NAME_CLASH_ADDRESSED : addressed) && a.matched >= CONTRADICT_ANCHOR)
      .sort((a, b) => b.matched + b.clashed - (a.matched + a.clashed));

    // Published fact-checks (ClaimReview) answer for the claim they rate.
    const reviewed = supporting.find((a) => a.fact.rating);
    if (reviewed && reviewed.fact.rating) {
      const verdict = reviewed.fact.rating;
      const source = this.sources.get(reviewed.fact.sourceId);
      return {
        verdict,
        reason: `${source?.title ?? 'A fact-check'} rates this claim: ${VERDICT_WORD[verdict].toLowerCase()}.`,
        evidence: [this.evidence(reviewed, verdict === 'contradicted' ? 'contradicts' : 'supports')],
      };
    }
    const plain = (list: Alignment[]) => list.filter((a) => !a.fact.rating);
    let pro = plain(supporting);
    const con = plain(clashing);
    // Every number and date of a claim must be stated by a source before the claim counts
    // as supported: "25 diplomats were told to leave" is not confirmed by a sentence that
    // only says diplomats were told to leave. A looser match that states the detail
    // differently then contradicts it, since the stronger match shows it is the same event.
    if (pro.length && !con.length) {
      const open = this.unconfirmedDetails(claim, pro);
      if (open.length) {
        const loose = plain(all).filter((a) => a.matched >= LOOSE_ANCHOR);
        const clash = loose.filter((a) => a.points.some((p) => p.outcome === 'clashes' && p.kind !== 'entity' && open.includes(p.claim)));
        const agree = loose.filter((a) => a.clashed === 0 && a.points.some((p) => p.outcome === 'agrees' && open.includes(p.claim)));
        if (clash.length) con.push(...clash.sort((a, b) => b.matched - a.matched));
        else if (!agree.length) pro = [];
        else pro = [...pro, ...agree];
      }
    }
    // A clash on names alone weighs less than a source that states the whole claim.
    const entityOnly = (a: Alignment) => a.points.every((p) => p.outcome !== 'clashes' || p.kind === 'entity');
    if (con.length && pro.length && pro[0]!.matched >= STRONG_SUPPORT && con.every(entityOnly)) con.length = 0;
    if (con.length) {
      const slots = new Set(con.flatMap((a) => a.points.filter((p) => p.outcome === 'clashes').map((p) => p.slot)));
      // The sources disagree when one fact states the very detail another contradicts.
      const agreeing = all.filter(
        (a) => !a.fact.rating && a.matched >= CONTRADICT_ANCHOR &&
          a.points.some((p) => p.outcome === 'agrees' && !p.loose && slots.has(p.slot) && p.kind !== 'entity') &&
          !a.points.some((p) => p.outcome === 'clashes' && slots.has(p.slot)),
      );
      if (agreeing.length && this.distinctSources(agreeing, con)) {
        const ev = [...agreeing.slice(0, 2).map((a) => this.evidence(a, 'supports')), ...con.slice(0, 2).map((a) => this.evidence(a, 'contradicts'))];
        return { verdict: 'mixed', reason: this.mixedReason(agreeing, con), evidence: ev };
      }
      return {
        verdict: 'contradicted',
        reason: this.clashReason(con[0]!),
        evidence: con.slice(0, MAX_EVIDENCE).map((a) => this.evidence(a, 'contradicts')),
      };
    }
    if (pro.length) {
      const n = new Set(pro.map((a) => a.fact.sourceId)).size;
      const agreed = [...new Set(pro[0]!.points.filter((p) => p.outcome === 'agrees' && p.kind !== 'entity').map((p) => p.fact))];
      return {
        verdict: 'supported',
        reason: `${n === 1 ? 'A source says' : `${n} sources say`} the same${agreed.length ? ` (${agreed.join(', ')})` : ''}.`,
        evidence: this.oneQuotePerSource(pro).map((a) => this.evidence(a, 'supports')),
      };
    }
    return null;
  }

  private unconfirmedDetails(claim: Analysis, pro: Alignment[]): string[] {
    const confirmed = new Set(pro.flatMap((a) => a.points.filter((p) => p.outcome === 'agrees').map((p) => p.claim)));
    const texts = [...claim.features.numbers.filter((n) => n.unit).map((n) => n.text || String(n.min)), ...claim.features.dates.map((d) => d.text)];
    return texts.filter((t) => !confirmed.has(t));
  }

  private distinctSources(a: Alignment[], b: Alignment[]): boolean {
    const left = new Set(a.map((x) => x.fact.sourceId));
    return b.some((x) => !left.has(x.fact.sourceId)) || a.some((x) => !b.some((y) => y.fact.sourceId === x.fact.sourceId));
  }

  private related(claim: Analysis): Alignment[] {
    return this.alignments(claim)
      .filter((a) => a.matched >= 0.35)
      .sort((a, b) => b.matched - a.matched)
      .slice(0, 2);
  }

  private oneQuotePerSource(list: Alignment[]): Alignment[] {
    const seen = new Set<string>();
    const out: Alignment[] = [];
    for (const a of list) {
      if (seen.has(a.fact.sourceId)) continue;
      seen.add(a.fact.sourceId);
      out.push(a);
      if (out.length === MAX_EVIDENCE) break;
    }
    return out;
  }

  private clashReason(a: Alignment): string {
    const clashes = a.points.filter((p) => p.outcome === 'clashes');
    const parts = mergeClashes(clashes).map((p) => `${p.fact}, not ${p.claim}`);
    return `The sources say ${parts.join('; ')}.`;
  }

  private mixedReason(agreeing: Alignment[], con: Alignment[]): string {
    const clash = con[0]!.points.find((p) => p.outcome === 'clashes')!;
    const others = [...new Set(con.map((a) => a.points.find((p) => p.slot === clash.slot && p.outcome === 'clashes')?.fact).filter(Boolean))];
    const own = agreeing[0]!.points.find((p) => p.slot === clash.slot && p.outcome === 'agrees')?.fact ?? clash.claim;
    return `The sources disagree: one says ${own}, ${others.length > 1 ? 'others say' : 'another says'} ${others.join(' or ')}.`;
  }

  private evidence(a: Alignment, stance: Evidence['stance']): Evidence {
    const source = this.sources.get(a.fact.sourceId);
    const points = mergeClashes(a.points.filter((p) => p.outcome === 'clashes')).map((p) => `${p.fact}, not ${p.claim}`);
    for (const p of a.points) if (p.outcome === 'agrees' && p.kind !== 'entity' && stance !== 'contradicts') points.push(`${p.fact} agrees`);
    return {
      factId: a.fact.id,
      sourceId: a.fact.sourceId,
      sourceTitle: source?.title ?? a.fact.sourceId,
      sourceDate: source?.date ?? null,
      quote: a.fact.quote,
      stance,
      points,
    };
  }
}

/** A run of short items (menus, country pickers, name lists) rather than a sentence. */
export function looksLikeList(text: string): boolean {
  const items = text.split(/\s*[,;|•·]\s*|\s{3,}|\s+[-–]\s+/).filter((x) => x.trim());
  if (items.length < 6) return false;
  const short = items.filter((x) => x.trim().split(/\s+/).length <= 3).length;
  return short / items.length >= 0.7;
}

/** A line with at least three words and a verb, the least a claim needs. */
export function looksLikeStatement(text: string): boolean {
  const words = tokenize(text).filter((t) => /^[a-z]/i.test(t.word));
  if (words.length < 3) return false;
  // Past forms count only in lower case: "United" and a leading "Published" are not verbs here.
  return words.some((t) => COMMON_VERBS.has(t.word) || (t.word.length > 4 && /^[a-z].*ed$/.test(t.raw)) || isActionWord(t.word));
}

/** How many things a claim states: content words plus amounts and dates. */
function substance(claim: Analysis): number {
  return claim.units.filter((u) => !u.light).length + claim.features.numbers.length + claim.features.dates.length;
}

/** Two neighbouring sentences of one source read as one fact. */
function joinFacts(a: Fact, b: Fact): Fact {
  return {
    id: `${a.id}+${b.id.split('#').pop()}`,
    sourceId: a.sourceId,
    quote: `${a.quote} ${b.quote}`,
    start: a.start,
    end: b.end,
    features: {
      terms: [...new Set([...a.features.terms, ...b.features.terms])],
      numbers: [...a.features.numbers, ...b.features.numbers],
      dates: [...a.features.dates, ...b.features.dates],
      entities: [...a.features.entities, ...b.features.entities],
      actions: [...a.features.actions, ...b.features.actions],
    },
  };
}

// "Russia" and "China" clashing with "Israel and the US" read as one point, not two.
function mergeClashes(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const same = out.find((o) => o.slot === p.slot && o.fact === p.fact);
    if (same) same.claim = `${same.claim} and ${p.claim}`;
    else out.push({ ...p });
  }
  return out;
}
