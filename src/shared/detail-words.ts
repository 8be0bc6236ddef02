import type { DetailResult } from '../core/types';

// Small counts read better as words ("three sources agree").
const COUNT_WORDS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine' };

/**
 * How one detail of a claim fared, in words a reader understands: "in the sources",
 * "the sources say 40km", "the sources disagree: 24 or 48 hours", "in no source".
 * The note card and the command line both word details this way.
 */
export function detailOutcome(d: Pick<DetailResult, 'outcome' | 'sourcesSay' | 'sources'>): string {
  switch (d.outcome) {
    case 'backed':
      if (d.sources === 1) return 'one source says so';
      if (d.sources && d.sources > 1) return `${COUNT_WORDS[d.sources] ?? d.sources} sources agree`;
      return 'in the sources';
    case 'clashes':
      return d.sourcesSay ? `the sources say ${d.sourcesSay}` : 'the sources say otherwise';
    case 'disputed':
      return d.sourcesSay ? `the sources disagree: one says so, another says ${d.sourcesSay}` : 'the sources disagree';
    case 'not-found':
      return 'in no source';
  }
}

/** A detail's own words; quoted words are shown in quotation marks. */
export function detailText(d: Pick<DetailResult, 'text' | 'kind'>): string {
  return d.kind === 'quote' ? `\u201c${d.text.replace(/[,.;:]$/, '')}\u201d` : d.text;
}

/** "30 kilometers: the sources say 40km". */
export function detailLine(d: Pick<DetailResult, 'text' | 'kind' | 'outcome' | 'sourcesSay' | 'sources'>): string {
  return `${detailText(d)}: ${detailOutcome(d)}`;
}
