import type { CheckResult, Verdict } from '../core/types';
import { claimKey, type Correction, type CorrectionMark } from '../shared/corrections';
import { emptyCounts, LIMITS, type CheckedBatch, type ClaimAnswer, type ClaimRequest, type PageSummary, type VerdictCounts } from '../shared/messages';
import type { MarkedVerdict, MarkerView, NotesView } from '../shared/views';
import { defaultMarks, type MarkChoices } from '../shared/settings';
import type { Candidate } from './candidates';
import { createHighlighter, lineBoxes, type Highlighter } from './highlights';
import { PageScanner, type Scheduler } from './scanner';
import { readPageOpening } from './page-opening';
import { inPageOrder } from './page-order';

/** How the page side reaches the background. */
export interface CheckService {
  /** `page` is the page's opening (title, headline, first paragraphs), which tells what the page is about. */
  checkSentences(claims: ClaimRequest[], page?: string): Promise<CheckedBatch>;
  /** Shows the page's counts on the toolbar badge. */
  report(counts: VerdictCounts): Promise<unknown>;
}

/** Everything the page checker works with; `doc` and `win` are parameters so tests can pass their own. */
export interface PageCheckerOptions {
  doc: Document;
  win: Window;
  /** Aborting it removes every listener and stops all work (WXT's `ctx.signal`). */
  signal: AbortSignal;
  schedule: Scheduler;
  isOwnUi(el: Element): boolean;
  view: NotesView;
  service: CheckService;
  /** What to mark, verdict by verdict (the reader's setting); the quiet default when absent. */
  marks?: MarkChoices;
}

interface Claim {
  id: string;
  text: string;
  range: Range;
  result?: CheckResult;
  dismissed?: boolean;
  /** Opened from the popup: shown with its badge even when its verdict is marked with nothing. */
  revealed?: boolean;
  /** The reader's own verdict of this claim. */
  correction?: CorrectionMark;
}

/** A claim as a correction is attached to it: its text and the checker's verdict. */
export interface CorrectionTarget {
  text: string;
  checker: Verdict;
}

const markOf = ({ label, comment }: CorrectionMark): CorrectionMark => ({ label, comment });

// Counts reach the badge at most this often.
const REPORT_DELAY_MS = 250;
// Layout changes (fonts, images, resizes) move markers at most this often.
const LAYOUT_DELAY_MS = 100;
// A batch that got no answer is asked again after these waits.
const RETRY_DELAYS_MS = [100, 500, 2000];

/**
 * The content script's page side: reads the page, asks for verdicts, marks claims and keeps
 * the notes UI's markers where the claims are, and answers the popup. Highlight-to-check is
 * the SelectionChecker's.
 */
