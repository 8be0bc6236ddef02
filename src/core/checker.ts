import type { CheckResult, Evidence, Fact, SourceInfo } from './types';
import { splitParagraphs, splitSentences } from './sentences';
import { analyse, isActionWord, isPastForm, type Analysis, type TermUnit } from './read/analyse';
import { tokenize } from './read/text';
import { COMMON_VERBS, IRREGULAR_PAST } from './knowledge/english';
import { FactIndex } from './facts/fact-index';
import { align, type Alignment, type Point, type Weigher } from './match/align';
import { readDetails } from './read/details';
import { readTag } from './read/tags';
import { matchDetails } from './match/match-details';
import { readMatch } from './match/reading';
import { assertsNothing, reportsSpeech } from './read/frames';
import { readWords, type Word } from './read/nlp';
import { decideVerdict, deniedByWriter } from './verdict/rules';
import { THRESHOLDS } from './thresholds';
import { GRAVITY, VERDICT_LOOK } from './verdict/vocabulary';
import { synonymsOf } from './knowledge/synonyms';
import { decisiveFacts, detailResults, reasonFor, UNVERIFIED_REASON } from './verdict/explain';
import { disputeTopic, hasCheckableDetail, isAboutDispute, namesBothSides, speaksOfDispute, tellsDisputeStory, speaksOfAttackOnly } from './read/topic';
import { pageOpening } from './read/opening';

export { buildFacts } from './facts/build-facts';
export { pageOpening } from './read/opening';

// Limits of reading (not of judging, which THRESHOLDS holds).
const PARAGRAPH_CACHE = 256;
const SENTENCE_CACHE = 20_000;
// The title and lead decide; failing those, this share of the opening's sentences.
const PAGE_LEAD = 3;
const PAGE_SHARE = 0.25;

const MAX_SENTENCE = 1000;

/** Judges claims against a set of facts; add and remove sources as the user changes them. */
export class Checker {
  private readonly sources = new Map<string, SourceInfo>();
  private readonly index = new FactIndex();
  private readonly paragraphs = new Map<string, { text: string; on: boolean }[]>();
  private readonly pages = new Map<string, boolean>();
  private readonly sentences = new Map<string, boolean>();

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

  /**
   * Judges one claim (a selection or a line); `context` is the paragraph around it, and
   * `page` the opening of the page it stands in (its title and first paragraphs), if any.
   */
  checkClaim(text: string, context?: string, page?: string): CheckResult {
    const sentences = splitSentences(text);
    if (sentences.length > 1) return this.checkPassage(text, sentences);
    return this.checkSentence(text, context, page);
  }

  // A selection of several sentences is judged sentence by sentence; the answer leads
  // with the gravest finding and says how many sentences it concerns.
  private checkPassage(text: string, sentences: { text: string }[]): CheckResult {
    const results = sentences.map((s) => this.checkSentence(s.text, text));
    const verdict = GRAVITY.find((v) => results.some((r) => r.verdict === v))!;
    const lead = results.find((r) => r.verdict === verdict)!;
    const count = results.filter((r) => r.verdict === verdict).length;
    const reason =
      verdict === 'offtopic'
        ? lead.reason
        : `${count} of ${results.length} sentences: ${VERDICT_LOOK[verdict].word.toLowerCase()}. ${lead.reason}`;
    const evidence = [lead, ...results.filter((r) => r !== lead && r.verdict !== 'offtopic')].flatMap((r) => r.evidence);
    const seen = new Set<string>();
    return {
      text,
      start: 0,
      end: text.length,
      verdict,
      reason,
      evidence: evidence.filter((e) => !seen.has(e.factId) && seen.add(e.factId)).slice(0, THRESHOLDS.maxEvidence * 2),
    };
  }

