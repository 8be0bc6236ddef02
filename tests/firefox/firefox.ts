/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox build of
 * the extension installed as a temporary add-on, and the few things the suite needs that
 * puppeteer's page API does not give in Firefox: opening moz-extension:// pages, Firefox's own
 * context menu, and waiting on what happens inside the notes' shadow root.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { pageSettled, tabShowing } from '../helpers/in-browser';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The repository's root folder. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** Where Debian installs Firefox ESR (`apt-get install -y firefox-esr`), unless $FIREFOX names another. */
export const FIREFOX_PATH = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** The Firefox build under test (`npm run build:firefox`), unless $FIREFOX_EXT_DIR names another. */
export const FIREFOX_EXT_DIR = path.resolve(REPO, process.env.FIREFOX_EXT_DIR ?? '.output/firefox-mv2');
/** The add-on id the Firefox manifest declares (wxt.config.ts). */
export const ADDON_ID = 'albania-iran-factcheck@example.org';
/**
 * The extension's internal UUID, fixed before launch through `extensions.webextensions.uuids`
 * so that its pages' addresses (moz-extension://UUID/…) are known without asking Firefox.
 */
export const EXTENSION_UUID = '7c0f7d2e-5b8a-4e39-9a61-3d2f0c4b8e15';
/** The origin of the extension's pages. */
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Firefox with the extension installed. */
export interface LaunchedFirefox {
  browser: Browser;
  addonId: string;
  /** The folder Firefox saves downloads in without asking (a fresh one; `closeFirefox` removes it). */
  downloads: string;
}

/** Why the suite cannot run here, or null when it can. */
export function missingFirefox(): string | null {
  return existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH} (apt-get install -y firefox-esr, or set $FIREFOX)`;
}

/** Launches Firefox headless in a fresh profile and installs the unpacked build as a temporary add-on. */
export async function launchFirefox(): Promise<LaunchedFirefox> {
  if (!existsSync(path.join(FIREFOX_EXT_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXT_DIR}: run \`npm run build:firefox\` or set FIREFOX_EXT_DIR.`);
  }
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'factcheck-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Firefox's WebDriver BiDi refuses to navigate to moz-extension:// pages, and to reach the
    // browser's own window (where its context menu lives), unless the session is allowed
    // system access. Only this test profile gets it.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Nothing but the pages under test: no update checks, telemetry or suggestions.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.ml.enable': false,
      'browser.ml.chat.enabled': false,
      // Where the add-on manager cannot be reached to switch the add-on off and on
      // (Firefox 140), it is uninstalled and installed again instead: keep its internal UUID
      // and its data (IndexedDB, storage) across that, as an update would.
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      // A file the add-on's pages save (an export, a report) goes straight into a folder of
      // the test's own, where the test reads it, as a reader would open it from Downloads.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // Lets a page read the clipboard (navigator.clipboard.readText) without Firefox's
      // "Paste" prompt, which this session cannot answer: the tests read what "Copy report" put there.
      'dom.events.testing.asyncClipboard': true,
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXT_DIR);
    return { browser, addonId, downloads };
  } catch (error) {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
    throw error;
  }
}

/** Closes Firefox and removes its downloads folder. */
export async function closeFirefox(launched: LaunchedFirefox | undefined): Promise<void> {
  if (!launched) return;
  await launched.browser.close();
  rmSync(launched.downloads, { recursive: true, force: true });
}

/** A file Firefox saved in the downloads folder: its name and its text. */
export interface SavedFile {
  name: string;
  path: string;
  text: string;
}

/**
 * Runs `act` (a click that saves a file) and waits until Firefox has saved one new file in
 * `folder`: it writes into a `.part` file first and gives the file its name when it is done.
 */
export async function download(folder: string, act: () => Promise<unknown>, timeout = 10_000): Promise<SavedFile> {
  const before = new Set(readdirSync(folder));
  await act();
  const name = await until(
    'Firefox to save the file',
    () => {
      const now = readdirSync(folder);
      if (now.some((n) => n.endsWith('.part'))) return null;
      const added = now.filter((n) => !before.has(n));
      if (added.length > 1) throw new Error(`more than one file saved: ${added.join(', ')}`);
      return added[0] && statSync(path.join(folder, added[0])).size > 0 ? added[0] : null;
    },
    timeout,
  );
  const file = path.join(folder, name);
  return { name, path: file, text: readFileSync(file, 'utf8') };
}

