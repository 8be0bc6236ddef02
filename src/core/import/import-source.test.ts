import { describe, expect, it } from 'vitest';
import { ImportError, MAX_TEXT_BYTES, detectKind, importSource, importSources, type ImportInput } from './import-source';
import { toSourcesFile } from './sources-file';
import { readHtmlInNode } from '../../cli/read-html';

const fixed = { now: () => 1_700_000_000_000, newId: (() => { let n = 0; return () => `t${++n}`; })() };
const opts = { ...fixed, readHtml: readHtmlInNode };
const run = (input: ImportInput) => importSource(input, opts);
const bytes = (s: string) => new TextEncoder().encode(s);

/** The message an input is refused with; fails the test when it is accepted. */
function refusal(input: ImportInput, options: Parameters<typeof importSources>[1] = opts): string {
  try {
    importSources(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('the input was accepted');
}

const ARTICLE = [
  'Albania expels Iranian diplomats',
  '',
  'TIRANA, Sept. 8, 2022 – Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July.',
  'Prime Minister Edi Rama gave the Iranian embassy staff 24 hours to leave the country.',
].join('\n');

describe('plain text', () => {
  it('keeps every fact quote exactly where it stands in the stored text', () => {
    const { source, facts } = run({ name: 'wire.txt', text: ARTICLE });
    expect(facts.length).toBeGreaterThanOrEqual(2);
    for (const f of facts) {
      expect(source.text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.sourceId).toBe(source.id);
    }
    expect(facts.some((f) => f.quote.includes('24 hours'))).toBe(true);
  });

  it('takes the title from the first line and the date and place from the dateline', () => {
    const { source } = run({ name: 'wire.txt', text: ARTICLE });
    expect(source).toMatchObject({
      title: 'Albania expels Iranian diplomats',
      date: '2022-09-08',
      referenceDate: '2022-09-08',
      place: 'TIRANA',
      origin: 'user',
      kind: 'article',
      url: null,
      addedAt: 1_700_000_000_000,
      enabled: true,
    });
    expect(source.id).toMatch(/^user:/);
  });

  it('prefers the title the user typed, and keeps a URL only when one was given', () => {
    expect(run({ name: 'wire.txt', text: ARTICLE, title: '  My notes ' }).source.title).toBe('My notes');
    expect(run({ name: 'page', text: ARTICLE, url: 'https://news.example/a' }).source.url).toBe('https://news.example/a');
  });

  it('gives no date or place when the text states none', () => {
    const { source } = run({ name: 'n.txt', text: 'Albania cut diplomatic ties with Iran over a cyberattack in July.' });
    expect(source.date).toBeNull();
    expect(source.place).toBeNull();
  });

  it('joins lines an editor wrapped, so that no sentence is cut in two', () => {
    const wrapped = [
      'Albania cut diplomatic ties with Iran on Wednesday over a cyberattack',
      'that crippled government websites in July, the prime minister said in',
      'a video message. Iranian diplomats and embassy staff were given 24',
      'hours to leave the country, and the embassy was closed.',
      'The United States said it would hold Iran accountable for the attack',
      'on a NATO ally.',
    ].join('\n');
    const { facts } = run({ name: 'wrapped.txt', text: wrapped });
    expect(facts.map((f) => f.quote)).toContain(
      'Iranian diplomats and embassy staff were given 24 hours to leave the country, and the embassy was closed.',
    );
  });

  it('reads bytes as UTF-8, dropping a byte order mark and Windows line ends', () => {
    const { source } = run({ name: 'bom.txt', bytes: bytes('\uFEFFAlbania cut ties with Iran in September.\r\nIts prime minister blamed Tehran for the cyberattack.\r\n') });
    expect(source.text).toBe('Albania cut ties with Iran in September.\nIts prime minister blamed Tehran for the cyberattack.');
  });
});

describe('Markdown', () => {
  const md = [
    '---',
    'title: "Notes on the rupture"',
    'date: 2022-09-09',
    '---',
    '# Ignored heading',
    '',
    'Albania **cut diplomatic ties** with [Iran](https://example.org/iran) on',
    'Wednesday after the *July* cyberattack.',
    '',
    '```',
    'const notAClaim = true;',
    '```',
    '',
    '> Iranian diplomats were given `24 hours` to leave.',
    '',
    '- The embassy in Tirana was closed by the government.',
    '',
    '![map](map.png)',
  ].join('\n');

  it('stores the text a reader sees, without markup or code', () => {
    const { source, facts } = run({ name: 'notes.md', text: md });
    expect(source.text).toContain('Albania cut diplomatic ties with Iran on Wednesday after the July cyberattack.');
    expect(source.text).toContain('Iranian diplomats were given 24 hours to leave.');
    expect(source.text).toContain('The embassy in Tirana was closed by the government.');
    expect(source.text).not.toMatch(/[*`#>\[\]]|https?:|notAClaim|---/);
    expect(facts.map((f) => f.quote)).toContain('Albania cut diplomatic ties with Iran on Wednesday after the July cyberattack.');
  });

  it('takes title and date from front matter, else the first heading', () => {
    expect(run({ name: 'notes.md', text: md }).source).toMatchObject({ title: 'Notes on the rupture', date: '2022-09-09' });
    const plain = '# Albania and Iran\n\nAlbania cut diplomatic ties with Iran on Wednesday after the July cyberattack.';
    expect(run({ name: 'notes.md', text: plain }).source).toMatchObject({ title: 'Albania and Iran', date: null });
  });

  it('is recognised in pasted text without a file name', () => {
    expect(detectKind('Pasted text', '## Heading\n\nSome **bold** words.')).toBe('markdown');
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html><head><title>Albania expels Iranian diplomats | Example News</title>
    <meta property="article:published_time" content="2022-09-07T18:00:00Z"></head>
    <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
    <article><h1>Albania expels Iranian diplomats</h1>
    <p>Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July that paralysed
    public services and government websites.</p>
    <p>Prime Minister Edi Rama said Iranian diplomats and embassy staff had <b>24 hours</b> to leave the country.</p>
    <p>The United States said it would take further action to hold Iran accountable for the attack on a NATO ally.</p>
    <script>window.track = "Albania restored ties with Iran";</script>
    </article><footer>© Example News</footer></body></html>`;

  it('keeps the article, one paragraph a line, without menus or scripts', () => {
    const { source, facts } = run({ name: 'story.html', text: page });
    const lines = source.text.split('\n');
    expect(lines).toContain('Prime Minister Edi Rama said Iranian diplomats and embassy staff had 24 hours to leave the country.');
    expect(source.text).toContain('Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July that paralysed public services');
    expect(source.text).not.toMatch(/restored|Home|World|window\.track/);
    expect(facts.length).toBeGreaterThanOrEqual(3);
    expect(source).toMatchObject({ title: 'Albania expels Iranian diplomats | Example News', date: '2022-09-07' });
  });

  it('falls back to the body text when there is no article to find', () => {
    const bare = '<html><body><div>Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.</div></body></html>';
    const { source } = run({ name: 'bare.htm', text: bare });
    expect(source.text).toBe('Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.');
    expect(source.title).toBe('Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.');
  });

  it('refuses a page with no readable text', () => {
    expect(refusal({ name: 'app.html', text: '<html><head><title>App</title></head><body><div id="root"></div><script>boot()</script></body></html>' }))
      .toBe('app.html has no readable text (the page may show its article only with scripts).');
  });

  it('refuses HTML where no reader is given instead of storing its markup', () => {
    expect(refusal({ name: 'story.html', text: page }, fixed)).toMatch(/story\.html is a web page/);
  });

  it('is recognised by MIME type or content when the name has no extension', () => {
    expect(detectKind('https://news.example/story', '<p>hi</p>', 'text/html; charset=utf-8')).toBe('html');
    expect(detectKind('Pasted text', '<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectKind('Pasted text', 'Albania cut ties with Iran.')).toBe('text');
  });
});

describe('ClaimReview JSON-LD', () => {
  const review = (claim: string, rating: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim,
    reviewRating: { '@type': 'Rating', ...rating },
    ...extra,
  });
  const A = 'Iran paid Albania compensation for the July cyberattack.';
  const B = 'Albania expelled Iranian diplomats over the cyberattack.';
  const C = 'The MEK camp in Albania houses about 3,000 members.';

  it('turns each rated claim into a fact carrying its rating', () => {
    const json = [
      review(A, { alternateName: 'False' }),
      review(B, { alternateName: 'Mostly true' }),
      review(C, { alternateName: 'Half true' }),
    ];
    const { source, facts } = run({ name: 'checks.json', text: JSON.stringify(json) });
    expect(source.kind).toBe('claimreview');
    const rating = (q: string) => facts.find((f) => f.quote === q)?.rating;
    expect(rating(A)).toBe('contradicted');
    expect(rating(B)).toBe('supported');
    expect(rating(C)).toBe('mixed');
  });

  it('reads a numeric rating against the scale the review gives', () => {
    const json = { '@graph': [
      { '@type': 'Organization', name: 'Example Checks' },
      review(A, { ratingValue: 1, bestRating: 5, worstRating: 1 }),
      review(B, { ratingValue: '5', bestRating: '5', worstRating: '1' }),
      review(C, { ratingValue: 3, bestRating: 5, worstRating: 1 }),
    ] };
    const { facts } = run({ name: 'graph.jsonld', text: JSON.stringify(json) });
    expect(facts.map((f) => f.rating)).toEqual(['contradicted', 'supported', 'mixed']);
  });

  it('uses what the review says about itself for title, date and URL, and invents none', () => {
    const one = review(A, { alternateName: 'False' }, {
      name: 'Did Iran pay Albania compensation?', datePublished: '2022-10-01', url: 'https://checks.example/1',
      author: { '@type': 'Organization', name: 'Example Checks' },
    });
    expect(run({ name: 'one.json', text: JSON.stringify(one) }).source).toMatchObject({
      title: 'Did Iran pay Albania compensation?', date: '2022-10-01', url: 'https://checks.example/1',
    });
    const two = [review(A, { alternateName: 'False' }, { author: { name: 'Example Checks' } }), review(B, { alternateName: 'True' })];
    expect(run({ name: 'two.json', text: JSON.stringify(two) }).source).toMatchObject({ title: 'Fact-checks by Example Checks', url: null });
    const bare = review(A, { alternateName: 'False' });
    expect(run({ name: 'exports/bare.json', text: JSON.stringify(bare) }).source).toMatchObject({ title: 'bare', url: null, date: null });
  });

  it('keeps a review’s address only when it is a web address', () => {
    for (const url of ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'not a url']) {
      const one = review(A, { alternateName: 'False' }, { url });
      expect(run({ name: 'one.json', text: JSON.stringify(one) }).source.url, url).toBeNull();
    }
  });

  it('says which review lacks which field', () => {
    const missingClaim = [review(A, { alternateName: 'False' }), { '@type': 'ClaimReview', reviewRating: { alternateName: 'True' } }];
    expect(refusal({ name: 'c.json', text: JSON.stringify(missingClaim) })).toBe('ClaimReview 2 of 2 in c.json has no "claimReviewed" (the claim it rates).');
    expect(refusal({ name: 'c.json', text: JSON.stringify({ '@type': 'ClaimReview', claimReviewed: A }) }))
      .toMatch(/^The ClaimReview in c\.json \("Iran paid Albania compensation for the July.*"\) has no "reviewRating"\.$/);
    expect(refusal({ name: 'c.json', text: JSON.stringify(review(A, { ratingValue: 2 })) }))
      .toMatch(/gives ratingValue 2 without the "bestRating" and "worstRating"/);
    expect(refusal({ name: 'c.json', text: JSON.stringify(review(A, {})) })).toMatch(/neither "alternateName" nor "ratingValue"/);
  });

  it('leaves out a review whose rating says neither true nor false, and says so', () => {
    const json = [review(A, { alternateName: 'False' }), review(B, { alternateName: 'Unproven' })];
    const result = importSources({ name: 'c.json', text: JSON.stringify(json) }, opts);
    expect(result.sources[0]!.facts.map((f) => f.quote)).toEqual([A]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^Left out "Albania expelled Iranian diplomats.*": its rating "Unproven" says neither true nor false\.$/);
    expect(refusal({ name: 'c.json', text: JSON.stringify([review(B, { alternateName: 'Satire' })]) })).toMatch(/has nothing checkable/);
  });

  it('refuses JSON that is neither ClaimReview nor an export', () => {
    expect(refusal({ name: 'package.json', text: '{"name": "x", "version": "1.0.0"}' }))
      .toBe("package.json is neither schema.org ClaimReview JSON-LD nor an export of this extension's sources.");
  });
});

describe('export files', () => {
  it('come back as the same sources, with their ratings, switches and dates', () => {
    const article = run({ name: 'wire.txt', text: ARTICLE }).source;
    const checks = run({ name: 'c.json', text: JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'Iran paid Albania compensation for the July cyberattack.', reviewRating: { alternateName: 'False' } }) }).source;
    const file = toSourcesFile([{ ...article, enabled: false }, checks], 1_700_000_000_000);
    const back = importSources({ name: 'backup.json', text: JSON.stringify(file, null, 2) }, opts);
    expect(back.sources).toHaveLength(2);
    const [a, c] = back.sources as [typeof back.sources[0], typeof back.sources[0]];
    expect(a.source).toMatchObject({ title: article.title, text: article.text, date: article.date, place: 'TIRANA', enabled: false, addedAt: article.addedAt });
    expect(a.source.id).not.toBe(article.id);
    expect(c.source.kind).toBe('claimreview');
    expect(c.facts.map((f) => f.rating)).toEqual(['contradicted']);
  });

  it('are refused with the entry and field at fault', () => {
    const base = { format: 'albania-iran-factcheck/sources', version: 1, exportedAt: '2024-01-01T00:00:00Z' };
    const entry = { title: 'Notes', date: null, referenceDate: null, place: null, kind: 'article', url: null, addedAt: 1, enabled: true, text: ARTICLE };
    const doc = (sources: unknown[]) => JSON.stringify({ ...base, sources });
    expect(refusal({ name: 'b.json', text: doc([entry, { ...entry, text: '' }]) })).toBe('Source 2 of 2 in b.json has no "text".');
    expect(refusal({ name: 'b.json', text: doc([{ ...entry, date: 'yesterday' }]) })).toBe('Source 1 of 1 in b.json has a "date" that is not a yyyy-mm-dd date.');
    expect(refusal({ name: 'b.json', text: doc([{ ...entry, kind: 'claimreview' }]) })).toMatch(/is a fact-check without its ratings/);
    expect(refusal({ name: 'b.json', text: doc([{ ...entry, kind: 'claimreview', reviews: [{ start: 0, end: 99999, rating: 'mixed' }] }]) }))
      .toMatch(/review whose place or rating does not fit its text/);
    expect(refusal({ name: 'b.json', text: doc([]) })).toBe('b.json is an export with no sources in it.');
    expect(refusal({ name: 'b.json', text: JSON.stringify({ ...base, version: 2, sources: [entry] }) })).toMatch(/newer version/);
    expect(refusal({ name: 'b.json', text: doc([{ ...entry, url: 'javascript:alert(1)' }]) })).toBe(
      'Source 1 of 1 in b.json has a "url" that is not a web address (http or https).',
    );
  });

  it('are refused by importSource, which takes one source only', () => {
    const file = toSourcesFile([run({ name: 'a.txt', text: ARTICLE }).source, run({ name: 'b.txt', text: ARTICLE.replace('24', '48') }).source]);
    expect(() => run({ name: 'backup.json', text: JSON.stringify(file) })).toThrow('backup.json holds 2 sources; import it as an export instead.');
  });
});

describe('bad input', () => {
  it('is refused when empty', () => {
    expect(refusal({ name: 'empty.txt', text: '' })).toBe('empty.txt is empty.');
    expect(refusal({ name: 'blank.txt', bytes: bytes(' \n\t\n') })).toBe('blank.txt is empty.');
    expect(refusal({ name: 'nothing' })).toBe('nothing is empty.');
  });

  it('is refused when binary', () => {
    expect(refusal({ name: 'photo.txt', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) })).toBe('photo.txt is a binary file, not text.');
    const noisy = Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 2 ? 0x01 : 0x41)).join('');
    expect(refusal({ name: 'noise.txt', text: noisy })).toMatch(/does not look like text/);
  });

  it('is refused when not UTF-8, saying on which line', () => {
    const latin1 = new Uint8Array([...bytes('Albania cut ties with Iran.\nTirana '), 0xe9, ...bytes(' said.\n')]);
    expect(refusal({ name: 'latin1.txt', bytes: latin1 })).toBe('latin1.txt is not UTF-8 text (first bad byte on line 2); save it as UTF-8 and try again.');
  });

  it('is refused when over the size limit, saying the size and the limit', () => {
    const big = 'Albania cut ties with Iran. '.repeat(Math.ceil((MAX_TEXT_BYTES + 10) / 28));
    expect(refusal({ name: 'big.txt', text: big })).toMatch(/^big\.txt is too large \(5\.0 MB\); a source can have at most 5 MB of text\.$/);
    expect(refusal({ name: 'big.txt', bytes: bytes(big) })).toMatch(/too large/);
  });

  it('is refused when JSON is broken, saying where', () => {
    expect(refusal({ name: 'c.json', text: '{\n  "@type": "ClaimReview",\n  "claimReviewed": "x",\n}' })).toBe('c.json is not valid JSON: the error is at line 4, column 1.');
  });

  it('is refused when nothing in it can be checked', () => {
    expect(refusal({ name: 'hi.txt', text: 'Hello.\nThanks!' })).toMatch(/^hi\.txt has nothing checkable/);
  });
});
