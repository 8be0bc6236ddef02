import type { CheckResult } from '../core/types';
import { claimKey, type Correction } from '../shared/corrections';
import { LIMITS } from '../shared/messages';
import type { NotesView, SelectionView } from '../shared/views';
import { readSelection, viewportTopBox, watchSelection, type SelectionInfo } from './selection';

/** Everything highlight-to-check works with; `doc` and `win` are parameters so tests can pass their own. */
export interface SelectionCheckerOptions {
  doc: Document;
  win: Window;
  /** Aborting it removes every listener (WXT's `ctx.signal`). */
  signal: AbortSignal;
  setTimeout(cb: () => void, ms: number): unknown;
  isOwnUi(el: Element): boolean;
  view: Pick<NotesView, 'setSelection'>;
  /** Asks the background about a selection and the paragraph around it; with the reader's correction of that text, if any. */
  check(text: string, context: string): Promise<{ result: CheckResult; correction?: Correction }>;
  /** Whether the reader paused checking on this site: then no button is offered. */
  isPaused(): boolean;
}

/**
 * Highlight-to-check on the page side: a check button beside a settled selection, and the
 * answer in a card beside it, whether asked by that button, the context menu or the shortcut.
 */
export class SelectionChecker {
  private view: SelectionView | null = null;
  private token = 0;
  private started = false;

  constructor(private readonly o: SelectionCheckerOptions) {}

  /** Starts following the reader's selection; a press elsewhere on the page closes an answer. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const { doc, win, signal } = this.o;
    watchSelection({ doc, win, signal, setTimeout: this.o.setTimeout, isOwnUi: this.o.isOwnUi, onChange: (info) => this.onSelection(info) });
    doc.addEventListener(
      'pointerdown',
      (e) => {
        const own = e.composedPath().some((t) => (t as Element).nodeType === 1 && this.o.isOwnUi(t as Element));
        if (!own && this.view && this.view.kind !== 'button') this.close();
      },
      { signal, capture: true, passive: true },
    );
  }

  /**
   * Checks the selection and shows the answer beside it. `fallbackText` is the browser's copy
   * of the selection, used when the page has none of its own to read (a selection inside a
   * frame). Returns once the card shows "checking".
   */
  check(fallbackText?: string): { shown: boolean } {
    const { doc, win } = this.o;
    const info: SelectionInfo | null =
      readSelection(doc, win, this.o.isOwnUi) ??
      (fallbackText?.trim() ? { text: fallbackText.trim().slice(0, LIMITS.text), context: '', box: viewportTopBox(win) } : null);
    if (!info) return { shown: false };
    const token = ++this.token;
    const { text, context, box } = info;
    this.show({ kind: 'checking', box, text });
    this.o.check(text, context).then(
      ({ result, correction }) =>
        token === this.token && this.show({ kind: 'result', box, result, ...(correction ? { correction: { label: correction.label, comment: correction.comment } } : {}) }),
      (error: unknown) => token === this.token && this.show({ kind: 'error', box, text, message: error instanceof Error ? error.message : String(error) }),
    );
    return { shown: true };
  }

  /** The checked selection a reader is correcting, or null when no answer is on screen. */
  correctionTarget(): { text: string; checker: CheckResult['verdict'] } | null {
    const view = this.view;
    return view?.kind === 'result' ? { text: claimKey(view.result.text), checker: view.result.verdict } : null;
  }

  /** Shows a correction kept just now on the selection's card, when it is about the same text. */
  applyCorrection(correction: Correction): void {
    const view = this.view;
    if (view?.kind !== 'result' || claimKey(view.result.text) !== correction.text) return;
    this.show({ ...view, correction: { label: correction.label, comment: correction.comment } });
  }

  /** Hides the selection's button or card. */
  close(): void {
    this.token++;
    this.show(null);
  }

  private onSelection(info: SelectionInfo | null): void {
    const current = this.view?.kind;
    if (info && !this.o.isPaused()) {
      // An answer on screen stays until it is closed.
      if (current === 'checking' || current === 'result' || current === 'error') return;
      this.show({ kind: 'button', box: info.box });
    } else if (current === 'button') {
      this.show(null);
    }
  }

  private show(view: SelectionView | null): void {
    this.view = view;
    this.o.view.setSelection(view);
  }
}
