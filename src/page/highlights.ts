import { isLoud, VERDICT_STYLE } from '../shared/verdict-style';
import { MARKED_VERDICTS as VERDICTS, type Box, type MarkedVerdict } from '../shared/views';

/**
 * A verdict's underline, by its loudness (shared/verdict-style.ts): the verdicts a reader should look
 * at (a clash, a dispute) get a wavy line in their colour over a faint tint; the others a thin
 * dotted line and no tint, so a page full of backed claims does not look striped.
 */
function underlineCss(verdict: MarkedVerdict): string {
  const look = VERDICT_STYLE[verdict];
  if (isLoud(verdict)) {
    return `background-color: ${tint(look.light, 0.12)}; text-decoration: underline wavy ${look.light}; text-decoration-thickness: 1.5px;`;
  }
  return `text-decoration: underline dotted ${look.light}; text-decoration-thickness: 1px; text-underline-offset: 3px;`;
}

/** `rgba(r, g, b, alpha)` of a `#rrggbb` colour. */
function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha.toFixed(2)})`;
}

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

/** The page's ::highlight rules: one per marked verdict, in the verdicts' colours. */
export function highlightCss(): string {
  return VERDICTS.map((v) => `::highlight(${highlightName(v)}) { ${underlineCss(v)} }`).join('\n');
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
