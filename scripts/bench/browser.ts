// What the browser sections (1 and 2) share: where the built extension is, Chromium
// launched with it as the e2e tests launch it (../chromium.ts), and a record of every
// request that would leave the machine.
import type { BrowserContext, CDPSession, Request } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchChromium } from '../chromium';
import type { BenchContext } from './context';

/** The Chrome MV3 build the browser sections load. */
export interface BuiltExtension {
  dir: string;
  /** The folder as printed (relative to the repository when inside it). */
  label: string;
  /** Whether a file in src/ or entrypoints/ is newer than the build. */
  stale: boolean;
}

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    latest = Math.max(latest, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Whether a file in src/ or entrypoints/ is newer than `builtAt` (a build's time, in ms): the build is stale. */
export function sourcesChangedSince(root: string, builtAt: number): boolean {
  return Math.max(newest(join(root, 'src')), newest(join(root, 'entrypoints'))) > builtAt;
}

/**
 * The build to load: $EXT_DIR (as for the e2e tests), else chrome-mv3 in $WXT_OUT_DIR or
 * .output; null when there is none.
 */
export function builtExtension(ctx: BenchContext): BuiltExtension | null {
  const dir = process.env.EXT_DIR
    ? resolve(ctx.root, process.env.EXT_DIR)
    : resolve(ctx.root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) return null;
  const inside = relative(ctx.root, dir);
  return { dir, label: inside.startsWith('..') ? dir : inside, stale: sourcesChangedSince(ctx.root, statSync(join(dir, 'manifest.json')).mtimeMs) };
}

/** Where the extension's requests and the page's own requests to other hosts went. */
export interface OutboundRequest {
  url: string;
  /** 'extension' for its service worker, its pages and its content script; 'page' otherwise. */
  by: 'extension' | 'page';
  /** Page or worker the request came from. */
  from: string;
}

/** True for URLs that stay on this machine or inside the browser. */
export function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') return u.hostname === '127.0.0.1';
    return true; // chrome-extension:, data:, blob:, about:, chrome:
  } catch {
    return false;
  }
}

/** Chromium with the extension loaded (or not), and the requests that tried to leave the machine. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** Empty when launched without the extension. */
  extensionId: string;
  /** Every request to a host other than 127.0.0.1 since launch; all of them were aborted. */
  outbound: OutboundRequest[];
  close(): Promise<void>;
}

function classify(request: Request, origin: string): OutboundRequest {
  const worker = request.serviceWorker();
  if (worker) return { url: request.url(), by: worker.url().startsWith(origin) ? 'extension' : 'page', from: worker.url() };
  let from = '';
  try {
    from = request.frame().url();
  } catch {
    // A request without a frame (a worker of the page): it counts as the page's.
  }
  return { url: request.url(), by: from.startsWith(origin) ? 'extension' : 'page', from };
}

/**
 * Launches Chromium with the extension at `dir`, or without any extension when `dir` is
 * null (a control run). Every request to another host
 * is recorded and aborted, so pages saved from the web load the same on any machine and
 * nothing leaves this one.
 */
export async function launchExtension(dir: string | null): Promise<ExtensionBrowser> {
  const { context, extensionId } = await launchChromium(dir);
  try {
    const origin = extensionId ? `chrome-extension://${extensionId}/` : 'chrome-extension://';
    const outbound: OutboundRequest[] = [];
    context.on('request', (r) => {
      if (!isLocal(r.url())) outbound.push(classify(r, origin));
    });
    await context.route((url) => !isLocal(url.href), (route) => route.abort('blockedbyclient'));
    return { context, extensionId, outbound, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

interface Initiator {
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function stackHas(stack: StackTrace | undefined, prefix: string): boolean {
  for (let s = stack; s; s = s.parent) if (s.callFrames.some((f) => f.url.startsWith(prefix))) return true;
  return false;
}

/**
 * Watches one tab (through its CDP session) for requests to other hosts started by script
 * at `prefix`: a content script's requests are the tab's own to Playwright, but their
 * initiator's stack names the extension's script.
 */
export async function watchScriptRequests(cdp: CDPSession, prefix: string): Promise<string[]> {
  const found: string[] = [];
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: Initiator }) => {
    if (!isLocal(e.request.url) && stackHas(e.initiator.stack, prefix)) found.push(e.request.url);
  });
  await cdp.send('Network.enable');
  return found;
}
