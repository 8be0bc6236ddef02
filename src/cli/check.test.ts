import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from './check';
import { DETAIL_KINDS, VERDICTS } from '../core/types';
import { detailOutcome } from '../shared/detail-words';
import { VERDICT_LOOK } from '../core/verdict/vocabulary';
import { VERDICT_STYLE } from '../shared/verdict-style';
import { TERMINAL_COLOUR } from './terminal-style';
import type { CheckResult } from '../core/types';
import { fileReport } from './report';

type Files = Record<string, string | Uint8Array>;

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** Runs the command line on files held in memory; returns what it printed and its status. */
async function cli(argv: string[], files: Files = {}, options: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t) },
    env: options.env ?? {},
    readFile: async (path) => {
      if (path.endsWith('/')) throw errno('EISDIR');
      const f = files[path];
      if (f === undefined) throw errno('ENOENT');
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
  };
  const status = await main(argv, io);
  return { status, stdout, stderr, rows: () => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const LINES = [
  'Albania cut diplomatic ties with Iran on Wednesday.',
  'Iranian diplomats were given 48 hours to leave Albania.',
  '',
  '   The MEK moved to Albania in 2016.  ',
  'Heavy rain caused flooding in northern Italy.',
  'Turkey offered to mediate between Albania and Iran.',
];
const CLAIMS = `${LINES.join('\n')}\n`;

const ARTICLE = [
  'Albania cut diplomatic ties with Iran on Wednesday after the July cyberattack on government systems.',
  'Prime Minister Edi Rama gave Iranian diplomats 48 hours to leave the country.',
  'Saffron prices rose in the bazaar this spring.',
].join('\n');

/** Exactly one line on standard error, nothing on standard output. */
function expectOneErrorLine(r: Awaited<ReturnType<typeof cli>>, pattern: RegExp): void {
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^check: [^\n]+\n$/);
  expect(r.stderr).toMatch(pattern);
}

describe('--json --each-line', () => {
  it('prints exactly one JSON object per input line, in order, blank and off-topic lines included', async () => {
    const r = await cli(['--json', '--each-line', 'claims.txt'], { 'claims.txt': CLAIMS });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const rows = r.rows();
    expect(rows.map((x) => x.input)).toEqual(LINES);
    expect(rows.map((x) => x.line)).toEqual(LINES.map((_, i) => i + 1));
    for (const row of rows) {
      expect(VERDICTS).toContain(row.verdict);
      expect(Array.isArray(row.evidence)).toBe(true);
      expect(typeof row.reason).toBe('string');
      expect(row.file).toBe('claims.txt');
      // Offsets point at the claim in the file, without the spaces around it.
      expect(CLAIMS.slice(row.start as number, row.end as number)).toBe((row.input as string).trim());
    }
    expect(rows[2]).toMatchObject({ verdict: 'offtopic', evidence: [] });
  });

  it('counts a last line without a line break, and Windows line ends, the same way', async () => {
    const bare = await cli(['--json', '--each-line', 'a.txt'], { 'a.txt': LINES.join('\n') });
    const crlf = await cli(['--json', '--each-line', 'b.txt'], { 'b.txt': LINES.join('\r\n') + '\r\n' });
    expect(bare.rows().map((x) => x.input)).toEqual(LINES);
    expect(crlf.rows().map((x) => x.input)).toEqual(LINES);
  });

  it('judges each line on its own, as the same text selected alone would be', async () => {
    const r = await cli(['--json', '--each-line', 'claims.txt'], { 'claims.txt': CLAIMS });
    const alone = await Promise.all(LINES.filter(Boolean).map(async (l) => (await cli(['--json', '--each-line', '-'], {}, { stdin: l })).rows()[0]!.verdict));
    expect(r.rows().filter((x) => x.input).map((x) => x.verdict)).toEqual(alone);
  });
});

describe('--json details', () => {
  it('carries the claim\'s details, each with its outcome, what the sources say and the quotes', async () => {
    const r = await cli(['--json', '--each-line', '-'], {}, { stdin: 'Rama gave Iranian diplomats 48 hours to leave Albania.' });
    const row = r.rows()[0]!;
    expect(Object.keys(row)).toEqual(['input', 'verdict', 'reason', 'evidence', 'details', 'file', 'line', 'start', 'end']);
    expect(Array.isArray(row.details)).toBe(true);
    const details = row.details as { text: string; kind: string; outcome: string; sourcesSay?: string; quotes: string[] }[];
    const hours = details.find((d) => d.text === '48 hours');
    expect(hours).toMatchObject({ kind: 'amount', outcome: 'clashes', sourcesSay: '24 hours' });
    expect(hours!.quotes.some((q) => q.includes('24 hours'))).toBe(true);
    for (const d of details) {
      expect(DETAIL_KINDS).toContain(d.kind);
      expect(['backed', 'clashes', 'disputed', 'not-found']).toContain(d.outcome);
    }
  });
});