  private checkSentence(text: string, context?: string, page?: string): CheckResult {
    // What a reader takes for the claim: without a dateline, an agency's tag or a lead-in.
    const { said, denied } = readTag(text.trim());
    const claim = analyse(said, null, true);
    this.correctSpelling(claim.units);
    // A sentence is about the dispute when it states something of it. One that only may be
    // (the MEK, with nothing placing it) is, unless its page is about something else.
    const topic = disputeTopic(claim);
    const pageOn = !!page && this.isPageAboutDispute(page);
    let onTopic = topic === 'states' || (topic === 'may' && (!page || pageOn));
    // Context places a sentence that states something checkable but not the dispute itself
    // ("The embassy staff left on Thursday"): its page decides, when there is one (a page about
    // something else stays silent apart from the sentences about the dispute); failing a page,
    // its paragraph.
    if (!onTopic && hasCheckableDetail(claim) && speaksOfDispute(claim) && !(topic === 'none' && namesBothSides(claim))) {
      onTopic = page ? pageOn : !!context && context !== text && this.paragraphAboutDispute(context, text);
    }
    // With nothing around it, a sentence that tells the dispute's own story is taken as
    // meant: a reader chose it.
    if (!onTopic && !context && !page) onTopic = tellsDisputeStory(claim) || speaksOfAttackOnly(claim);
    // Menu items and captions ("Share", "JAPAN") say too little to be matched against facts,
    // and lists of names ("Afghanistan  Albania  Algeria ...") state nothing.
    const list = looksLikeList(text);
    if (list) onTopic = false;
    if (substance(claim) >= THRESHOLDS.minSubstance && !list) {
      const judged = this.judge(said, claim, onTopic, !context && !page);
      // "Myth: Albania cut ties with Iran": the writer calls false what was checked.
      return { text, start: 0, end: text.length, ...(denied ? deniedByWriter(judged) : judged) };
    }
    if (!onTopic) {
      return { text, start: 0, end: text.length, verdict: 'offtopic', reason: 'Not about the Albania–Iran dispute.', evidence: [] };
    }
    return { text, start: 0, end: text.length, verdict: 'unverified', reason: UNVERIFIED_REASON.none, evidence: [] };
  }

  // A paragraph is about the dispute when its opening sentence is, or half of the others.
  private paragraphAboutDispute(paragraph: string, except: string): boolean {
    let flags = this.paragraphs.get(paragraph);
    if (!flags) {
      flags = splitSentences(paragraph).map((s) => ({ text: s.text, on: this.sentenceAboutDispute(s.text) }));
      if (this.paragraphs.size > PARAGRAPH_CACHE) this.paragraphs.clear();
      this.paragraphs.set(paragraph, flags);
    }
    const others = flags.filter((f) => f.text !== except);
    if (!others.length) return false;
    return (flags[0]!.on && flags[0]!.text !== except) || others.filter((f) => f.on).length * 2 >= others.length;
  }

  // Long blocks reach the checker as overlapping windows, one per sentence: each sentence's
  // topic is worked out once, not once per window it appears in.
  private sentenceAboutDispute(sentence: string): boolean {
    let on = this.sentences.get(sentence);
    if (on === undefined) {
      on = isAboutDispute(analyse(sentence));
      if (this.sentences.size > SENTENCE_CACHE) this.sentences.clear();
      this.sentences.set(sentence, on);
    }
    return on;
  }

  /**
   * Whether a page is about the dispute, judged by its opening: one of its first sentences
   * (title, standfirst, lead) is, or a good share of the rest.
   */
  isPageAboutDispute(opening: string): boolean {
    let on = this.pages.get(opening);
    if (on === undefined) {
      const flags = splitParagraphs(opening).flatMap((p) => splitSentences(p.text)).map((s) => this.sentenceAboutDispute(s.text));
      on = flags.slice(0, PAGE_LEAD).some(Boolean) || (flags.length > 0 && flags.filter(Boolean).length >= PAGE_SHARE * flags.length);
      if (this.pages.size > PARAGRAPH_CACHE) this.pages.clear();
      this.pages.set(opening, on);
    }
    return on;
  }

