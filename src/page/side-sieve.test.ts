import { describe, expect, it } from 'vitest';
import { SideSieve } from './side-sieve';
import { makePage } from '../../tests/helpers/test-page';
import { isUiHostTag } from '../shared/views';

const ownUi = (el: Element) => isUiHostTag(el.localName);

describe('sieving a page for names of either side', () => {
  function sieve(html: string, done = new WeakSet<Element>()): string[] {
    const { doc } = makePage(html);
    const s = new SideSieve(doc.body);
    while (!s.step(2));
    return s.blocks(done, ownUi).map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
  }

  it('keeps only the blocks whose text names a side, in page order', () => {
    expect(sieve('<h1>Bread</h1><p>About <b>Iran</b> today.</p><p>Gardening.</p><li>Albania</li>')).toEqual([
      'About Iran today.',
      'Albania',
    ]);
  });

  it('keeps the outer block once when a name sits in it and in a block inside it', () => {
    expect(sieve('<div>Iran here <p>and Albania there</p></div><p>Iran after</p>')).toEqual([
      'Iran here and Albania there',
      'Iran after',
    ]);
  });

  it('drops names inside scripts, hidden or editable content, and blocks already read', () => {
    const { doc } = makePage('<p id="read">Iran once</p><script>iran()</script><p hidden>Iran</p><div contenteditable><p>Iran</p></div>');
    const done = new WeakSet<Element>([doc.getElementById('read')!]);
    const s = new SideSieve(doc.body);
    while (!s.step(1));
    expect(s.blocks(done, ownUi)).toEqual([]);
  });

  it('finds a name that opens a block right after another block, with no space between them', () => {
    expect(sieve('<h2>World</h2><p>Iran cut ties.</p>')).toEqual(['Iran cut ties.']);
  });

  it('finds names on pages full of elements or of code, around and inside the code', () => {
    const code = `<script>var data = "${'x'.repeat(70_000)}";</script>`;
    expect(sieve(`${code}<p>Albania cut ties.</p>`)).toEqual(['Albania cut ties.']);
    expect(sieve(`${'<i></i>'.repeat(10_001)}<p>Albania cut ties.</p>`)).toEqual(['Albania cut ties.']);
    const [found, ...more] = sieve(`<div><section><style>p{}</style><p>Iran ${code}replied.</p></section></div>`);
    expect(more).toEqual([]);
    expect(found).toMatch(/^Iran var data = "x+";replied\.$/);
  });

  it('finds nothing on a page that never names a side', () => {
    expect(sieve('<p>Irania is a plant.</p><p>The Balkans in spring.</p>')).toEqual([]);
  });
});
