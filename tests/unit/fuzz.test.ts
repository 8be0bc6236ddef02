import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Checker, VERDICTS, type FactBundle } from '../../src/core';
import { ImportError, importSources, type ImportInput } from '../../src/core/import/import-source';
import { toSourcesFile } from '../../src/core/import/sources-file';
import { SourceDbError, exportUserSources, importFile, openSourceDb, seedDatabase, type SourceDb } from '../../src/db';
import { readHtmlInNode } from '../../src/cli/read-html';
import seedFacts from '../../src/generated/seed-facts.json';
import { seededRandom } from '../../scripts/bench/random';

// A deterministic fuzz test: a seeded generator makes a few hundred bad, odd and broken
// inputs for the import pipeline, the database import and the checker. None may crash (only
// the pipeline's own one-line errors are allowed), hang, or change what is already stored.

const bundle = seedFacts as unknown as FactBundle;

// Seeded, so every run feeds the same inputs.
const random = seededRandom(0x5eed_2022);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const CLAIMS = [
  'Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.',
  'Iranian diplomats were given 48 hours to leave Albania.',
  "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.",
  'The MEK moved to Albania in 2016.',
];
// Pieces odd texts are made of: control characters, lone surrogates, bidi controls, emoji,
// markup, JSON and Markdown syntax, scripts of other languages, very long words.
const ODD = [
  '\u0000', '\u0001', '\u0007', '\u001b[31m', '\u007f', '\ud800', '\udfff', '\udc00\ud800', '\u202e', '\u2066', '\u200f', '\u200b',
  '\ufeff', '\uffff', '\ufffd', '😀', '👨‍👩‍👧‍👦', '🇦🇱', '🇮🇷', 'ایران', 'آلبانی', 'ألبانيا', 'אלבניה', '阿尔巴尼亚', 'Ⅻ', 'ﬁ',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '{', '}', '[', ']',
  '"', "'", '\\', '```', '# ', '---\n', '* ', '> ', '|', '\r', '\r\n', '\n\n', '\t', '.', '!', '?', '…', '48', '24 hours', '2022-09-07',
  'x'.repeat(5000), ' '.repeat(1000), '.'.repeat(500), 'Albania', 'Iran', 'Tirana', 'MEK',
];

function oddString(maxParts = 30): string {
  let s = '';
  const n = 1 + int(maxParts);
  for (let i = 0; i < n; i++) s += random() < 0.3 ? pick(CLAIMS) : pick(ODD);
  return s;
}

function randomBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = int(256);
  return b;
}

/** Flips, drops or repeats bytes of a valid input. */
function mutate(text: string): string {
  const chars = [...text];
  const edits = 1 + int(8);
  for (let e = 0; e < edits && chars.length; e++) {
    const at = int(chars.length);
    const r = random();
    if (r < 0.3) chars.splice(at, 1 + int(20));
    else if (r < 0.6) chars.splice(at, 0, pick(ODD));
    else if (r < 0.8) chars.length = at;
    else chars[at] = String.fromCharCode(int(0x10000));
  }
  return chars.join('');
}

const review = (o: object) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', ...o });
const exportOf = (texts: string[]) =>
  JSON.stringify(
    toSourcesFile(
      texts.map((text, i) => ({ id: `user:${i}`, title: `T${i}`, date: null, referenceDate: null, place: null, origin: 'user' as const, kind: 'article' as const, url: null, addedAt: i, enabled: true, text })),
      0,
    ),
  );

const VALID_JSON = [
  review({ claimReviewed: CLAIMS[0], reviewRating: { alternateName: 'True' } }),
  review({ claimReviewed: CLAIMS[1], reviewRating: { ratingValue: 1, bestRating: 5, worstRating: 1 } }),
  exportOf([CLAIMS.join('\n')]),
];

