import { browser } from 'wxt/browser';
import type { FactBundle } from '../core/types';
import { findCorrections, openSourceDb, saveCorrection } from '../db';
import bundle from '../generated/seed-facts.json';
import { parseToBackground } from '../shared/message-schemas';
import { sendToTab, serveMessages } from '../shared/transport';
import { showBadge, type BadgeApi } from './badge';
import { loadBundledChecker } from './bundled-checker';
import { createCheckerStore } from './checker-store';
import { createDbCheckerSource } from './db-checker';
import { createHandlers } from './handlers';
import { COMMAND, MENU_ID, onCommand, onMenuClick, type MenuClick, type TabRef, type TellTab } from './selection-triggers';

/**
 * Starts the background: message handlers, the checker, the context menu, the shortcut and
 * the toolbar badge. Every listener is added synchronously, because an MV3 service worker
 * that restarts for an event only delivers it to listeners added in its first turn.
 */
export function startBackground(): void {
  const db = openSourceDb();
  const facts = createDbCheckerSource(db, bundle as unknown as FactBundle);
  let watching = false;
  const checkers = createCheckerStore(async () => {
    try {
      const checker = await facts.load();
      if (!watching) {
        watching = true;
        // Sources added, removed or switched in the options page rebuild the checker.
        facts.watch(
          () => void checkers.refresh().catch((error) => console.error('[factcheck] could not rebuild the checker:', error)),
          (error) => {
            watching = false;
            console.warn('[factcheck] stopped following source changes:', error);
          },
        );
      }
      return checker;
    } catch (error) {
      // Without IndexedDB (a locked-down profile) pages are still checked, on the bundle.
      console.error('[factcheck] fact database unavailable, checking with the bundled facts:', error);
      return loadBundledChecker();
    }
  });
  // Firefox builds are MV2, where the toolbar button is `browserAction`.
  const badge = (browser.action ?? (browser as unknown as { browserAction: BadgeApi }).browserAction) as BadgeApi;
  const handlers = createHandlers({
    checkers,
    corrections: { find: (texts) => findCorrections(db, texts), save: (input) => saveCorrection(db, input) },
    showCounts: (tabId, counts) => showBadge(badge, tabId, counts),
    ownOrigin: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener(
    serveMessages(parseToBackground, handlers, (error) => console.warn('[factcheck] message refused:', error)),
  );

  // Chromium keeps menu items across browser starts and service-worker restarts, so they are
  // made once, at install. Firefox keeps none for a persistent (MV2) background page, which
  // starts without onInstalled at every browser start and when the add-on is switched back
  // on: there the item is made each time the page starts.
  const menuOnEveryStart = browser.runtime.getManifest().manifest_version === 2;
  if (menuOnEveryStart) registerMenu().catch((error) => console.error('[factcheck] could not add the context menu item:', error));

  browser.runtime.onInstalled.addListener(() => {
    if (!menuOnEveryStart) void registerMenu();
    // Install or update: seed the database with this version's bundle, then build the
    // checker now rather than on the first page's first message.
    facts
      .seed()
      .catch((error) => console.error('[factcheck] could not install the bundled facts:', error))
      .then(() => checkers.refresh())
      .catch((error) => console.error('[factcheck] could not build the checker:', error));
  });

  const tell: TellTab = (tabId, message) => sendToTab(tabId, message);
  const menuClick = (info: MenuClick, tab: TabRef | undefined) => onMenuClick(tell, info, tab);
  const command = async (name: string, tab: TabRef | undefined) =>
    onCommand(tell, name, tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    menuClick(info, tab).catch((error) => console.warn('[factcheck] context menu:', error));
  });
  browser.commands.onCommand.addListener((name, tab) => {
    command(name, tab).catch((error) => console.warn('[factcheck] shortcut:', error));
  });

  // A new page in the tab starts with a clean badge; its content script sends fresh counts.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void Promise.resolve(badge.setBadgeText({ tabId, text: '' })).catch(() => {});
  });

  // Native menus and shortcuts cannot be used by an automated browser; the end-to-end tests
  // call these from the service worker to run exactly what a click or a key press runs.
  // Only the extension's own pages can reach a service worker's globals.
  Object.assign(globalThis, { factcheckTriggers: { menuClick, command, menuId: MENU_ID, commandName: COMMAND } });
}

async function registerMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: 'Fact-check selection', contexts: ['selection'] });
}
