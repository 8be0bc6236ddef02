import { prepareSentenceSplitter } from '../core/sentences';
import { candidatesIn, type Candidate } from './candidates';
import { isBlock } from '../shared/html-elements';
import { BlockWalker, blockOf, isInsideSkipped, joinParts, type BlockParts } from './text-blocks';
import { SideSieve } from './side-sieve';

/** Timers the scanner runs on; the content script passes WXT's ctx ones (cleared on invalidation). */
export interface Scheduler {
  idle(cb: (deadline: IdleDeadline) => void, timeoutMs: number): void;
  setTimeout(cb: () => void, ms: number): void;
}

/** What the scanner needs from its host. */
export interface ScannerOptions {
  doc: Document;
  win: Window;
  schedule: Scheduler;
  isOwnUi(el: Element): boolean;
  /** Called once per scan with the sentences found (possibly none). */
  onCandidates(candidates: Candidate[]): void;
}

// Text nodes tested for a name of either side between checks of the idle deadline.
const SIEVE_STEP = 1000;
// Nodes read between checks of the idle deadline.
const STEP = 150;
// Blocks searched for sentences between checks of the idle deadline.
const BLOCK_STEP = 20;
// Work done in one slice when the idle callback was forced by its timeout.
const FORCED_SLICE_MS = 8;
// An idle period lasts up to 50 ms; a slice that used all of it would become a long task
// with its last step and a garbage collection, so it stops well before.
const MAX_SLICE_MS = 30;
// Idle callbacks wait at most this long on a busy page.
const IDLE_TIMEOUT_MS = 1000;
// Sentences naming neither side that a page read whole may send, in all.
const WHOLE_PAGE_CLAIMS = 2000;
// Pages that change all the time are looked at no more often than this.
const MUTATION_GAP_MS = 400;

interface Scan {
  /** Every block is read, not only those naming a side: the page is about the dispute. */
  whole: boolean;
  // Roots still to sieve, the one being sieved, and the blocks the sieve found to read.
  roots: Node[];
  sieve: SideSieve | null;
  hits: Element[];
  walker: BlockWalker | null;
  walkers: BlockWalker[];
  startedAt: number;
  // Once every root is read: the blocks to search for sentences, and how far the search got.
  blocks: [Element, BlockParts][] | null;
  searched: number;
  candidates: Candidate[];
}

/**
 * Reads the page in idle slices: the whole body once, then only what the page adds later,
 * never a block twice. Each root is first sieved for names of either side; only the blocks
 * holding one are read in full. Each scan is recorded as `performance.measure('factcheck:scan')`.
 */
export class PageScanner {
  private done = new WeakSet<Element>();
  private readonly queue: Scan[] = [];
  private readonly pending = new Set<Node>();
  private observer: MutationObserver | null = null;
  private running = false;
  private flushScheduled = false;
  private lastFlush = -Infinity;
  private splitterReady = false;
  // Set once the page is known to be about the dispute: from then on every block is read.
  private whole = false;
  private wholeSent = 0;
  // Bumped by stop(): callbacks of an older generation do nothing.
  private generation = 0;

  constructor(private readonly o: ScannerOptions) {}

