/**
 * The first, cheap pass of the scan: which blocks of a root can name either side of the
 * dispute, found with the patterns generated from the checker's names (src/generated/side-names.ts).
 */
import { mayMentionEitherSide, mentionsEitherSide } from '../core/prefilter';
import { UNREAD_ELEMENTS } from '../shared/html-elements';
import { blockOf, isInsideSkipped } from './text-blocks';

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
