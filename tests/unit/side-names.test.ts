import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sideNamesModule } from '../../scripts/build-side-names';
import { mayMentionEitherSide, mentionsEitherSide } from '../../src/core/prefilter';
import { sideNames } from '../../scripts/side-patterns';
import { analyse } from '../../src/core/read/analyse';

// The content script's sieve is generated from the checker's names: a page that names a side
// only by a name the checker knows ("the PMOI", "Homeland Justice") is still read.

describe('the sieve for names of either side', () => {
  it('is up to date with the checker\'s names (run `npm run facts`)', () => {
    expect(readFileSync(new URL('../../src/generated/side-names.ts', import.meta.url), 'utf8')).toBe(sideNamesModule());
  });

  it('finds every name the checker takes for a side, as written in a sentence, and in text run together', () => {
    for (const name of sideNames()) {
      const written = name.replace(/\b\w/g, (c) => c.toUpperCase());
      expect(mentionsEitherSide(`On Monday ${written} said so.`), name).toBe(true);
      expect(mayMentionEitherSide(`Latest news${written.replace(/ /g, '')}said so`), name).toBe(true);
    }
  });

  it('lets through the sentences the checker reads as naming a side', () => {
    for (const text of ['The PMOI held its summit in July.', 'Homeland Justice claimed the attack.', 'The camp at Manez was searched.']) {
      expect(analyse(text, null, true).sides.size + analyse(text, null, true).features.entities.length, text).toBeGreaterThan(0);
      expect(mentionsEitherSide(text), text).toBe(true);
    }
  });

  it('stays shut for text that names neither side', () => {
    // People of a side are not in it: "Rama" or "Raisi" alone would open pages on drama and on raising rates.
    for (const text of ['The bakery on Main Street won a prize for its bread.', 'Heavy rain caused flooding in northern Italy.', 'Miranda and Frank went to the drama club.', 'Rama is a hero of the Ramayana.']) {
      expect(mentionsEitherSide(text), text).toBe(false);
    }
  });
});
