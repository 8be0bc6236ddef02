/**
 * Reading a page's text block by block without touching it: text nodes are grouped under
 * their nearest block-level ancestor, and each block's text keeps a map back to its nodes so
 * that a sentence can become a Range over the page's own text.
 */

import { isBlock, isSkipped } from '../shared/html-elements';

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
