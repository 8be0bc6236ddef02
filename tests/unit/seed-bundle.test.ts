import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSeedBundle } from '../../scripts/seed-bundle';
import type { FactBundle } from '../../src/core/types';

const root = new URL('../../', import.meta.url).pathname;
const committed = JSON.parse(readFileSync(`${root}src/generated/seed-facts.json`, 'utf8')) as FactBundle;

const sharedSeeds = existsSync(`${root}../shared/seeds`);
if (!sharedSeeds) console.log(`seed bundle: skipped the comparison with ../shared/seeds: ${root}../shared/seeds is absent`);

describe('bundled fact base', () => {
  it('is up to date with the seeds and the fact builder (run `npm run facts`)', () => {
    expect(buildSeedBundle(`${root}seeds`)).toEqual(committed);
  });

  it.runIf(sharedSeeds)('holds the same five articles as ../shared/seeds', () => {
    const ours = readdirSync(`${root}seeds`).filter((f) => f.endsWith('.txt')).sort();
    const shared = readdirSync(`${root}../shared/seeds`).filter((f) => f.endsWith('.txt')).sort();
    expect(ours).toEqual(shared);
    for (const f of ours) expect(readFileSync(`${root}seeds/${f}`, 'utf8')).toBe(readFileSync(`${root}../shared/seeds/${f}`, 'utf8'));
  });

  it('quotes every fact exactly, at its offsets in its article', () => {
    const manifest = JSON.parse(readFileSync(`${root}seeds/manifest.json`, 'utf8')) as { sources: { file: string }[] };
    for (const { file } of manifest.sources) {
      const text = readFileSync(`${root}seeds/${file}`, 'utf8');
      const id = `seed:${file.replace(/\.txt$/, '')}`;
      const facts = committed.facts.filter((f) => f.sourceId === id);
      expect(facts.length).toBeGreaterThan(10);
      for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it('records who each quoted source sentence gives its words to, so the background need not read it', () => {
    const said = committed.facts.filter((f) => /\bRama said\.?$|, Rama said|PM Rama said/.test(f.quote));
    expect(said.length).toBeGreaterThan(0);
    for (const f of said) expect(f.features.speaker).toBe('albania');
    expect(committed.facts.some((f) => f.features.frames && f.features.speaker === undefined)).toBe(true);
  });

  it('invents no publisher or address for the articles', () => {
    for (const s of committed.sources) {
      expect(s.url).toBeNull();
      expect(s.origin).toBe('bundled');
    }
    expect(committed.sources.find((s) => s.id.includes('004'))).toMatchObject({ date: '2022-09-08', place: 'TIRANA' });
  });
});
