import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorrectionInput } from '../shared/corrections';
import { CorrectionFileError } from '../shared/correction-lines';
import { changeCorrection, exportCorrections, findCorrections, importCorrections, listCorrections, openSourceDb, removeCorrection, saveCorrection, type SourceDb } from '.';

let open: SourceDb[] = [];
function freshDb(): SourceDb {
  const db = openSourceDb('corrections-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

const CLAIM = 'Iranian diplomats were given 48 hours to leave Albania.';
const input = (over: Partial<CorrectionInput> = {}): CorrectionInput => ({
  text: CLAIM,
  label: 'contradicted',
  url: 'https://news.example/story',
  title: 'The story',
  checker: 'supported',
  comment: '',
  ...over,
});
const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('a reader’s corrections, kept in the browser', () => {
  it('finds a correction again by the claim’s text however the page lays it out', async () => {
    const db = freshDb();
    const kept = await saveCorrection(db, input({ text: `  Iranian diplomats were given\n 48\u00a0hours to leave Albania. ` }), day(1));
    expect(kept).toMatchObject({ text: CLAIM, label: 'contradicted', checker: 'supported', at: day(1).toISOString() });
    const found = await findCorrections(db, ['Iranian  diplomats were given 48 hours to leave Albania.', 'Another sentence.']);
    expect([...found.keys()]).toEqual([CLAIM]);
    expect(found.get(CLAIM)?.id).toBe(kept.id);
  });

  it('keeps one correction per claim: correcting it again, on any page, replaces the verdict', async () => {
    const db = freshDb();
    const first = await saveCorrection(db, input(), day(1));
    const again = await saveCorrection(db, input({ label: 'mixed', url: 'https://other.example/', title: 'Other', comment: 'Both figures were reported.' }), day(2));
    expect(again.id).toBe(first.id);
    expect(await listCorrections(db)).toEqual([again]);
    expect(again).toMatchObject({ label: 'mixed', url: 'https://other.example/', comment: 'Both figures were reported.' });
  });

  it('lists corrections newest first, changes one and removes one', async () => {
    const db = freshDb();
    const a = await saveCorrection(db, input(), day(1));
    const b = await saveCorrection(db, input({ text: 'Albania cut ties with Iran.', label: 'supported', checker: 'unverified' }), day(3));
    expect((await listCorrections(db)).map((c) => c.id)).toEqual([b.id, a.id]);
    const changed = await changeCorrection(db, a.id, { label: 'offtopic', comment: 'Not about the break.' }, day(4));
    expect(changed).toMatchObject({ text: CLAIM, checker: 'supported', label: 'offtopic', comment: 'Not about the break.' });
    await removeCorrection(db, b.id);
    expect(await listCorrections(db)).toEqual([changed]);
    await expect(changeCorrection(db, b.id, { label: 'supported', comment: '' })).rejects.toThrow('no longer kept');
  });
});

describe('corrections as JSON Lines', () => {
  it('exports each correction as one line in the evaluation sets’ form, and imports the file back', async () => {
    const db = freshDb();
    await saveCorrection(db, input({ comment: 'The sources say 24 hours.' }), day(1));
    await saveCorrection(db, input({ text: 'Albania cut ties with Iran.', label: 'supported', checker: 'unverified', url: '', title: '' }), day(2));
    const file = await exportCorrections(db);
    const lines = file.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => Object.keys(l))).toEqual([
      ['id', 'text', 'label', 'url', 'title', 'checker', 'comment', 'at'],
      ['id', 'text', 'label', 'url', 'title', 'checker', 'comment', 'at'],
    ]);
    expect(lines[0]).toMatchObject({ text: CLAIM, label: 'contradicted', checker: 'supported', comment: 'The sources say 24 hours.', at: day(1).toISOString() });

    const other = freshDb();
    expect(await importCorrections(other, file, 'corrections.jsonl')).toEqual({ added: 2, skipped: 0 });
    expect(await exportCorrections(other)).toBe(file);
  });

  it('keeps a correction already made when a file corrects the same claim', async () => {
    const db = freshDb();
    const mine = await saveCorrection(db, input({ label: 'mixed' }), day(5));
    const file = [
      JSON.stringify({ id: 'x1', text: CLAIM, label: 'supported', url: '', title: '', checker: 'supported', comment: '', at: day(1).toISOString() }),
      JSON.stringify({ id: mine.id, text: 'Albania cut ties with Iran.', label: 'supported', url: '', title: '', checker: 'supported', comment: '', at: day(1).toISOString() }),
      '',
    ].join('\n');
    expect(await importCorrections(db, file, 'c.jsonl')).toEqual({ added: 1, skipped: 1 });
    const all = await listCorrections(db);
    expect(all.find((c) => c.text === CLAIM)).toEqual(mine);
    // The file's id was taken by another claim: the new correction gets its own.
    expect(new Set(all.map((c) => c.id)).size).toBe(2);
  });

  it('refuses a bad file with one line naming what is wrong, and loses nothing already kept', async () => {
    const db = freshDb();
    await saveCorrection(db, input(), day(1));
    const before = await listCorrections(db);
    const good = JSON.stringify({ id: 'g', text: 'Albania cut ties.', label: 'supported', url: '', title: '', checker: 'supported', comment: '', at: day(2).toISOString() });
    const cases: [string, string][] = [
      ['', '“bad.jsonl” holds no corrections. Nothing was imported.'],
      [`${good}\n{not json`, '“bad.jsonl” is not a corrections file: line 2 is not JSON. Nothing was imported.'],
      [`${good}\n${good.replace('"supported"', '"true"')}`, '“bad.jsonl” line 2: label: expected one of supported, partly, contradicted, mixed, unverified, offtopic. Nothing was imported.'],
      [JSON.stringify({ text: 'x', label: 'supported' }), '“bad.jsonl” line 1: id: missing. Nothing was imported.'],
      ['[1,2]', '“bad.jsonl” line 1: expected an object. Nothing was imported.'],
      [good.replace(day(2).toISOString(), 'yesterday'), '“bad.jsonl” line 1: at: expected a date (ISO 8601). Nothing was imported.'],
    ];
    for (const [content, message] of cases) {
      const refused = importCorrections(db, content, 'bad.jsonl');
      await expect(refused).rejects.toThrow(CorrectionFileError);
      await expect(refused).rejects.toThrow(message);
      expect(message.split('\n')).toHaveLength(1);
    }
    expect(await listCorrections(db)).toEqual(before);
  });
});