describe('--json on a document', () => {
  it('prints the sentences about the dispute in document order, with offsets into the text', async () => {
    const r = await cli(['--json', 'story.txt'], { 'story.txt': ARTICLE });
    const rows = r.rows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((x) => String(x.input).includes('Saffron'))).toBe(false);
    const starts = rows.map((x) => x.start as number);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const row of rows) {
      expect(ARTICLE.slice(row.start as number, row.end as number)).toBe(row.input);
      expect(row).not.toHaveProperty('line');
    }
  });

  it('keeps the files apart and in the order given', async () => {
    const r = await cli(['--json', 'b.txt', 'a.txt'], { 'a.txt': ARTICLE, 'b.txt': LINES[1]! });
    const files = r.rows().map((x) => x.file);
    expect(files[0]).toBe('b.txt');
    expect(files.lastIndexOf('b.txt')).toBeLessThan(files.indexOf('a.txt'));
  });

  it('reads a web page as a reader sees it: no menus, scripts or markup', async () => {
    const page = `<html><head><title>World</title></head><body><nav><ul><li>Albania</li><li>Iran</li></ul></nav>
      <article><h1>Albania and Iran</h1><p>${ARTICLE.split('\n').join('</p><p>')}</p>
      <script>var s = "Albania restored ties with Iran in 2023.";</script></article></body></html>`;
    const r = await cli(['--json', 'page.html'], { 'page.html': page });
    expect(r.status).toBe(0);
    const inputs = r.rows().map((x) => String(x.input));
    expect(inputs.length).toBeGreaterThan(0);
    for (const i of inputs) expect(i).not.toMatch(/[<>]|restored|^Albania Iran$/);
    expect(inputs).toContain('Prime Minister Edi Rama gave Iranian diplomats 48 hours to leave the country.');
  });

  it('reads Markdown as plain text', async () => {
    const md = '# Notes\n\n**Prime Minister** Edi Rama gave [Iranian diplomats](https://x.example) 48 hours to leave the country.\n';
    const r = await cli(['--json', 'notes.md'], { 'notes.md': md });
    expect(r.rows().map((x) => x.input)).toContain('Prime Minister Edi Rama gave Iranian diplomats 48 hours to leave the country.');
  });

  it('reads standard input given as -', async () => {
    const r = await cli(['--json', '-'], {}, { stdin: ARTICLE });
    expect(r.rows().length).toBeGreaterThan(0);
    expect(r.rows().every((x) => x.file === '-')).toBe(true);
  });
});

describe('--source', () => {
  const review = JSON.stringify({
    '@type': 'ClaimReview',
    claimReviewed: 'Albania hired a Dutch law firm to seek damages from Iran.',
    reviewRating: { alternateName: 'Mostly true' },
    name: 'Did Albania hire a law firm?',
  });

  it('adds the source for this run, so its claims are quoted as evidence', async () => {
    const claim = 'Albania hired a Dutch law firm to seek damages from Iran.';
    const without = await cli(['--json', '--each-line', '-'], {}, { stdin: claim });
    expect((without.rows()[0]!.evidence as { sourceTitle: string }[]).some((e) => e.sourceTitle === 'Did Albania hire a law firm?')).toBe(false);
    const withIt = await cli(['--json', '--each-line', '--source', 'review.json', '-'], { 'review.json': review }, { stdin: claim });
    expect(withIt.status).toBe(0);
    expect((withIt.rows()[0]!.evidence as { sourceTitle: string }[]).map((e) => e.sourceTitle)).toContain('Did Albania hire a law firm?');
  });

  it('refuses a source the import pipeline refuses, with its reason', async () => {
    const r = await cli(['--json', '--source=bad.json', 'a.txt'], { 'bad.json': '{"@type": "ClaimReview"', 'a.txt': ARTICLE });
    expect(r.status).toBe(1);
    expectOneErrorLine(r, /^check: bad\.json is not valid JSON: the error is at line 1, column \d+\n$/);
  });
});

