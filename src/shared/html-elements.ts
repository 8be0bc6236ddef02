/**
 * Which elements of a page are read as prose, and where a line of text ends: the one set of
 * rules for the content script (src/page/text-blocks.ts), the HTML reader of the options page
 * and the command line (readable-text.ts) and the benchmark's reading of pages.
 */

/** Local names of elements whose text is never prose a reader sees, or that the reader is typing into. */
export const UNREAD_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'button',
  'datalist', 'canvas', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'picture',
  'head', 'title', 'meta', 'link', 'code', 'kbd', 'samp', 'var',
]);

/** Local names of elements that flow inside a line; every other element starts a block of its own. */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'tt', 'u', 'wbr', 'output', 'slot',
]);

/** Whether an element starts a block of text (a paragraph, list item, cell, container...). */
export function isBlock(el: Element): boolean {
  return !INLINE_ELEMENTS.has(el.localName) && el.localName !== 'br';
}

/**
 * Whether an element and everything in it is left unread: code, scripts and styles, form
 * fields, editable areas, hidden content and the extension's own UI. Only attributes and
 * inline style are read, so this costs no style or layout work.
 */
export function isSkipped(el: Element, isOwnUi: (el: Element) => boolean): boolean {
  if (UNREAD_ELEMENTS.has(el.localName) || isOwnUi(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none' || style?.visibility === 'hidden';
}
