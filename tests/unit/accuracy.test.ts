import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/core/checker';
import type { FactBundle, Verdict } from '../../src/core/types';
import { readHtmlInNode } from '../../src/cli/read-html';
import bundle from '../../src/generated/seed-facts.json';
import { SCORED_LABELS, macroF1, scoredLabel } from '../../src/eval/scoring';

interface Labelled {
  id: string;
  label: Verdict;
  text: string;
  file?: string;
}

function load(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Labelled);
}

/** Macro-F1 over the five labels, and how many claims the sources do not back were called supported. */
function score(claims: Labelled[], got: string[]): { macro: number; falseSupported: number; line: string } {
  const { perLabel, macro } = macroF1(claims.map((c) => c.label), got);
  // The costliest error: telling a reader that a claim the sources do not back is supported.
  const falseSupported = claims.filter((c, i) => got[i] === 'supported' && c.label !== 'supported' && c.label !== 'offtopic').length;
  const line = `macro-F1 ${macro.toFixed(3)}, false 'supported' ${falseSupported}, on ${claims.length} (${SCORED_LABELS.map((l) => `${l} ${perLabel[l].toFixed(2)}`).join(', ')})`;
  return { macro, falseSupported, line };
}

const seeds = bundle as FactBundle;
const checker = new Checker(seeds.sources, seeds.facts);
const shared = new URL('../../../shared/eval/', import.meta.url).pathname;

const sets = [
  { name: 'dev claims (../shared/eval)', path: `${shared}dev-claims.jsonl`, floor: 0.95 },
  // Written from the articles by people who had not seen the checker; the second set was
  // never used to tune it.
  { name: 'project hold-out claims', path: new URL('../fixtures/holdout-claims.jsonl', import.meta.url).pathname, floor: 0.86 },
  { name: 'second hold-out claims', path: new URL('../fixtures/holdout-2-claims.jsonl', import.meta.url).pathname, floor: 0.87 },
];

describe('accuracy on labelled claims', () => {
  for (const set of sets) {
    if (!existsSync(set.path)) {
      it.skip(`${set.name}: ${set.path} is absent`, () => {});
      console.log(`accuracy: skipped the ${set.name}: ${set.path} is absent`);
      continue;
    }
    it(`reaches macro-F1 ≥ ${set.floor} on the ${set.name}`, () => {
      const claims = load(set.path);
      const got = claims.map((c) => scoredLabel(checker.checkClaim(c.text).verdict));
      const { macro, line } = score(claims, got);
      console.log(`${set.name}: ${line}`);
      expect(macro).toBeGreaterThanOrEqual(set.floor);
    });
  }
});

// Real reporting (../shared/eval/real): 152 sentences of 26 news pages labelled against the
// seeds. Scored as the scorer scores it: each sentence alone (as a selection is checked), and
// each page whole through the reading the command line uses (a labelled sentence that gets
// no note counts as off topic); on all pages and on each half (odd and even page numbers).
const REAL = `${shared}real/`;
const realPresent = existsSync(`${REAL}claims.jsonl`);
if (!realPresent) console.log(`accuracy: skipped the real reporting set: ${REAL} is absent`);

describe.runIf(realPresent)('accuracy on real reporting', () => {
  // What the checker must reach on every half (it reaches 0.86 and 0.90 overall; the weaker half 0.856 and 0.888).
  const floors = { sentence: 0.85, page: 0.85 };
  it('holds on each sentence alone and on whole pages, on both halves, and never calls a claim the seeds do not back supported', { timeout: 120_000 }, () => {
    const claims = load(`${REAL}claims.jsonl`);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const alone = claims.map((c) => scoredLabel(checker.checkClaim(squash(c.text)).verdict));
    const notes = new Map<string, { text: string; verdict: Verdict }[]>();
    for (const file of new Set(claims.map((c) => c.file!))) {
      const text = readHtmlInNode(readFileSync(`${REAL}pages/${file}`, 'utf8')).text;
      notes.set(file, checker.checkText(text).map((r) => ({ text: squash(r.text), verdict: r.verdict })));
    }
    const paged = claims.map((c) => {
      const t = squash(c.text);
      const hit = notes.get(c.file!)!.find((r) => r.text && (r.text.includes(t) || t.includes(r.text)));
      return hit ? scoredLabel(hit.verdict) : 'offtopic';
    });
    const halves = { all: () => true, 'odd pages': (c: Labelled) => parseInt(c.file!, 10) % 2 === 1, 'even pages': (c: Labelled) => parseInt(c.file!, 10) % 2 === 0 };
    const results: { mode: 'sentence' | 'page'; half: string; macro: number; falseSupported: number }[] = [];
    for (const [half, keep] of Object.entries(halves)) {
      const idx = claims.map((_, i) => i).filter((i) => keep(claims[i]!));
      for (const [mode, got] of [['sentence', alone], ['page', paged]] as const) {
        const r = score(idx.map((i) => claims[i]!), idx.map((i) => got[i]!));
        console.log(`real reporting, ${mode === 'sentence' ? 'each sentence alone' : 'whole pages'}, ${half}: ${r.line}`);
        results.push({ mode, half, macro: r.macro, falseSupported: r.falseSupported });
      }
    }
    for (const r of results) expect(r.macro, `${r.mode} ${r.half}`).toBeGreaterThanOrEqual(floors[r.mode]);
    const all = results.filter((r) => r.half === 'all');
    expect(all.map((r) => r.falseSupported)).toEqual([0, 0]);
  });
});
