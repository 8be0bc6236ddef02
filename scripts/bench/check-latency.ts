// Section 2: highlight-to-check latency in the browser. On the on-topic test article, the
// benchmark selects 100 passages one after another (whole paragraphs, sentences and
// phrases of 5 to 12 words, taken in turn from paragraphs about the dispute and from the
// paragraphs beside them about other things), waits for the check button the content
// script shows beside a settled selection, and clicks it.
//
// Latency is timed in the page: from the click reaching the page (a capturing listener on
// window, which runs before the button's own) to the card with the verdict
// (data-factcheck-result) being in the notes UI's shadow root (a MutationObserver), and to
// the next animation frame, the first in which it can be painted. Each card is closed with
// Escape before the next selection, as a reader would.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BenchContext } from './context';
import { serveFolders } from '../chromium';
import { builtExtension, launchExtension, watchScriptRequests } from './browser';
import { LIMITS } from './budgets';
import { needsBuiltExtension, type Section, type SectionResult, type SectionSkip } from './section';
import { median, ms, percentile, round } from './stats';
import { UI_HOST_TAG } from '../../src/shared/views';

const SELECTIONS = 100;
// Paragraphs of tests/e2e/pages/article.html: about the dispute, and beside them, not.
const ON_TOPIC = ['h1', '#p-cut', '#p-rama'];
const OFF_TOPIC = ['.byline', 'blockquote p', '#p-local', 'li'];
const CARD_TIMEOUT_MS = 10_000;

/** A passage to select: characters [start, end) of an element's text. */
interface Passage {
  selector: string;
  start: number;
  end: number;
  text: string;
  group: 'on' | 'off';
}

interface Timing {
  toCard: number;
  toFrame: number;
  verdict: string;
}

/** Whole paragraph, its sentences, then word windows of 5 to 12 words, without repeats. */
function passagesOf(selector: string, text: string, group: 'on' | 'off'): Passage[] {
  const out: Passage[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const t = text.slice(start, end).replace(/\s+/g, ' ');
    // The content script ignores selections shorter than 8 characters.
    if (t.length < 8 || seen.has(t)) return;
    seen.add(t);
    out.push({ selector, start, end, text: t, group });
  };
  add(0, text.length);
  for (const m of text.matchAll(/[^.!?]+[.!?]?/g)) add(m.index, m.index + m[0].length);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (let size = 5; size <= 12; size++) {
    for (let i = 0; i + size <= words.length; i += 2) add(words[i]!.start, words[i + size - 1]!.end);
  }
  return out;
}

/** Alternates between the two groups, each going round its paragraphs, until `n` passages. */
function interleave(on: Passage[][], off: Passage[][], n: number): Passage[] {
  const pick = (lists: Passage[][], k: number) => {
    const live = lists.filter((l) => l.length);
    return live.length ? live[k % live.length]!.shift() : undefined;
  };
  const out: Passage[] = [];
  for (let k = 0; out.length < n; k++) {
    const next = pick(k % 2 ? off : on, Math.floor(k / 2)) ?? pick(k % 2 ? on : off, Math.floor(k / 2));
    if (!next) break;
    out.push(next);
  }
  return out;
}

