import { browser } from 'wxt/browser';
import { SUMMARY_PORT, type PageSummary, type SummaryPost } from '../../shared/messages';
import { sendToTab } from '../../shared/transport';
import { downloadJson } from '../options/download';

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
  /**
   * Follows the tab's summary: `onSummary` gets the page's summary at once and again each
   * time its results change; `onLost` is called once, when no content script answers or the
   * page goes away (reloaded, navigated, closed). Returns a function that stops following.
   */
  watchSummary(tabId: number, onSummary: (summary: PageSummary) => void, onLost: () => void): () => void;
  /** Asks the tab to scroll to a claim and open its note. */
  reveal(tabId: number, claimId: string): Promise<boolean>;
  /** Puts text on the clipboard; rejects when the browser does not allow it. */
  copyText(text: string): Promise<void>;
  /** Saves a JSON text as a file in the user's downloads. */
  download(filename: string, json: string): void;
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
    watchSummary(tabId, onSummary, onLost) {
      let following = true;
      const lost = () => {
        if (!following) return;
        following = false;
        onLost();
      };
      let port: ReturnType<typeof browser.tabs.connect>;
      try {
        // The top frame only: that is where the page's claims are listed.
        port = browser.tabs.connect(tabId, { name: SUMMARY_PORT, frameId: 0 });
      } catch {
        queueMicrotask(lost);
        return () => void (following = false);
      }
      // Only this extension's content script can post on the port: its summary is trusted as typed.
      port.onMessage.addListener((post: SummaryPost) => {
        if (following && post.type === 'page-summary') onSummary(post.summary);
      });
      port.onDisconnect.addListener(() => {
        // Reading it tells Chrome the missing receiver was expected, not an uncaught error.
        void browser.runtime.lastError;
        lost();
      });
      return () => {
        following = false;
        port.disconnect();
      };
    },
    reveal: async (tabId, id) => (await sendToTab(tabId, { type: 'reveal-claim', id })).found,
    copyText: (text) => navigator.clipboard.writeText(text),
    download: (filename, json) => downloadJson(document, filename, json),
  };
}
