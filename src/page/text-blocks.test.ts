import { describe, expect, it } from 'vitest';
import { BlockWalker, joinParts, rangeFor, type BlockText } from './text-blocks';
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
