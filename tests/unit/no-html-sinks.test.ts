import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Page text and source text reach the extension's UI only as text: Preact renders strings
// as text nodes and attributes, never as markup. This test keeps it that way by refusing,
// anywhere in the extension's own code, every API that turns a string into markup or code.

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ROOTS = ['src', 'entrypoints'];

/** APIs that parse a string as HTML or run it as script, each with why it is refused. */
const SINKS: [RegExp, string][] = [
  [/\b(?:inner|outer)HTML\b/, 'innerHTML/outerHTML parse strings as markup'],
  [/\bdangerouslySetInnerHTML\b/, 'dangerouslySetInnerHTML renders strings as markup'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML parses strings as markup'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment parses strings as markup'],
  [/\b(?:document|doc|ownerDocument)\s*\.\s*write(?:ln)?\s*\(/, 'document.write parses strings as markup'],
  [/\bsrcdoc\b/, 'srcdoc loads a string as a document'],
  [/(?<![\w.])eval\s*\(/, 'eval runs strings as code'],
  [/\bnew\s+Function\s*\(/, 'new Function runs strings as code'],
  [/\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'a string given to a timer runs as code'],
  [/\b(?:href|src|action)\s*[=:]\s*\{?\s*['"`]javascript:/i, 'javascript: URLs run as code'],
];

/**
 * Test helpers that fill a happy-dom page with fixed markup written in the test itself.
 * They live under tests/, outside the folders scanned, and no shipped module may import them
 * (checked below).
 */
const TEST_HELPERS = new Set(['tests/helpers/test-page.ts']);

function files(dir: string): string[] {
  return readdirSync(path.join(REPO, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.(m?[jt]sx?)$/.test(e.name) && !/\.test\.[jt]sx?$/.test(e.name) ? [rel] : [];
  });
}

// Comments may name a sink to explain why it is not used; only code counts.
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function sinksIn(text: string): string[] {
  const body = code(text);
  return SINKS.filter(([re]) => re.test(body)).map(([, why]) => why);
}

describe('no string becomes markup or code', () => {
  it('finds every kind of sink in a sample (so that the scan below can fail)', () => {
    const samples = [
      'el.innerHTML = text;',
      'const h = node.outerHTML;',
      '<div dangerouslySetInnerHTML={{ __html: quote }} />',
      "el.insertAdjacentHTML('beforeend', title);",
      'range.createContextualFragment(html)',
      'document.write(claim)',
      'frame.srcdoc = page;',
      'eval(text)',
      "new Function('return ' + text)",
      "setTimeout('alert(1)', 0)",
      "a.href = 'javascript:void 0'",
    ];
    for (const s of samples) expect(sinksIn(s), s).toHaveLength(1);
    expect(sinksIn('// innerHTML is not used here\nel.textContent = text;')).toEqual([]);
    expect(sinksIn('process.stdout.write(line); retrieval(text);')).toEqual([]);
  });

  it('no module of the extension or the command line uses one', () => {
    const all = ROOTS.flatMap(files);
    expect(all.length).toBeGreaterThan(40);
    const found = all
      .filter((f) => !TEST_HELPERS.has(f))
      .flatMap((f) => sinksIn(readFileSync(path.join(REPO, f), 'utf8')).map((why) => `${f}: ${why}`));
    expect(found).toEqual([]);
  });

  it('test helpers that use one are imported by tests only', () => {
    const shipped = ROOTS.flatMap(files).filter((f) => !TEST_HELPERS.has(f));
    for (const helper of TEST_HELPERS) {
      expect(existsSync(path.join(REPO, helper)), helper).toBe(true);
      const stem = path.posix.basename(helper).replace(/\.[jt]sx?$/, '');
      const importers = shipped.filter((f) => new RegExp(`from\\s+['"][^'"]*/${stem}['"]`).test(readFileSync(path.join(REPO, f), 'utf8')));
      expect(importers, helper).toEqual([]);
    }
  });
});
