import { describe, expect, it } from 'vitest';
import { readTag } from './tags';

const stripTag = (s: string) => readTag(s).said;
const doubtedLeadIn = (s: string) => readTag(s).denied;

describe('agency tags and datelines', () => {
  it('are taken off the front of wire copy', () => {
    expect(stripTag('TIRANA, Albania (AP) — The government expelled the diplomats on Wednesday.')).toBe('The government expelled the diplomats on Wednesday.');
    expect(stripTag('(dpa) Tirana has ended its ties with Tehran, officials said.')).toBe('Tirana has ended its ties with Tehran, officials said.');
    expect(stripTag('TEHRAN -- The embassy in Tirana was closed on Thursday.')).toBe('The embassy in Tirana was closed on Thursday.');
    expect(stripTag('ROME (AFP) - The embassy in Tirana was closed on Thursday.')).toBe('The embassy in Tirana was closed on Thursday.');
    expect(stripTag('ROME, Sept 9 (Reuters) - The embassy in Tirana was closed on Thursday.')).toBe('The embassy in Tirana was closed on Thursday.');
  });

  it('leave a sentence alone when what comes before the dash is part of it', () => {
    const s = 'Rama said the decision was final: the diplomats must leave within 24 hours.';
    expect(stripTag(s)).toBe(s);
  });
});

describe("a writer's words to the reader", () => {
  it('are taken off the front: a lead-in before a colon and an opening word before a comma', () => {
    expect(stripTag('Short version for the busy reader: the embassy staff left Tirana on Thursday.')).toBe('the embassy staff left Tirana on Thursday.');
    expect(stripTag("Here's the odd bit: the diplomats burned papers all night.")).toBe('the diplomats burned papers all night.');
    expect(stripTag('OK, so the embassy staff left Tirana on Thursday.')).toBe('the embassy staff left Tirana on Thursday.');
    expect(stripTag('Yes, the embassy staff left Tirana on Thursday.')).toBe('the embassy staff left Tirana on Thursday.');
  });

  it('are kept where they name someone, give a figure, quote a speaker or state something', () => {
    for (const s of [
      'Iran answered within hours: the accusations were baseless.',
      'In 2022 alone: two cyberattacks and one broken tie.',
      'The ministry stated: the accusations were baseless and unfounded.',
      'The reaction was swift: the United States condemned the attack.',
      'Still, the embassy staff left Tirana on Thursday.',
    ]) expect(stripTag(s), s).toBe(s);
  });
});

describe('a lead-in that calls what follows false', () => {
  it('is found and taken off, and is never a dateline', () => {
    for (const s of ['Myth: Albania cut its ties with Iran in August.', 'Not true: the embassy staff left Tirana on Thursday.', 'Pure fantasy: the embassy staff left Tirana on Thursday.']) {
      expect(doubtedLeadIn(s), s).toBe(true);
      expect(stripTag(s), s).toBe(s.slice(s.indexOf(':') + 2));
    }
    for (const s of ['TIRANA: the embassy staff left on Thursday.', 'Quick recap: the embassy staff left Tirana on Thursday.', 'Rama said: the embassy staff must leave Tirana by Thursday.']) expect(doubtedLeadIn(s), s).toBe(false);
  });

  it('is not found where the lead-in denies the doubt, states something or only names the claim', () => {
    for (const s of ['Not a myth: the embassy staff left Tirana on Thursday.', 'Fact, not fiction: the embassy staff left Tirana on Thursday.', 'The rumour was true: the embassy staff left Tirana on Thursday.', 'Claim: the embassy staff left Tirana on Thursday.']) {
      expect(doubtedLeadIn(s), s).toBe(false);
    }
    // A lead-in that calls it true is taken off all the same.
    expect(stripTag('Not a myth: the embassy staff left Tirana on Thursday.')).toBe('the embassy staff left Tirana on Thursday.');
  });
});

describe('odd input to the tag stripper', () => {
  it('reads a long run of white space before a tag in one pass', () => {
    expect(stripTag(`${' '.repeat(10_000)}TEHRAN -- The embassy in Tirana was closed on Thursday.`)).toBe('The embassy in Tirana was closed on Thursday.');
  });
});
