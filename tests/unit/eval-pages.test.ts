import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { loadBundledChecker } from '../../src/background/bundled-checker';
import { createCheckerStore } from '../../src/background/checker-store';
import { createHandlers } from '../../src/background/handlers';
import { OFFLINE_WINDOW, readHtmlInNode } from '../../src/cli/read-html';
import { Checker } from '../../src/core/checker';
import type { CheckResult, FactBundle } from '../../src/core/types';
import bundle from '../../src/generated/seed-facts.json';
import { PageChecker } from '../../src/page/page-checker';
import type { ClaimRequest } from '../../src/shared/messages';
import { isUiHostTag, type NotesView } from '../../src/shared/views';
import { bodyAsBrowsersBuildIt } from '../../scripts/happy-dom-page';
import { manualScheduler } from '../helpers/test-page';

// The 130 real pages of ../shared/eval/pages are, but for the odd mention of Iran, about
// other things: every note the checker would put on them is a false one. They are read the
// two ways users read pages: by the content script, in the page, with the background's
// answers; and by the reader of the command line and the options page (Readability, or the
// body when it finds no article).
const PAGES = resolve(__dirname, '../../../shared/eval/pages');
const seeds = bundle as FactBundle;

const present = existsSync(PAGES);
if (!present) console.log(`eval pages: skipped: ${PAGES} is absent`);

/** The background's own message handlers with the bundled facts, called directly instead of by message. */
function background() {
  const handlers = createHandlers({ checkers: createCheckerStore(loadBundledChecker), showCounts: async () => '', ownOrigin: 'chrome-extension://factcheck-test/' });
  const sender = { tab: { id: 1 } } as never;
  return {
    checkSentences: (claims: ClaimRequest[], page?: string) =>
      handlers['check-sentences'](page === undefined ? { type: 'check-sentences', claims } : { type: 'check-sentences', claims, page }, sender),
  };
}

const noView: NotesView = { setMarkers: () => {}, openNote: () => {}, setSelection: () => {} };

/**
 * What the content script marks on a page: it reads the page as it does in a tab (sieve,
 * opening, the whole page once the background says it is about the dispute), and every
 * result the background sends back is a claim it marks. Also counts the sentences it asked about.
 */
async function markedByTheExtension(html: string, answer = background()): Promise<{ notes: CheckResult[]; asked: number }> {
  const win = new Window(OFFLINE_WINDOW);
  const notes: CheckResult[] = [];
  let asked = 0;
  const abort = new AbortController();
  try {
    win.document.write(html);
    const doc = win.document as unknown as Document;
    bodyAsBrowsersBuildIt(doc);
    const schedule = manualScheduler();
    const page = new PageChecker({
      doc,
      win: win as unknown as globalThis.Window,
      signal: abort.signal,
      schedule,
      isOwnUi: (el) => isUiHostTag(el.localName),
      view: noView,
      service: {
        async checkSentences(claims, opening) {
          asked += claims.length;
          const batch = await answer.checkSentences(claims, opening);
          notes.push(...batch.results.map((r) => r.result));
          return batch;
        },
        report: async () => undefined,
      },
    });
    page.start(false);
    await schedule.flush();
  } finally {
    abort.abort();
    await win.happyDOM.close();
  }
  return { notes, asked };
}

/** What the command line checks in an HTML file (and the options page stores as a source): its readable text. */
function readByTheCommandLine(html: string): string {
  return readHtmlInNode(html).text;
}

describe.runIf(present)('the evaluation pages', () => {
  const files = () => readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
  const html = (file: string) => readFileSync(`${PAGES}/${file}`, 'utf8');

  it('get no note in the page, as the extension reads it', { timeout: 300_000 }, async () => {
    expect(files().length).toBeGreaterThanOrEqual(100);
    const answer = background();
    const notes: string[] = [];
    let asked = 0;
    for (const file of files()) {
      const inPage = await markedByTheExtension(html(file), answer);
      asked += inPage.asked;
      for (const r of inPage.notes) notes.push(`${file}: ${r.verdict}: "${r.text.slice(0, 80)}"`);
    }
    // Printed beside the accuracy test's figures for the labelled sets, which leave these pages to this file.
    console.log(`eval pages, as the extension reads them: ${notes.length} notes on ${files().length} pages (${asked} sentences asked about)`);
    // The few paragraphs that name a side were found in the pages and asked about.
    expect(asked).toBeGreaterThan(0);
    expect(notes).toEqual([]);
  });

  it('get no note as the command line reads them', { timeout: 300_000 }, () => {
    expect(files().length).toBeGreaterThanOrEqual(100);
    const checker = new Checker(seeds.sources, seeds.facts);
    const notes: string[] = [];
    let chars = 0;
    for (const file of files()) {
      const text = readByTheCommandLine(html(file));
      chars += text.length;
      for (const r of checker.checkText(text)) notes.push(`${file}: ${r.verdict}: "${r.text.slice(0, 80)}"`);
    }
    console.log(`eval pages, as the command line reads them: ${notes.length} notes on ${files().length} pages`);
    expect(chars).toBeGreaterThan(1_000_000);
    expect(notes).toEqual([]);
  });
});

// Needs nothing from ../shared: the same two readings give the project's own demo article
// about the dispute its notes.
describe('the readings of the evaluation pages', () => {
  const demo = readFileSync(resolve(__dirname, '../../seeds/demo/article.html'), 'utf8');

  it('give the demo article its notes in the page, as the extension reads it', async () => {
    const { notes } = await markedByTheExtension(demo);
    expect(notes.length).toBeGreaterThanOrEqual(3);
  });

  it('give the demo article its notes as the command line reads it', () => {
    const notes = new Checker(seeds.sources, seeds.facts).checkText(readByTheCommandLine(demo));
    expect(notes.length).toBeGreaterThanOrEqual(3);
  });
});
