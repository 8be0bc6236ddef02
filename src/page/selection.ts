import { LIMITS } from '../shared/messages';
import type { Box } from '../shared/views';
import { blockOf } from './text-blocks';

/** The reader's current selection: its text, the paragraph around it and where it is. */
export interface SelectionInfo {
  text: string;
  context: string;
  /** Bounding box of the selection in document coordinates. */
  box: Box;
}

// Fewer characters than this is a click or a stray word, not a claim.
const MIN_CHARS = 8;

/** Reads the selection, or null when there is nothing worth checking selected. */
export function readSelection(doc: Document, win: Window, isOwnUi: (el: Element) => boolean): SelectionInfo | null {
  const sel = win.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const anchor = range.commonAncestorContainer;
  for (let el = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement; el; el = el.parentElement) {
    if (isOwnUi(el)) return null;
  }
  const text = sel.toString().replace(/\s+/g, ' ').trim();
  if (text.length < MIN_CHARS) return null;
  // The paragraph where the selection starts: a triple click selects up to the start of the
  // next block, so the common ancestor would be the whole article.
  const block = blockOf(range.startContainer);
  const context = (block?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, LIMITS.context);
  const r = range.getBoundingClientRect();
  const box = { left: r.left + win.scrollX, top: r.top + win.scrollY, right: r.right + win.scrollX, bottom: r.bottom + win.scrollY };
  return { text: text.slice(0, LIMITS.text), context, box };
}

/** A box near the top of the visible part of the page, for answers without a selection to sit by. */
export function viewportTopBox(win: Window): Box {
  const left = win.scrollX + Math.max(16, win.innerWidth / 2 - 180);
  const top = win.scrollY + 16;
  return { left, top, right: left, bottom: top };
}

/** What the selection watcher needs. */
export interface SelectionWatchOptions {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  setTimeout(cb: () => void, ms: number): void;
  isOwnUi(el: Element): boolean;
  /** Called when the selection settles: with its info, or null when it is gone. */
  onChange(info: SelectionInfo | null): void;
}

// Selections settle this long after the last change (dragging fires many changes).
const SETTLE_MS = 200;

/**
 * Reports the selection once it settles: after the mouse button is released for mouse
 * selections, after a short pause for keyboard ones.
 */
export function watchSelection(o: SelectionWatchOptions): void {
  let pointerDown = false;
  let tick = 0;
  const report = () => {
    if (!pointerDown) o.onChange(readSelection(o.doc, o.win, o.isOwnUi));
  };
  const later = () => {
    const mine = ++tick;
    o.setTimeout(() => mine === tick && report(), SETTLE_MS);
  };
  const opts = { signal: o.signal, capture: true, passive: true };
  o.doc.addEventListener('selectionchange', later, { signal: o.signal });
  o.doc.addEventListener('pointerdown', (e) => {
    if (!isFromOwnUi(e, o.isOwnUi)) pointerDown = true;
  }, opts);
  o.doc.addEventListener('pointerup', () => {
    if (!pointerDown) return;
    pointerDown = false;
    later();
  }, opts);
}

function isFromOwnUi(e: Event, isOwnUi: (el: Element) => boolean): boolean {
  return e.composedPath().some((t) => (t as Element).nodeType === 1 && isOwnUi(t as Element));
}
