import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCorrections, openSourceDb, saveCorrection } from '../db';
import { main } from './eval';

async function run(...argv: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => {} } });
  return { status, stdout };
}

// A reader's own labels, in sentences of our own: one the sources back, one they contradict,
// one a reader marks as not about the dispute, and one a reader thinks the checker got wrong.
const MARKS = [
  { text: 'Albania cut diplomatic ties with Iran.', label: 'supported', checker: 'supported' },
  { text: 'Rama gave the Iranian diplomats 48 hours to leave.', label: 'contradicted', checker: 'contradicted' },
  { text: 'The cafes along the boulevard stayed open late.', label: 'offtopic', checker: 'offtopic' },
  { text: 'Staff at the embassy burned documents in the courtyard.', label: 'supported', checker: 'unverified' },
] as const;

const dir = mkdtempSync(join(tmpdir(), 'eval-corrections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run eval on a reader’s exported corrections', () => {
  it('gives the same figures as the same lines written by hand', async () => {
    const db = openSourceDb('eval-corrections', { indexedDB: new IDBFactory(), IDBKeyRange });
    for (const m of MARKS) await saveCorrection(db, { ...m, url: 'https://news.example/a', title: 'A story', comment: '' });
    const exported = join(dir, 'corrections.jsonl');
    writeFileSync(exported, await exportCorrections(db));
    db.close();
    const byHand = join(dir, 'by-hand.jsonl');
    writeFileSync(byHand, MARKS.map((m) => JSON.stringify({ text: m.text, label: m.label })).join('\n') + '\n');

    const a = await run(exported, '--json');
    const b = await run(byHand, '--json');
    expect(a.status).toBe(0);
    const figures = (out: string) => {
      const f = JSON.parse(out) as { modes: { alone: unknown } };
      return f.modes.alone;
    };
    expect(figures(a.stdout)).toEqual(figures(b.stdout));
    // The reader's disagreement with the checker shows as an error of the checker.
    expect((figures(a.stdout) as { accuracy: number }).accuracy).toBeLessThan(1);
  });
});
