// Web pages in happy-dom as a browser would hold them, with nothing fetched and nothing run:
// the benchmark reads the evaluation pages this way, and so does the unit test that puts them
// through the extension's and the command line's readers.

/** Window settings under which a page loads no script, style, frame or other page. */
export const OFFLINE_PAGE_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
} as const;

// What a browser keeps in <head>; any other element, or text, starts the body.
const HEAD_CONTENT = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/**
 * Moves what happy-dom left in <head> on a page without a <body> tag into the body, as a
 * browser's parser does: from the first element that has no place in a head onwards.
 */
export function bodyAsBrowsersBuildIt(doc: Document): void {
  const { head, body } = doc;
  if (!head || !body) return;
  let stray: ChildNode | null = head.firstChild;
  while (stray && !(stray.nodeType === 1 ? !HEAD_CONTENT.has((stray as Element).localName) : stray.nodeType === 3 && (stray as Text).data.trim())) {
    stray = stray.nextSibling;
  }
  const moved = doc.createDocumentFragment();
  while (stray) {
    const next: ChildNode | null = stray.nextSibling;
    moved.appendChild(stray);
    stray = next;
  }
  body.insertBefore(moved, body.firstChild);
}