/** Polls `probe` until it returns a truthy value, or fails with `what` after `timeout` ms. */
export async function until<T>(what: string, probe: () => Promise<T> | T, timeout = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

// Raw BiDi, for what puppeteer's page API does not cover in Firefox. `connection` is how
// puppeteer's BiDi browser reaches the protocol; it is not in its public types.
type Bidi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };
const bidi = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Opens one of the extension's pages (`popup.html?tab=3`) in `page`'s tab. Puppeteer's own
 * `goto` never sees such a navigation finish (the tab moves to the extension's process), so
 * the navigation is started without waiting and the page is polled until it has loaded.
 */
export async function openExtensionPage(browser: Browser, page: Page, file: string): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${file}`;
  await bidi(browser).send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
  await until(`${url} to load`, () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url));
}

/**
 * Whether WebDriver BiDi reaches Firefox's own browser window (`browsingContext.getTree` with
 * `'moz:scope': 'chrome'`). Firefox 140 ESR ignores that scope and lists only the tabs, so the
 * native context menu, the add-on's XUL <key> and the add-on manager are out of reach there.
 */
export async function browserWindowReachable(browser: Browser): Promise<boolean> {
  const tree = (await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: { url: string }[];
  };
  return tree.contexts.some((c) => c.url === 'chrome://browser/content/browser.xhtml');
}

/**
 * Sets the size of `page`'s viewport with BiDi's own `browsingContext.setViewport`. Puppeteer's
 * `setViewport` also sends `emulation.setScreenOrientationOverride`, which Firefox 140 does
 * not know.
 */
export async function setViewportSize(browser: Browser, page: Page, width: number, height: number): Promise<void> {
  await bidi(browser).send('browsingContext.setViewport', { context: contextOf(page), viewport: { width, height } });
}

/**
 * Uninstalls the add-on and installs the same build again, for a Firefox whose add-on manager
 * the suite cannot reach (see `browserWindowReachable`). With the `keep…OnUninstall` prefs set
 * at launch it keeps its UUID and its data, as at an update; unlike a switch off and on,
 * Firefox fires `runtime.onInstalled` then.
 */
export async function reinstallAddon(browser: Browser, addonId: string): Promise<string> {
  await browser.uninstallExtension(addonId);
  return browser.installExtension(FIREFOX_EXT_DIR);
}

/** Evaluates `expression` in Firefox's own browser window (its chrome), where the context menu lives. */
async function inBrowserWindow(browser: Browser, expression: string): Promise<unknown> {
  const tree = (await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: { context: string; url: string }[];
  };
  const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no Firefox browser window found');
  // The value comes back as JSON: BiDi's own serialisation wraps every array item and property.
  const wrapped = `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`;
  const reply = (await bidi(browser).send('script.evaluate', { expression: wrapped, target: { context: win.context }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: unknown };
    exceptionDetails?: { text: string };
  };
  if (reply.type !== 'success') throw new Error(`in the browser window: ${reply.exceptionDetails?.text}`);
  return JSON.parse(String(reply.result?.value));
}

/**
 * Right-clicks at (x, y) in the page, waits for Firefox's content-area context menu to open
 * and returns the labels of its visible items.
 */
export async function openContextMenu(browser: Browser, page: Page, x: number, y: number): Promise<string[]> {
  await page.mouse.click(x, y, { button: 'right' });
  const labels = await until('the context menu to open', () =>
    inBrowserWindow(
      browser,
      `(() => {
        const menu = document.getElementById('contentAreaContextMenu');
        if (menu.state !== 'open') return null;
        return [...menu.querySelectorAll('menuitem')].filter((i) => !i.hidden && i.label).map((i) => i.label);
      })()`,
    ),
  );
  return labels as string[];
}

/** Chooses the item labelled `label` in the open context menu, as a click on it would. */
export async function chooseMenuItem(browser: Browser, label: string): Promise<void> {
  await inBrowserWindow(
    browser,
    `(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      const item = [...menu.querySelectorAll('menuitem')].find((i) => !i.hidden && i.label === ${JSON.stringify(label)});
      if (!item) throw new Error('no menu item ' + ${JSON.stringify(label)});
      menu.activateItem(item);
    })()`,
  );
}

/**
 * Waits until the content script has read the page and every sentence it sent has been
 * answered, from the measures it records on the page's timeline (as the Chromium tests do).
 */
export async function settled(page: Page, timeout = 15_000): Promise<void> {
  let quiet = 0;
  let last = '';
  await until(
    'the page to be read and its sentences answered',
    async () => {
      try {
        return await page.evaluate(pageSettled);
      } catch (error) {
        // Firefox 140 ESR (Debian 12's) lets a page read no property of an object a content
        // script made ('Permission denied'), nor, once the add-on was uninstalled, of one a
        // content script now gone made ('dead object'), so the measures' counts cannot be read
        // there: the page counts as settled once it has been read and no measure has been
        // added for half a second.
        if (!/Permission denied|dead object/.test(String(error))) throw error;
        const now = await page.evaluate(() =>
          ['factcheck:scan', 'factcheck:check'].map((n) => performance.getEntriesByName(n).length).join('/'),
        );
        quiet = now === last && !now.startsWith('0/') ? quiet + 1 : 0;
        last = now;
        return quiet >= 5;
      }
    },
    timeout,
  );
}

/** A note's badge as the reader meets it. */
export interface NoteBadge {
  verdict: string;
  claim: string;
  label: string;
}

/** The notes' badges on the page, read through the notes layer's open shadow root. */
export function badges(page: Page): Promise<NoteBadge[]> {
  return page.$$eval('>>> [data-factcheck-verdict]', (els) =>
    els.map((e) => ({
      verdict: e.getAttribute('data-factcheck-verdict') ?? '',
      claim: e.getAttribute('data-factcheck-claim') ?? '',
      label: e.getAttribute('aria-label') ?? '',
    })),
  );
}

/** The id of the tab showing `url`, found from an extension page by asking each tab's content script where it is. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(tabShowing, url);
  if (id < 0) throw new Error(`no tab with the content script shows ${url}`);
  return id;
}

/**
 * Switches the add-on off and on again through Firefox's add-on manager. Firefox then stops
 * the extension's content scripts in open tabs without letting them clean up, starts its
 * background page afresh without `runtime.onInstalled` (as at every browser start), and runs
 * the content scripts again in the tabs already open (as after an update).
 */
export async function restartAddon(browser: Browser): Promise<void> {
  const active = await inBrowserWindow(
    browser,
    `(async () => {
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID(${JSON.stringify(ADDON_ID)});
      await addon.disable();
      await addon.enable();
      return addon.isActive;
    })()`,
  );
  if (active !== true) throw new Error('the add-on did not come back on');
}

/**
 * Fires the keyboard shortcut Firefox built from the manifest's one command (a XUL <key> in
 * the browser window's keyset for the add-on), as Firefox does when those keys are pressed,
 * and returns its key and modifiers. Keys typed through WebDriver BiDi are delivered to the
 * page only and never reach the browser window's shortcuts, so the key press itself cannot be
 * simulated.
 */
export async function fireShortcut(browser: Browser): Promise<{ key: string | null; modifiers: string | null }> {
  return (await inBrowserWindow(
    browser,
    `(() => {
      // Firefox names the keyset after the add-on id, lower-cased, other characters as '_'.
      const keyset = document.getElementById('ext-keyset-id-' + ${JSON.stringify(ADDON_ID)}.toLowerCase().replace(/[^a-z0-9_-]/g, '_'));
      const keys = keyset ? [...keyset.children] : [];
      if (keys.length !== 1) throw new Error('expected one shortcut of the add-on, found ' + keys.length);
      keys[0].doCommand();
      return { key: keys[0].getAttribute('key'), modifiers: keys[0].getAttribute('modifiers') };
    })()`,
  )) as { key: string | null; modifiers: string | null };
}
