import type { Handlers, ToBackground, ToBackgroundReplies, VerdictCounts } from '../shared/messages';
import type { CheckerStore } from './checker-store';

/** What the message handlers need from the background. */
export interface HandlerDeps {
  checkers: CheckerStore;
  /** Puts a page's counts on its tab's badge; returns the badge text. */
  showCounts(tabId: number, counts: VerdictCounts): Promise<string>;
}

/** The background's answer to each message, one handler per message type. */
export function createHandlers({ checkers, showCounts }: HandlerDeps): Handlers<ToBackground, ToBackgroundReplies> {
  return {
    async 'check-sentences'({ claims }) {
      const checker = await checkers.get();
      const results = [];
      for (const claim of claims) {
        const result = checker.checkPageSentence(claim.text, claim.context);
        // Most sentences on a page that mentions Iran are not about the dispute; the page
        // marks nothing for them, so they are not sent back.
        if (result.verdict !== 'offtopic') results.push({ id: claim.id, result });
      }
      return { results };
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

    async 'sources-changed'() {
      const checker = await checkers.refresh();
      return { facts: checker.size };
    },
  };
}