  /** Reads the page from scratch and watches for added content. */
  start(): void {
    this.stop();
    this.done = new WeakSet();
    this.whole = false;
    this.wholeSent = 0;
    const { doc, win } = this.o;
    const root = doc.body ?? doc.documentElement;
    if (root) this.enqueue([root]);
    const Observer = (win as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(doc.documentElement, { childList: true, subtree: true });
  }

  /**
   * Reads, once, every block of the page not read yet, naming a side or not: the page is
   * about the dispute, so its other sentences are claims too. Later additions are read whole.
   */
  readWhole(): void {
    if (this.whole) return;
    this.whole = true;
    const root = this.o.doc.body ?? this.o.doc.documentElement;
    if (root) this.enqueue([root]);
  }

  /**
   * Goes back to reading only what names a side (a single-page app moved to another
   * article, which is told anew whether it is about the dispute).
   */
  readSieved(): void {
    this.whole = false;
    this.wholeSent = 0;
  }

  /** Stops reading and watching; queued work is dropped. */
  stop(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.queue.length = 0;
    this.pending.clear();
    this.running = false;
    this.flushScheduled = false;
  }

  /** Whether a scan is queued or running. */
  get busy(): boolean {
    return this.queue.length > 0 || this.pending.size > 0;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 || (n.nodeType === 3 && (n as Text).data.trim())) this.pending.add(n);
      }
    }
    if (!this.pending.size || this.flushScheduled) return;
    this.flushScheduled = true;
    const gen = this.generation;
    const wait = Math.max(0, this.lastFlush + MUTATION_GAP_MS - this.o.win.performance.now());
    this.o.schedule.setTimeout(() => {
      if (gen === this.generation) this.o.schedule.idle(() => gen === this.generation && this.flush(), IDLE_TIMEOUT_MS);
    }, wait);
  }

  // Turns added nodes into the blocks to read: an added block is read itself, added inline
  // content or text is read with its block unless that block was already read.
  private flush(): void {
    this.flushScheduled = false;
    this.lastFlush = this.o.win.performance.now();
    const targets = new Set<Element>();
    for (const n of this.pending) {
      if (!n.isConnected || isInsideSkipped(n, this.o.isOwnUi)) continue;
      const target = n.nodeType === 1 && isBlock(n as Element) ? (n as Element) : n.parentNode && blockOf(n.parentNode);
      if (target && !this.done.has(target)) targets.add(target);
    }
    this.pending.clear();
    if (targets.size) this.enqueue([...targets]);
  }

  private enqueue(roots: Node[]): void {
    // A page read whole skips the sieve: every root is walked for its blocks, until it has
    // sent its share of sentences that name neither side; then the sieve serves again.
    const whole = this.whole && this.wholeSent < WHOLE_PAGE_CLAIMS;
    this.queue.push({ whole, roots: whole ? [] : roots, sieve: null, hits: whole ? roots.filter((r): r is Element => r.nodeType === 1) : [], walker: null, walkers: [], startedAt: -1, blocks: null, searched: 0, candidates: [] });
    this.schedule();
  }

  private schedule(): void {
    if (this.running) return;
    this.running = true;
    const gen = this.generation;
    this.o.schedule.idle((deadline) => {
      if (gen !== this.generation) return;
      this.running = false;
      this.slice(deadline);
    }, IDLE_TIMEOUT_MS);
  }

  private slice(deadline: IdleDeadline): void {
    const perf = this.o.win.performance;
    const began = perf.now();
    const hasTime = () => {
      const spent = perf.now() - began;
      return deadline.didTimeout ? spent < FORCED_SLICE_MS : spent < MAX_SLICE_MS && deadline.timeRemaining() > 1;
    };
    while (this.queue.length && hasTime()) {
      const scan = this.queue[0]!;
      if (scan.startedAt < 0) scan.startedAt = perf.now();
      if (scan.blocks) {
        if (!this.splitterReady && scan.searched < scan.blocks.length) {
          // Blocks to split into sentences, and the splitter is not built yet: that costs
          // 10-20 ms once per page, so it gets an idle slice of its own.
          if (perf.now() - began > 1) break;
          prepareSentenceSplitter();
          this.splitterReady = true;
          break;
        }
        // Long pages have thousands of blocks: they are searched a few at a time too.
        const end = Math.min(scan.blocks.length, scan.searched + BLOCK_STEP);
        for (; scan.searched < end; scan.searched++) {
          const [el, parts] = scan.blocks[scan.searched]!;
          scan.candidates.push(...candidatesIn(joinParts(el, parts), scan.whole));
        }
        if (scan.searched === scan.blocks.length) {
          this.queue.shift();
          this.finish(scan);
        }
        continue;
      }
      if (scan.sieve || scan.roots.length) {
        scan.sieve ??= new SideSieve(scan.roots.shift()!);
        if (scan.sieve.step(SIEVE_STEP)) {
          scan.hits.push(...scan.sieve.blocks(this.done, this.o.isOwnUi));
          scan.sieve = null;
          // Nothing named a side: the scan is over now, not after another idle period.
          if (!scan.roots.length && !scan.hits.length && !scan.walkers.length) {
            scan.blocks = [];
            this.queue.shift();
            this.finish(scan);
          }
        }
        continue;
      }
      if (!scan.walker) {
        const root = scan.hits.shift();
        if (!root) {
          scan.blocks = scan.walkers.flatMap((w) => w.blocks());
          continue;
        }
        scan.walker = new BlockWalker(root, this.done, this.o.isOwnUi);
        scan.walkers.push(scan.walker);
      }
      if (scan.walker.step(STEP)) scan.walker = null;
    }
    if (this.queue.length) this.schedule();
  }

  private finish(scan: Scan): void {
    // Read whole, a huge page sends no more than a few thousand sentences in all: the
    // background checks each batch in one go, and a page is read for its claims, not its archive.
    // A sentence that names a side is always sent.
    let candidates = scan.candidates;
    if (scan.whole) {
      let room = Math.max(0, WHOLE_PAGE_CLAIMS - this.wholeSent);
      candidates = candidates.filter((c) => c.names || room-- > 0);
      this.wholeSent += candidates.filter((c) => !c.names).length;
    }
    const blocks = scan.blocks?.length ?? 0;
    const perf = this.o.win.performance;
    try {
      perf.measure('factcheck:scan', { start: scan.startedAt, end: perf.now(), detail: { blocks, candidates: candidates.length } });
    } catch {
      // A page that replaced `performance` loses the measurement, not the scan.
    }
    this.o.onCandidates(candidates);
  }
}
