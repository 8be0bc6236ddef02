import Fuse from 'fuse.js';
import type { Fact } from '../types';
import type { TermUnit } from '../read/analyse';

/** A fact found for a claim, with how many of the claim's rare terms it shares. */
export interface Candidate {
  fact: Fact;
  score: number;
}

// Terms carried by more than this share of the facts (once there are many) do not pick
// candidates: "Albania" or "Iran" would otherwise pull in every fact of every source.
const COMMON_SHARE = 0.2;
const COMMON_FLOOR = 400;
const COMMON_CEILING = 1000;
// Postings walked for one claim beyond its rarest word: bounds a check's cost however many
// facts are held.
const WALK_BUDGET = 1500;

/**
 * An inverted index from terms to facts. A claim only ever looks at the facts that share
 * one of its rarer terms, so checking cost follows the size of the matches, not of the
 * fact base; Fuse.js maps misspelt claim words onto the index's vocabulary.
 */
export class FactIndex {
  private readonly facts: (Fact | undefined)[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly bySource = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  private live = 0;
  // Fuse indexes of the vocabulary, one per two-letter prefix, built on first use: a
  // misspelling keeps its first two letters far more often than not, and a small index
  // keeps each lookup cheap on pages full of words the sources never use.
  private vocabulary: Map<string, Fuse<string>> | null = null;
  private readonly corrections = new Map<string, string | null>();
  // Scratch space reused by every lookup: scores per fact, and a stamp per fact telling
  // whether the current claim word has already counted it.
  private scores = new Float64Array(0);
  private seen = new Uint32Array(0);
  private stamp = 0;

  /** Number of facts held. */
  get size(): number {
    return this.live;
  }

  /** Indexes a batch of facts. */
  add(facts: readonly Fact[]): void {
    for (const fact of facts) {
      const id = this.facts.length;
      this.facts.push(fact);
      this.byId.set(fact.id, id);
      this.live++;
      const ids = this.bySource.get(fact.sourceId) ?? [];
      ids.push(id);
      this.bySource.set(fact.sourceId, ids);
      for (const t of fact.features.terms) {
        const list = this.postings.get(t);
        if (list) list.push(id);
        else this.postings.set(t, [id]);
      }
    }
    if (facts.length) {
      this.vocabulary = null;
      this.corrections.clear();
    }
  }

  /** Drops every fact of a source; postings are cleaned lazily on lookup. */
  removeSource(sourceId: string): void {
    for (const id of this.bySource.get(sourceId) ?? []) {
      const fact = this.facts[id];
      if (fact) {
        this.byId.delete(fact.id);
        this.facts[id] = undefined;
        this.live--;
      }
    }
    this.bySource.delete(sourceId);
  }

  /** A fact by its id, if it is indexed. */
  get(id: string): Fact | undefined {
    const n = this.byId.get(id);
    return n === undefined ? undefined : this.facts[n];
  }

  /** How many facts carry a term (counting removed ones until their postings are pruned). */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Inverse document frequency, high for rare terms; unknown terms get the maximum. */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.live + 1) / (df + 0.5));
  }

  /** The closest known spelling of a word the index has never seen, if one is close. */
  correct(word: string): string | undefined {
    if (word.length < 5 || this.postings.has(word) || /\d/.test(word)) return undefined;
    const memo = this.corrections.get(word);
    if (memo !== undefined) return memo ?? undefined;
    if (!this.vocabulary) {
      const buckets = new Map<string, string[]>();
      for (const t of this.postings.keys()) {
        if (t.includes(':') || t.length < 4 || /\d/.test(t)) continue;
        const b = buckets.get(t.slice(0, 2)) ?? [];
        b.push(t);
        buckets.set(t.slice(0, 2), b);
      }
      this.vocabulary = new Map([...buckets].map(([k, words]) => [k, new Fuse(words, { includeScore: true, threshold: 0.2, ignoreLocation: true, minMatchCharLength: 4 })]));
    }
    const [hit] = this.vocabulary.get(word.slice(0, 2))?.search(word, { limit: 1 }) ?? [];
    const ok = hit && (hit.score ?? 1) <= 0.15 && Math.abs(hit.item.length - word.length) <= 1;
    if (this.corrections.size > 5000) this.corrections.clear();
    this.corrections.set(word, ok ? hit.item : null);
    return ok ? hit.item : undefined;
  }

  /**
   * Facts sharing the claim's rarer terms, best first, scored by the summed weight of the
   * claim words they contain; facts that cannot reach `minScore` are not returned.
   */
  candidates(units: readonly TermUnit[], weight: (u: TermUnit) => number, limit: number, minScore = 0): Candidate[] {
    // Past a couple of thousand facts a term is too common to pick candidates by: the rarer
    // words of the claim find the facts, and alignment weighs the common ones afterwards.
    const commonAt = Math.min(COMMON_CEILING, Math.max(COMMON_FLOOR, this.live * COMMON_SHARE));
    const ranked = units
      .map((u) => ({ u, df: Math.min(...u.alts.map((a) => this.documentFrequency(a) || Infinity)) }))
      .filter((x) => Number.isFinite(x.df))
      .sort((a, b) => a.df - b.df);
    if (this.scores.length < this.facts.length) this.scores = new Float64Array(Math.max(this.facts.length, this.scores.length * 2));
    const scores = this.scores;
    const facts = this.facts;
    const touched: number[] = [];
    let skipped = 0;
    let walked = 0;
    for (let rank = 0; rank < ranked.length; rank++) {
      const { u, df } = ranked[rank]!;
      const w = weight(u);
      // Words come rarest first: once their postings would pass the budget, every later
      // word would too, and those words are weighed at alignment instead of picking facts.
      if (rank > 0 && (df > commonAt || walked + df > WALK_BUDGET)) {
        skipped += w;
        continue;
      }
      // A fact's terms are distinct, so a one-spelling word meets each fact once.
      const single = u.alts.length === 1;
      const stamp = ++this.stamp;
      for (const alt of u.alts) {
        const list = this.postings.get(alt);
        if (!list || list.length > commonAt * 2) continue;
        walked += list.length;
        for (let i = 0; i < list.length; i++) {
          const id = list[i]!;
          if (facts[id] === undefined) continue;
          if (!single) {
            if (this.seen[id] === stamp) continue;
            this.markSeen(id, stamp);
          }
          if (scores[id] === 0) touched.push(id);
          scores[id] = scores[id]! + w;
        }
      }
    }
    // Skipped common words may still be in a fact, so they count towards what it could reach.
    const floor = minScore - skipped;
    const out: Candidate[] = [];
    for (const id of touched) {
      if (scores[id]! >= floor) out.push({ fact: this.facts[id]!, score: scores[id]! });
      scores[id] = 0;
    }
    if (out.length > limit) {
      out.sort((a, b) => b.score - a.score);
      out.length = limit;
      return out;
    }
    return out.sort((a, b) => b.score - a.score);
  }

  private markSeen(id: number, stamp: number): void {
    if (this.seen.length <= id) {
      const grown = new Uint32Array(Math.max(this.facts.length, this.seen.length * 2, 1024));
      grown.set(this.seen);
      this.seen = grown;
    }
    this.seen[id] = stamp;
  }
}
