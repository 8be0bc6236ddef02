import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './eval';

/** Runs the command in this process; returns what it printed and its status. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { status, stdout, stderr };
}

const line = (o: unknown) => JSON.stringify(o);
const page = (title: string, paragraphs: string[]) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

// Sentences of our own: one the sources back, one they contradict (48 hours against their
// 24), one about the dispute that no source covers, and two about other things.
const BACKED = 'Albania cut diplomatic ties with Iran on Wednesday after the July cyberattack on government systems.';
const CLASH = 'Prime Minister Edi Rama gave Iranian diplomats 48 hours to leave the country.';
const UNCOVERED = 'Staff at the Iranian embassy in Tirana burned documents in a barrel in the courtyard.';
const SAFFRON = 'Saffron prices rose in the bazaar this spring, traders in the old market said on Tuesday.';
const CAFES = 'The cafes along the boulevard stayed open late into the evening all week.';

let dir = '';
const at = (...parts: string[]) => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
  // A claim file with one deliberate mislabel: a claim the sources back, labelled contradicted.
  writeFileSync(at('claims.jsonl'), [
    line({ id: 'ok-1', text: BACKED, label: 'supported' }),
    line({ id: 'ok-2', text: CLASH, label: 'contradicted' }),
    line({ id: 'ok-3', text: CAFES, label: 'offtopic' }),
    line({ id: 'wrong-1', text: BACKED, label: 'contradicted', comment: 'labelled wrong on purpose' }),
  ].join('\n'));
  mkdirSync(at('pageset', 'pages'), { recursive: true });
  writeFileSync(at('pageset', 'pages', '01-wire.html'), page('Albania expels Iranian diplomats', [BACKED, CLASH, SAFFRON]));
  writeFileSync(at('pageset', 'pages', '02-blog.html'), page('A week in Tirana', [UNCOVERED, CAFES]));
  writeFileSync(at('pageset', 'claims.jsonl'), [
    line({ id: 'w1', file: '01-wire.html', text: BACKED, label: 'supported' }),
    line({ id: 'w2', file: '01-wire.html', text: CLASH, label: 'contradicted' }),
    line({ id: 'w3', file: '01-wire.html', text: SAFFRON, label: 'offtopic' }),
    line({ id: 'b1', file: '02-blog.html', text: UNCOVERED, label: 'unverified' }),
    line({ id: 'b2', file: '02-blog.html', text: CAFES, label: 'offtopic' }),
  ].join('\n'));
  // A near-miss set: the wire page lists its backed sentence as about the dispute; its other
  // note (the clash) is then a false one.
  mkdirSync(at('near', 'pages'), { recursive: true });
  writeFileSync(at('near', 'pages', '01-wire.html'), page('Albania expels Iranian diplomats', [BACKED, CLASH, SAFFRON]));
  writeFileSync(at('near', 'pages', '02-cafes.html'), page('Cafes', [CAFES]));
  writeFileSync(at('near', 'expect.jsonl'), [line({ file: '01-wire.html', kind: 'wire', on_topic: [BACKED] }), line({ file: '02-cafes.html', kind: 'city', on_topic: [] })].join('\n'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run eval', () => {
  it('prints the confusion matrix, F1 per label and the figures of a claim file', async () => {
    const r = await run(at('claims.jsonl'));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('4 labelled claims');
    expect(r.stdout).toMatch(/label \\ answer\s+supported\s+contradicted\s+mixed\s+unverified\s+offtopic/);
    // The mislabelled claim is a contradicted claim answered supported.
    expect(r.stdout).toMatch(/\n\s+contradicted\s+1\s+1\s+0\s+0\s+0\n/);
    expect(r.stdout).toContain("accuracy 0.750, false 'supported' 1, on 4 claims");
  });

  it('lists the errors with --verbose', async () => {
    const r = await run(at('claims.jsonl'), '--verbose');
    expect(r.stdout).toContain(`errors (1):\n    wrong-1\tlabel contradicted\tanswer supported\t${BACKED}`);
  });

  it('writes an HTML report that shows each error with its claim, label, verdict and quoted evidence', async () => {
    const report = at('report.html');
    const r = await run(at('claims.jsonl'), '--html', report);
    expect(r.status).toBe(0);
    const win = new Window();
    const doc = new win.DOMParser().parseFromString(readFileSync(report, 'utf8'), 'text/html') as unknown as Document;
    const errors = [...doc.querySelectorAll('article.error')];
    expect(errors).toHaveLength(1);
    expect(errors[0]!.querySelector('.claim')!.textContent).toBe(BACKED);
    // Each term beside its value, as a reader sees them side by side.
    const terms = Object.fromEntries([...errors[0]!.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));
    expect(terms).toMatchObject({ Label: 'contradicted', Verdict: 'supported', Comment: 'labelled wrong on purpose' });
    expect(terms.Reason).toMatch(/sources/);
    // The claim's details and the source sentences behind the verdict, word for word.
    expect(errors[0]!.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(errors[0]!.querySelectorAll('blockquote').length).toBeGreaterThan(0);
  });

  it('scores a page set each sentence alone and each page whole, on all pages and on each half', async () => {
    const r = await run(at('pageset'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('5 labelled sentences from 2 pages');
    expect(r.stdout).toContain('each sentence alone (as a selection is checked):');
    expect(r.stdout).toContain('whole pages (as the command line reads them):');
    expect(r.stdout).toContain("odd pages: macro-F1 0.600, accuracy 1.000, false 'supported' 0, on 3 claims");
    expect(r.stdout).toContain("even pages: macro-F1 0.400, accuracy 1.000, false 'supported' 0, on 2 claims");
  });

  it('prints the figures as one JSON object with --json', async () => {
    const r = await run(at('pageset'), '--json');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const figures = JSON.parse(lines[0]!);
    expect(figures).toMatchObject({ set: 'pages', pages: 2, modes: { alone: { claims: 5, accuracy: 1 }, page: { claims: 5, accuracy: 1, halves: { odd: { claims: 3 }, even: { claims: 2 } } } } });
  });

  it('counts the notes off the listed sentences of a near-miss set as false, per kind, and lists them with --verbose', async () => {
    const r = await run(at('near'), '--verbose');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 false note on 1 of 2 pages (1 note on sentences about the dispute');
    expect(r.stdout).toContain('pages with a false note, by kind: wire 1/1, city 0/1');
    expect(r.stdout).toContain(`01-wire.html\tcontradicted\t${CLASH}`);
  });
});

describe('npm run eval exit status', () => {
  it('is 0 when the limits given are met, and 1 with a line saying which was missed', async () => {
    expect((await run(at('claims.jsonl'), '--min-macro', '0.3', '--max-false-supported', '1')).status).toBe(0);
    const low = await run(at('claims.jsonl'), '--min-macro', '0.9');
    expect(low.status).toBe(1);
    expect(low.stderr).toMatch(/^eval: macro-F1 0\.\d{3} on each sentence alone \(as a selection is checked\) is below --min-macro 0\.9\n$/);
    const support = await run(at('claims.jsonl'), '--max-false-supported=0');
    expect(support.status).toBe(1);
    expect(support.stderr).toBe("eval: 1 false 'supported' on each sentence alone (as a selection is checked), more than --max-false-supported 0\n");
    // The report is still printed, so that one can see why.
    expect(support.stdout).toContain('4 labelled claims');
  });

  it('is 2 with one line on standard error for bad input, printing no report', async () => {
    const write = (name: string, text: string) => {
      writeFileSync(at(name), text);
      return at(name);
    };
    const emptyFolder = at('empty-folder');
    mkdirSync(emptyFolder, { recursive: true });
    const cases: [string[], RegExp][] = [
      [[], /no set given/],
      [[at('absent.jsonl')], /cannot read .*absent\.jsonl: no such file or folder/],
      [[write('bad-json.jsonl', `${line({ text: 'A ferry sank.', label: 'offtopic' })}\n{"text": oops}\n`)], /bad-json\.jsonl line 2 is not JSON/],
      [[write('no-label.jsonl', line({ text: 'A ferry sank.' }))], /no-label\.jsonl line 1 has no "label"/],
      [[write('no-text.jsonl', line({ label: 'offtopic' }))], /no-text\.jsonl line 1 has no "text"/],
      [[write('odd-label.jsonl', line({ text: 'A ferry sank.', label: 'false' }))], /unknown label "false"/],
      [[write('empty.jsonl', '')], /has no lines/],
      [[emptyFolder], /is a folder without claims\.jsonl \(a page set\) or expect\.jsonl \(a near-miss set\)/],
      [[at('claims.jsonl'), '--min-macro', 'high'], /--min-macro takes a number from 0 to 1, not "high"/],
      [[at('claims.jsonl'), '--max-false-supported', '-1'], /--max-false-supported takes a whole number of claims, not "-1"/],
      [[at('claims.jsonl'), '--html'], /--html needs a value/],
      [[at('claims.jsonl'), '--strict'], /unknown option --strict/],
      [[at('claims.jsonl'), at('claims.jsonl')], /one set at a time/],
      [[at('near'), '--min-macro', '0.5'], /near-miss set, which counts false notes/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(...argv);
      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr, argv.join(' ')).toMatch(/^eval: [^\n]+\n$/);
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
  });

  it('is 2 for a file that is not UTF-8 text or cannot be read, and for a page set naming a page it lacks', async () => {
    writeFileSync(at('binary.jsonl'), Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect((await run(at('binary.jsonl'))).stderr).toMatch(/binary\.jsonl is not UTF-8 text\n$/);
    mkdirSync(at('missing-page', 'pages'), { recursive: true });
    writeFileSync(at('missing-page', 'claims.jsonl'), line({ file: '03-gone.html', text: 'A ferry sank.', label: 'offtopic' }));
    const r = await run(at('missing-page'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/claims\.jsonl line 1: no page .*03-gone\.html\n$/);
    // Root reads every file, so an unreadable file can only be tried as another user.
    if (process.getuid?.() !== 0) {
      writeFileSync(at('locked.jsonl'), line({ text: 'A ferry sank.', label: 'offtopic' }));
      chmodSync(at('locked.jsonl'), 0o000);
      expect((await run(at('locked.jsonl'))).stderr).toMatch(/cannot read .*locked\.jsonl: permission denied/);
    }
  });

  it('is what the process itself exits with, run as npm run eval runs it', { timeout: 60_000 }, () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const cli = (...args: string[]) => spawnSync(tsx, ['src/cli/eval.ts', ...args], { cwd: root, encoding: 'utf8' });
    expect(cli(at('claims.jsonl')).status).toBe(0);
    expect(cli(at('claims.jsonl'), '--max-false-supported', '0').status).toBe(1);
    const bad = cli(at('absent.jsonl'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^eval: cannot read .*absent\.jsonl: no such file or folder\n$/);
  });
});
