import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERDICTS } from '../../src/core/types';
import { GRAVITY, VERDICT_LOOK } from '../../src/core/verdict/vocabulary';
import { VERDICT_STYLE } from '../../src/shared/verdict-style';
import { TERMINAL_COLOUR } from '../../src/cli/terminal-style';

// A verdict's words come from src/core/verdict/vocabulary.ts, its icon, glyph and colours from
// src/shared/verdict-style.ts, its terminal colour from src/cli/terminal-style.ts. This test
// keeps it that way: no other file of the extension or the command line may carry a verdict's
// colour or one of its distinctive words itself.

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ROOTS = ['src', 'entrypoints'];
const VOCABULARY = 'src/core/verdict/vocabulary.ts';
const STYLE = 'src/shared/verdict-style.ts';

/**
 * Files allowed their own copies: the words' and the colours' own modules, and the checker, whose reason
 * sentences are being reworded by its own change. Tests may name words and colours to
 * assert them; src/generated holds data built from the sources, not code.
 */
const EXEMPT = new Set([VOCABULARY, STYLE, 'src/core/checker.ts']);
const isTest = (f: string) => /\.test\.[cm]?[jt]sx?$/.test(f);
const isGenerated = (f: string) => f.startsWith('src/generated/');

/** Verdict words too distinctive to appear anywhere by chance. */
const WORDS = ['Disputed', 'Partly supported'];

function files(dir: string): string[] {
  return readdirSync(path.join(REPO, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? files(rel) : [rel];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The verdicts' colours, every one of them, light and dark. */
const COLOURS = [...new Set(Object.values(VERDICT_STYLE).flatMap((l) => [l.light, l.dark]))];

/**
 * The word as a whole string literal ('…', "…", `…`) or as the whole text of a JSX element
 * (>…<). A longer sentence that starts with the word ("Partly supported: the sources state
 * …") is a reason, not the verdict's name, and is not counted.
 */
const wordPattern = (word: string) => new RegExp(`(['"\`>])\\s*${escape(word)}\\s*(['"\`<])`);

/** What a file carries of the verdicts' colours (any case) and words. */
function copiesIn(text: string): string[] {
  const lower = text.toLowerCase();
  return [
    ...COLOURS.filter((c) => lower.includes(c.toLowerCase())),
    ...WORDS.filter((w) => wordPattern(w).test(text)).map((w) => `"${w}"`),
  ];
}

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the verdict vocabulary', () => {
  it('names, styles and colours every verdict, and ranks every verdict by gravity once', () => {
    expect(Object.keys(VERDICT_LOOK).sort()).toEqual([...VERDICTS].sort());
    expect(Object.keys(VERDICT_STYLE).sort()).toEqual([...VERDICTS].sort());
    expect(Object.keys(TERMINAL_COLOUR).sort()).toEqual([...VERDICTS].sort());
    expect([...GRAVITY].sort()).toEqual([...VERDICTS].sort());
  });

  it('gives each verdict its own word, icon and glyph, so colour is never the only cue', () => {
    const looks = VERDICTS.map((v) => ({ ...VERDICT_LOOK[v], ...VERDICT_STYLE[v] }));
    for (const key of ['word', 'icon', 'glyph'] as const) {
      const values = looks.map((l) => l[key]);
      expect(values.every((v) => v.trim().length > 0), key).toBe(true);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  it('writes colours as #rrggbb and ANSI codes as SGR numbers', () => {
    for (const [v, l] of Object.entries(VERDICT_STYLE)) {
      expect(l.light, v).toMatch(/^#[0-9a-f]{6}$/i);
      expect(l.dark, v).toMatch(/^#[0-9a-f]{6}$/i);
    }
    for (const [v, code] of Object.entries(TERMINAL_COLOUR)) expect(code, v).toMatch(/^\d+(;\d+)*$/);
  });

  it('computes contrast as WCAG does (so that the checks below can fail)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('has light colours that reach 4.5:1 on white and dark ones that reach 4.5:1 on #1f1f1f', () => {
    for (const [v, l] of Object.entries(VERDICT_STYLE)) {
      expect(contrast(l.light, '#ffffff'), `${v} light ${l.light}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(l.dark, '#1f1f1f'), `${v} dark ${l.dark}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('no other module keeps its own verdict words or colours', () => {
  it('finds copies in a sample (so that the scan below can fail)', () => {
    const c = VERDICT_STYLE.partly.light;
    expect(copiesIn(`--partly: ${c.toUpperCase()};`)).toEqual([c]);
    expect(copiesIn("mixed: 'Disputed',")).toEqual(['"Disputed"']);
    expect(copiesIn('<strong>Partly supported</strong>')).toEqual(['"Partly supported"']);
    expect(copiesIn('const w = `Partly supported`;')).toEqual(['"Partly supported"']);
    // A reason that begins with the words is not the verdict's name.
    expect(copiesIn('return `Partly supported: the sources state ${x}.`;')).toEqual([]);
    expect(copiesIn("const w = look.word; // e.g. Disputed")).toEqual([]);
  });

  it('finds none in src/ or entrypoints/ outside the words\' and the colours\' own modules', () => {
    const all = ROOTS.flatMap(files);
    for (const own of [VOCABULARY, STYLE]) {
      expect(all).toContain(own);
      expect(copiesIn(readFileSync(path.join(REPO, own), 'utf8')).length, own).toBeGreaterThan(0);
    }
    const found = all
      .filter((f) => !EXEMPT.has(f) && !isTest(f) && !isGenerated(f))
      .flatMap((f) => copiesIn(readFileSync(path.join(REPO, f), 'utf8')).map((what) => `${f}: ${what}`));
    expect(found).toEqual([]);
  });
});
