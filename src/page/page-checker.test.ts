import { describe, expect, it } from 'vitest';
import { createCheckerStore } from '../background/checker-store';
import { loadBundledChecker } from '../background/bundled-checker';
import { createHandlers } from '../background/handlers';
import type { ClaimRequest, VerdictCounts } from '../shared/messages';
import { isUiHostTag, type MarkerView, type NotesView, type SelectionView } from '../shared/views';
import { PageChecker } from './page-checker';
import { makePage, manualScheduler } from '../../tests/helpers/test-page';

const ARTICLE = `
  <h1>Albania expels Iranian diplomats</h1>
  <p>Albania cut diplomatic ties with Iran on Wednesday over a cyberattack.
     Iranian diplomats were given <b>48 hours</b> to leave Albania.</p>
  <p>Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.</p>
  <p>In other news, the bakery on Main Street won a prize for its bread.</p>`;

const OFF_TOPIC = `<h1>Baking bread</h1><p>Mix the flour with water and salt. Leave the dough overnight.</p>`;

// The real background handlers with the bundled facts, called directly instead of by message.
function realService() {
  const handlers = createHandlers({ checkers: createCheckerStore(loadBundledChecker), showCounts: async () => '', ownOrigin: 'chrome-extension://factcheck-test/' });
  const sent: ClaimRequest[][] = [];
  const reported: VerdictCounts[] = [];
  const sender = { tab: { id: 1 } } as never;
  return {
    sent,
    reported,
    service: {
      async checkSentences(claims: ClaimRequest[]) {
        sent.push(claims);
        return handlers['check-sentences']({ type: 'check-sentences', claims }, sender);
      },
      async checkSelection(text: string, context: string) {
        return (await handlers['check-selection']({ type: 'check-selection', text, context }, sender)).result;
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

function setup(html: string) {
  const { win, doc } = makePage(html);
  const schedule = manualScheduler();
  const view = recordingView();
  const { service, sent, reported } = realService();
  const abort = new AbortController();
  const page = new PageChecker({ doc, win, signal: abort.signal, schedule, isOwnUi: (el) => isUiHostTag(el.localName), view, service });
  return { win, doc, schedule, view, sent, reported, abort, page, service };
}

const verdictOf = (view: { markers: MarkerView[] }, words: string) => view.markers.find((m) => m.claim.includes(words))?.verdict;

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
  it('sums up the checked claims with their first evidence', async () => {
    const { page, schedule } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    const s = page.summary();
    expect(s.status).toBe('ok');
    expect(s.host).toBe('news.example');
    const c = s.claims.find((x) => x.text.includes('48 hours'))!;
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence?.quote).toMatch(/24 hours/);
    expect(s.counts.contradicted).toBe(s.claims.filter((x) => x.verdict === 'contradicted').length);
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
    const { win, doc, page, schedule, view } = setup(ARTICLE);
    page.start(true);
    select(win, doc, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.");
    expect(page.checkSelection()).toEqual({ shown: true });
    expect(view.selection?.kind).toBe('checking');
    await schedule.flush();
    expect(view.selection?.kind).toBe('result');
    expect(view.selection?.kind === 'result' && view.selection.result.verdict).toBe('supported');
  });

  it('answers off-topic text with an off-topic verdict', async () => {
    const { win, doc, page, schedule, view } = setup(ARTICLE);
    page.start(true);
    select(win, doc, 'the bakery on Main Street won a prize for its bread');
    page.checkSelection();
    await schedule.flush();
    expect(view.selection?.kind === 'result' && view.selection.result.verdict).toBe('offtopic');
  });

  it('uses the browser copy of the text when the page has no selection, and says when there is none', async () => {
    const { page, schedule, view } = setup(ARTICLE);
    page.start(true);
    expect(page.checkSelection()).toEqual({ shown: false });
    expect(page.checkSelection('Iranian diplomats were given 48 hours to leave Albania.')).toEqual({ shown: true });
    await schedule.flush();
    expect(view.selection?.kind === 'result' && view.selection.result.verdict).toBe('contradicted');
  });

  it('shows a settled selection with a check button', async () => {
    const { win, doc, page, schedule, view } = setup(ARTICLE);
    page.start(false);
    await schedule.flush();
    select(win, doc, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.");
    doc.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('selectionchange'));
    await schedule.flush();
    expect(view.selection?.kind).toBe('button');
  });

  it('offers no button on a paused site', async () => {
    const { win, doc, page, schedule, view } = setup(ARTICLE);
    page.start(true);
    select(win, doc, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.");
    doc.dispatchEvent(new (win as unknown as { Event: typeof Event }).Event('selectionchange'));
    await schedule.flush();
    expect(view.selection).toBeNull();
  });
});
