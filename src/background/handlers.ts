import type { Browser } from 'wxt/browser';
import type { ToBackground, ToBackgroundReplies, VerdictCounts } from '../shared/messages';
import type { Handlers } from '../shared/transport';
import type { CheckerStore } from './checker-store';

/** What the message handlers need from the background. */
export interface HandlerDeps {
  checkers: CheckerStore;
  /** Puts a page's counts on its tab's badge; returns the badge text. */
  showCounts(tabId: number, counts: VerdictCounts): Promise<string>;
  /** The extension's own origin with a final slash (`runtime.getURL('/')`). */
  ownOrigin: string;
}

/**
 * Whether a message comes from one of the extension's own pages (options, popup) rather than
 * from a content script, whose sender URL is the web page it runs in. A web page can make its
 * tab's content script send only what that script sends; it can never pass for our pages.
 */
export function fromExtensionPage(sender: Browser.runtime.MessageSender, ownOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(ownOrigin) && (sender.origin === undefined || `${sender.origin}/` === ownOrigin);
}

/** The background's answer to each message, one handler per message type. */
export function createHandlers({ checkers, showCounts, ownOrigin }: HandlerDeps): Handlers<ToBackground, ToBackgroundReplies> {
  return {
    async 'check-sentences'({ claims, page }) {
      const checker = await checkers.get();
      const results = [];
      for (const claim of claims) {
        const result = checker.checkPageSentence(claim.text, claim.context, page);
        // Most sentences on a page that mentions Iran are not about the dispute; the page
        // marks nothing for them, so they are not sent back.
        if (result.verdict !== 'offtopic') results.push({ id: claim.id, result });
      }
      return page === undefined ? { results } : { results, pageAbout: checker.isPageAboutDispute(page) };
    },

    async 'check-selection'({ text, context }) {
      const checker = await checkers.get();
      return { result: checker.checkClaim(text.replace(/\s+/g, ' ').trim(), context) };
    },

    async 'page-results'({ counts }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('page-results must come from a tab');
      return { badge: await showCounts(tabId, counts) };
    },

    // Sources are stored by the extension's pages, in the extension's origin; only those pages
    // may make the background rebuild its checker.
    async 'sources-changed'(_message, sender) {
      if (!fromExtensionPage(sender, ownOrigin)) throw new Error('sources-changed is accepted from the extension’s own pages only');
      const checker = await checkers.refresh();
      return { facts: checker.size };
    },
  };
}
