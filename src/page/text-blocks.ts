/**
 * Reading a page's text block by block without touching it: text nodes are grouped under
 * their nearest block-level ancestor, and each block's text keeps a map back to its nodes so
 * that a sentence can become a Range over the page's own text.
 */

import { mayMentionEitherSide, mentionsEitherSide } from '../core/prefilter';
import { UNREAD_ELEMENTS, isBlock, isSkipped } from '../shared/html-elements';

/** Whether a node sits inside something `isSkipped` rejects (checked for nodes added later). */
export function isInsideSkipped(node: Node, isOwnUi: (el: Element) => boolean): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el, isOwnUi)) return true;
  }
  return false;
}

/** The nearest block-level element holding a node (the node itself when it is a block). */
export function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isBlock(el)) return el;
  }
  return null;
}

/** A block's own text nodes in order; `null` marks a line break or a nested block between them. */
export type BlockParts = (Text | null)[];

/** One text node's place in its block's text. */
interface Segment {
  node: Text;
  start: number;
}

/** A block's text, ready to split into sentences and map back to the page. */
export interface BlockText {
  element: Element;
  /** The text with every white-space character turned into a plain space (offsets kept). */
  text: string;
  segments: Segment[];
}

/** Joins a block's parts into one text; breaks become a single space that belongs to no node. */
export function joinParts(element: Element, parts: BlockParts): BlockText {
  let text = '';
  const segments: Segment[] = [];
  for (const part of parts) {
    if (part === null) {
      if (text && !text.endsWith(' ')) text += ' ';
      continue;
    }
    segments.push({ node: part, start: text.length });
    // Same length replacement: line breaks in the page's source would otherwise end sentences.
    text += part.data.replace(/\s/g, ' ');
  }
  return { element, text, segments };
}

/**
 * Makes a Range over the page's text for [start, end) of a block's text, or null when the
 * nodes have changed since the block was read.
 */
export function rangeFor(block: BlockText, start: number, end: number): Range | null {
  const from = locate(block, start, 'start');
  const to = locate(block, end, 'end');
  if (!from || !to) return null;
  const doc = from.node.ownerDocument;
  try {
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}

function locate(block: BlockText, at: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  const segs = block.segments;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const len = seg.node.data.length;
    const endOf = seg.start + len;
    // An end offset on a node's last character belongs to that node, a start to the next.
    const inside = side === 'start' ? at >= seg.start && at < endOf : at > seg.start && at <= endOf;
    if (inside) return seg.node.isConnected ? { node: seg.node, offset: at - seg.start } : null;
    // The offset fell on a break between nodes: snap to the nearest node on the right side.
    if (side === 'start' && at < seg.start) return seg.node.isConnected ? { node: seg.node, offset: 0 } : null;
    if (side === 'end' && i + 1 < segs.length && at > endOf && at <= segs[i + 1]!.start) {
      return seg.node.isConnected ? { node: seg.node, offset: len } : null;
    }
  }
  return null;
}

/**
 * Walks the text under `root` step by step, grouping text nodes by block. `step` reads up to
 * `budget` nodes at a time so that a long page can be read across idle slices; `done` holds
 * every block already read, by this walk or an earlier one, and is never read again.
 */
export class BlockWalker {
  private readonly walker: TreeWalker;
  private readonly parts = new Map<Element, BlockParts>();
  private readonly blockCache = new Map<Element, Element | null>();
  finished = false;

  constructor(
    root: Node,
    private readonly done: WeakSet<Element>,
    isOwnUi: (el: Element) => boolean,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    const view = doc.defaultView;
    const NF = view?.NodeFilter ?? NodeFilter;
    this.walker = doc.createTreeWalker(root, NF.SHOW_ELEMENT | NF.SHOW_TEXT, {
      acceptNode: (n) => (n.nodeType === 1 && isSkipped(n as Element, isOwnUi) ? NF.FILTER_REJECT : NF.FILTER_ACCEPT),
    });
    // The root itself is not passed to the filter's reading of blocks below; record it here.
    if (root.nodeType === 1 && isBlock(root as Element)) this.enterBlock(root as Element);
    else if (root.nodeType === 3) this.addText(root as Text);
  }

  /** Reads up to `budget` nodes; returns true when the whole root has been read. */
  step(budget: number): boolean {
    for (let i = 0; i < budget; i++) {
      const n = this.walker.nextNode();
      if (!n) {
        this.finished = true;
        return true;
      }
      if (n.nodeType === 3) this.addText(n as Text);
      else if ((n as Element).localName === 'br') this.breakIn(n.parentElement);
      else if (isBlock(n as Element)) {
        this.breakIn(n.parentElement);
        this.enterBlock(n as Element);
      }
    }
    return false;
  }

  /** The blocks read that hold some text (with their parts); every block seen is now done. */
  blocks(): [Element, BlockParts][] {
    return [...this.parts].filter(([, parts]) => parts.some((p) => p !== null && p.data.trim() !== ''));
  }

