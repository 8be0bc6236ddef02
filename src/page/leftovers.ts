import { isUiHostTag, UI_HOST_MARK } from '../shared/views';
import { createHighlighter } from './highlights';

/**
 * Removes what an earlier run of the content script left on the page, and returns how many
 * notes layers it took away.
 *
 * Firefox tears a content script down without warning when its add-on is switched off,
 * updated or reloaded (nothing of it runs again, so it cannot tidy up), and on the way back
 * runs the new one in the tabs already open: the old layer would stay beside the new one,
 * every badge twice, half of them dead. Chromium lets the old script see it is orphaned and
 * remove its own layer (WXT's invalidation), so this finds nothing there.
 */
export function clearLeftovers(doc: Document, win: Window): number {
  let removed = 0;
  // Only a host we marked, where we put it: a page may use an element of that name itself.
  for (const el of [...doc.documentElement.children]) {
    if (isUiHostTag(el.localName) && el.hasAttribute(UI_HOST_MARK)) {
      el.remove();
      removed++;
    }
  }
  // The old underlines, by name: a content script cannot iterate the page's highlight
  // registry in Firefox ("Xray wrapping of iterators not supported").
  createHighlighter(doc, win).clear();
  return removed;
}