  /**
   * Judges a sentence met while reading a page (`context` is its paragraph, `page` the
   * page's opening): questions,
   * headings, menu items and walls of text without a full stop are not claims and come
   * back off topic.
   */
  checkPageSentence(text: string, context?: string, page?: string): CheckResult {
    if (/\?["'\u201d\u2019)]*$/.test(text) || text.length > MAX_SENTENCE || !looksLikeStatement(text)) {
      return { text, start: 0, end: text.length, verdict: 'offtopic', reason: 'Not a claim.', evidence: [] };
    }
    return this.checkSentence(text, context, page);
  }

  /** Checks every sentence of a text; returns only the sentences about the dispute. */
  checkText(text: string): CheckResult[] {
    const out: CheckResult[] = [];
    const paragraphs = splitParagraphs(text);
    const page = pageOpening(paragraphs.map((p) => p.text));
    for (const p of paragraphs) {
      for (const s of splitSentences(p.text, p.start)) {
        const r = this.checkPageSentence(s.text, p.text, page);
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
        w = known.length ? Math.max(...known.map((a) => this.index.idf(a))) : this.index.idf('\u0000unknown') * (u.capital ? 1 : THRESHOLDS.unknownWord);
        if (u.light) w *= THRESHOLDS.lightWord;
        else if (u.side) w *= THRESHOLDS.sideWord;
        w = Math.max(w, THRESHOLDS.minWordWeight);
        cache.set(u, w);
        return w;
      },
    };
  }

  // A word no source uses is read as the sources' word for the same thing (WordNet's
  // synonyms of their words), failing that as a misspelling of one of their words.
  private correctSpelling(units: TermUnit[]): void {
    for (const u of units) {
      // A name nobody knows ("Berat", "Recorded Future") is no misspelling or synonym of a word.
      if (u.capital && !u.alts.some((a) => a.includes(':'))) continue;
      const plain = u.alts.find((a) => !a.includes(':'));
      // Light words ("took place") have too many senses to stand for anything.
      const same = plain && !u.light ? synonymsOf(plain).filter((x) => this.index.documentFrequency(x) > 0 && !u.alts.includes(x)) : [];
      if (same.length) u.alts.push(...same);
      if (u.alts.some((a) => this.index.documentFrequency(a) > 0)) continue;
      const fixed = plain ? this.index.correct(plain) : undefined;
      if (fixed) u.alts.push(fixed);
    }
  }

  private alignments(claim: Analysis, weigher: Weigher): Alignment[] {
    // A fact whose shared words cannot reach the loosest threshold, even if every amount
    // and date agreed, is never aligned: most sentences on most pages stop here.
    const details = (claim.features.numbers.length + claim.features.dates.length) * THRESHOLDS.detailWeight;
    const total = claim.units.reduce((sum, u) => sum + weigher.weight(u), 0) + details;
    const floor = THRESHOLDS.alignFloor * total - details;
    const singles = this.index
      .candidates(claim.units, (u) => weigher.weight(u), THRESHOLDS.candidates, floor)
      .map((c) => align(claim, c.fact, weigher))
      .filter((a) => this.sources.get(a.fact.sourceId)?.enabled !== false);
    // A claim often sums up two sentences of a source ("the 1981 protests ... left 50
    // dead"): the best matches are also tried together with their neighbours.
    const pairs: Alignment[] = [];
    const best = [...singles].sort((a, b) => b.matched - a.matched).slice(0, THRESHOLDS.pairTries);
    for (const a of best) {
      if (a.matched < THRESHOLDS.backingAnchor) continue;
      for (const next of this.neighbours(a.fact)) {
        const joined = joinFacts(...(next.start < a.fact.start ? [next, a.fact] as const : [a.fact, next] as const));
        const p = align(claim, joined, weigher);
        const gain = p.matched - Math.max(a.matched, singles.find((x) => x.fact.id === next.id)?.matched ?? 0);
        // Two sentences together may confirm a claim or give its figure, but names and
        // actions of the other sentence are not the claim's.
        if (gain >= THRESHOLDS.pairGain && p.points.every((x) => x.outcome === 'agrees' || x.kind === 'number' || x.kind === 'date')) pairs.push(p);
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

  // The pipeline's later stages: the claim's details are matched against the facts that
  // share its words, and the verdict follows from how each detail fared.
  private judge(text: string, claim: Analysis, onTopic: boolean, alone = false): Omit<CheckResult, 'text' | 'start' | 'end'> {
    const weigher = this.weigher();
    const aligned = this.alignments(claim, weigher);
    // Off the dispute, a match must rest on a name or a figure, not on common words alone
    // ("Sponsored links" is not a claim about sponsored cyberattacks).
    const all = onTopic ? aligned : aligned.filter((a) => a.anchored);
    // Published fact-checks (ClaimReview) answer for the claim they rate.
    const reviewed = all
      .filter((a) => a.fact.rating && a.clashed === 0 && a.matched >= THRESHOLDS.reviewMatch && (a.matched >= THRESHOLDS.reviewFull || a.missing <= THRESHOLDS.reviewMissing))
      .sort((a, b) => b.matched - a.matched)[0];
    if (reviewed?.fact.rating) {
      const verdict = reviewed.fact.rating;
      const source = this.sources.get(reviewed.fact.sourceId);
      return {
        verdict,
        reason: `${source?.title ?? 'A fact-check'} rates this claim: ${VERDICT_LOOK[verdict].word.toLowerCase()}.`,
        evidence: [this.evidence(reviewed, verdict === 'contradicted' ? 'contradicts' : 'supports')],
      };
    }
    let plain = all.filter((a) => !a.fact.rating).sort((a, b) => b.matched - a.matched);
    const core = plain[0]?.matched ?? 0;
    const addressed = Math.max(0, ...plain.map((a) => a.matched + a.clashed));
    // A sentence read with nothing around it that a source states nearly whole is meant as
    // that source's story: a reader chose it, and every source that speaks to it counts.
    if (alone && !onTopic && core >= THRESHOLDS.offTopicCore) {
      onTopic = true;
      plain = aligned.filter((a) => !a.fact.rating).sort((a, b) => b.matched - a.matched);
    }
    // The claim is read by the language library only when it is judged at all and some fact
    // speaks to it: most sentences of most pages never get this far.
    let words: Word[] | undefined;
    const english = () => (words ??= readWords(text));
    // What a claim tells as possible in its own voice is its forecast; in what someone said, the speaker's.
    let ownVoice: boolean | undefined;
    const matched = matchDetails(readDetails(claim), plain, weigher, claim.units, () => (ownVoice ??= !reportsSpeech(english())));
    const { details, onTopic: about } = readMatch({ details: matched, facts: plain, onTopic, core, addressed }, english);
    const verdict = decideVerdict({ details, onTopic: about, core, addressed, unknowing: !!claim.unknowing, claimsNothing: () => assertsNothing(text, english()) });
    if (verdict === 'offtopic') return { verdict, reason: 'Not about the Albania–Iran dispute.', evidence: [] };
    if (verdict === 'unverified') {
      const related = plain.filter((a) => a.matched >= THRESHOLDS.relatedQuote).slice(0, 2);
      return {
        verdict,
        reason: related.length ? UNVERIFIED_REASON.related : UNVERIFIED_REASON.none,
        evidence: related.map((a) => this.evidence(a, 'related')),
        details: detailResults(details),
      };
    }
    const decisive = decisiveFacts(verdict, details, THRESHOLDS.maxEvidence);
    const sources = new Set(decisive.map((d) => d.alignment.fact.sourceId)).size;
    return {
      verdict,
      reason: reasonFor(verdict, details, sources),
      evidence: decisive.map((d) => this.evidence(d.alignment, d.stance)),
      details: detailResults(details),
    };
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
  const lengths = items.map((x) => x.trim().split(/\s+/).length);
  // A sentence with many commas still has clauses of some length ("met with the leaders of this group on April 28").
  if (lengths.filter((n) => n > 5).length > 1) return false;
  return lengths.filter((n) => n <= 3).length / items.length >= 0.7;
}

/** A line with at least three words and a verb, the least a claim needs. */
export function looksLikeStatement(text: string): boolean {
  const words = tokenize(text).filter((t) => /^[a-z]/i.test(t.word));
  if (words.length < 3) return false;
  // Past forms count only in lower case: "United" and a leading "Published" are not verbs here.
  return words.some((t) => COMMON_VERBS.has(t.word) || (t.word.length > 4 && isPastForm(t)) || IRREGULAR_PAST.has(t.word) || isActionWord(t.word));
}

/** How many things a claim states: content words plus amounts and dates. */
function substance(claim: Analysis): number {
  return claim.units.filter((u) => !u.light).length + claim.features.numbers.length + claim.features.dates.length;
}

/** Two neighbouring sentences of one source read as one fact. */
function joinFacts(a: Fact, b: Fact): Fact {
  // A word is only "to be done" in the pair if neither sentence tells it as done.
  const done = (f: Fact, x: string) => f.features.terms.includes(x) && !f.features.modal?.includes(x);
  const modal = [...new Set([...(a.features.modal ?? []), ...(b.features.modal ?? [])])].filter((x) => !done(a, x) && !done(b, x));
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
      ...(modal.length ? { modal } : {}),
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
