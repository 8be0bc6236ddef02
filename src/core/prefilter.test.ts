import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayMentionEitherSide, mentionsEitherSide } from './prefilter';

// The forms the checker knows: the sieve is made from its names ("the Mujahedeen" alone is not the MEK).
const NAMES = ['Albania', 'ALBANIAN', 'albanians', 'Tirana', 'Iran', 'Iranian', 'IRANIANS', 'Tehran', 'Teheran', 'Islamic Republic', 'Islamic\nRepublic', 'MEK', 'Mujahedeen-e-Khalq', "People's Mujahedin", 'Mujahideen Khalq', 'Mojahedin-e Khalq', 'PMOI', 'Homeland Justice'];

describe('names of either side', () => {
  it('are recognised in every usual form, and only as whole words', () => {
    for (const name of NAMES) expect(mentionsEitherSide(`News from ${name} today.`), name).toBe(true);
    for (const text of ['Miranda sang.', 'A tyrant fell.', 'The Mekong river.', 'Piranhas bite.']) expect(mentionsEitherSide(text), text).toBe(false);
  });

  it('are never missed by the rough test, even in text run together without spaces', () => {
    for (const name of NAMES) {
      expect(mayMentionEitherSide(`World news${name}cut ties`), name).toBe(true);
      expect(mayMentionEitherSide(name.toLowerCase()), name).toBe(true);
    }
  });

  it('rough test is true for every pair of seed paragraphs where the exact test is', () => {
    const dir = join(__dirname, '../../seeds');
    const paragraphs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/));
    expect(paragraphs.length).toBeGreaterThan(50);
    let named = 0;
    for (let i = 1; i < paragraphs.length; i++) {
      // Joined as textContent joins blocks: no space between them.
      const joined = paragraphs[i - 1]! + paragraphs[i]!;
      if (mentionsEitherSide(paragraphs[i]!) || mentionsEitherSide(paragraphs[i - 1]!)) {
        named++;
        expect(mayMentionEitherSide(joined)).toBe(true);
      }
    }
    expect(named).toBeGreaterThan(20);
  });
});
