// Imported file by file: the core's index would pull the whole checker into every page.
import { OPENING_CHARS } from '../core/read/opening';

export { OPENING_CHARS };

/**
 * The opening of a page, the way a reader meets it: its title, its headline, its summary and
 * its first paragraphs, up to a few thousand characters. The checker reads a sentence that
 * names neither side as about the dispute when its page is (a few DOM reads, once a page).
 */
export function readPageOpening(doc: Document): string {
  const parts: string[] = [];
  let size = 0;
  const add = (text: string | null | undefined) => {
    const t = (text ?? '').replace(/\s+/g, ' ').trim();
    if (!t || size >= OPENING_CHARS || parts.includes(t)) return;
    parts.push(t.slice(0, OPENING_CHARS - size));
    size += t.length;
  };
  add(doc.title);
  add(doc.querySelector('h1')?.textContent);
  add(doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content'));
  const body = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  for (const p of body?.querySelectorAll('p') ?? []) {
    if (size >= OPENING_CHARS) break;
    add(p.textContent);
  }
  return parts.join('\n\n');
}
