import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../src/core/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });
}

// The same core runs in the service worker, the options page, the tests and the command
// line: a Node global or module in it breaks the extension (a leftover `process.env` once
// made every check in the background throw).
describe('the checker core', () => {
  it('uses no Node or browser global and imports no Node module', () => {
    const offending = files(CORE).flatMap((f) => {
      // Code only: comments may say "window." or "document." as words.
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      const hits = [...text.matchAll(/\bprocess\.|\brequire\(|from 'node:|\bwindow\.|\bdocument\.|\bchrome\.|\bbrowser\./g)].map((m) => m[0]);
      return hits.map((h) => `${f.slice(CORE.length)}: ${h}`);
    });
    expect(offending).toEqual([]);
  });
});
