import { describe, expect, it } from 'vitest';
import { VERDICT_STYLE } from '../shared/verdict-style';
import { createHighlighter, highlightCss, highlightName } from './highlights';
import { makePage } from '../../tests/helpers/test-page';

function rangeOver(doc: Document, text: string): Range {
  const p = doc.createElement('p');
  p.textContent = text;
  doc.body.append(p);
  const r = doc.createRange();
  r.selectNodeContents(p.firstChild!);
  return r;
}

describe('highlights with the CSS Custom Highlight API', () => {
  function withHighlightApi() {
    const { win, doc } = makePage('');
    const registry = new Map<string, Set<Range>>();
    class Highlight extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    }
    Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(win, 'Highlight', { value: Highlight, configurable: true });
    return { win, doc, registry };
  }

  it('puts each claim in its verdict highlight and moves it when the verdict changes', () => {
    const { win, doc, registry } = withHighlightApi();
    const h = createHighlighter(doc, win);
    expect(h.native).toBe(true);
    const r = rangeOver(doc, 'Albania cut ties.');
    h.add('c1', 'contradicted', r);
    expect([...registry.get(highlightName('contradicted'))!]).toEqual([r]);
    h.add('c1', 'supported', r);
    expect(registry.get(highlightName('contradicted'))!.size).toBe(0);
    expect(registry.get(highlightName('supported'))!.has(r)).toBe(true);
    expect(h.underline(r)).toBeNull();
  });

  it('styles the highlights without adding an element to the page', () => {
    const { win, doc } = withHighlightApi();
    const before = doc.documentElement.outerHTML;
    createHighlighter(doc, win).add('c1', 'mixed', rangeOver(doc, 'x'));
    // happy-dom drops ::highlight rules when parsing; the end-to-end test reads them in Chromium.
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(doc.documentElement.outerHTML).toBe(before.replace('</body>', '<p>x</p></body>'));
  });

  it('leaves the styles of a page with nothing to mark alone', () => {
    const { win, doc } = withHighlightApi();
    const h = createHighlighter(doc, win);
    // A document-wide style sheet restyles the whole page; only a mark is worth that.
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    h.add('c1', 'supported', rangeOver(doc, 'x'));
    h.add('c2', 'contradicted', rangeOver(doc, 'y'));
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    h.destroy();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('marks partly supported claims in a highlight of their own, underlined in the vocabulary\'s colour', () => {
    const { win, doc, registry } = withHighlightApi();
    const h = createHighlighter(doc, win);
    const r = rangeOver(doc, 'Albania expelled the diplomats on Monday.');
    h.add('c1', 'partly', r);
    expect(registry.get('factcheck-partly')!.has(r)).toBe(true);
    h.clear();
    expect(registry.has('factcheck-partly')).toBe(false);
    const css = highlightCss();
    for (const v of ['supported', 'partly', 'contradicted', 'mixed', 'unverified'] as const) {
      expect(css).toContain(`::highlight(${highlightName(v)})`);
      expect(css).toContain(VERDICT_STYLE[v].light);
    }
    expect(css).not.toContain('offtopic');
  });

  it('underlines a clash or a dispute loudly and a backed claim lightly', () => {
    const rule = (v: string) => highlightCss().split('\n').find((l) => l.includes(`(factcheck-${v})`))!;
    for (const v of ['contradicted', 'mixed'] as const) expect(rule(v)).toMatch(/wavy/);
    for (const v of ['supported', 'partly'] as const) {
      expect(rule(v)).not.toMatch(/wavy|background/);
      expect(rule(v)).toMatch(/dotted/);
    }
  });

  it('removes every highlight it made on clear', () => {
    const { win, doc, registry } = withHighlightApi();
    const h = createHighlighter(doc, win);
    h.add('c1', 'mixed', rangeOver(doc, 'x'));
    h.clear();
    expect([...registry.keys()]).toEqual([]);
  });
});

describe('highlights without the API', () => {
  it('gives line boxes in page coordinates for the notes UI to underline', () => {
    const { win, doc } = makePage('');
    const h = createHighlighter(doc, win);
    expect(h.native).toBe(false);
    win.scrollTo(0, 500);
    const boxes = h.underline(rangeOver(doc, 'Albania cut ties.'))!;
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.top).toBe(20 + win.scrollY);
  });
});
