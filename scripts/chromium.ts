// Debian's Chromium with the built extension, and a static server for the pages it visits:
// launched and served the same way by the end-to-end tests, the benchmark and the demo.
import { chromium, type BrowserContext } from '@playwright/test';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

/**
 * Where Debian installs Chromium (`apt-get install -y chromium`; Playwright cannot download
 * one here), unless $CHROMIUM names another.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** A Chromium profile, with the id of the extension loaded in it ('' when none is). */
export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
}

/**
 * Launches Chromium headless with the unpacked extension at `extensionDir` (or with no
 * extension at all when it is null), in a fresh temporary profile unless `profile` names a
 * folder, and waits for the extension's service worker, whose host is the extension's id.
 */
export async function launchChromium(
  extensionDir: string | null,
  options: { profile?: string; viewport?: { width: number; height: number } | null } = {},
): Promise<LaunchedChromium> {
  const context = await chromium.launchPersistentContext(options.profile ?? '', {
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
      '--no-sandbox',
      // Nothing but the pages under test: no component updates, sync or other background traffic.
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: options.viewport === undefined ? { width: 1100, height: 800 } : options.viewport,
  });
  if (!extensionDir) return { context, extensionId: '' };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return { context, extensionId: new URL(worker.url()).host };
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
  '.txt': 'text/plain; charset=utf-8',
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
