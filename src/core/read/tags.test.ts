import { describe, expect, it } from 'vitest';
import { stripTag } from './tags';

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

describe('odd input to the tag stripper', () => {
  it('reads a long run of white space before a tag in one pass', () => {
    expect(stripTag(`${' '.repeat(10_000)}TEHRAN -- The embassy in Tirana was closed on Thursday.`)).toBe('The embassy in Tirana was closed on Thursday.');
  });
});
