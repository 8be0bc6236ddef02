import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCorrector } from '../../src/page/corrector';
import { clearLeftovers } from '../../src/page/leftovers';
import { PageChecker } from '../../src/page/page-checker';
import { SelectionChecker } from '../../src/page/selection-checker';
import { serveSummary } from '../../src/page/summary-port';
import { parseToContent, SUMMARY_PORT, type ToContent, type ToContentReplies } from '../../src/shared/messages';
import { sendToBackground, serveMessages } from '../../src/shared/transport';
import { pausedHosts, readMarks, whatToMark } from '../../src/shared/settings';
import { isUiHostTag } from '../../src/shared/views';
import { notesUiWhenNeeded } from '../../src/ui/notes/mount';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    // Firefox leaves a torn-down earlier run's notes on tabs it runs us in again.
    clearLeftovers(document, window);
    const host = location.hostname;
    // Both settings in one go: the listeners below wait for them.
    const [marks, paused] = await Promise.all([whatToMark.getValue(), pausedHosts.getValue()]);
    const isOwnUi = (el: Element) => isUiHostTag(el.localName);
    const setTimeout = (cb: () => void, ms: number) => ctx.setTimeout(cb, ms);
    // The notes UI calls back into the checkers made right after it.
    const ui = notesUiWhenNeeded(ctx, {
      dismiss: (id) => page.dismiss(id),
      checkSelection: () => selection.check(),
      closeSelection: () => selection.close(),
      correct: (id, mark) => corrector.correct(id, mark),
      correctSelection: (mark) => corrector.correctSelection(mark),
    });
    const page = new PageChecker({
      doc: document,
      win: window,
      signal: ctx.signal,
      schedule: { idle: (cb, timeout) => ctx.requestIdleCallback(cb, { timeout }), setTimeout },
      isOwnUi,
      view: ui,
      marks: readMarks(marks),
      service: {
        checkSentences: (claims, opening) => sendToBackground({ type: 'check-sentences', claims, page: opening }),
        report: (counts) => sendToBackground({ type: 'page-results', counts }),
      },
    });
    const selection = new SelectionChecker({
      doc: document,
      win: window,
      signal: ctx.signal,
      setTimeout,
      isOwnUi,
      view: ui,
      check: (text, context) => sendToBackground({ type: 'check-selection', text, context }),
      isPaused: () => page.isPaused,
    });
    const corrector = createCorrector({
      page,
      selection,
      save: async (input) => (await sendToBackground({ type: 'save-correction', ...input })).correction,
      where: () => ({ url: location.href, title: document.title.trim() }),
    });

    const listener = serveMessages<ToContent, ToContentReplies>(parseToContent, {
      'get-page-summary': () => page.summary(),
      'reveal-claim': ({ id }) => ({ found: page.reveal(id) }),
      'check-current-selection': ({ text }) => selection.check(text),
    });
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    // An open popup follows the page's results on a port of its own instead of asking again.
    const onConnect = (port: Browser.runtime.Port) => {
      if (port.name === SUMMARY_PORT && port.sender?.id === browser.runtime.id) serveSummary(port, page, setTimeout, ctx.signal);
    };
    browser.runtime.onConnect.addListener(onConnect);
    ctx.onInvalidated(() => browser.runtime.onConnect.removeListener(onConnect));

    ctx.onInvalidated(
      pausedHosts.watch((hosts) => {
        const now = hosts.includes(host);
        if (now !== page.isPaused) now ? page.pause() : page.resume();
      }),
    );
    ctx.onInvalidated(whatToMark.watch((next) => page.setMarks(readMarks(next))));
    page.start(paused.includes(host));
    selection.start();
  },
});
