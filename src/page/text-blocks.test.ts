import { describe, expect, it } from 'vitest';
import { BlockWalker, joinParts, rangeFor, SideSieve, type BlockText } from './text-blocks';
import { makePage } from '../../tests/helpers/test-page';
import { UI_HOST_TAG, isUiHostTag } from '../shared/views';

const ownUi = (el: Element) => isUiHostTag(el.localName);

function read(html: string): BlockText[] {
  const { doc } = makePage(html);
  const w = new BlockWalker(doc.body, new WeakSet(), ownUi);
  while (!w.step(10));
  return w.blocks().map(([el, parts]) => joinParts(el, parts));
}

const texts = (html: string) => read(html).map((b) => b.text.replace(/ +/g, ' ').trim());

describe('reading blocks', () => {
  it('reads a paragraph across inline elements as one text', () => {
    expect(texts('<p>Albania <b>cut</b> ties with <a href="#">Iran</a>.</p>')).toEqual(['Albania cut ties with Iran.']);
  });

  it('keeps each block separate, in page order', () => {
    expect(texts('<h1>Title</h1><p>First.</p><ul><li>One</li><li>Two</li></ul><table><tr><td>Cell</td></tr></table>')).toEqual([
      'Title', 'First.', 'One', 'Two', 'Cell',
    ]);
  });

  it('leaves out scripts, styles, forms, code, editable, hidden content and its own UI', () => {
    const html = `<p>Shown about Iran.</p>
      <script>var iran = 1;</script><style>.iran{}</style><noscript>Iran</noscript>
      <textarea>Iran typed</textarea><input value="Iran"><select><option>Iran</option></select>
      <div contenteditable="true"><p>Iran draft</p></div><div contenteditable="false"><p>Iran fixed</p></div>
      <p hidden>Iran hidden</p><p aria-hidden="true">Iran aria</p><p style="display:none">Iran none</p>
      <pre><code>iran()</code></pre><${UI_HOST_TAG}><p>Iran ours</p></${UI_HOST_TAG}>`;
    expect(texts(html)).toEqual(['Shown about Iran.', 'Iran fixed']);
  });

  it('separates lines broken by <br> and text around nested blocks', () => {
    expect(texts('<p>Line one<br>Line two</p>')).toEqual(['Line one Line two']);
    expect(texts('<div>Before<p>inner</p>after</div>')).toEqual(['Before after', 'inner']);
  });

  it('turns line breaks of the source into spaces without moving offsets', () => {
    const [b] = read('<p>Albania\n   cut ties.</p>');
    expect(b!.text).toBe('Albania    cut ties.');
    expect(b!.text.length).toBe(b!.segments[0]!.node.data.length);
  });

  it('never reads a block twice', () => {
    const { doc } = makePage('<p>Once about Iran.</p>');
    const done = new WeakSet<Element>();
    const first = new BlockWalker(doc.body, done, ownUi);
    while (!first.step(10));
    const again = new BlockWalker(doc.body, done, ownUi);
    while (!again.step(10));
    expect(first.blocks()).toHaveLength(1);
    expect(again.blocks()).toHaveLength(0);
  });
});

describe('ranges over the page text', () => {
  it('covers a sentence that spans several text nodes exactly', () => {
    const [b] = read('<p>Intro. Iranian <em>diplomats</em> were given <b>48 hours</b> to leave. Outro.</p>');
    const start = b!.text.indexOf('Iranian');
    const end = b!.text.indexOf('leave.') + 'leave.'.length;
    const range = rangeFor(b!, start, end)!;
    expect(range.toString()).toBe('Iranian diplomats were given 48 hours to leave.');
    expect(range.startContainer).toBe(b!.segments[0]!.node);
  });

  it('is null once the text nodes are gone', () => {
    const [b] = read('<p>Albania cut ties.</p>');
    b!.element.textContent = 'replaced';
    expect(rangeFor(b!, 0, 7)).toBeNull();
  });
});

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
