import { describe, expect, it } from 'vitest';
import { stem } from './text';

describe('word forms', () => {
  it('reads an irregular past form as its verb, so that "held" meets "hold" and "fled" meets "flee"', () => {
    for (const [past, verb] of [['held', 'holds'], ['fled', 'flee'], ['broke', 'breaking'], ['left', 'leaves'], ['stolen', 'steal']]) {
      expect(stem(past!), past).toBe(stem(verb!));
    }
  });

  it('keeps the stem of words that only look like a past form', () => {
    expect(stem('severe')).not.toBe(stem('sever'));
  });
});
