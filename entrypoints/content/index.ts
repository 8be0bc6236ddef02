import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
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
    let page: PageChecker | null = null;
    let selection: SelectionChecker | null = null;
    const ui = notesUiWhenNeeded(ctx, {
      dismiss: (id) => page?.dismiss(id),
      checkSelection: () => selection?.check(),
      closeSelection: () => selection?.close(),
    });
    page = new PageChecker({
      doc: document,
      win: window,
      signal: ctx.signal,
      schedule: {
        idle: (cb, timeout) => ctx.requestIdleCallback(cb, { timeout }),
        setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
      },
      isOwnUi: (el) => isUiHostTag(el.localName),
      view: ui,
      marks: readMarks(await whatToMark.getValue()),
      service: {
        checkSentences: (claims, page) => sendToBackground(page === undefined ? { type: 'check-sentences', claims } : { type: 'check-sentences', claims, page }),
        report: (counts) => sendToBackground({ type: 'page-results', counts }),
      },
    });
    const checker = page;
    const selecting = (selection = new SelectionChecker({
      doc: document,
      win: window,
      signal: ctx.signal,
      setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
      isOwnUi: (el) => isUiHostTag(el.localName),
      view: ui,
      check: async (text, context) => (await sendToBackground({ type: 'check-selection', text, context })).result,
      isPaused: () => checker.isPaused,
    }));

    const listener = serveMessages<ToContent, ToContentReplies>(parseToContent, {
      'get-page-summary': () => checker.summary(),
      'reveal-claim': ({ id }) => ({ found: checker.reveal(id) }),
      'check-current-selection': ({ text }) => selecting.check(text),
    });
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

    // An open popup follows the page's results on a port of its own instead of asking again.
    const onConnect = (port: Browser.runtime.Port) => {
      if (port.name === SUMMARY_PORT && port.sender?.id === browser.runtime.id) serveSummary(port, checker, (cb, ms) => ctx.setTimeout(cb, ms), ctx.signal);
    };
    browser.runtime.onConnect.addListener(onConnect);
    ctx.onInvalidated(() => browser.runtime.onConnect.removeListener(onConnect));

    const unwatch = pausedHosts.watch((hosts) => {
      const paused = hosts.includes(host);
      if (paused !== checker.isPaused) paused ? checker.pause() : checker.resume();
    });
    ctx.onInvalidated(unwatch);
    ctx.onInvalidated(whatToMark.watch((marks) => checker.setMarks(readMarks(marks))));
    checker.start((await pausedHosts.getValue()).includes(host));
    selecting.start();
  },
});
