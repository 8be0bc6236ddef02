import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabelledSet } from '../../src/cli/eval-set';
import { Checker } from '../../src/core/checker';
import type { FactBundle } from '../../src/core/types';
import { evaluate, type Evaluation } from '../../src/eval/evaluate';
import { MODE_TITLE, f1Line, figuresLine, kindsLine, nearMissLine } from '../../src/eval/text-report';
import bundle from '../../src/generated/seed-facts.json';

// Every labelled set is scored as `npm run eval` scores it, in this process. Sets in
// ../shared/eval are third-party text kept outside the project: they are read from there at
// run time, and skipped when it is absent.

const SHARED = new URL('../../../shared/eval/', import.meta.url).pathname;
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

/** What a set must reach, in every mode it is scored in (each sentence alone, whole pages). */
interface Floor {
  macroF1: number;
  /** The floor holds on the odd and on the even pages too, not only on all of them. */
  onHalves?: boolean;
  /** At most this many claims the sources do not back called supported (all pages). */
  falseSupported?: number;
}

const SETS = {
  dev: { name: 'dev claims', path: `${SHARED}dev-claims.jsonl` },
  holdout: { name: 'project hold-out claims', path: fixture('holdout-claims.jsonl') },
  holdout2: { name: 'second hold-out claims', path: fixture('holdout-2-claims.jsonl') },
  real: { name: 'real reporting', path: `${SHARED}real` },
  real2: { name: 'second real set', path: `${SHARED}real2` },
  contrast: { name: 'contrast pairs', path: `${SHARED}contrast/claims.jsonl` },
  nearMiss: { name: 'near-miss pages', path: `${SHARED}near-miss` },
  // The 130 unrelated pages of ../shared/eval/pages are read, counted (0 notes) and printed by
  // tests/unit/eval-pages.test.ts, as the extension and as the command line read them.
} as const;

/** The floors, one a set; null prints the figures without a floor, until the checker earns one. */
const FLOORS: Record<keyof typeof SETS, Floor | null> = {
  // The checker was built on these claims.
  dev: { macroF1: 0.95 },
  // Written from the articles by people who had not seen the checker (it reaches 0.909).
  holdout: { macroF1: 0.87 },
  // Never used to tune the checker (it reaches 0.930).
  holdout2: { macroF1: 0.88 },
  // Both modes on every half, and no false 'supported' (0.861 alone and 0.905 whole; the weaker half 0.856 and 0.895).
  real: { macroF1: 0.85, onHalves: true, falseSupported: 0 },
  // Other kinds of real text: a floor against going back (0.734 alone, 0.856 whole; no false 'supported'),
  // far from the aim of 0.90 on every half.
  real2: { macroF1: 0.72, falseSupported: 0 },
  // Minimal pairs: a floor against going back (0.649, accuracy 0.864, false 'supported' 3), far from the aim of 95% of lines.
  contrast: { macroF1: 0.64, falseSupported: 3 },
  // Pages about other things: false notes only for now.
  nearMiss: null,
};

const seeds = bundle as FactBundle;
const checker = new Checker(seeds.sources, seeds.facts);

/** The figures of a scoring, a line each, as `npm run eval` words them. */
function figureLines(name: string, ev: Evaluation): string[] {
  if (ev.type === 'near-miss') return [`${name}: ${nearMissLine(ev)}`, `${name}: pages with a false note, by kind: ${Object.entries(ev.byKind).map(([k, { hit, of }]) => `${k} ${hit}/${of}`).join(', ')}`];
  return ev.modes.flatMap((m) => {
    const title = `${name}, ${MODE_TITLE[m.mode]}`;
    const out = [`${title}${m.halves ? ', all pages' : ''}: ${figuresLine(m.all)} (${f1Line(m.all)})`];
    if (m.halves) out.push(`${title}, odd pages: ${figuresLine(m.halves.odd)} (${f1Line(m.halves.odd)})`, `${title}, even pages: ${figuresLine(m.halves.even)} (${f1Line(m.halves.even)})`);
    if (m.byKind) out.push(`${title}, by kind: ${kindsLine(m.byKind)}`);
    if (m.groups) out.push(`${title}, groups right whole: ${m.groups.whole}/${m.groups.of}`);
    return out;
  });
}

function meets(ev: Evaluation, floor: Floor): void {
  if (ev.type === 'near-miss') throw new Error('a near-miss set has no macro-F1 to hold a floor');
  for (const m of ev.modes) {
    expect(m.all.macroF1, `${m.mode}, all`).toBeGreaterThanOrEqual(floor.macroF1);
    if (floor.onHalves && m.halves) {
      expect(m.halves.odd.macroF1, `${m.mode}, odd pages`).toBeGreaterThanOrEqual(floor.macroF1);
      expect(m.halves.even.macroF1, `${m.mode}, even pages`).toBeGreaterThanOrEqual(floor.macroF1);
    }
    if (floor.falseSupported !== undefined) expect(m.all.falseSupported, `${m.mode}, false 'supported'`).toBeLessThanOrEqual(floor.falseSupported);
  }
}

const sharedPresent = existsSync(SHARED);
if (!sharedPresent) console.log(`accuracy: skipped the sets in ../shared/eval (dev claims, real, real2, contrast, near-miss): ${SHARED} is absent`);

describe('accuracy on every labelled set', () => {
  for (const [key, set] of Object.entries(SETS) as [keyof typeof SETS, (typeof SETS)[keyof typeof SETS]][]) {
    const floor = FLOORS[key];
    const title = floor ? `reaches macro-F1 ≥ ${floor.macroF1} on the ${set.name}` : `prints the figures of the ${set.name} (no floor yet)`;
    const fromShared = set.path.startsWith(SHARED);
    if (fromShared && !sharedPresent) {
      it.skip(title, () => {});
      continue;
    }
    if (!existsSync(set.path)) {
      console.log(`accuracy: skipped the ${set.name}: ${set.path} is absent`);
      it.skip(title, () => {});
      continue;
    }
    // Page sets are read with happy-dom, which takes a few seconds for a few dozen pages.
    it(title, { timeout: 120_000 }, async () => {
      const ev = evaluate(checker, await readLabelledSet(set.path));
      console.log(figureLines(set.name, ev).join('\n'));
      if (floor) meets(ev, floor);
    });
  }
});
