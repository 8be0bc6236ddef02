import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPages } from '../../scripts/bench/pages';
import { Checker } from '../../src/core/checker';
import type { FactBundle } from '../../src/core/types';
import bundle from '../../src/generated/seed-facts.json';

// The 130 real pages of ../shared/eval/pages are, but for the odd mention of Iran, about
// other things: every note the checker would put on them is a false one.
const PAGES = resolve(__dirname, '../../../shared/eval/pages');
const seeds = bundle as FactBundle;

const present = existsSync(PAGES);
if (!present) console.log(`eval pages: skipped: ${PAGES} is absent`);

describe.runIf(present)('the evaluation pages', () => {
  it('get no note, read whole or as the article Readability finds', { timeout: 180_000 }, async () => {
    const files = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();
    expect(files.length).toBeGreaterThanOrEqual(100);
    const pages = await readPages(PAGES, files);
    const checker = new Checker(seeds.sources, seeds.facts);
    const notes: string[] = [];
    let chars = 0;
    for (const p of pages) {
      for (const [kind, text] of [['page', p.page], ['article', p.article]] as const) {
        for (const r of checker.checkText(text)) notes.push(`${p.file} (${kind}): ${r.verdict}: "${r.text.slice(0, 80)}"`);
        chars += text.length;
      }
    }
    expect(chars).toBeGreaterThan(1_000_000);
    expect(notes).toEqual([]);
  });
});

// Needs nothing from ../shared: the same reading gives the project's own demo article its notes.
describe('the reading of the evaluation pages', () => {
  it('gives the demo article about the dispute its notes', async () => {
    const [demo] = await readPages(resolve(__dirname, '../../seeds/demo'), ['article.html']);
    const notes = new Checker(seeds.sources, seeds.facts).checkText(demo!.page);
    expect(notes.length).toBeGreaterThanOrEqual(3);
  });
});
