import { describe, expect, it, vi } from 'vitest';
import { createCheckerStore } from '../background/checker-store';
import { loadBundledChecker } from '../background/bundled-checker';
import { createHandlers } from '../background/handlers';
import type { ClaimRequest, VerdictCounts } from '../shared/messages';
import { isUiHostTag, type MarkerView, type NotesView, type SelectionView } from '../shared/views';
import { PageChecker } from './page-checker';
import { SelectionChecker } from './selection-checker';
import { defaultMarks } from '../shared/settings';
import { makePage, manualScheduler } from '../../tests/helpers/test-page';

const ARTICLE = `
  <h1>Albania expels Iranian diplomats</h1>
  <p>Albania cut diplomatic ties with Iran on Wednesday over a cyberattack.
     Iranian diplomats were given <b>48 hours</b> to leave Albania.</p>
  <p>Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.</p>
  <p>In other news, the bakery on Main Street won a prize for its bread.</p>`;

const OFF_TOPIC = `<h1>Baking bread</h1><p>Mix the flour with water and salt. Leave the dough overnight.</p>`;

// The real background handlers with the bundled facts, called directly instead of by message.
function realService(withOpening = false) {
  const handlers = createHandlers({ checkers: createCheckerStore(loadBundledChecker), showCounts: async () => '', ownOrigin: 'chrome-extension://factcheck-test/' });
  const sent: ClaimRequest[][] = [];
  const reported: VerdictCounts[] = [];
  const sender = { tab: { id: 1 } } as never;
  return {
    sent,
    reported,
    service: {
      async checkSentences(claims: ClaimRequest[], page?: string) {
        sent.push(claims);
        // Told the page's opening, the background says whether the page is about the dispute.
        return handlers['check-sentences'](withOpening && page !== undefined ? { type: 'check-sentences', claims, page } : { type: 'check-sentences', claims }, sender);
      },
      async checkSelection(text: string, context: string) {
        return handlers['check-selection']({ type: 'check-selection', text, context }, sender);
      },
      async report(counts: VerdictCounts) {
        reported.push(counts);
      },
    },
  };
}

function recordingView() {
  const view = {
    markers: [] as MarkerView[],
    opened: [] as string[],
    selection: null as SelectionView | null,
    setMarkers: (m: MarkerView[]) => void (view.markers = m),
    openNote: (id: string) => void view.opened.push(id),
    setSelection: (s: SelectionView | null) => void (view.selection = s),
  };
  return view satisfies NotesView;
}

function setup(html: string, { withOpening = false } = {}) {
  const { win, doc } = makePage(html);
  const schedule = manualScheduler();
  const view = recordingView();
  const { service, sent, reported } = realService(withOpening);
  const abort = new AbortController();
  const isOwnUi = (el: Element) => isUiHostTag(el.localName);
  const page = new PageChecker({ doc, win, signal: abort.signal, schedule, isOwnUi, view, service });
  const selection = new SelectionChecker({ doc, win, signal: abort.signal, setTimeout: schedule.setTimeout, isOwnUi, view, check: service.checkSelection, isPaused: () => page.isPaused });
  return { win, doc, schedule, view, sent, reported, abort, page, selection, service };
}

const verdictOf = (view: { markers: MarkerView[] }, words: string) => view.markers.find((m) => m.claim.includes(words))?.verdict;

describe('what to mark', () => {
  it('underlines a clash, badges an unverified claim only, and re-marks open pages when the reader changes the setting', async () => {
    const html = `${ARTICLE}<p>Albania and Iran held talks in Vienna in 2019 about trade.</p>`;
    const { view, page, schedule } = setup(html);
    page.start(false);
    await schedule.flush();
    const marker = (words: string) => view.markers.find((m) => m.claim.includes(words));
    expect(marker('48 hours')?.underline?.length).toBeGreaterThan(0);
    expect(marker('Vienna')?.verdict).toBe('unverified');
    expect(marker('Vienna')?.underline).toBeNull();

    page.setMarks({ ...defaultMarks(), contradicted: 'badge', supported: 'none' });
    expect(marker('48 hours')?.underline).toBeNull();
    expect(marker('Edi Rama')).toBeUndefined();
    // Claims marked with nothing are still counted and listed for the popup.
    expect(page.summary().claims.some((c) => c.text.includes('Edi Rama') && c.verdict === 'supported')).toBe(true);
    expect(page.summary().counts.supported).toBeGreaterThan(0);

    // Opened from the popup, a hidden claim shows its badge and note.
    const hidden = page.summary().claims.find((c) => c.text.includes('Edi Rama'))!;
    expect(page.reveal(hidden.id)).toBe(true);
    expect(marker('Edi Rama')).toBeDefined();
    expect(view.opened).toContain(hidden.id);
  });
});

