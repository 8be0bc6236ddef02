/**
 * Playwright fixtures for the built extension in Debian's Chromium.
 *
 * - `context`: a persistent Chromium context with the extension loaded, launched once per
 *   spec file and reused by its tests (pages and routes a test opens are closed after it).
 * - `extensionId`: the extension's id (the host of its service worker's URL).
 * - `page`: a fresh tab in that context.
 * - `server`: base URL of a local HTTP server on 127.0.0.1 serving `tests/e2e/pages/` under
 *   `/pages/` and the shared evaluation pages (`../shared/eval/pages/`, relative to the repo)
 *   under `/eval/`.
 * - `background(context)`: the extension's service worker, woken if Chrome stopped it.
 *
 * The extension is read from `EXT_DIR`, or `.output/chrome-mv3` (what `npm run build` makes).
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolders } from '../../scripts/chromium';
import { pageSettled, tabShowing } from '../helpers/in-browser';

/** The repository's root folder. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The built extension under test. */
export const EXT_DIR = path.resolve(REPO, process.env.EXT_DIR ?? '.output/chrome-mv3');
/** Test pages of this repository. */
export const PAGES_DIR = path.join(REPO, 'tests/e2e/pages');
/** Evaluation pages shared between projects, beside the repository. */
export const EVAL_DIR = path.resolve(REPO, '../shared/eval/pages');

interface Launched {
  file: string;
  context: BrowserContext;
  extensionId: string;
}

interface WorkerFixtures {
  launcher: { current: Launched | null };
  server: string;
}

interface TestFixtures {
  extensionId: string;
}

async function launch(): Promise<Omit<Launched, 'file'>> {
  if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXT_DIR}: run \`npm run build\` or set EXT_DIR.`);
  }
  return launchChromium(EXT_DIR);
}

/** A page of the extension's own origin (its popup), from which extension APIs can be called. */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** The extension's service worker, woken by a message from an extension page if it was stopped. */
export async function background(context: BrowserContext, extensionId: string): Promise<Worker> {
  const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (live) return live;
  const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await extensionPage(context, extensionId);
  await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'wake' }).catch(() => {}));
  const worker = await waiting;
  await page.close();
  return worker;
}

export const test = base.extend<TestFixtures & { context: BrowserContext; page: Page }, WorkerFixtures>({
  launcher: [
    async ({}, use) => {
      const state: { current: Launched | null } = { current: null };
      await use(state);
      await state.current?.context.close();
    },
    { scope: 'worker' },
  ],

  server: [
    async ({}, use) => {
      const server = await serveFolders({ '/pages/': PAGES_DIR, '/eval/': EVAL_DIR });
      await use(server.base);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // One browser per spec file: a test of another file gets a fresh profile.
  context: async ({ launcher }, use, testInfo) => {
    if (launcher.current?.file !== testInfo.file) {
      await launcher.current?.context.close();
      launcher.current = { file: testInfo.file, ...(await launch()) };
    }
    const { context } = launcher.current;
    const before = new Set(context.pages());
    await use(context);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    for (const p of context.pages()) if (!before.has(p)) await p.close();
  },

  extensionId: async ({ context, launcher }, use) => {
    void context;
    await use(launcher.current!.extensionId);
  },

  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
  },
});

export { expect };

/**
 * Waits until the content script has read the page and every sentence it sent has been
 * answered and marked, using the measures it records on the page's timeline.
 */
export async function settled(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      () => page.evaluate(pageSettled),
      { timeout, message: 'the page was read and its sentences answered' },
    )
    .toBe(true);
}

/** The id of the tab showing `url`, found by asking each tab's content script where it is. */
export async function tabIdOf(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const sw = await background(context, extensionId);
  const id = await sw.evaluate(tabShowing, url);
  if (id < 0) throw new Error(`no tab with the content script shows ${url}`);
  return id;
}
