import { describe, expect, it } from 'vitest';
import { makePage } from '../../tests/helpers/test-page';
import { OPENING_CHARS, readPageOpening } from './page-opening';

describe('the opening of a page', () => {
  it('is its title, headline, summary and first paragraphs, in that order', () => {
    const { doc } = makePage('<h1>Albania cuts ties with Iran</h1><p>First paragraph.</p><p>Second paragraph.</p>');
    doc.title = 'Albania cuts ties | News';
    expect(readPageOpening(doc).split('\n\n')).toEqual(['Albania cuts ties | News', 'Albania cuts ties with Iran', 'First paragraph.', 'Second paragraph.']);
  });

  it('prefers the article to the rest of the page, and stops after a few thousand characters', () => {
    const long = `<p>${'word '.repeat(400)}</p>`;
    const { doc } = makePage(`<nav><p>Menu item</p></nav><article>${long.repeat(5)}</article>`);
    const opening = readPageOpening(doc);
    expect(opening).not.toContain('Menu item');
    expect(opening.length).toBeLessThanOrEqual(OPENING_CHARS + 10);
  });
});

describe('the opening the page side sends', () => {
  it('fits the limit the background accepts', async () => {
    const { LIMITS } = await import('../shared/messages');
    expect(OPENING_CHARS).toBeLessThanOrEqual(LIMITS.opening);
  });
});
