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
