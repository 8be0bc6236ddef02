import { describe, expect, it } from 'vitest';
import { SetError, parseClaimLines, parseNearMissLines } from './labelled-lines';

const line = (o: unknown) => JSON.stringify(o);

/** The one-line message a bad set gets. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SetError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('the set was accepted');
}

describe('reading a claim file', () => {
  it('reads each line with its text, label and optional fields, skipping blank lines and Windows line ends', () => {
    const text = `\uFEFF${line({ id: 'p1', text: 'The ferry left Durrës at dawn.', label: 'unverified', kind: 'date', group: 7, comment: 'made up' })}\r\n\r\n${line({ text: 'Snow fell.', label: 'offtopic', why: 'extra fields are left alone' })}\n`;
    const claims = parseClaimLines('mine.jsonl', text);
    expect(claims).toEqual([
      { line: 1, id: 'p1', text: 'The ferry left Durrës at dawn.', label: 'unverified', kind: 'date', group: '7', comment: 'made up' },
      { line: 3, id: 'line 3', text: 'Snow fell.', label: 'offtopic' },
    ]);
  });

  it('names the file and line of a line that is not JSON', () => {
    const text = `${line({ text: 'A.', label: 'supported' })}\n{"text": "B.", "label": supported}\n`;
    expect(refusal(() => parseClaimLines('mine.jsonl', text))).toMatch(/^mine\.jsonl line 2 is not JSON \(.+\)$/);
  });

  it('refuses a line that is JSON but not an object', () => {
    expect(refusal(() => parseClaimLines('mine.jsonl', '["A.", "supported"]'))).toBe('mine.jsonl line 1 is not a JSON object');
  });

  it('refuses a line without text, or with blank text', () => {
    expect(refusal(() => parseClaimLines('mine.jsonl', line({ label: 'supported' })))).toBe('mine.jsonl line 1 has no "text"');
    expect(refusal(() => parseClaimLines('mine.jsonl', line({ text: '  ', label: 'supported' })))).toBe('mine.jsonl line 1 has no "text"');
  });

  it('refuses a line without a label', () => {
    expect(refusal(() => parseClaimLines('mine.jsonl', line({ text: 'A ferry sank.' })))).toBe('mine.jsonl line 1 has no "label"');
  });

  it('refuses an unknown label, listing the five it knows', () => {
    expect(refusal(() => parseClaimLines('mine.jsonl', line({ text: 'A ferry sank.', label: 'partly' })))).toBe(
      'mine.jsonl line 1: unknown label "partly" (labels: supported, contradicted, mixed, unverified, offtopic)',
    );
    expect(refusal(() => parseClaimLines('mine.jsonl', line({ text: 'A ferry sank.', label: 'Supported' })))).toMatch(/unknown label "Supported"/);
  });

  it('refuses an optional field that is not text', () => {
    expect(refusal(() => parseClaimLines('mine.jsonl', line({ text: 'A ferry sank.', label: 'offtopic', url: 3 })))).toBe('mine.jsonl line 1: "url" must be text');
  });

  it('refuses an empty file', () => {
    expect(refusal(() => parseClaimLines('mine.jsonl', '\n\n'))).toBe('mine.jsonl has no lines');
  });

  it('asks every line of a page set to name its page', () => {
    expect(refusal(() => parseClaimLines('set/claims.jsonl', line({ text: 'A ferry sank.', label: 'offtopic' }), { needFile: true }))).toMatch(/^set\/claims\.jsonl line 1 has no "file"/);
  });
});

describe('reading a near-miss list', () => {
  it('reads each page with its kind and its sentences about the dispute, none when it lists none', () => {
    const pages = parseNearMissLines('expect.jsonl', `${line({ file: '01-a.html', kind: 'sport', on_topic: ['One sentence.'] })}\n${line({ file: '02-b.html' })}`);
    expect(pages).toEqual([
      { line: 1, file: '01-a.html', kind: 'sport', onTopic: ['One sentence.'] },
      { line: 2, file: '02-b.html', onTopic: [] },
    ]);
  });

  it('refuses a page without a file or with a list that is not of sentences', () => {
    expect(refusal(() => parseNearMissLines('expect.jsonl', line({ kind: 'sport' })))).toBe('expect.jsonl line 1 has no "file"');
    expect(refusal(() => parseNearMissLines('expect.jsonl', line({ file: 'a.html', on_topic: 'One sentence.' })))).toBe('expect.jsonl line 1: "on_topic" must be a list of sentences');
  });
});
