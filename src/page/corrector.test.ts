import { describe, expect, it } from 'vitest';
import { loadBundledChecker } from '../background/bundled-checker';
import { createCheckerStore } from '../background/checker-store';
import { createHandlers, type CorrectionStore } from '../background/handlers';
import { claimKey, type Correction } from '../shared/corrections';
import { isUiHostTag, type MarkerView, type NotesView, type SelectionView } from '../shared/views';
import { makePage, manualScheduler } from '../../tests/helpers/test-page';
import { createCorrector } from './corrector';
import { PageChecker } from './page-checker';
import { SelectionChecker } from './selection-checker';

const CLAIM = 'Iranian diplomats were given 48 hours to leave Albania.';
const ARTICLE = `
  <h1>Albania expels Iranian diplomats</h1>
  <p>Albania cut diplomatic ties with Iran on Wednesday over a cyberattack. ${CLAIM}</p>
  <p>Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.</p>`;

// The corrections store of the background, in memory: what the database does, by claim text.
function memoryStore(kept: Correction[] = []): CorrectionStore & { kept: Correction[] } {
  return {
    kept,
    async find(texts) {
      const keys = new Set(texts.map(claimKey));
      return new Map(kept.filter((c) => keys.has(c.text)).map((c) => [c.text, c]));
    },
    async save(input) {
      const at = kept.findIndex((c) => c.text === claimKey(input.text));
      const c: Correction = { ...input, text: claimKey(input.text), id: at >= 0 ? kept[at]!.id : `c${kept.length + 1}`, at: '2026-01-02T00:00:00.000Z' };
      if (at >= 0) kept[at] = c;
      else kept.push(c);
      return c;
    },
  };
}

function setup(store: CorrectionStore) {
  const handlers = createHandlers({ checkers: createCheckerStore(loadBundledChecker), corrections: store, showCounts: async () => '', ownOrigin: 'chrome-extension://x/' });
  const sender = { tab: { id: 1 } } as never;
  const { win, doc } = makePage(ARTICLE);
  doc.title = 'Albania expels Iranian diplomats';
  const schedule = manualScheduler();
  const view: NotesView & { markers: MarkerView[]; selection: SelectionView | null } = {
    markers: [],
    selection: null,
    setMarkers: (m) => void (view.markers = m),
    openNote: () => {},
    setSelection: (s) => void (view.selection = s),
  };
  const signal = new AbortController().signal;
  const isOwnUi = (el: Element) => isUiHostTag(el.localName);
  const page = new PageChecker({
    doc, win, signal, schedule, isOwnUi, view,
    service: {
      checkSentences: async (claims, opening) => handlers['check-sentences']({ type: 'check-sentences', claims, ...(opening === undefined ? {} : { page: opening }) }, sender),
      report: async () => {},
    },
  });
  const selection = new SelectionChecker({
    doc, win, signal, setTimeout: schedule.setTimeout, isOwnUi, view, isPaused: () => false,
    check: async (text, context) => handlers['check-selection']({ type: 'check-selection', text, context }, sender),
  });
  const corrector = createCorrector({
    page,
    selection,
    save: async (input) => (await handlers['save-correction']({ type: 'save-correction', ...input }, sender)).correction,
    where: () => ({ url: win.location.href, title: doc.title }),
  });
  return { page, selection, corrector, schedule, view };
}

const markerOf = (view: { markers: MarkerView[] }) => view.markers.find((m) => m.claim.includes('48 hours'))!;

describe('a reader corrects a verdict', () => {
  it('keeps the correction with the claim and the page, and the note shows both verdicts at once', async () => {
    const store = memoryStore();
    const { page, corrector, schedule, view } = setup(store);
    page.start(false);
    await schedule.flush();
    const marker = markerOf(view);
    expect(marker.verdict).toBe('contradicted');
    expect(marker.correction).toBeUndefined();

    await corrector.correct(marker.id, { label: 'supported', comment: '  The decree says 48 hours.  ' });
    expect(store.kept).toEqual([
      {
        id: 'c1', text: CLAIM, label: 'supported', checker: 'contradicted', comment: 'The decree says 48 hours.',
        url: 'https://news.example/story', title: 'Albania expels Iranian diplomats', at: '2026-01-02T00:00:00.000Z',
      },
    ]);
    expect(markerOf(view).correction).toEqual({ label: 'supported', comment: 'The decree says 48 hours.' });
    expect(page.summary().claims.find((c) => c.text === CLAIM)?.correction).toEqual({ label: 'supported', comment: 'The decree says 48 hours.' });
  });

  it('shows a correction made earlier, on this page or another, when the same sentence is checked', async () => {
    const store = memoryStore([
      { id: 'old', text: CLAIM, label: 'mixed', checker: 'contradicted', comment: '', url: 'https://elsewhere.example/', title: 'Elsewhere', at: '2026-01-01T00:00:00.000Z' },
    ]);
    const { page, selection, schedule, view } = setup(store);
    page.start(false);
    await schedule.flush();
    expect(markerOf(view).correction).toEqual({ label: 'mixed', comment: '' });
    expect(view.markers.find((m) => m.claim.includes('Edi Rama'))?.correction).toBeUndefined();

    selection.check(`  Iranian diplomats were given\n48 hours to leave Albania. `);
    await schedule.flush();
    expect(view.selection?.kind === 'result' && view.selection.correction).toEqual({ label: 'mixed', comment: '' });
  });

  it('corrects the selection card, and the page’s note of the same sentence with it', async () => {
    const store = memoryStore();
    const { page, selection, corrector, schedule, view } = setup(store);
    page.start(false);
    await schedule.flush();
    selection.check(CLAIM);
    await schedule.flush();
    await corrector.correctSelection({ label: 'offtopic', comment: '' });
    expect(store.kept[0]).toMatchObject({ text: CLAIM, label: 'offtopic', checker: 'contradicted' });
    expect(view.selection?.kind === 'result' && view.selection.correction?.label).toBe('offtopic');
    expect(markerOf(view).correction?.label).toBe('offtopic');
  });

  it('says so when the claim is gone or the correction could not be kept', async () => {
    const { corrector } = setup(memoryStore());
    await expect(corrector.correct('nope', { label: 'supported', comment: '' })).rejects.toThrow('no longer on the page');
    await expect(corrector.correctSelection({ label: 'supported', comment: '' })).rejects.toThrow('no longer on the page');
  });
});
