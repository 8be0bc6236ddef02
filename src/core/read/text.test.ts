import { describe, expect, it } from 'vitest';
import { stem, tokenize } from './text';

describe('word forms', () => {
  it('reads an irregular past form as its verb, so that "held" meets "hold" and "fled" meets "flee"', () => {
    for (const [past, verb] of [['held', 'holds'], ['fled', 'flee'], ['broke', 'breaking'], ['left', 'leaves'], ['stolen', 'steal']]) {
      expect(stem(past!), past).toBe(stem(verb!));
    }
  });

  it('reads a compound the same with or without its hyphen', () => {
    expect(stem('cyber-attacks')).toBe(stem('cyberattack'));
    expect(stem('e-mails')).toBe(stem('email'));
  });

  it('keeps the stem of words that only look like a past form', () => {
    expect(stem('severe')).not.toBe(stem('sever'));
  });
});

describe('breaks between words', () => {
  it('marks the word after a comma, colon or bracket, and no other', () => {
    const marked = tokenize('Albania cut ties with Iran, Prime Minister (Rama) said: today').filter((t) => t.afterBreak).map((t) => t.raw);
    expect(marked).toEqual(['Prime', 'Rama', 'said', 'today']);
  });
});

describe('possessives', () => {
  it("marks a word written with 's and keeps it without", () => {
    const tokens = tokenize("Rama's minister and the ministry's statement");
    expect(tokens.filter((t) => t.possessive).map((t) => t.raw)).toEqual(['Rama', 'ministry']);
  });
});

describe('contractions', () => {
  it("reads a pronoun with a helping verb cliticised on it as the pronoun, and leaves a negation whole", () => {
    expect(tokenize("they'd seen it, we've heard, you'll see, we're told, I'm sure, it hadn't").map((t) => t.word)).toEqual(['they', 'seen', 'it', 'we', 'heard', 'you', 'see', 'we', 'told', 'i', 'sure', 'it', "hadn't"]);
  });
});