export class PageChecker {
  private readonly claims = new Map<string, Claim>();
  private readonly scanner: PageScanner;
  private readonly highlighter: Highlighter;
  private seq = 0;
  private paused = false;
  private started = false;
  private queue: Promise<void> = Promise.resolve();
  private openingText: string | null = null;
  private openingOf: string | null = null;
  private reportTimer = false;
  private layoutTimer = false;
  private lastReported = JSON.stringify(emptyCounts());
  private marks: MarkChoices;
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly o: PageCheckerOptions) {
    this.marks = o.marks ?? defaultMarks();
    this.highlighter = createHighlighter(o.doc, o.win);
    this.scanner = new PageScanner({
      doc: o.doc,
      win: o.win,
      schedule: o.schedule,
      isOwnUi: o.isOwnUi,
      onCandidates: (c) => this.onCandidates(c),
    });
    o.signal.addEventListener('abort', () => this.shutdown(), { once: true });
  }

  /** Starts reading the page (unless `paused`) and following its layout changes. */
  start(paused: boolean): void {
    if (this.started) return;
    this.started = true;
    const { doc, win, signal } = this.o;
    const relayout = () => this.relayoutSoon();
    win.addEventListener('resize', relayout, { signal, passive: true });
    win.addEventListener('load', relayout, { signal, passive: true });
    const Observer = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (Observer) {
      const ro = new Observer(relayout);
      ro.observe(doc.documentElement);
      if (doc.body) ro.observe(doc.body);
      signal.addEventListener('abort', () => ro.disconnect(), { once: true });
    }
    if (paused) this.pause();
    else this.resume();
  }

  /** Stops checking this page and removes its marks (the user paused the site). */
  pause(): void {
    this.paused = true;
    this.scanner.stop();
    this.highlighter.clear();
    this.claims.clear();
    this.o.view.setMarkers([]);
    this.reportSoon();
  }

  /** Reads the page again from the start (the user resumed the site). */
  resume(): void {
    this.paused = false;
    // A page read again is told again whether it is about the dispute (start() forgets it).
    this.scanner.start();
    this.changed();
  }

  /**
   * Marks every checked claim again by the reader's new "What to mark" setting, at once and
   * without reading the page again.
   */
  setMarks(marks: MarkChoices): void {
    this.marks = marks;
    for (const c of this.checked()) this.mark(c);
    this.publish();
  }

  /** Whether checking is paused on this page. */
  get isPaused(): boolean {
    return this.paused;
  }

  /** Whether the page is still being read or checked. */
  get busy(): boolean {
    return this.scanner.busy || [...this.claims.values()].some((c) => !c.result);
  }

  /** The page's checked claims for the popup, in page order. */
  summary(): PageSummary {
    const { href, hostname } = this.o.win.location;
    // Claims the page has removed since the last layout are left out at once.
    const checked = inPageOrder(this.checked().filter((c) => this.isLive(c)));
    const counts = emptyCounts();
    for (const c of checked) counts[c.result!.verdict]++;
    const status = this.paused ? 'paused' : checked.length ? 'ok' : 'no-claims';
    return {
      status,
      title: this.o.doc.title.trim(),
      url: href,
      host: hostname,
      counts,
      claims: checked.map((c) => ({
        id: c.id,
        text: c.text,
        verdict: c.result!.verdict,
        reason: c.result!.reason,
        evidence: c.result!.evidence,
        details: c.result!.details ?? [],
        ...(c.correction ? { correction: c.correction } : {}),
      })),
    };
  }

  /**
   * Calls `listener` whenever what `summary()` returns may have changed (a batch answered,
   * claims removed, a claim dismissed, checking paused or resumed); returns a function that
   * stops it. Called often and at once: listeners debounce and compare for themselves.
   */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  }

  /** Scrolls a claim into view and opens its note; false when it is no longer on the page. */
  reveal(id: string): boolean {
    const claim = this.claims.get(id);
    if (!claim?.result || !this.isLive(claim)) return false;
    claim.dismissed = false;
    claim.revealed = true;
    this.mark(claim);
    const el = claim.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.publish();
    this.o.view.openNote(id, true);
    return true;
  }

  /** The claim a reader is correcting in its note, or null when it is gone from the page. */
  correctionTarget(id: string): CorrectionTarget | null {
    const claim = this.claims.get(id);
    return claim?.result ? { text: claimKey(claim.text), checker: claim.result.verdict } : null;
  }

  /** Shows a correction kept just now on every claim of the page with its text. */
  applyCorrection(correction: Correction): void {
    let found = false;
    for (const c of this.claims.values()) {
      if (claimKey(c.text) !== correction.text) continue;
      c.correction = markOf(correction);
      found = true;
    }
    if (!found) return;
    this.publish();
    this.changed();
  }

  /** Hides one claim's marks for the rest of the visit. */
  dismiss(id: string): void {
    const claim = this.claims.get(id);
    if (!claim) return;
    claim.dismissed = true;
    this.highlighter.remove(id);
    this.publish();
    this.changed();
  }

  /** Measures every marked claim again and redraws the markers. */
  publish(): void {
    if (this.paused) return this.o.view.setMarkers([]);
    const markers: MarkerView[] = [];
    for (const c of this.checked()) {
      if (!this.isLive(c)) {
        // The page removed the sentence (a single-page app moved on): forget it.
        this.highlighter.remove(c.id);
        this.claims.delete(c.id);
        this.reportSoon();
        continue;
      }
      const choice = this.marks[c.result!.verdict as MarkedVerdict];
      if (c.dismissed || (choice === 'none' && !c.revealed)) continue;
      const lines = lineBoxes(c.range, this.o.win);
      const anchor = lines[lines.length - 1];
      if (!anchor) continue;
      const r = c.result!;
      markers.push({
        id: c.id,
        claim: c.text,
        verdict: r.verdict as MarkedVerdict,
        reason: r.reason,
        evidence: r.evidence,
        ...(r.details ? { details: r.details } : {}),
        ...(c.correction ? { correction: c.correction } : {}),
        anchor,
        bounds: {
          left: Math.min(...lines.map((l) => l.left)),
          top: lines[0]!.top,
          right: Math.max(...lines.map((l) => l.right)),
          bottom: anchor.bottom,
        },
        underline: choice === 'underline' ? this.highlighter.underline(c.range) : null,
      });
    }
    this.o.view.setMarkers(markers);
  }

  // The page's own text is underlined only for verdicts the reader wants underlined.
  private mark(c: Claim): void {
    const verdict = c.result!.verdict as MarkedVerdict;
    if (this.marks[verdict] === 'underline' && !c.dismissed) this.highlighter.add(c.id, verdict, c.range);
    else this.highlighter.remove(c.id);
  }

  private checked(): Claim[] {
    return [...this.claims.values()].filter((c) => c.result && c.result.verdict !== 'offtopic');
  }

  private counts(): VerdictCounts {
    const counts = emptyCounts();
    for (const c of this.checked()) counts[c.result!.verdict]++;
    return counts;
  }

  private isLive(c: Claim): boolean {
    return !c.range.collapsed && c.range.startContainer.isConnected && c.range.endContainer.isConnected;
  }

  private onCandidates(candidates: Candidate[]): void {
    if (!candidates.length || this.paused) return;
    const fresh = candidates.map((c) => {
      const claim: Claim = { id: `c${++this.seq}`, text: c.text, range: c.range };
      this.claims.set(claim.id, claim);
      return { claim, context: c.context };
    });
    for (let i = 0; i < fresh.length; i += LIMITS.batch) {
      const batch = fresh.slice(i, i + LIMITS.batch);
      // One batch at a time: a page that keeps adding content queues its sentences instead
      // of flooding the background.
      this.queue = this.queue.then(() => this.ask(batch.map((b) => ({ id: b.claim.id, text: b.claim.text, context: b.context }))));
    }
  }

  private async ask(batch: ClaimRequest[]): Promise<void> {
    const perf = this.o.win.performance;
    const sentAt = perf.now();
    let answers: ClaimAnswer[] = [];
    try {
      const checked = await this.askAgainOnFailure(batch);
      answers = checked.results;
      // A page about the dispute is read whole: its sentences that name neither side are
      // claims too ("The last staff left the building on Thursday").
      if (checked.pageAbout && !this.paused) this.scanner.readWhole();
    } catch (error) {
      console.warn('[factcheck] could not check sentences:', error);
    }
    const byId = new Map(answers.map((a) => [a.id, a]));
    for (const { id } of batch) {
      const claim = this.claims.get(id);
      if (!claim) continue;
      const answer = byId.get(id);
      const result = answer?.result;
      if (!result || result.verdict === 'offtopic') {
        this.claims.delete(id);
        continue;
      }
      claim.result = result;
      if (answer.correction) claim.correction = markOf(answer.correction);
      this.mark(claim);
    }
    if (!this.paused) {
      this.publish();
      this.reportSoon();
    }
    try {
      // From asking to marking: with 'factcheck:scan', tells tests and benchmarks when a page is done.
      perf.measure('factcheck:check', { start: sentAt, end: perf.now(), detail: { claims: batch.length, marked: answers.length } });
    } catch {
      // A page that replaced `performance` loses the measurement only.
    }
  }

  // Read when the first sentences are sent, and again when the page's address changes.
  private opening(): string {
    // A single-page app that moves to another article has another opening, and that article
    // is told anew whether it is about the dispute.
    const href = this.o.win.location.href;
    if (this.openingText === null || this.openingOf !== href) {
      if (this.openingText !== null) this.scanner.readSieved();
      this.openingText = readPageOpening(this.o.doc);
      this.openingOf = href;
    }
    return this.openingText;
  }

  // The browser stops the background whenever it likes (MV3), and a batch in flight then gets
  // no answer; the next message starts a new background, so the batch is asked again.
  private async askAgainOnFailure(batch: ClaimRequest[]): Promise<CheckedBatch> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.o.service.checkSentences(batch, this.opening());
      } catch (error) {
        if (attempt >= RETRY_DELAYS_MS.length || this.o.signal.aborted) throw error;
        await new Promise<void>((resolve) => this.o.schedule.setTimeout(resolve, RETRY_DELAYS_MS[attempt]!));
      }
    }
  }

  private changed(): void {
    for (const listener of this.changeListeners) {
      try {
        listener();
      } catch (error) {
        // A popup gone wrong must not stop the page being checked.
        console.warn('[factcheck] a change listener failed:', error);
      }
    }
  }

  // Whatever changes the badge's counts changes the popup's summary too.
  private reportSoon(): void {
    this.changed();
    if (this.reportTimer) return;
    this.reportTimer = true;
    this.o.schedule.setTimeout(() => {
      this.reportTimer = false;
      const counts = this.counts();
      const key = JSON.stringify(counts);
      // Pages with nothing to report never send a message.
      if (key === this.lastReported) return;
      this.lastReported = key;
      this.o.service.report(counts).catch((error) => console.warn('[factcheck] could not update the badge:', error));
    }, REPORT_DELAY_MS);
  }

  private relayoutSoon(): void {
    if (this.layoutTimer || !this.claims.size) return;
    this.layoutTimer = true;
    this.o.schedule.setTimeout(() => {
      this.layoutTimer = false;
      this.publish();
    }, LAYOUT_DELAY_MS);
  }

  private shutdown(): void {
    this.scanner.stop();
    this.highlighter.destroy();
    this.claims.clear();
    this.changeListeners.clear();
  }
}
