/** A piece of a longer text with its offsets in that text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter breaks after any abbreviation's dot ("Sept. 8", "Mr. Rama"); these are
// glued back on when the next piece does not look like a new sentence on its own.
// Titles and initials always belong to the next word; month names only before a number.
const TITLE = /(?:^|[\s(.])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Jr|Sr|Rep|Sen|Gov|Pres|Amb|vs|[A-Z])\.$/;
const BEFORE_NUMBER = /(?:^|[\s(])(?:No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx)\.$/;

// Made on first use: building it loads ICU's sentence rules (tens of milliseconds), which
// would otherwise land in the content script's start-up task on every page.
let segmenter: Intl.Segmenter | null = null;

/**
 * Builds the sentence splitter if it is not built yet. The first build costs 10-20 ms; a
 * caller that must keep tasks short calls this on its own first.
 */
export function prepareSentenceSplitter(): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
}

/** Splits text into sentences with offsets, trimming the white space around each. */
export function splitSentences(text: string, offset = 0): Span[] {
  const pieces: Span[] = [];
  prepareSentenceSplitter();
  for (const { segment, index } of segmenter!.segment(text)) {
    const last = pieces[pieces.length - 1];
    const tail = last?.text.trimEnd() ?? '';
    // It also breaks after "!" or "?" with no space after them ("display:none!important",
    // "page?id=3"): a sentence goes on when the next piece starts right there, lower case.
    const runsOn = last !== undefined && /[!?]$/.test(last.text) && /^[^\s\p{Lu}]/u.test(segment);
    if (last && (runsOn || TITLE.test(tail) || (BEFORE_NUMBER.test(tail) && /^\s*\d/.test(segment)))) {
      last.text += segment;
      last.end = index + segment.length;
    } else {
      pieces.push({ text: segment, start: index, end: index + segment.length });
    }
  }
  const out: Span[] = [];
  for (const p of pieces) {
    const lead = p.text.length - p.text.trimStart().length;
    const body = p.text.trim();
    if (!body) continue;
    out.push({ text: body, start: offset + p.start + lead, end: offset + p.start + lead + body.length });
  }
  return out;
}

/** Splits text into paragraphs (blocks separated by blank lines or single line breaks). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ text: body, start, end: start + body.length });
  }
  return out;
}
