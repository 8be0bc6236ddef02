import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './check';

// Bad input to the command line: one line on standard error, nothing on standard output, a
// non-zero exit status, and never an internal error.

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

async function cli(argv: string[], files: Record<string, string | Uint8Array>, stdin: string | Uint8Array = '') {
  let stdout = '';
  let stderr = '';
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
    readFile: async (path) => {
      if (path.endsWith('/')) throw errno('EISDIR');
      const f = files[path];
      if (f === undefined) throw errno('ENOENT');
      return bytes(f);
    },
    readStdin: async () => bytes(stdin),
  };
  return { status: await main(argv, io), stdout, stderr };
}

const CLAIM = 'Iranian diplomats were given 48 hours to leave Albania.\n';
const NOTE = 'The Iranian embassy building in Tirana was sealed by Albanian police after the diplomats left.\n';
const review = (o: object) => JSON.stringify({ '@type': 'ClaimReview', ...o });

const CASES: [what: string, argv: string[], files: Record<string, string | Uint8Array>, error: RegExp][] = [
  ['an empty file', ['empty.txt'], { 'empty.txt': '' }, /^check: empty\.txt is empty\n$/],
  ['a file of white space', ['blank.txt'], { 'blank.txt': ' \n\t\n' }, /^check: blank\.txt is empty\n$/],
  ['a binary file', ['photo.txt'], { 'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }, /^check: photo\.txt is a binary file, not text\n$/],
  ['a file of 50 MB', ['big.txt'], { 'big.txt': new Uint8Array(50 * 1024 * 1024).fill(0x41) }, /^check: big\.txt is too large \(50\.0 MB\); a source can have at most 5 MB of text\n$/],
  ['invalid UTF-8', ['latin1.txt'], { 'latin1.txt': new Uint8Array([0x41, 0x6c, 0x62, 0x61, 0x6e, 0x69, 0x61, 0x0a, 0xe9, 0xff]) }, /^check: latin1\.txt is not UTF-8 text \(first bad byte on line 2\)/],
  ['control characters', ['ctl.txt'], { 'ctl.txt': `Albania and Iran ${'\u0001\u0002\u0003'.repeat(20)}` }, /^check: ctl\.txt does not look like text/],
  ['HTML with no text', ['empty.html'], { 'empty.html': '<html><body><script>alert(1)</script><style>p{}</style></body></html>' }, /^check: empty\.html has no readable text/],
  ['HTML with no article as a source', ['--source', 'menu.html', 'c.txt'], { 'menu.html': '<html><body><nav><a href="/">Home</a></nav><script>alert(1)</script></body></html>', 'c.txt': CLAIM }, /^check: menu\.html has nothing checkable/],
  ['a missing file', ['nope.txt'], {}, /^check: cannot read nope\.txt: no such file\n$/],
  ['a directory', ['dir/'], {}, /^check: cannot read dir\/: it is a directory\n$/],
  ['a web address instead of a file', ['https://news.example/story'], {}, /^check: cannot read https:\/\/news\.example\/story: no such file\n$/],
  ['JSON to check', ['claims.json'], { 'claims.json': '{"claim": "x"}' }, /^check: claims\.json is JSON; check text, Markdown or HTML/],
  ['broken JSON as a source', ['--source', 'broken.json', 'c.txt'], { 'broken.json': '{ "@type": "ClaimReview", ', 'c.txt': CLAIM }, /^check: broken\.json is not valid JSON: the error is/],
  ['a ClaimReview without its claim', ['--source', 'r.json', 'c.txt'], { 'r.json': review({ reviewRating: { alternateName: 'False' } }), 'c.txt': CLAIM }, /^check: The ClaimReview in r\.json has no "claimReviewed"/],
  ['a ClaimReview without its rating', ['--source', 'r.json', 'c.txt'], { 'r.json': review({ claimReviewed: 'Iran paid Albania compensation for the July cyberattack.' }), 'c.txt': CLAIM }, /has no "reviewRating"\n$/],
  ['a ClaimReview with a rating off its scale', ['--source', 'r.json', 'c.txt'], { 'r.json': review({ claimReviewed: 'Iran paid Albania compensation for the July cyberattack.', reviewRating: { ratingValue: 9, bestRating: 5, worstRating: 1 } }), 'c.txt': CLAIM }, /gives ratingValue 9, outside 1 to 5\n$/],
  ['a source with nothing checkable', ['--source', 'hi.txt', 'c.txt'], { 'hi.txt': 'Hello there.', 'c.txt': CLAIM }, /^check: hi\.txt has nothing checkable/],
  ['the same source twice', ['--source', 'a.txt', '--source', 'b.md', 'c.txt'], { 'a.txt': NOTE, 'b.md': `\n${NOTE}`, 'c.txt': CLAIM }, /^check: b\.md holds the same source as a\.txt; give each source once\n$/],
  ['an empty standard input', ['-'], {}, /^check: standard input is empty\n$/],
  ['an unknown option', ['--source-file', 'x'], {}, /^check: unknown option --source-file/],
  ['--source without a file', ['c.txt', '--source'], { 'c.txt': CLAIM }, /^check: --source needs a file name after it\n$/],
];

describe('the command line refuses bad input with one error line', () => {
  for (const [what, argv, files, error] of CASES) {
    it(what, async () => {
      const r = await cli(argv, files);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^check: [^\n]+\n$/);
      expect(r.stderr).toMatch(error);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.status).toBeGreaterThan(0);
    });
  }

  it('still checks when the inputs are good', async () => {
    const r = await cli(['--json', '--source', 'a.txt', 'c.txt'], { 'a.txt': NOTE, 'c.txt': CLAIM });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim()).verdict).toBe('contradicted');
  });
});
