// @vitest-environment happy-dom
// Dexie's liveQuery follows the global indexedDB only: the fake one is installed globally and
// each test opens a database of its own name.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCorrections, openSourceDb, saveCorrection, type SourceDb } from '../../db';
import { dbCorrectionsApi } from './corrections-api';
import { Corrections } from './Corrections';
import { until } from '../../../tests/helpers/until';

const CLAIM = 'Iranian diplomats were given 48 hours to leave Albania.';
let root: HTMLElement;
let db: SourceDb;
let downloads: [string, string, string][];
let n = 0;


const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const items = () => [...root.querySelectorAll<HTMLElement>('[data-testid="correction-item"]')];
const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
const button = (el: ParentNode, name: string) => [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === name)!;

async function upload(file: File) {
  const input = q<HTMLInputElement>('[data-testid="correction-file"]');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

beforeEach(async () => {
  db = openSourceDb(`corrections-ui-${++n}`);
  downloads = [];
  await saveCorrection(db, { text: CLAIM, label: 'supported', checker: 'contradicted', url: 'https://news.example/story', title: 'The story', comment: 'The decree says 48.' }, new Date('2026-02-03T10:00:00Z'));
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<Corrections api={dbCorrectionsApi(db)} download={(name, body, type) => void downloads.push([name, body, type])} />, root);
  });
  await until(() => expect(items()).toHaveLength(1));
});

afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

describe('the corrections on the options page', () => {
  it('lists each correction with its claim, page, date, the checker’s verdict and the reader’s', () => {
    const [item] = items();
    expect(item!.querySelector('.correction-claim')!.textContent).toBe(CLAIM);
    const link = item!.querySelector('a')!;
    expect([link.textContent, link.getAttribute('href')]).toEqual(['The story', 'https://news.example/story']);
    expect(item!.querySelector('time')!.textContent).toBe('2026-02-03');
    expect(item!.querySelector('[data-testid="correction-checker"]')!.textContent).toBe('Contradicted');
    expect(item!.querySelector('[data-testid="correction-label"]')!.textContent).toBe('Supported');
    expect(item!.textContent).toContain('The decree says 48.');
  });

  it('changes a correction’s verdict and comment, and removes one', async () => {
    await act(async () => button(items()[0]!, 'Change').click());
    const select = q<HTMLSelectElement>('.correction-edit select');
    expect(root.ownerDocument.activeElement).toBe(select);
    await act(async () => {
      select.value = 'mixed';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => button(root, 'Save').click());
    await until(() => expect(text('correction-label')).toBe('Disputed'));
    expect(text('correction-status')).toBe('Changed: you say disputed.');
    expect((await listCorrections(db))[0]).toMatchObject({ label: 'mixed', checker: 'contradicted', comment: 'The decree says 48.' });

    await act(async () => button(items()[0]!, 'Remove').click());
    await until(() => expect(items()).toHaveLength(0));
    expect(q('[data-testid="no-corrections"]')).not.toBeNull();
    expect(await listCorrections(db)).toEqual([]);
  });

  it('exports them as JSON Lines and imports the file back', async () => {
    await act(async () => q<HTMLButtonElement>('[data-testid="export-corrections"]').click());
    await until(() => expect(downloads).toHaveLength(1));
    const [name, body, type] = downloads[0]!;
    expect(name).toMatch(/^albania-iran-factcheck-corrections-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expect(type).toBe('application/jsonl');
    expect(JSON.parse(body.trim())).toMatchObject({ text: CLAIM, label: 'supported', checker: 'contradicted', url: 'https://news.example/story', title: 'The story' });
    expect(text('correction-status')).toBe('Exported 1 correction.');

    await act(async () => button(items()[0]!, 'Remove').click());
    await until(() => expect(items()).toHaveLength(0));
    await upload(new File([body], name, { type: 'application/jsonl' }));
    await until(() => expect(items()).toHaveLength(1));
    expect(text('correction-status')).toBe('Imported 1 correction.');
    expect(text('correction-error')).toBe('');
  });

  it('refuses a bad file with one alert line and keeps every correction', async () => {
    const before = await listCorrections(db);
    await upload(new File(['{"id":"a","text":"x","label":"false"}\n'], 'mine.jsonl'));
    await until(() => expect(text('correction-error')).not.toBe(''));
    expect(text('correction-error')).toBe('“mine.jsonl” line 1: label: expected one of supported, partly, contradicted, mixed, unverified, offtopic. Nothing was imported.');
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(await listCorrections(db)).toEqual(before);
    expect(items()).toHaveLength(1);
  });
});
