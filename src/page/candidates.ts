// Imported file by file: the core's index would pull the whole checker into every page.
import { mentionsEitherSide } from '../core/prefilter';
import { splitSentences } from '../core/sentences';
import { LIMITS } from '../shared/messages';
import { rangeFor, type BlockText } from './text-blocks';

/** A sentence worth asking about, with the paragraph around it and where it stands. */
export interface Candidate {
  text: string;
  context: string;
  range: Range;
  /** Its block names a side: it is a claim whether or not the page is read whole. */
  names: boolean;
}

const HEADING = /^h[1-6]$/;

// Fewer words than this are captions, bylines and menu items rather than claims.
const MIN_WORDS = 4;

/** Whether a block is on screen at all; asked of blocks that name a side, or of every block of a page read whole. */
function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

/**
 * The sentences of a block to send for checking. A block that never names Albania, Iran or
 * the MEK yields none, after one regular-expression test and no layout work, unless the
 * page is read whole (it is about the dispute); a block that is not rendered yields none.
 */
export function candidatesIn(block: BlockText, whole = false): Candidate[] {
  const names = mentionsEitherSide(block.text);
  // Read whole, a page's headings that name neither side are titles, not claims.
  if ((!names && (!whole || HEADING.test(block.element.localName))) || !isVisible(block.element)) return [];
  const paragraph = block.text.replace(/ {2,}/g, ' ').trim();
  const out: Candidate[] = [];
  for (const s of splitSentences(block.text)) {
    const text = s.text.replace(/ {2,}/g, ' ');
    if (text.length > LIMITS.text || text.split(' ').length < MIN_WORDS || !/\p{L}/u.test(text)) continue;
    const range = rangeFor(block, s.start, s.end);
    if (range) out.push({ text, context: contextAround(paragraph, text), range, names });
  }
  return out;
}

// Very long blocks (a whole page in one <div>) are cut to the part around the sentence.
function contextAround(paragraph: string, sentence: string): string {
  if (paragraph.length <= LIMITS.context) return paragraph;
  const at = Math.max(0, paragraph.indexOf(sentence));
  const half = Math.floor((LIMITS.context - sentence.length) / 2);
  const start = Math.max(0, Math.min(at - half, paragraph.length - LIMITS.context));
  return paragraph.slice(start, start + LIMITS.context);
}
