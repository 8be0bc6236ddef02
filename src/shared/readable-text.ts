import { Readability } from '@mozilla/readability';
import type { ReadableText } from '../core/import/import-source';
import { isBlock, isSkipped } from './html-elements';

const notOurs = () => false;

/**
 * The text a reader sees under `root`, one block (paragraph, heading, list item, cell) a
 * line, white space collapsed as a browser collapses it; scripts, styles, code, form fields
 * and hidden elements are left out.
 */
export function blockText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  // An explicit stack instead of recursion: a page nested thousands of levels deep must not
  // overflow the call stack. An entry is the next node to read, and whether leaving its
  // parent ends a block.
  const stack: { next: Node | null; block: boolean }[] = [{ next: root.firstChild, block: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.block) breakLine();
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) line += (child as Text).data;
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (isSkipped(el, notOurs)) continue;
      if (el.localName === 'br') breakLine();
      else {
        const block = isBlock(el);
        if (block) breakLine();
        stack.push({ next: el.firstChild, block });
      }
    }
  }
  breakLine();
  return lines.join('\n');
}

/** How deeply elements nest under `root`, counted without recursion. */
export function nestingDepth(root: Element, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) {
      deepest = depth;
      if (deepest >= stopAt) return deepest;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return deepest;
}

/** Pages nested deeper than this are not given to Readability (see `readableText`). */
export const MAX_ARTICLE_DEPTH = 120;

function isoDay(value: string | null | undefined): string | null {
  const m = value && /^(\d{4}-\d\d-\d\d)/.exec(value.trim());
  return m ? m[1]! : null;
}

// Where pages state when they were published, most specific first.
const DATE_META: [attribute: string, value: string][] = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'date'],
  ['name', 'dc.date'],
  ['name', 'DC.date.issued'],
];

/** Every element under `root` in document order, walked without recursion (see `blockText`). */
function* elementsOf(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

/** What a page says about itself outside its text: its title, first heading and publication date. */
function pageFacts(doc: Document): { title: string | null; heading: string | null; date: string | null } {
  let title: Element | null = null;
  let h1: Element | null = null;
  let time: Element | null = null;
  const metas = new Map<string, string>();
  if (doc.documentElement) {
    for (const el of elementsOf(doc.documentElement)) {
      if (el.localName === 'h1') h1 ??= el;
      else if (el.localName === 'title' && el.namespaceURI === 'http://www.w3.org/1999/xhtml') title ??= el;
      else if (el.localName === 'time' && el.hasAttribute('datetime')) time ??= el;
      else if (el.localName === 'meta') {
        for (const [attr, value] of DATE_META) {
          const key = `${attr}=${value}`;
          if (el.getAttribute(attr) === value && !metas.has(key)) metas.set(key, el.getAttribute('content') ?? '');
        }
      }
    }
  }
  let date: string | null = null;
  for (const [attr, value] of DATE_META) {
    date = isoDay(metas.get(`${attr}=${value}`));
    if (date) break;
  }
  return {
    title: title?.textContent?.replace(/\s+/g, ' ').trim() || null,
    heading: h1?.textContent?.replace(/\s+/g, ' ').trim() || null,
    date: date ?? isoDay(time?.getAttribute('datetime')),
  };
}

/**
 * Reads a page's article with Readability, falling back to the text of the whole body when
 * Readability finds no article. The page itself is left as it was (Readability changes the
 * document it reads, so it reads a copy).
 */
export function readableText(doc: Document): ReadableText {
  // Read by walking the tree: selectors recurse in some DOM implementations (happy-dom), and
  // a page nested thousands of levels deep would overflow the stack.
  const { title: docTitle, heading, date } = pageFacts(doc);
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    // Readability's time grows much faster than the page's depth (800 nested elements take
    // half a minute); no article nests that deep, so such a page is read from its body.
    if (doc.documentElement && nestingDepth(doc.documentElement, MAX_ARTICLE_DEPTH) >= MAX_ARTICLE_DEPTH) throw new Error('too deep');
    // The article comes back as the element Readability built, never as markup to parse
    // again: the page's text is never turned back into HTML.
    article = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (node) => node }).parse();
  } catch {
    // A page Readability cannot walk is still read below, from its body.
  }
  let text = '';
  if (article?.content && article.content.nodeType === 1) text = blockText(article.content as Element);
  if (!text && doc.body) text = blockText(doc.body);
  return {
    title: article?.title?.replace(/\s+/g, ' ').trim() || docTitle || heading,
    text,
    date: isoDay(article?.publishedTime) ?? date,
  };
}

/** Makes the import pipeline's HTML reader from a parser: DOMParser in a browser, happy-dom in Node. */
export function readHtmlWith(parseHtml: (html: string) => Document): (html: string) => ReadableText {
  return (html) => readableText(parseHtml(html));
}
