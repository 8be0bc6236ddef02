import type { CheckResult, Fact, SourceInfo, SourceText } from './types';
import { splitParagraphs, splitSentences } from './sentences';
import { mentionsEitherSide } from './prefilter';

// TEMPORARY API SHELL: the real matching replaces the bodies below; signatures are stable.

/** Turns a source's text into facts, one per checkable sentence. */
export function buildFacts(source: SourceText): Fact[] {
  return splitSentences(source.text).map((s, i) => ({
    id: `${source.id}#${i}`,
    sourceId: source.id,
    quote: s.text,
    start: s.start,
    end: s.end,
    features: { terms: [], numbers: [], dates: [], entities: [], actions: [] },
  }));
}

/** Judges claims against a set of facts; add and remove sources as the user changes them. */
export class Checker {
  private readonly sources = new Map<string, SourceInfo>();
  private readonly facts = new Map<string, Fact[]>();

  constructor(sources: SourceInfo[] = [], facts: Fact[] = []) {
    for (const s of sources) this.sources.set(s.id, s);
    for (const f of facts) this.facts.set(f.sourceId, [...(this.facts.get(f.sourceId) ?? []), f]);
  }

  /** Adds (or replaces) one source and its facts. */
  add(source: SourceInfo, facts: Fact[]): void {
    this.sources.set(source.id, source);
    this.facts.set(source.id, facts);
  }

  /** Forgets a source and its facts. */
  remove(sourceId: string): void {
    this.sources.delete(sourceId);
    this.facts.delete(sourceId);
  }

  /** Number of facts known, enabled or not. */
  get size(): number {
    let n = 0;
    for (const f of this.facts.values()) n += f.length;
    return n;
  }

  /** Judges one claim (a selection or a line); `context` is the paragraph around it, if any. */
  checkClaim(text: string, context?: string): CheckResult {
    void context;
    const on = mentionsEitherSide(text);
    return { text, start: 0, end: text.length, verdict: on ? 'unverified' : 'offtopic', reason: '', evidence: [] };
  }

  /** Checks every sentence of a text; returns only the sentences about the dispute. */
  checkText(text: string): CheckResult[] {
    const out: CheckResult[] = [];
    for (const p of splitParagraphs(text)) {
      for (const s of splitSentences(p.text, p.start)) {
        const r = this.checkClaim(s.text, p.text);
        if (r.verdict !== 'offtopic') out.push({ ...r, start: s.start, end: s.end });
      }
    }
    return out;
  }
}