describe('the readable report', () => {
  it('names each verdict in words with an icon, the reason and the quoted evidence with its source', async () => {
    const r = await cli(['story.txt'], { 'story.txt': ARTICLE });
    const json = (await cli(['--json', 'story.txt'], { 'story.txt': ARTICLE })).rows();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^story\.txt: \d+ claims? about the dispute \(/);
    for (const row of json) {
      expect(r.stdout).toContain(row.input as string);
      expect(r.stdout).toContain(row.reason as string);
      for (const e of row.evidence as { quote: string; sourceTitle: string }[]) {
        expect(r.stdout).toContain(`“${e.quote}”`);
        expect(r.stdout).toContain(e.sourceTitle);
      }
    }
    expect(r.stdout).toMatch(/[✔✘◐◔?] (Supported|Partly supported|Contradicted|Disputed|Unverified)/);
  });

  it('prints how each detail of a claim fared, one line each under the reason', async () => {
    const claim = 'Rama gave Iranian diplomats 48 hours to leave Albania.';
    const r = await cli(['--each-line', '-'], {}, { stdin: claim });
    const row = (await cli(['--json', '--each-line', '-'], {}, { stdin: claim })).rows()[0]!;
    const details = row.details as { text: string; outcome: string; sourcesSay?: string }[];
    expect(details.length).toBeGreaterThan(0);
    const lines = r.stdout.split('\n');
    const reasonAt = lines.indexOf(`    ${row.reason as string}`);
    expect(reasonAt).toBeGreaterThan(0);
    expect(lines[reasonAt + 1]).toBe('    48 hours: the sources say 24 hours');
    expect(lines.slice(reasonAt + 1, reasonAt + 1 + details.length)).toEqual(details.map((d) => `    ${d.text}: ${detailOutcome(d as Parameters<typeof detailOutcome>[0])}`));
  });

  it('shows a partly supported claim with the vocabulary\'s word, icon and colour, and counts it', () => {
    const result: CheckResult = {
      text: 'Rama expelled the diplomats from Tirana on Monday.',
      start: 0,
      end: 50,
      verdict: 'partly',
      reason: 'The sources state the expulsion, but not Monday.',
      evidence: [],
      details: [
        { text: 'Monday', kind: 'date', outcome: 'not-found', quotes: [] },
        { text: 'expelled', kind: 'action', outcome: 'backed', quotes: ['He expelled them.'] },
      ],
    };
    const look = { ...VERDICT_LOOK.partly, ...VERDICT_STYLE.partly, ansi: TERMINAL_COLOUR.partly };
    const plain = fileReport('a.txt', [{ file: 'a.txt', result }], { colour: false, eachLine: false });
    expect(plain).toBe(
      [
        `a.txt: 1 claim about the dispute (1 ${look.word.toLowerCase()})`,
        '',
        `${look.icon} ${look.word}  ${result.text}`,
        `    ${result.reason}`,
        '    Monday: in no source',
        '    expelled: in the sources',
        '',
      ].join('\n'),
    );
    const coloured = fileReport('a.txt', [{ file: 'a.txt', result }], { colour: true, eachLine: false });
    expect(coloured).toContain(`\u001b[1;${look.ansi}m${look.icon} ${look.word}\u001b[0m`);
  });

  it('is coloured on a terminal only, and never when NO_COLOR is set', async () => {
    const files = { 'story.txt': ARTICLE };
    expect((await cli(['story.txt'], files, { tty: true })).stdout).toContain('\u001b[');
    expect((await cli(['story.txt'], files, { tty: false })).stdout).not.toContain('\u001b[');
    expect((await cli(['story.txt'], files, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await cli(['--json', 'story.txt'], files, { tty: true })).stdout).not.toContain('\u001b[');
  });

  it('says so when a file has nothing about the dispute', async () => {
    const r = await cli(['rain.txt'], { 'rain.txt': 'Heavy rain caused flooding in northern Italy.' });
    expect(r.stdout).toBe('rain.txt: no sentence about the Albania–Iran dispute found.\n');
  });
});

describe('errors', () => {
  it('give one line and a non-zero status for files that cannot be read', async () => {
    expectOneErrorLine(await cli(['missing.txt']), /^check: cannot read missing\.txt: no such file\n$/);
    expectOneErrorLine(await cli(['notes/']), /it is a directory/);
    expectOneErrorLine(await cli(['a.txt', 'missing.txt'], { 'a.txt': ARTICLE }), /missing\.txt/);
    expectOneErrorLine(await cli(['--source', 'gone.json', 'a.txt'], { 'a.txt': ARTICLE }), /cannot read gone\.json/);
    expect((await cli(['missing.txt'])).status).toBe(1);
  });

  it('give one line for empty, binary or non-UTF-8 input', async () => {
    expectOneErrorLine(await cli(['e.txt'], { 'e.txt': '\n  \n' }), /^check: e\.txt is empty\n$/);
    expectOneErrorLine(await cli(['-'], {}, { stdin: '' }), /^check: standard input is empty\n$/);
    expectOneErrorLine(await cli(['p.txt'], { 'p.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) }), /p\.txt is a binary file/);
    expectOneErrorLine(await cli(['l.txt'], { 'l.txt': new Uint8Array([0x41, 0xe9, 0x0a]) }), /l\.txt is not UTF-8 text/);
    expect((await cli(['e.txt'], { 'e.txt': '' })).status).toBe(1);
  });

  it('give one line and status 2 for a bad command line', async () => {
    for (const argv of [['--jsn', 'a.txt'], [], ['--source'], ['--json', '--source', '--each-line', 'a.txt'], ['-', '-']]) {
      const r = await cli(argv, { 'a.txt': ARTICLE });
      expect(r.status).toBe(2);
      expectOneErrorLine(r, /^check: .+\n$/);
    }
    expectOneErrorLine(await cli(['--jsn', 'a.txt']), /^check: unknown option --jsn \(see --help\)\n$/);
  });

  it('name a wrong option as it was typed, and refuse an empty or missing file name after --source', async () => {
    const wrong: [string[], RegExp][] = [
      [['-x', 'a.txt'], /^check: unknown option -x \(see --help\)\n$/],
      [['-hx', 'a.txt'], /^check: unknown option -hx \(see --help\)\n$/],
      [['--json=yes', 'a.txt'], /^check: unknown option --json=yes \(see --help\)\n$/],
      [['--help', '--bogus'], /^check: unknown option --bogus \(see --help\)\n$/],
      [['--source=', 'a.txt'], /^check: --source needs a file name after it\n$/],
      [['--source', '--json', 'a.txt'], /^check: --source needs a file name after it\n$/],
      [[], /^check: no input given: name a file to check, or - for standard input \(see --help\)\n$/],
      [['-', 'a.txt', '-'], /^check: standard input \(-\) can only be read once\n$/],
    ];
    for (const [argv, error] of wrong) {
      const r = await cli(argv, { 'a.txt': ARTICLE });
      expect(r.status, argv.join(' ')).toBe(2);
      expectOneErrorLine(r, error);
    }
  });

  it('read --source=FILE as --source FILE, and what follows -- as file names', async () => {
    const files = { 'a.txt': ARTICLE, 'n.txt': 'Albania sealed the Iranian embassy building in Tirana after the diplomats left.', '--each-line': CLAIMS };
    const joined = await cli(['--json', '--source=n.txt', 'a.txt'], files);
    expect(joined.status).toBe(0);
    expect(joined.stdout).toBe((await cli(['--json', '--source', 'n.txt', 'a.txt'], files)).stdout);
    expectOneErrorLine(await cli(['--source=gone.txt', 'a.txt'], files), /^check: cannot read gone\.txt: no such file\n$/);
    const afterDashes = await cli(['--json', '--', '--each-line'], files);
    expect(afterDashes.status).toBe(0);
    expect(afterDashes.rows().map((r) => r.file)).toContain('--each-line');
    expect((await cli(['-h'])).stdout).toMatch(/^Usage: npm run check/);
  });

  it('refuse a JSON file as text to check, pointing to --source', async () => {
    expectOneErrorLine(await cli(['c.json'], { 'c.json': '{}' }), /give ClaimReview JSON with --source/);
  });

  it('are not printed for --help, which shows the usage', async () => {
    const r = await cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: npm run check -- \[options\] <file\|->/);
    for (const option of ['--json', '--each-line', '--source FILE']) expect(r.stdout).toContain(option);
  });
});

describe('as a real process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/check.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });

  it('prints one JSON line per input line and judges a clear case', () => {
    const file = join(dir, 'claims.txt');
    writeFileSync(file, CLAIMS);
    const r = run('--json', '--each-line', file);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; verdict: string });
    expect(rows.map((x) => x.input)).toEqual(LINES);
    // The sources say 24 hours; the end-to-end check of the real checker on a clear case.
    expect(rows[1]!.verdict).toBe('contradicted');
  });

  it('reads a web page that preloads data from its own site (a relative address) without failing', () => {
    const file = join(dir, 'preload.html');
    writeFileSync(file, `<html><head><title>World</title><link rel="preload" as="fetch" href="/data.json"></head><body><p>${ARTICLE.split('\n').join('</p><p>')}</p></body></html>`);
    const r = run('--json', file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const inputs = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { input: string }).input);
    expect(inputs).toContain('Prime Minister Edi Rama gave Iranian diplomats 48 hours to leave the country.');
  });

  it('exits non-zero with one line on standard error for a missing file', () => {
    const r = run(join(dir, 'missing.txt'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`check: cannot read ${join(dir, 'missing.txt')}: no such file\n`);
  });
});
