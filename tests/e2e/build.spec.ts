import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXT_DIR, REPO, expect, extensionPage, test } from './fixtures';
import { readPng } from './png';

// Chromium refuses extension scripts that are not valid UTF-8; keeping every built script
// plain ASCII rules the problem out whatever the sources contain.

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? scripts(p) : /\.(m?js)$/.test(e.name) ? [p] : [];
  });
}

test('every built script is ASCII only', () => {
  const files = scripts(EXT_DIR);
  expect(files.map((f) => path.relative(EXT_DIR, f))).toEqual(
    expect.arrayContaining(['background.js', path.join('content-scripts', 'content.js')]),
  );
  for (const file of files) {
    const bytes = readFileSync(file);
    const at = bytes.findIndex((b) => b > 0x7f);
    expect(at, `${path.relative(EXT_DIR, file)} has a non-ASCII byte at ${at}`).toBe(-1);
  }
});

// The manifest asks for no more than the extension uses, and extension pages run only the
// extension's own files.

const manifest = () => JSON.parse(readFileSync(path.join(EXT_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test('the manifest asks for the least it needs', () => {
  const m = manifest();
  expect(m.manifest_version).toBe(3);
  // storage (settings), contextMenus (the menu item), activeTab (the popup learns the tab's
  // address after a toolbar click); nothing that shows a scary warning such as tabs, history,
  // scripting, webRequest or cookies.
  expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
  // Pages are read by the content script alone; sites are fetched only after the user grants one.
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(m.optional_permissions ?? []).toEqual([]);
  const scripts = m.content_scripts as { matches: string[]; js: string[]; all_frames?: boolean; world?: string }[];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]!.matches).toEqual(['<all_urls>']);
  // The content script runs in its isolated world, where the page's scripts cannot reach it.
  expect(scripts[0]!.world ?? 'ISOLATED').toBe('ISOLATED');
  // No web page and no other extension can message the background, and none can load our files.
  expect(m.externally_connectable).toBeUndefined();
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.update_url).toBeUndefined();
});

test('extension pages have a strict content security policy', () => {
  const csp = (manifest().content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
  expect(csp).toBeDefined();
  const d = directives(csp!);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('form-action')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  // Styles and images come from the extension only; the one way out is fetching an article.
  expect(d.get('style-src')).toEqual(["'self'"]);
  expect(d.get('img-src')).toEqual(["'self'"]);
  expect(d.get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
  expect(csp).not.toMatch(/unsafe-|\*|data:|blob:/);
});

test('no remote or generated code: every script is a file of the extension', () => {
  const files = scripts(EXT_DIR);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const rel = path.relative(EXT_DIR, file);
    expect(code, rel).not.toMatch(/(?<![\w.$])eval\s*\(|\bnew Function\s*\(|\bimportScripts\s*\(/);
    expect(code, rel).not.toMatch(/\bimport\s*\(\s*['"`]https?:/);
  }
  const pages = readdirSync(EXT_DIR).filter((f) => f.endsWith('.html'));
  expect(pages.sort()).toEqual(['options.html', 'popup.html']);
  for (const page of pages) {
    const html = readFileSync(path.join(EXT_DIR, page), 'utf8');
    const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(tags.length, page).toBeGreaterThan(0);
    for (const [, attrs, body] of tags) {
      // An external file of the extension's own, never inline code or another origin.
      expect(body!.trim(), page).toBe('');
      expect(attrs, page).toMatch(/\bsrc="\/[^/"][^"]*\.js"/);
    }
    expect(html, page).not.toMatch(/\bhref="(?:https?:)?\/\//);
    expect(html, page).not.toMatch(/\son\w+\s*=/i);
  }
});

// The toolbar button, the extensions page and the install prompt show the extension's own
// icon instead of the browser's grey placeholder letter, in Chrome and in Firefox.

const ICON_SIZES = [16, 32, 48, 128];

function luminance(r: number, g: number, b: number): number {
  const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of a pixel against a toolbar of luminance `toolbar`. */
function contrast(pixel: number, toolbar: number): number {
  return (Math.max(pixel, toolbar) + 0.05) / (Math.min(pixel, toolbar) + 0.05);
}

// A light toolbar (white) and Chrome's dark theme.
const LIGHT_TOOLBAR = luminance(0xff, 0xff, 0xff);
const DARK_TOOLBAR = luminance(0x20, 0x21, 0x24);

function expectIcons(dir: string, button: 'action' | 'browser_action') {
  const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const icons = m.icons as Record<string, string> | undefined;
  expect(Object.keys(icons ?? {}).map(Number).sort((a, b) => a - b)).toEqual(ICON_SIZES);
  expect((m[button] as { default_icon?: unknown } | undefined)?.default_icon).toEqual(icons);
  for (const [size, file] of Object.entries(icons!)) {
    const where = `${path.basename(dir)}/${file}`;
    expect(existsSync(path.join(dir, file)), `${where} exists`).toBe(true);
    const png = readPng(readFileSync(path.join(dir, file)));
    expect([png.width, png.height], where).toEqual([Number(size), Number(size)]);
    const pixels = png.width * png.height;
    let opaque = 0;
    let clear = 0;
    let onLight = 0;
    let onDark = 0;
    for (let i = 0; i < pixels; i++) {
      const [r, g, b, a] = png.rgba.subarray(i * 4, i * 4 + 4) as unknown as [number, number, number, number];
      if (a === 0) clear++;
      if (a < 255) continue;
      opaque++;
      const l = luminance(r, g, b);
      if (contrast(l, LIGHT_TOOLBAR) >= 3) onLight++;
      if (contrast(l, DARK_TOOLBAR) >= 3) onDark++;
    }
    // A drawn mark: neither an empty square nor a filled one.
    expect(opaque / pixels, `${where} opaque share`).toBeGreaterThan(0.2);
    expect(clear / pixels, `${where} transparent share`).toBeGreaterThan(0.1);
    // Enough of it stands out (WCAG's 3:1 for graphics) on a light toolbar and on a dark one.
    expect(onLight / pixels, `${where} share that stands out on a light toolbar`).toBeGreaterThan(0.1);
    expect(onDark / pixels, `${where} share that stands out on a dark toolbar`).toBeGreaterThan(0.1);
  }
}

test('the Chrome build has its own icon at 16, 32, 48 and 128 px, on the toolbar button too', () => {
  expectIcons(EXT_DIR, 'action');
});

test('Chromium reads every icon as an image of its size', async ({ context, extensionId }) => {
  const icons = manifest().icons as Record<string, string>;
  const page = await extensionPage(context, extensionId);
  const sizes = await page.evaluate(
    (files) =>
      Promise.all(
        files.map(async (file) => {
          const image = await createImageBitmap(await (await fetch(`/${file}`)).blob());
          return [image.width, image.height];
        }),
      ),
    Object.values(icons),
  );
  expect(sizes).toEqual(Object.keys(icons).map((size) => [Number(size), Number(size)]));
});

test('the Firefox build has its own icon at 16, 32, 48 and 128 px, on the toolbar button too', () => {
  test.setTimeout(180_000);
  const out = mkdtempSync(path.join(tmpdir(), 'factcheck-firefox-icons-'));
  try {
    const build = spawnSync(path.join(REPO, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: REPO,
      env: { ...process.env, WXT_OUT_DIR: out },
      encoding: 'utf8',
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expectIcons(path.join(out, 'firefox-mv2'), 'browser_action');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
