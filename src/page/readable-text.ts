import { Readability } from '@mozilla/readability';
import type { ReadableText } from '../core/import-source';
import { isBlock, isSkipped } from './text-blocks';

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
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += (child as Text).data;
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el, notOurs)) continue;
        if (el.localName === 'br') breakLine();
        else if (isBlock(el)) {
          breakLine();
          walk(el);
          breakLine();
        } else walk(el);
      }
    }
  };
  walk(root);
  breakLine();
  return lines.join('\n');
}

function isoDay(value: string | null | undefined): string | null {
  const m = value && /^(\d{4}-\d\d-\d\d)/.exec(value.trim());
  return m ? m[1]! : null;
}

// Where pages state when they were published, most specific first.
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

function pageDate(doc: Document): string | null {
  for (const selector of DATE_META) {
    const d = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (d) return d;
  }
  return isoDay(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
}

/**
 * Reads a page's article with Readability, falling back to the text of the whole body when
 * Readability finds no article. The page itself is left as it was (Readability changes the
 * document it reads, so it reads a copy).
 */
export function readableText(doc: Document): ReadableText {
  const date = pageDate(doc);
  const heading = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const docTitle = doc.title?.replace(/\s+/g, ' ').trim() || null;
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    // A page Readability cannot walk is still read below, from its body.
  }
  let text = '';
  if (article?.content) {
    const holder = doc.createElement('div');
    holder.innerHTML = article.content;
    text = blockText(holder);
  }
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
