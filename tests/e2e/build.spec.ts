import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXT_DIR, expect, test } from './fixtures';

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
