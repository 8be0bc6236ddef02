// Web pages in happy-dom as a browser would hold them: the benchmark reads the evaluation
// pages this way, and so does the unit test that puts them through the extension's and the
// command line's readers (both open their windows with the command line's OFFLINE_WINDOW).

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
