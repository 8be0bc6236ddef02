import { describe, expect, it } from 'vitest';
import { readWords, repairTags, type Word } from './nlp';

const word = (text: string, pos: string, lemma = text.toLowerCase()): Word => ({ text, lower: text.toLowerCase(), lemma, pos, negated: false });

describe('reading English with the language library', () => {
  it('reads a past form after "had" or "has" as a verb where the light model calls it a noun', () => {
    const w = readWords('Iran said it had orchestrated the attack.').find((x) => x.lower === 'orchestrated');
    expect([w?.pos, w?.lemma]).toEqual(['VERB', 'orchestrate']);
  });

  it('gives each word its lemma, part of speech and negation scope', () => {
    const words = readWords('Albania did not expel the diplomats.');
    expect(words.find((w) => w.lower === 'expel')).toMatchObject({ pos: 'VERB', negated: true });
    expect(words.find((w) => w.lower === 'diplomats')?.lemma).toBe('diplomat');
  });

  it('reads a past form taken for a noun as the verb it is paired with, with a verb lemma', () => {
    const words = repairTags([word('China', 'PROPN'), word('orchestrated', 'NOUN'), word('and', 'CCONJ'), word('sponsored', 'VERB', 'sponsor'), word('it', 'PRON')]);
    expect(words[1]).toMatchObject({ pos: 'VERB', lemma: 'orchestrate' });
  });

  it("reads a headline's verb taken for a plural noun after a name, with its object after it, as the verb", () => {
    const words = readWords('Tirana expels Iranian envoys');
    expect(words[1]).toMatchObject({ pos: 'VERB', lemma: 'expel' });
    expect(readWords('Albania Iran relations sour')[2]!.pos).toBe('NOUN');
  });

  it('leaves a noun alone when no past verb pairs with it', () => {
    const words = repairTags([word('the', 'DET'), word('seed', 'NOUN'), word('and', 'CCONJ'), word('water', 'NOUN')]);
    expect(words[1]!.pos).toBe('NOUN');
  });
});
