import { describe, expect, it } from 'vitest';
import { readSourcesFile, toSourcesFile } from './sources-file';

const entry = { title: 'Council note', text: 'The council met on Monday.', kind: 'article' };
const refusal = (source: unknown) => {
  try {
    readSourcesFile('mine.json', { version: 1, sources: [entry, source] });
    return 'accepted';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('an export file read back', () => {
  it('gives back what was exported', () => {
    const file = toSourcesFile([{ id: 'u1', origin: 'user', title: 'Council note', text: entry.text, kind: 'article', url: 'https://example.org/n', place: null, date: '2022-09-08', referenceDate: null, addedAt: 5, enabled: false }]);
    expect(readSourcesFile('mine.json', JSON.parse(JSON.stringify(file)))).toEqual([
      { title: 'Council note', text: entry.text, kind: 'article', url: 'https://example.org/n', place: null, date: '2022-09-08', referenceDate: null, addedAt: 5, enabled: false },
    ]);
  });

  it('names the entry and the field at fault, in words', () => {
    expect(refusal('text')).toBe('Source 2 of 2 in mine.json is not an object.');
    expect(refusal({ ...entry, title: '  ' })).toBe('Source 2 of 2 in mine.json has no "title".');
    expect(refusal({ title: 'x', kind: 'article' })).toBe('Source 2 of 2 in mine.json has no "text".');
    expect(refusal({ ...entry, date: '8 Sept' })).toMatch(/has a "date" that is not a yyyy-mm-dd date\.$/);
    expect(refusal({ ...entry, url: 'ftp://example.org' })).toMatch(/has a "url" that is not a web address/);
    expect(refusal({ ...entry, enabled: 'yes' })).toMatch(/has an "enabled" that is not true or false\.$/);
    expect(refusal({ ...entry, reviews: [{ start: 0, end: 500, rating: 'supported' }] })).toMatch(/has a review whose place or rating does not fit its text\.$/);
    expect(refusal({ ...entry, reviews: [{ start: 0, end: 3, rating: 'excellent' }] })).toMatch(/has a review whose place or rating does not fit its text\.$/);
    expect(refusal({ ...entry, kind: 'claimreview' })).toMatch(/is a fact-check without its ratings/);
  });
});
