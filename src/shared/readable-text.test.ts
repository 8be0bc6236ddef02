import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { MAX_ARTICLE_DEPTH, nestingDepth, readableText } from './readable-text';

function parse(html: string): Document {
  const win = new Window({ settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true } });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const CLAIM = 'Albania cut diplomatic ties with Iran on 7 September 2022 after the July cyberattack.';

describe('reading a page for import', () => {
  it('keeps markup written in the page’s text as text', () => {
    const payload = '<img src=x onerror="alert(1)"> "><svg onload=alert(2)>';
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const doc = parse(`<html><head><title>${escaped}</title></head><body><article><h1>Ties cut</h1>
      <p>${CLAIM} ${escaped}</p><p>Rama said the decision took effect at once. ${escaped}</p></article></body></html>`);
    const page = readableText(doc);
    expect(page.title).toBe(payload);
    expect(page.text).toContain(`${CLAIM} ${payload}`);
  });

  it('reads a page nested far deeper than any article from its body, with its title and date', () => {
    for (const depth of [MAX_ARTICLE_DEPTH + 1, 800, 50_000]) {
      const html = `<html><head><title>Deep</title><meta name="date" content="2022-09-08"></head><body>${'<div>'.repeat(depth)}<h1>Heading</h1><p>${CLAIM}</p>${'</div>'.repeat(depth)}</body></html>`;
      const doc = parse(html);
      expect(nestingDepth(doc.documentElement)).toBeGreaterThan(depth);
      // Readability needs half a minute for 800 levels, and overflows the stack far below 50,000.
      expect(readableText(doc), `depth ${depth}`).toEqual({ title: 'Deep', text: `Heading\n${CLAIM}`, date: '2022-09-08' });
    }
  });

  it('still finds the article of an ordinary page with Readability', () => {
    const doc = parse(`<html><head><title>Site | Story</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Ties cut</h1>${`<p>${CLAIM} It was the first time a country cut ties with Iran over a cyberattack, officials said.</p>`.repeat(4)}</article>
      <footer>Copyright and cookie settings for every reader of this site.</footer></body></html>`);
    const page = readableText(doc);
    expect(page.text).toContain(CLAIM);
    expect(page.text).not.toContain('cookie settings');
  });
});
