import type { Browser } from 'wxt/browser';
import { claimKey, type Correction, type CorrectionInput } from '../shared/corrections';
import type { ClaimAnswer, ToBackground, ToBackgroundReplies, VerdictCounts } from '../shared/messages';
import type { Handlers } from '../shared/transport';
import type { CheckerStore } from './checker-store';

/** Where the reader's corrections are kept (the database in the extension's origin). */
export interface CorrectionStore {
  /** The corrections of these claim texts, by their claimKey. */
  find(texts: readonly string[]): Promise<Map<string, Correction>>;
  save(input: CorrectionInput): Promise<Correction>;
}

/** What the message handlers need from the background. */
export interface HandlerDeps {
  checkers: CheckerStore;
  /** Where corrections are kept; without one, none is found and none can be saved. */
  corrections?: CorrectionStore;
  /** Puts a page's counts on its tab's badge; returns the badge text. */
  showCounts(tabId: number, counts: VerdictCounts): Promise<string>;
  /** The extension's own origin with a final slash (`runtime.getURL('/')`). */
  ownOrigin: string;
}

const NO_CORRECTIONS: CorrectionStore = {
  find: async () => new Map(),
  save: () => Promise.reject(new Error('corrections cannot be kept here')),
};

/**
 * Whether a message comes from one of the extension's own pages (options, popup) rather than
 * from a content script, whose sender URL is the web page it runs in. A web page can make its
 * tab's content script send only what that script sends; it can never pass for our pages.
 */
export function fromExtensionPage(sender: Browser.runtime.MessageSender, ownOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(ownOrigin) && (sender.origin === undefined || `${sender.origin}/` === ownOrigin);
}

/** The background's answer to each message, one handler per message type. */
export function createHandlers({ checkers, corrections = NO_CORRECTIONS, showCounts, ownOrigin }: HandlerDeps): Handlers<ToBackground, ToBackgroundReplies> {
  // A reader's corrections add to the checker's answers; without them (a database that will
  // not open) the answers still go out.
  const correctionsOf = (texts: string[]) =>
    corrections.find(texts).catch((error: unknown) => {
      console.warn('[factcheck] could not read the corrections:', error);
      return new Map<string, Correction>();
    });

  return {
    async 'check-sentences'({ claims, page }) {
      const checker = await checkers.get();
      const results: ClaimAnswer[] = [];
      for (const claim of claims) {
        const result = checker.checkPageSentence(claim.text, claim.context, page);
        // Most sentences on a page that mentions Iran are not about the dispute; the page
        // marks nothing for them, so they are not sent back.
        if (result.verdict !== 'offtopic') results.push({ id: claim.id, result });
      }
      if (results.length) {
        const textOf = new Map(claims.map((c) => [c.id, claimKey(c.text)]));
        const found = await correctionsOf(results.map((r) => textOf.get(r.id)!));
        for (const r of results) {
          const correction = found.get(textOf.get(r.id)!);
          if (correction) r.correction = correction;
        }
      }
      return page === undefined ? { results } : { results, pageAbout: checker.isPageAboutDispute(page) };
    },

    async 'check-selection'({ text, context }) {
      const checker = await checkers.get();
      const claim = claimKey(text);
      const correction = (await correctionsOf([claim])).get(claim);
      return { result: checker.checkClaim(claim, context), ...(correction ? { correction } : {}) };
    },

    async 'save-correction'({ type: _type, ...input }) {
      return { correction: await corrections.save(input) };
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
