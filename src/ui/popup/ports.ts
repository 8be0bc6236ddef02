import { browser } from 'wxt/browser';
import { sendToTab, type PageSummary } from '../../shared/messages';

/** The tab the popup reports on. `url` is undefined when the browser does not disclose it. */
export interface TargetTab {
  id: number;
  url: string | undefined;
}

/** Everything the popup asks of the browser; tests hand in their own. */
export interface PopupPorts {
  /** The tab to report on, or null when there is none. */
  findTab(): Promise<TargetTab | null>;
  /** Whether the user let the extension read file:// pages. */
  fileAccess(): Promise<boolean>;
  /** Asks the tab's content script for its claims; rejects when no content script answers. */
  summary(tabId: number): Promise<PageSummary>;
  /** Asks the tab to scroll to a claim and open its note. */
  reveal(tabId: number, claimId: string): Promise<boolean>;
}

/**
 * Ports backed by the browser. `tabParam` (the popup's `?tab=` query) picks a tab by id:
 * end-to-end tests open the popup as a page in its own tab, where "the active tab" would be
 * the popup itself.
 */
export function browserPorts(tabParam: string | null): PopupPorts {
  return {
    async findTab() {
      const wanted = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
      const tab =
        wanted !== null
          ? await browser.tabs.get(wanted).catch(() => undefined)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (tab?.id === undefined) return null;
      return { id: tab.id, url: tab.url ?? tab.pendingUrl };
    },
    async fileAccess() {
      try {
        return await browser.extension.isAllowedFileSchemeAccess();
      } catch {
        return false;
      }
    },
    summary: (tabId) => sendToTab(tabId, { type: 'get-page-summary' }),
    reveal: async (tabId, id) => (await sendToTab(tabId, { type: 'reveal-claim', id })).found,
  };
}