describe('checking a page', () => {
  it('marks the claims about the dispute with their verdicts', async () => {
    const { view, page, schedule } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    expect(verdictOf(view, '48 hours')).toBe('contradicted');
    expect(verdictOf(view, 'Edi Rama')).toBe('supported');
    expect(view.markers.some((m) => m.claim.includes('bakery'))).toBe(false);
    // happy-dom has no CSS Custom Highlight API: the UI is given line boxes to underline.
    expect(view.markers.every((m) => m.underline && m.underline.length > 0)).toBe(true);
  });

  it('hands the notes UI each claim\'s details as the checker gave them', async () => {
    const { view, page, schedule } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    const m = view.markers.find((x) => x.claim.includes('48 hours'))!;
    expect(m.details?.find((d) => d.text === '48 hours')).toMatchObject({ outcome: 'clashes', sourcesSay: '24 hours' });
  });

  it('sends no message at all for a page that never names either side', async () => {
    const { page, schedule, sent, reported, view } = setup(OFF_TOPIC);
    page.start(false);
    await schedule.flush();
    expect(sent).toEqual([]);
    expect(reported).toEqual([]);
    expect(view.markers).toEqual([]);
    expect(page.summary().status).toBe('no-claims');
    // Read and done within one idle slice.
    expect(schedule.slices).toBe(1);
  });

  it('sends only the paragraphs that name a side', async () => {
    const { page, schedule, sent } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    const texts = sent.flat().map((c) => c.text);
    expect(texts.some((t) => t.includes('48 hours'))).toBe(true);
    expect(texts.some((t) => t.includes('bakery'))).toBe(false);
    const withContext = sent.flat().find((c) => c.text.includes('48 hours'))!;
    expect(withContext.context).toContain('cut diplomatic ties');
  });

  it('asks again for a batch whose answer was lost, as when the browser stops the background', async () => {
    const { view, page, schedule, service } = setup(ARTICLE);
    const real = service.checkSentences;
    let failures = 2;
    service.checkSentences = async (claims) => {
      if (failures-- > 0) throw new Error('The message port closed before a response was received.');
      return real(claims);
    };
    page.start(false);
    await schedule.flush();
    expect(failures).toBeLessThan(0);
    expect(verdictOf(view, '48 hours')).toBe('contradicted');
    expect(verdictOf(view, '24 hours')).toBe('supported');
  });

  it('reports the counts for the toolbar badge', async () => {
    const { page, schedule, reported } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    expect(reported.at(-1)?.contradicted).toBeGreaterThanOrEqual(1);
    expect(reported.at(-1)?.supported).toBeGreaterThanOrEqual(1);
  });

  it('checks a paragraph added later, and only that one', async () => {
    const { doc, view, page, schedule, sent } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    const before = sent.flat().length;
    const p = doc.createElement('p');
    p.textContent = 'Iranian diplomats were given 48 hours to leave Albania, a spokesman said.';
    doc.body.append(p);
    await schedule.flush();
    const added = sent.flat().slice(before);
    expect(added.map((c) => c.text)).toEqual(['Iranian diplomats were given 48 hours to leave Albania, a spokesman said.']);
    expect(view.markers.filter((m) => m.claim.includes('spokesman'))).toHaveLength(1);
  });

  it('reads a page about the dispute whole up to its cap, and still sends every sentence that names a side after it', async () => {
    const filler = Array.from({ length: 2100 }, (_, i) => `<p>The committee met on day ${i + 1} to review the budget of the port.</p>`).join('');
    const { doc, view, page, schedule, sent } = setup(`${ARTICLE}${filler}<p>Iranian diplomats were given 72 hours to leave Albania, an aide said.</p>`, { withOpening: true });
    page.start(false);
    await schedule.flush();
    const texts = sent.flat().map((c) => c.text);
    const filled = texts.filter((t) => t.includes('committee met')).length;
    expect(filled).toBeGreaterThan(1900);
    expect(filled).toBeLessThanOrEqual(2000);
    expect(texts).toContain('Iranian diplomats were given 72 hours to leave Albania, an aide said.');
    expect(verdictOf(view, '72 hours')).toBe('contradicted');
    // Added after the cap, a sentence that names a side is sent; one that does not is left.
    const before = texts.length;
    for (const words of ['The committee met again to review the budget of the port.', 'Iranian diplomats were given 96 hours to leave Albania, a clerk said.']) {
      const p = doc.createElement('p');
      p.textContent = words;
      doc.body.append(p);
    }
    await schedule.flush();
    expect(sent.flat().slice(before).map((c) => c.text)).toEqual(['Iranian diplomats were given 96 hours to leave Albania, a clerk said.']);
  });

  it('reads the next article of a single-page app by its own opening, not the last one\'s', async () => {
    const { doc, win, page, schedule, sent } = setup(`${ARTICLE}<p>The last staff left the building on Thursday.</p>`, { withOpening: true });
    page.start(false);
    await schedule.flush();
    // Read whole: the sentence that names neither side was sent too.
    expect(sent.flat().map((c) => c.text)).toContain('The last staff left the building on Thursday.');
    (win.history as unknown as History).pushState({}, '', '/recipes/bread');
    doc.body.innerHTML = '<h1>Baking bread at home</h1><p>Mix the flour with water and salt.</p>';
    await schedule.flush();
    const before = sent.flat().length;
    for (const words of ['The last loaves left the oven on Thursday, the baker said.', 'Albania and Iran were both mentioned in the recipe book, a reader said.']) {
      const p = doc.createElement('p');
      p.textContent = words;
      doc.body.append(p);
    }
    await schedule.flush();
    // Only what names a side is sent from the new article.
    expect(sent.flat().slice(before).map((c) => c.text)).toEqual(['Albania and Iran were both mentioned in the recipe book, a reader said.']);
  });

  it('forgets claims the page removed, as a single-page app moving on does', async () => {
    const { doc, view, page, schedule } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    doc.body.replaceChildren();
    const p = doc.createElement('p');
    p.textContent = 'Albania cut diplomatic ties with Iran in 2019.';
    doc.body.append(p);
    await schedule.flush();
    expect(view.markers.map((m) => m.claim)).toEqual(['Albania cut diplomatic ties with Iran in 2019.']);
    expect(page.summary().claims.map((c) => c.text)).toEqual(['Albania cut diplomatic ties with Iran in 2019.']);
  });

  it('ignores text added inside a block already read and inside form fields', async () => {
    const { doc, page, schedule, sent } = setup(ARTICLE + '<textarea></textarea>');
    page.start(false);
    await schedule.flush();
    const before = sent.flat().length;
    doc.querySelector('p')!.append(doc.createTextNode(' Albania cut ties with Iran in 2019.'));
    doc.querySelector('textarea')!.append(doc.createTextNode('Albania cut ties with Iran in 2019.'));
    await schedule.flush();
    expect(sent.flat().length).toBe(before);
  });

  it('checks a paragraph that named neither side until the page added to it', async () => {
    const { doc, view, page, schedule } = setup(ARTICLE + '<p id="late">Later that year, </p>');
    page.start(false);
    await schedule.flush();
    doc.getElementById('late')!.append(doc.createTextNode('Iranian diplomats were given 48 hours to leave Albania.'));
    await schedule.flush();
    expect(verdictOf(view, '48 hours')).toBe('contradicted');
  });

  it('reads a long page in several idle slices and still marks every claim on it', async () => {
    // Every other paragraph names a side, so the sieve sends hundreds of blocks to be read.
    const filler = (n: number) =>
      Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} is about <i>gardening</i> and bread${i % 2 ? ' in Tirana' : ''}.</p>`).join('');
    const { view, page, schedule } = setup(
      `<p>Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.</p>${filler(437)}` +
        `<div><p>Iranian diplomats were given 48 hours to leave Albania.</p></div>${filler(611)}`,
    );
    page.start(false);
    await schedule.flush();
    expect(schedule.slices).toBeGreaterThan(2);
    expect(verdictOf(view, 'Edi Rama')).toBe('supported');
    expect(verdictOf(view, '48 hours')).toBe('contradicted');
  });

  it('records each scan on the page timeline', async () => {
    const { win, page, schedule } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    expect(win.performance.getEntriesByName('factcheck:scan').length).toBeGreaterThanOrEqual(1);
  });

  it('leaves the page text untouched', async () => {
    const { doc, page, schedule } = setup(ARTICLE);
    const before = doc.body.innerHTML;
    page.start(false);
    await schedule.flush();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('the popup and pausing', () => {
  it('sums up the checked claims with their evidence and details, under the page\'s title', async () => {
    const { doc, page, schedule } = setup(ARTICLE);
    doc.title = '  Tirana and Tehran ';
    page.start(false);
    await schedule.flush();
    const s = page.summary();
    expect(s.status).toBe('ok');
    expect(s.host).toBe('news.example');
    expect(s.title).toBe('Tirana and Tehran');
    const c = s.claims.find((x) => x.text.includes('48 hours'))!;
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence[0]?.quote).toMatch(/24 hours/);
    expect(c.details[0]).toMatchObject({ text: '48 hours', outcome: 'clashes', sourcesSay: '24 hours' });
    expect(s.counts.contradicted).toBe(s.claims.filter((x) => x.verdict === 'contradicted').length);
  });

  it('lists claims in page order, also those found after the ones below them', async () => {
    const { doc, page, schedule } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    const p = doc.createElement('p');
    p.textContent = 'Albania cut diplomatic ties with Iran in September 2022.';
    doc.body.prepend(p);
    await schedule.flush();
    const texts = page.summary().claims.map((c) => c.text);
    expect(texts[0]).toBe('Albania cut diplomatic ties with Iran in September 2022.');
    const at = (words: string) => texts.findIndex((t) => t.includes(words));
    expect(at('48 hours')).toBeGreaterThan(0);
    expect(at('Edi Rama')).toBeGreaterThan(at('48 hours'));
  });

  it('tells its listeners when the summary may have changed, until they stop listening', async () => {
    const { doc, page, schedule } = setup(ARTICLE);
    let calls = 0;
    const stop = page.onChange(() => void calls++);
    page.start(false);
    await schedule.flush();
    expect(calls).toBeGreaterThan(0);
    const afterCheck = calls;
    page.dismiss(page.summary().claims[0]!.id);
    expect(calls).toBeGreaterThan(afterCheck);
    const afterDismiss = calls;
    page.pause();
    expect(calls).toBeGreaterThan(afterDismiss);
    page.resume();
    await schedule.flush();
    stop();
    const stopped = calls;
    const p = doc.createElement('p');
    p.textContent = 'Iranian diplomats were given 48 hours to leave Albania, a spokesman said.';
    doc.body.append(p);
    await schedule.flush();
    expect(calls).toBe(stopped);
  });

  it('keeps checking when a listener throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { view, page, schedule } = setup(ARTICLE);
    page.onChange(() => {
      throw new Error('popup gone');
    });
    page.start(false);
    await schedule.flush();
    expect(verdictOf(view, '48 hours')).toBe('contradicted');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('leaves claims the page removed out of the summary at once', async () => {
    const { doc, page, schedule } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    doc.querySelectorAll('p')[1]!.remove();
    const s = page.summary();
    expect(s.claims.some((c) => c.text.includes('Edi Rama'))).toBe(false);
    expect(s.counts.supported + s.counts.contradicted + s.counts.mixed + s.counts.unverified).toBe(s.claims.length);
  });

  it('reveals a claim by id and refuses an unknown one', async () => {
    const { page, schedule, view } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    const id = page.summary().claims[0]!.id;
    expect(page.reveal(id)).toBe(true);
    expect(view.opened).toEqual([id]);
    expect(page.reveal('c999')).toBe(false);
  });

  it('removes all marks when paused and reads the page again when resumed', async () => {
    const { page, schedule, view, reported } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    const marked = view.markers.length;
    page.pause();
    await schedule.flush();
    expect(view.markers).toEqual([]);
    expect(page.summary().status).toBe('paused');
    expect(reported.at(-1)?.contradicted).toBe(0);
    page.resume();
    await schedule.flush();
    expect(view.markers.length).toBe(marked);
  });

  it('does not read a page whose site is paused', async () => {
    const { page, schedule, sent } = setup(ARTICLE);
    page.start(true);
    await schedule.flush();
    expect(sent).toEqual([]);
  });

  it('hides a dismissed claim but keeps it in the summary', async () => {
    const { page, schedule, view } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    const id = view.markers[0]!.id;
    page.dismiss(id);
    expect(view.markers.some((m) => m.id === id)).toBe(false);
    expect(page.summary().claims.some((c) => c.id === id)).toBe(true);
  });

  it('stops all work when its signal aborts', async () => {
    const { doc, page, schedule, sent, abort } = setup(OFF_TOPIC);
    page.start(false);
    await schedule.flush();
    abort.abort();
    const p = doc.createElement('p');
    p.textContent = 'Iranian diplomats were given 48 hours to leave Albania.';
    doc.body.append(p);
    await schedule.flush();
    expect(sent).toEqual([]);
  });
});

describe('highlight-to-check', () => {
  function select(win: Window, doc: Document, words: string) {
    const node = [...doc.querySelectorAll('p')].flatMap((p) => [...p.childNodes]).find((n) => n.textContent?.includes(words))!;
    const range = doc.createRange();
    const at = node.textContent!.indexOf(words);
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    win.getSelection()!.removeAllRanges();
    win.getSelection()!.addRange(range);
  }

  it('answers the selected text in a card beside it', async () => {
    const { win, doc, page, selection, schedule, view } = setup(ARTICLE);
    page.start(true);
    selection.start();
    select(win, doc, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.");
    expect(selection.check()).toEqual({ shown: true });
    expect(view.selection?.kind).toBe('checking');
    await schedule.flush();
    expect(view.selection?.kind).toBe('result');
    expect(view.selection?.kind === 'result' && view.selection.result.verdict).toBe('supported');
  });

  it('answers off-topic text with an off-topic verdict', async () => {
    const { win, doc, page, selection, schedule, view } = setup(ARTICLE);
    page.start(true);
    selection.start();
    select(win, doc, 'the bakery on Main Street won a prize for its bread');
    selection.check();
    await schedule.flush();
    expect(view.selection?.kind === 'result' && view.selection.result.verdict).toBe('offtopic');
  });

  it('uses the browser copy of the text when the page has no selection, and says when there is none', async () => {
    const { page, selection, schedule, view } = setup(ARTICLE);
    page.start(true);
    selection.start();
    expect(selection.check()).toEqual({ shown: false });
    expect(selection.check('Iranian diplomats were given 48 hours to leave Albania.')).toEqual({ shown: true });
    await schedule.flush();
    expect(view.selection?.kind === 'result' && view.selection.result.verdict).toBe('contradicted');
  });

  it('shows a settled selection with a check button', async () => {
    const { win, doc, page, selection, schedule, view } = setup(ARTICLE);
    page.start(false);
    selection.start();
    await schedule.flush();
    select(win, doc, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.");
    doc.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('selectionchange'));
    await schedule.flush();
    expect(view.selection?.kind).toBe('button');
  });

  it('offers no button on a paused site', async () => {
    const { win, doc, page, selection, schedule, view } = setup(ARTICLE);
    page.start(true);
    selection.start();
    select(win, doc, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.");
    doc.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('selectionchange'));
    await schedule.flush();
    expect(view.selection).toBeNull();
  });
});