const BAD_JSON_SHAPES: unknown[] = [
  null, 0, '', [], {}, [null], { '@type': 'ClaimReview' }, { '@type': ['ClaimReview'], claimReviewed: 42 },
  { '@type': 'ClaimReview', claimReviewed: CLAIMS[0], reviewRating: 'False' },
  { '@type': 'ClaimReview', claimReviewed: CLAIMS[0], reviewRating: { ratingValue: 'NaN', bestRating: 5, worstRating: 5 } },
  { '@type': 'ClaimReview', claimReviewed: CLAIMS[0], reviewRating: { alternateName: { en: 'False' } } },
  { '@graph': [{ '@graph': [{ '@type': 'ClaimReview' }] }] }, { '@graph': 'x' },
  { format: 'albania-iran-factcheck/sources' }, { format: 'albania-iran-factcheck/sources', version: 1, sources: {} },
  { format: 'albania-iran-factcheck/sources', version: 1, sources: [null, 1, 'x'] },
  { format: 'albania-iran-factcheck/sources', version: 1, sources: [{ title: 'a', text: CLAIMS[0], kind: 'claimreview', reviews: [{ start: -1, end: 1e9, rating: 'true' }] }] },
  { format: 'albania-iran-factcheck/sources', version: 1, sources: [{ title: 'a', text: CLAIMS[0], kind: 'article', addedAt: 'yesterday' }] },
  { format: 'albania-iran-factcheck/sources', version: '1', sources: [] },
  { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
];

const NAMES = ['notes.txt', 'a.md', 'page.html', 'r.json', 'x.jsonld', 'noext', '', '   ', '../../etc/passwd', 'C:\\x\\y.txt', '🇦🇱.txt', '<b>.html'];

/** A few hundred inputs for the import pipeline, from the same seed every run. */
function importerInputs(): ImportInput[] {
  const out: ImportInput[] = [];
  for (let i = 0; i < 80; i++) out.push({ name: pick(NAMES), text: oddString() });
  for (let i = 0; i < 40; i++) out.push({ name: pick(NAMES), bytes: randomBytes(int(2000)) });
  for (let i = 0; i < 40; i++) out.push({ name: pick(['r.json', 'noext', 'x.jsonld']), text: mutate(pick(VALID_JSON)) });
  for (const shape of BAD_JSON_SHAPES) out.push({ name: 'shape.json', text: JSON.stringify(shape) ?? 'undefined' });
  for (let i = 0; i < 30; i++) out.push({ name: 'page.html', text: `<html><body>${oddString(20)}<p>${mutate(pick(CLAIMS))}</p>${'<div>'.repeat(int(300))}${oddString(5)}</body></html>` });
  for (let i = 0; i < 20; i++) out.push({ name: pick(NAMES), text: oddString(), type: pick(['text/html', 'application/json', 'image/png', 'text/plain; charset=latin1', '', 'x/y']) });
  for (let i = 0; i < 10; i++) out.push({ name: 'long.txt', text: `${pick(CLAIMS)} ${'word '.repeat(20_000 + int(1000))}` });
  out.push({ name: 'huge.txt', text: 'Albania and Iran. '.repeat(400_000) });
  out.push({ name: 'empty.txt', text: '' }, { name: 'nothing' }, { name: 'bytes.txt', bytes: new Uint8Array() });
  for (let i = 0; i < 20; i++) out.push({ name: 'u.txt', bytes: new TextEncoder().encode(oddString()).map((b) => (random() < 0.05 ? 0xff : b)) });
  return out;
}

/** Strings for the checker: huge, control characters, lone surrogates, RTL, emoji, long lines. */
function checkerInputs(): string[] {
  const out: string[] = ['', ' ', '\n', '\u0000', '\ud800', '\udfff\ud800', '\u202e' + CLAIMS[0], '😀'.repeat(2000), 'ایران '.repeat(500)];
  for (let i = 0; i < 150; i++) out.push(oddString(40));
  for (let i = 0; i < 30; i++) out.push(mutate(CLAIMS.join(' ')));
  for (let i = 0; i < 5; i++) out.push(`${pick(CLAIMS)} ${'x'.repeat(100_000)}`);
  out.push(CLAIMS.join(' ').repeat(300), `${'Albania and Iran '.repeat(6000)}.`, Array.from({ length: 2000 }, () => pick(CLAIMS)).join('\n'));
  return out;
}

let db: SourceDb;
const html = { readHtml: readHtmlInNode, now: () => 1_700_000_000_000 };

async function stored(d: SourceDb) {
  return { sources: await d.sources.orderBy('id').toArray(), facts: await d.facts.orderBy(':id').primaryKeys(), meta: await d.meta.toArray() };
}

beforeAll(async () => {
  db = openSourceDb('fuzz', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedDatabase(db, bundle);
  // A user source, so there is something of the user's to lose.
  await importFile(db, { name: 'mine.txt', text: 'The Iranian embassy building in Tirana was sealed by Albanian police after the diplomats left.' }, html);
});

afterAll(() => db.close());

describe('fuzz', () => {
  const inputs = importerInputs();

  it(`the import pipeline turns ${inputs.length} generated inputs into sources or one-line errors, never a crash`, () => {
    expect(inputs.length).toBeGreaterThanOrEqual(250);
    let refused = 0;
    for (const [i, input] of inputs.entries()) {
      try {
        const { sources } = importSources(input, html);
        for (const { source, facts } of sources) {
          expect(facts.length, `input ${i}`).toBeGreaterThan(0);
          expect(source.url === null || /^https?:/i.test(source.url), `input ${i}`).toBe(true);
        }
      } catch (error) {
        if (!(error instanceof ImportError)) throw new Error(`input ${i} (${input.name}) crashed the pipeline: ${String(error)}`);
        expect(error.message, `input ${i}`).not.toMatch(/\n/);
        expect(error.message.length, `input ${i}`).toBeLessThan(400);
        refused++;
      }
    }
    // Nearly everything generated is bad; a few odd texts happen to hold a checkable sentence.
    expect(refused).toBeGreaterThan(inputs.length * 0.6);
  });

  it('the database keeps what it had through every refused import, and only adds on success', async () => {
    let added = 0;
    for (const [i, input] of inputs.entries()) {
      const before = await stored(db);
      try {
        const outcome = await importFile(db, input, html);
        added += outcome.added.length;
        const after = await stored(db);
        // What was there is still there, unchanged.
        expect(after.sources.filter((s) => before.sources.some((b) => b.id === s.id)), `input ${i}`).toEqual(before.sources);
        expect(after.facts.length, `input ${i}`).toBeGreaterThan(before.facts.length);
      } catch (error) {
        if (!(error instanceof ImportError || error instanceof SourceDbError)) throw new Error(`input ${i} (${input.name}) crashed the import: ${String(error)}`);
        expect(await stored(db), `input ${i}`).toEqual(before);
      }
    }
    // The export of everything stored still reads back.
    const json = await exportUserSources(db);
    expect(importSources({ name: 'backup.json', text: json }, html).sources).toHaveLength(added + 1);
  }, 120_000);

  it('the checker answers every odd string with a verdict, never a crash', () => {
    const checker = new Checker(bundle.sources, bundle.facts);
    const strings = checkerInputs();
    expect(strings.length).toBeGreaterThanOrEqual(190);
    const verdicts = new Set<string>(VERDICTS);
    for (const [i, s] of strings.entries()) {
      try {
        expect(verdicts.has(checker.checkClaim(s).verdict), `claim ${i}`).toBe(true);
        expect(verdicts.has(checker.checkClaim(s.slice(0, 300), s).verdict), `claim ${i} with context`).toBe(true);
        expect(verdicts.has(checker.checkPageSentence(s.slice(0, 5000), s.slice(0, 20_000)).verdict), `page sentence ${i}`).toBe(true);
        for (const r of checker.checkText(s)) expect(verdicts.has(r.verdict) && r.start >= 0 && r.end <= s.length, `text ${i}`).toBe(true);
      } catch (error) {
        throw new Error(`string ${i} (${JSON.stringify(s.slice(0, 60))}…) crashed the checker: ${String(error)}`);
      }
    }
  }, 120_000);
});