  private enterBlock(el: Element): void {
    if (!this.done.has(el)) {
      this.done.add(el);
      this.parts.set(el, []);
    }
  }

  private addText(node: Text): void {
    const parent = node.parentElement;
    if (!parent || !node.data) return;
    const block = this.cachedBlockOf(parent);
    if (!block) return;
    this.parts.get(block)?.push(node);
  }

  private breakIn(parent: Element | null): void {
    if (!parent) return;
    const block = this.cachedBlockOf(parent);
    const parts = block && this.parts.get(block);
    if (parts?.length && parts[parts.length - 1] !== null) parts.push(null);
  }

  private cachedBlockOf(el: Element): Element | null {
    let block = this.blockCache.get(el);
    if (block === undefined) {
      block = blockOf(el);
      this.blockCache.set(el, block);
    }
    return block;
  }
}

// Text nodes longer than this are checked for a script or style parent before being searched.
const LONG_TEXT = 120;
// Joined text longer than this is not searched in one task; the root is walked in slices.
const MAX_JOINED_CHARS = 4_000_000;
// Text never searched when a root's text is joined: news pages carry megabytes of it.
const CODE = new Set(['script', 'style']);

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

// The root's text without its scripts and styles, joined as textContent joins it. Subtrees
// free of code are taken whole with one textContent each; only the elements above a script
// or style (found in one query) are visited, so a page costs a few native calls and no walk.
function proseOf(root: Element): string {
  const above = new Set<Node>();
  for (const code of root.querySelectorAll('script, style')) {
    for (let a = code.parentNode; a && a !== root && !above.has(a); a = a.parentNode) above.add(a);
  }
  const parts: string[] = [];
  const visit = (el: Node) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push((c as Text).data);
      else if (isElement(c) && !CODE.has(c.localName)) {
        if (above.has(c)) visit(c);
        else parts.push(c.textContent ?? '');
      }
    }
  };
  visit(root);
  return parts.join('');
}

/** Whether no text under `root` can name a side, found without visiting its nodes one by one. */
function namesNothing(root: Node): boolean {
  if (!isElement(root)) return false;
  const prose = proseOf(root);
  return prose.length <= MAX_JOINED_CHARS && !mayMentionEitherSide(prose);
}

/**
 * The first, cheap pass over a root: a bare text-node walk that tests each node's text for
 * a name of either side and keeps the block around each hit. Most pages name neither, and
 * for them this is the whole scan; the block walk above then reads only the blocks found
 * here. A name split across two text nodes ("Alba<b>nia</b>") is not seen.
 */
export class SideSieve {
  private readonly walker: TreeWalker | null;
  private readonly found: Element[] = [];
  private readonly seen = new Set<Element>();

  constructor(private readonly root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    const NF = doc.defaultView?.NodeFilter ?? NodeFilter;
    // Most roots name neither side. When the root's whole text can be had in one native
    // call at little cost, one look at it settles that without visiting a node.
    this.walker = namesNothing(root) ? null : doc.createTreeWalker(root, NF.SHOW_TEXT);
    if (root.nodeType === 3 && mentionsEitherSide((root as Text).data)) this.keep(root as Text);
  }

  /** Tests up to `budget` text nodes; returns true when the whole root has been tested. */
  step(budget: number): boolean {
    // Every text node of the page passes here, mostly while the code is still cold: the
    // loop is kept to what the test itself needs.
    const walker = this.walker;
    if (!walker) return true;
    for (let i = 0; i < budget; i++) {
      const n = walker.nextNode() as Text | null;
      if (!n) return true;
      const data = n.data;
      if (data.length < 3) continue;
      // Pages keep megabytes of JSON and code in <script> and <style>: long texts are looked
      // up by their parent before the regular expression runs over them.
      if (data.length > LONG_TEXT && UNREAD_ELEMENTS.has((n.parentNode as Element | null)?.localName ?? '')) continue;
      if (mentionsEitherSide(data)) this.keep(n);
    }
    return false;
  }

  /**
   * The blocks to read, outermost first in page order: a block inside another one found is
   * left out (reading the outer one reads it), and so are blocks already read (`done`) and
   * blocks inside skipped content.
   */
  blocks(done: WeakSet<Element>, isOwnUi: (el: Element) => boolean): Element[] {
    const out: Element[] = [];
    for (const block of this.found) {
      // Found in page order, so a block inside an earlier one is inside the last one kept.
      const last = out[out.length - 1];
      if (last?.contains(block) || done.has(block) || isInsideSkipped(block, isOwnUi)) continue;
      out.push(block);
    }
    return out;
  }

  private keep(node: Text): void {
    const parent = node.parentNode;
    // A text node that is the root, or directly under it, is read with the root's block.
    const block = parent && parent.nodeType === 1 ? blockOf(parent) : this.root.nodeType === 1 ? (this.root as Element) : null;
    if (block && !this.seen.has(block)) {
      this.seen.add(block);
      this.found.push(block);
    }
  }
}