// Selects a passage as a reader's drag would, mapping text offsets to the element's text nodes.
async function select(page: Page, p: Passage): Promise<string> {
  return page.evaluate(({ selector, start, end }) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector} on the page`);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let at = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const len = n.data.length;
      if (start >= at && start < at + len) range.setStart(n, start - at);
      if (end > at && end <= at + len) range.setEnd(n, end - at);
      at += len;
    }
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  }, p);
}

// Starts timing in the page; the promise it leaves on window settles with the card.
async function arm(page: Page, host: string, timeoutMs: number): Promise<void> {
  await page.evaluate(
    ({ host, timeoutMs }) => {
      const root = document.querySelector(host)?.shadowRoot;
      if (!root) throw new Error('the notes UI is not on the page');
      const w = window as unknown as { __benchCheck?: Promise<unknown> };
      w.__benchCheck = new Promise((resolve, reject) => {
        let clicked = -1;
        window.addEventListener('click', () => (clicked = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const card = root.querySelector('[data-factcheck-result]');
          if (clicked < 0 || !card) return;
          const shown = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => resolve({ toCard: shown - clicked, toFrame: performance.now() - clicked, verdict: card.getAttribute('data-factcheck-result') }));
        });
        observer.observe(root, { childList: true, subtree: true, attributes: true });
        setTimeout(() => reject(new Error(`no verdict card within ${timeoutMs} ms`)), timeoutMs);
      });
    },
    { host, timeoutMs },
  );
}

/** Section 2 of the benchmark. */
export const checkLatency: Section = {
  id: '2',
  title: 'Highlight-to-check latency in the browser (built extension in Chromium)',
  async run(ctx: BenchContext): Promise<SectionResult | SectionSkip> {
    const ext = builtExtension(ctx);
    if (!ext) return needsBuiltExtension('no Chrome MV3 build in $EXT_DIR, $WXT_OUT_DIR or .output');
    const server = await serveFolders({ '/pages/': join(ctx.root, 'tests/e2e/pages') });
    const browser = await launchExtension(ext.dir);
    const timings: (Timing & Passage)[] = [];
    let scriptRequests: string[] = [];
    try {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      scriptRequests = await watchScriptRequests(cdp, `chrome-extension://${browser.extensionId}/`);
      await page.goto(`${server.base}/pages/article.html`);
      // The article's own sentences are checked first; the selections come after.
      await page.waitForFunction(() => {
        type M = PerformanceEntry & { detail?: { candidates?: number; claims?: number } };
        const scans = performance.getEntriesByName('factcheck:scan') as M[];
        const asked = scans.reduce((n, e) => n + (e.detail?.candidates ?? 0), 0);
        const answered = (performance.getEntriesByName('factcheck:check') as M[]).reduce((n, e) => n + (e.detail?.claims ?? 0), 0);
        return scans.length > 0 && asked === answered;
      }, undefined, { timeout: 20_000 });

      const texts = await page.evaluate(
        (selectors) => selectors.map((s) => document.querySelector(s)?.textContent ?? ''),
        [...ON_TOPIC, ...OFF_TOPIC],
      );
      const lists = [...ON_TOPIC, ...OFF_TOPIC].map((s, i) => passagesOf(s, texts[i]!, i < ON_TOPIC.length ? 'on' : 'off'));
      const passages = interleave(lists.slice(0, ON_TOPIC.length), lists.slice(ON_TOPIC.length), SELECTIONS);
      if (passages.length < SELECTIONS) throw new Error(`the article gives only ${passages.length} distinct passages`);

      const button = page.locator('[data-factcheck-action="check-selection"]');
      const card = page.locator('[data-factcheck-result]');
      for (const [i, p] of passages.entries()) {
        if (i % 20 === 0) ctx.log(`section 2: selection ${i + 1} of ${passages.length}`);
        const selected = (await select(page, p)).replace(/\s+/g, ' ').trim();
        if (selected !== p.text) throw new Error(`selected "${selected}" instead of "${p.text}"`);
        await button.waitFor({ state: 'visible', timeout: 5_000 });
        await arm(page, UI_HOST_TAG, CARD_TIMEOUT_MS);
        await button.click();
        const t = (await page.evaluate(() => (window as unknown as { __benchCheck: Promise<unknown> }).__benchCheck)) as Timing;
        timings.push({ ...p, ...t });
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'detached', timeout: 5_000 });
      }
      await page.close();
    } finally {
      await browser.close();
      await server.close();
    }

    const extensionRequests = browser.outbound.filter((r) => r.by === 'extension').length + scriptRequests.length;
    const toCard = timings.map((t) => t.toCard);
    const toFrame = timings.map((t) => t.toFrame);
    const rows: string[][] = [];
    const groups: [string, (t: Timing & Passage) => boolean][] = [
      ['all', () => true],
      ['about the dispute (verdict)', (t) => t.verdict !== 'offtopic'],
      ['not about it (off-topic answer)', (t) => t.verdict === 'offtopic'],
    ];
    for (const [label, keep] of groups) {
      const part = timings.filter(keep);
      if (!part.length) continue;
      const card = part.map((t) => t.toCard);
      const frame = part.map((t) => t.toFrame);
      rows.push([label, String(part.length), ms(median(card)), ms(percentile(card, 95)), ms(Math.max(...card)), ms(median(frame)), ms(percentile(frame, 95))]);
    }
    const verdicts: Record<string, number> = {};
    for (const t of timings) verdicts[t.verdict] = (verdicts[t.verdict] ?? 0) + 1;
    const slowest = timings.reduce((a, t) => (t.toCard > a.toCard ? t : a), timings[0]!);
    const m = median(toCard);
    const p95 = percentile(toCard, 95);
    return {
      tables: [{ head: ['selections', 'n', 'median', 'p95', 'max', 'to frame, median', 'to frame, p95'], rows }],
      notes: [
        `Build: ${ext.label}${ext.stale ? ' (older than src/ or entrypoints/: rebuild for current figures)' : ''}. ${timings.length} selections on tests/e2e/pages/article.html, ${timings.filter((t) => t.group === 'on').length} from its paragraphs about the dispute.`,
        'Timed in the page from the click to the verdict card in the shadow root (MutationObserver); "to frame" adds the wait for the next animation frame.',
        `Verdicts: ${Object.entries(verdicts).map(([v, n]) => `${v} ${n}`).join(', ')}. Slowest: ${ms(slowest.toCard)} for "${slowest.text.slice(0, 60)}" (selection ${timings.indexOf(slowest) + 1}).`,
        `Requests to hosts other than 127.0.0.1 from the extension during the checks: ${extensionRequests}.`,
      ],
      figures: {
        build: ext.label,
        buildStale: ext.stale,
        selections: timings.map((t, i) => ({ n: i + 1, text: t.text, group: t.group, verdict: t.verdict, toCardMs: round(t.toCard), toFrameMs: round(t.toFrame) })),
        toCardMs: { median: round(m), p95: round(p95), max: round(Math.max(...toCard)) },
        toFrameMs: { median: round(median(toFrame)), p95: round(percentile(toFrame, 95)) },
        verdicts,
        extensionRequests,
      },
      budgets: [
        { id: 'check-median', value: ms(m), ok: m <= LIMITS.checkMedianMs },
        { id: 'check-p95', value: ms(p95), ok: p95 <= LIMITS.checkP95Ms },
        { id: 'no-network', value: `${extensionRequests} during ${timings.length} checks`, ok: extensionRequests === 0 },
      ],
    };
  },
};
