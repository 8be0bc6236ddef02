// What the browser sections (1 and 2) share: where the built extension is, Debian's
// Chromium launched with it the way tests/e2e/fixtures.ts does, a static server on
// 127.0.0.1, and a record of every request that would leave the machine.
import { chromium, type BrowserContext, type CDPSession, type Request } from '@playwright/test';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
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

/**
 * The build to load: $EXT_DIR (as for the e2e tests), else chrome-mv3 in $WXT_OUT_DIR or
 * .output; null when there is none.
 */
export function builtExtension(ctx: BenchContext): BuiltExtension | null {
  const dir = process.env.EXT_DIR
    ? resolve(ctx.root, process.env.EXT_DIR)
    : resolve(ctx.root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) return null;
  const built = statSync(join(dir, 'manifest.json')).mtimeMs;
  const changed = Math.max(newest(join(ctx.root, 'src')), newest(join(ctx.root, 'entrypoints')));
  const inside = relative(ctx.root, dir);
  return { dir, label: inside.startsWith('..') ? dir : inside, stale: changed > built };
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
 * Launches Debian's Chromium headless with the extension at `dir` as the e2e fixtures do, or
 * without any extension when `dir` is null (a control run). Every request to another host
 * is recorded and aborted, so pages saved from the web load the same on any machine and
 * nothing leaves this one.
 */
export async function launchExtension(dir: string | null): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath: '/usr/bin/chromium',
    args: [
      ...(dir ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: { width: 1100, height: 800 },
  });
  try {
    const worker = !dir ? null : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })));
    const extensionId = worker ? new URL(worker.url()).host : '';
    const origin = worker ? `chrome-extension://${extensionId}/` : 'chrome-extension://';
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

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** A static server on 127.0.0.1. */
export interface LocalServer {
  base: string;
  close(): Promise<void>;
}

/** Serves each folder under its URL prefix ("/eval/"), refusing paths that leave the folder. */
export async function serveFolders(folders: Record<string, string>): Promise<LocalServer> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    for (const [prefix, dir] of Object.entries(folders)) {
      if (!url.startsWith(prefix)) continue;
      const file = resolve(dir, '.' + url.slice(prefix.length - 1));
      if (!file.startsWith(resolve(dir) + sep) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
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
