import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('sentences', () => {
  it('end at a full stop, question or exclamation mark followed by a space', () => {
    expect(texts('Albania cut ties with Iran. Did Iran deny it? It did! Rama spoke.')).toEqual([
      'Albania cut ties with Iran.',
      'Did Iran deny it?',
      'It did!',
      'Rama spoke.',
    ]);
  });

  it('go on past a mark written with no space after it, as in code or addresses', () => {
    expect(texts('Albania cut ties with Iran <style>*{display:none!important}</style> on Wednesday. Next one.')).toEqual([
      'Albania cut ties with Iran <style>*{display:none!important}</style> on Wednesday.',
      'Next one.',
    ]);
    expect(texts('Albania published the report at https://gov.example/page?id=3&x=1 last week.')).toEqual([
      'Albania published the report at https://gov.example/page?id=3&x=1 last week.',
    ]);
  });

  it('keep offsets into the text', () => {
    const text = '  Rama spoke!important words.  Iran denied it.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
