import { describe, expect, it } from 'vitest';
import { UI_HOST_MARK, UI_HOST_TAG } from '../shared/views';
import { clearLeftovers } from './leftovers';
import { makePage } from '../../tests/helpers/test-page';

describe('clearLeftovers', () => {
  it('removes the notes layers and underlines an earlier run left, and nothing of the page', () => {
    const { win, doc } = makePage('<p>Albania cut ties with Iran.</p><factcheck-notes id="pages-own"></factcheck-notes>');
    for (const name of [UI_HOST_TAG, `${UI_HOST_TAG}-1a2b3c4d`]) {
      const host = doc.createElement(name);
      host.setAttribute(UI_HOST_MARK, '');
      doc.documentElement.append(host);
    }
    // An element of the page that merely carries the name, at the root, is the page's.
    doc.documentElement.append(doc.createElement(UI_HOST_TAG));
    const registry = new Map<string, unknown>([
      ['factcheck-contradicted', new Set()],
      ['factcheck-supported', new Set()],
      ['the-pages-own', new Set()],
    ]);
    Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(win, 'Highlight', { value: Set, configurable: true });

    expect(clearLeftovers(doc, win)).toBe(2);
    expect([...doc.documentElement.children].map((e) => e.localName)).toEqual(['head', 'body', UI_HOST_TAG]);
    expect(doc.getElementById('pages-own')).not.toBeNull();
    expect(doc.body.textContent).toBe('Albania cut ties with Iran.');
    expect([...registry.keys()]).toEqual(['the-pages-own']);
  });

  it('finds nothing to do on a page it never marked', () => {
    const { win, doc } = makePage('<p>Nothing here.</p>');
    expect(clearLeftovers(doc, win)).toBe(0);
    expect(doc.body.innerHTML).toBe('<p>Nothing here.</p>');
  });
});
