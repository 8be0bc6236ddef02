import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core decides verdicts and names them; how a verdict looks belongs to whoever shows it
// (src/shared/verdict-style.ts for the extension, src/cli/terminal-style.ts for the terminal).
// Colours, terminal codes and icon drawings crept into the core once, through the verdict
// vocabulary; this test keeps them out.

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(path.join(REPO, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? files(rel) : /\.[cm]?[jt]sx?$/.test(e.name) ? [rel] : [];
  });
}

/**
 * A colour written as #rgb, #rgba, #rrggbb or #rrggbbaa. Not one glued to a word or an `&`, so
 * that a fact's id ("seed:a#123") or a character reference ("&#123;") is not taken for one.
 */
const HEX_COLOUR = /(?<![\w&#])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;
/** A colour written as a CSS function. */
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?)\(/gi;
/** The escape that starts a terminal's control sequence, as source writes it or raw. */
const ESCAPE = /\\u001b|\\x1b|\\u\{1b\}|\\033|\u001b/gi;
/** An ANSI colour code kept by name (`ansi: '31'`); looked for in code only, not in comments. */
const ANSI_NAME = /\bansi\b/gi;
/** SVG markup. */
const SVG_MARKUP = /<svg\b|<path\b|\bviewBox\b/g;
/** A string literal (its text is the second group); template literals are read as plain text. */
const LITERAL = /(['"`])((?:\\.|(?!\1)[^\\])*?)\1/g;
/** A string that is SVG path data: a moveto with its point, then at least one more command ("M5 5l6 6"). */
const PATH_DATA = /^\s*[Mm]\s*-?(?:\d*\.)?\d+[\s,]*-?(?:\d*\.)?\d+(?:[\s,]*[LlHhVvCcSsQqTtAaZzMm](?:[\s,]*-?(?:\d*\.)?\d+)*)+\s*$/;

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');

/** What presentation a file's text carries, each hit with its kind. */
function presentationIn(text: string): string[] {
  const hits = (kind: string, re: RegExp, where = text) => [...where.matchAll(re)].map((m) => `${kind} ${m[0]}`);
  return [
    ...hits('colour', HEX_COLOUR),
    ...hits('colour', COLOUR_FUNCTION),
    ...hits('ANSI escape', ESCAPE),
    ...hits('ANSI code', ANSI_NAME, withoutComments(text)),
    ...hits('SVG', SVG_MARKUP),
    ...[...text.matchAll(LITERAL)].filter((m) => PATH_DATA.test(m[2]!)).map((m) => `SVG path ${m[2]}`),
  ];
}

describe('the checker core carries no presentation', () => {
  it('finds colours, terminal codes and SVG drawings in samples (so that the scan below can fail)', () => {
    expect(presentationIn("light: '#b3212a', dark: '#FF8F8F',")).toEqual(['colour #b3212a', 'colour #FF8F8F']);
    expect(presentationIn("const c = '#abc';")).toEqual(['colour #abc']);
    expect(presentationIn('tint: `rgba(0, 0, 0, .1)`')).toEqual(['colour rgba(']);
    expect(presentationIn('const paint = (code, t) => `\\u001b[${code}m${t}\\u001b[0m`;')).toHaveLength(2);
    expect(presentationIn("const red = '\\x1b[31m';")).toEqual(['ANSI escape \\x1b']);
    expect(presentationIn("{ word: 'Contradicted', ansi: '31' }")).toEqual(['ANSI code ansi']);
    expect(presentationIn("glyph: 'M5 5l6 6M11 5l-6 6',")).toEqual(['SVG path M5 5l6 6M11 5l-6 6']);
    expect(presentationIn("glyph: 'M6.2 6.3a1.9 1.9 0 1 1 2.7 1.7c-.6.3-.9.7-.9 1.3v.6M8 11.6v.2',")).toHaveLength(1);
    expect(presentationIn('const dash = "M4.5 8h7";')).toEqual(['SVG path M4.5 8h7']);
    expect(presentationIn('const icon = `<svg viewBox="0 0 16 16"><path d="M4.5 8h7"/></svg>`;')).toEqual(['SVG <svg', 'SVG viewBox', 'SVG <path']);
  });

  it('leaves alone what the core legitimately writes', () => {
    expect(presentationIn("const id = `${sourceId}#${n}`; const f = 'seed:a#123';")).toEqual([]);
    expect(presentationIn('// Issue #15 asked for this; ANSI terminals are not the core\'s concern.')).toEqual([]);
    expect(presentationIn("const road = 'the M1 motorway'; const size = 'M 5';")).toEqual([]);
    expect(presentationIn('const url = "https://example.com/#main";')).toEqual([]);
  });

  it('finds the presentation where it now lives (so that the scan sees real files)', () => {
    expect(presentationIn(readFileSync(path.join(REPO, 'src/shared/verdict-style.ts'), 'utf8')).length).toBeGreaterThanOrEqual(18);
    expect(presentationIn(readFileSync(path.join(REPO, 'src/cli/report.ts'), 'utf8'))).toContain('ANSI escape \\u001b');
  });

  it('finds no colour hex code, ANSI escape or code, or SVG path data in src/core/', () => {
    const core = files('src/core');
    expect(core).toContain('src/core/verdict/vocabulary.ts');
    const found = core.flatMap((f) => presentationIn(readFileSync(path.join(REPO, f), 'utf8')).map((what) => `${f}: ${what}`));
    expect(found).toEqual([]);
  });
});
