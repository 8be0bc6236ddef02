import type { Box, MarkedVerdict } from '../shared/views';

/** Colours of the underlines, shared with the notes UI's palette in spirit, kept here for the page. */
const COLOURS: Record<MarkedVerdict, { line: string; tint: string }> = {
  supported: { line: '#1e7b34', tint: 'rgba(30, 123, 52, 0.10)' },
  contradicted: { line: '#c0262d', tint: 'rgba(192, 38, 45, 0.12)' },
  mixed: { line: '#b06000', tint: 'rgba(176, 96, 0, 0.12)' },
  unverified: { line: '#5b6b7b', tint: 'rgba(91, 107, 123, 0.10)' },
};

const VERDICTS = Object.keys(COLOURS) as MarkedVerdict[];

/** Name of the CSS highlight for a verdict (`::highlight(factcheck-contradicted)`). */
export function highlightName(verdict: MarkedVerdict): string {
  return `factcheck-${verdict}`;
}

/** Marks claims on the page without changing the page's DOM. */
export interface Highlighter {
  /** True when the page's text itself is underlined (CSS Custom Highlight API). */
  readonly native: boolean;
  add(id: string, verdict: MarkedVerdict, range: Range): void;
  remove(id: string): void;
  clear(): void;
  /** Clears and removes the highlight styles from the page. */
  destroy(): void;
  /** Line boxes to draw underlines over, when `native` is false. */
  underline(range: Range): Box[] | null;
}

interface HighlightCtor {
  new (...ranges: Range[]): Set<Range>;
}

/**
 * Underlines claims with the CSS Custom Highlight API when the page's window has it: one
 * Highlight per verdict holding Ranges over the page's own text nodes, styled by a sheet
 * adopted by the document (no element is added). Without the API, the notes UI draws the
 * underlines from `underline()` boxes in its shadow root.
 */
export function createHighlighter(doc: Document, win: Window): Highlighter {
  const w = win as Window & { CSS?: { highlights?: Map<string, Set<Range>> }; Highlight?: HighlightCtor };
  const registry = w.CSS?.highlights;
  const Highlight = w.Highlight;
  const byId = new Map<string, { verdict: MarkedVerdict; range: Range }>();

  if (!registry || !Highlight) {
    return {
      native: false,
      add: (id, verdict, range) => void byId.set(id, { verdict, range }),
      remove: (id) => void byId.delete(id),
      clear: () => byId.clear(),
      destroy: () => byId.clear(),
      underline: (range) => lineBoxes(range, win),
    };
  }

  const sets = new Map<MarkedVerdict, Set<Range>>();
  // Adopted with the first mark, not before: a document-wide ::highlight rule makes Chromium
  // restyle every element of the page (60 ms and more on long pages), which pages with
  // nothing to mark should never pay.
  let sheet: { remove(): void } | null = null;
  const setFor = (verdict: MarkedVerdict): Set<Range> => {
    let set = sets.get(verdict);
    if (!set) {
      sheet ??= adoptStyles(doc, win);
      set = new Highlight();
      sets.set(verdict, set);
      registry.set(highlightName(verdict), set);
    }
    return set;
  };

  return {
    native: true,
    add(id, verdict, range) {
      this.remove(id);
      byId.set(id, { verdict, range });
      setFor(verdict).add(range);
    },
    remove(id) {
      const had = byId.get(id);
      if (!had) return;
      sets.get(had.verdict)?.delete(had.range);
      byId.delete(id);
    },
    clear() {
      for (const v of VERDICTS) registry.delete(highlightName(v));
      sets.clear();
      byId.clear();
    },
    destroy() {
      this.clear();
      sheet?.remove();
      sheet = null;
    },
    underline: () => null,
  };
}

/** Boxes of each line of a range, in document coordinates. */
export function lineBoxes(range: Range, win: Window): Box[] {
  const out: Box[] = [];
  for (const r of range.getClientRects()) {
    if (r.width < 1 || r.height < 1) continue;
    out.push({ left: r.left + win.scrollX, top: r.top + win.scrollY, right: r.right + win.scrollX, bottom: r.bottom + win.scrollY });
  }
  return out;
}

function highlightCss(): string {
  return VERDICTS.map((v) => {
    const c = COLOURS[v];
    return `::highlight(${highlightName(v)}) { background-color: ${c.tint}; text-decoration: underline wavy ${c.line}; text-decoration-thickness: 1.5px; }`;
  }).join('\n');
}

// The highlight rules must live in the page's document, not in our shadow root. An adopted
// constructable sheet adds no element to the page; a <style> in <head> is the fallback for
// browsers whose content scripts cannot adopt sheets into the page.
function adoptStyles(doc: Document, win: Window): { remove(): void } | null {
  const css = highlightCss();
  try {
    const Sheet = (win as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return { remove: () => void (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)) };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return { remove: () => style.remove() };
  }
}
