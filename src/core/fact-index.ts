import Fuse from 'fuse.js';
import type { Fact } from './types';
import type { TermUnit } from './features';

/** A fact found for a claim, with how many of the claim's rare terms it shares. */
export interface Candidate {
  fact: Fact;
  score: number;
}

// Terms carried by more than this share of the facts (once there are many) do not pick
// candidates: "Albania" or "Iran" would otherwise pull in every fact of every source.
const COMMON_SHARE = 0.2;
const COMMON_FLOOR = 400;

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
  private vocabulary: Fuse<string> | null = null;

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
    if (facts.length) this.vocabulary = null;
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
    if (word.length < 5 || this.postings.has(word)) return undefined;
    if (!this.vocabulary) {
      const words = [...this.postings.keys()].filter((t) => !t.includes(':') && t.length >= 4 && !/\d/.test(t));
      this.vocabulary = new Fuse(words, { includeScore: true, threshold: 0.2, ignoreLocation: true, minMatchCharLength: 4 });
    }
    const [hit] = this.vocabulary.search(word, { limit: 1 });
    if (!hit || (hit.score ?? 1) > 0.15) return undefined;
    if (Math.abs(hit.item.length - word.length) > 1 || hit.item.slice(0, 2) !== word.slice(0, 2)) return undefined;
    return hit.item;
  }

  /** Facts sharing the claim's rarer terms, best first. */
  candidates(units: readonly TermUnit[], limit: number): Candidate[] {
    const commonAt = Math.max(COMMON_FLOOR, this.live * COMMON_SHARE);
    const scored = new Map<number, number>();
    const ranked = units
      .filter((u) => !u.light)
      .map((u) => ({ u, df: Math.min(...u.alts.map((a) => this.documentFrequency(a) || Infinity)) }))
      .filter((x) => Number.isFinite(x.df))
      .sort((a, b) => a.df - b.df);
    ranked.forEach(({ u, df }, rank) => {
      if (df > commonAt && rank > 0) return;
      const seen = new Set<number>();
      for (const alt of u.alts) {
        const list = this.postings.get(alt);
        if (!list || list.length > commonAt * 2) continue;
        const w = this.idf(alt);
        for (const id of list) {
          if (seen.has(id) || !this.facts[id]) continue;
          seen.add(id);
          scored.set(id, (scored.get(id) ?? 0) + w);
        }
      }
    });
    return [...scored.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id, score]) => ({ fact: this.facts[id]!, score }));
  }
}
