// Writes src/generated/antonyms.json: for the sources' verbs and adjectives, their WordNet 3.1
// (Princeton University) antonyms ("convicted" and "acquitted", "friendly" and "hostile"), so
// that an act told as its opposite is told otherwise; and src/generated/noun-antonyms.json,
// the nouns' ("ally" and "enemy", "security" and "insecurity"), kept apart so that only the
// reading of standings uses them, never the opposites of acts. The extension ships only this table.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem, tokenize } from '../src/core/read/text';
import { MONTHS, NUMBER_WORDS, STOPWORDS, WEEKDAYS } from '../src/core/knowledge/english';
import { ACTIONS, ENTITIES } from '../src/core/knowledge/dispute';
import { irregularOutsideVerb, readSynsets } from './wordnet';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

// Words the tables must not touch: names, numbers and dates are compared as such, and the
// lexicon's actions decide clashes on their own.
const reserved = new Set<string>([
  ...STOPWORDS, ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(NUMBER_WORDS),
  ...ENTITIES.flatMap((e) => e.names.flatMap((n) => n.split(' '))),
  ...ACTIONS.flatMap((a) => a.words.filter((w) => !w.includes(' '))),
]);
const plainWord = (w: string) => /^[a-z]{3,}$/.test(w) && !reserved.has(w);

const bundle = JSON.parse(readFileSync(join(root, 'src/generated/seed-facts.json'), 'utf8')) as { facts: { quote: string }[] };
const sourceWords = new Set<string>();
for (const f of bundle.facts) for (const t of tokenize(f.quote)) if ((t.raw === t.word || t.pos === 0) && plainWord(t.word)) sourceWords.add(t.word);
const sourceStems = new Set([...sourceWords].map(stem));

// WordNet's antonym pointers join single words of two synsets, in either direction.
const opposite = new Map<string, Set<string>>();
const nounOpposite = new Map<string, Set<string>>();
const synsets = { v: readSynsets('verb'), a: readSynsets('adj'), n: readSynsets('noun') };
const plainLower = (w: string | undefined) => (w && /^[a-z]+$/i.test(w) ? w.toLowerCase() : undefined);
for (const data of Object.values(synsets)) {
  for (const { words, antonyms } of data.values()) {
    for (const ant of antonyms) {
      const word = plainLower(words[ant.from - 1]);
      // Satellite adjectives ("s") are filed with the head adjectives.
      const target = plainLower((ant.pos === 'v' ? synsets.v : ant.pos === 'n' ? synsets.n : synsets.a).get(Number(ant.offset))?.words[ant.to - 1]);
      if (!word || !target || irregularOutsideVerb(word, ant.pos) || irregularOutsideVerb(target, ant.pos)) continue;
      // Nouns stand opposed sense by sense: "enemy" is the opposite of "ally" as "foe" is of "friend".
      const pairs: [string, string][] = [[word, target]];
      if (ant.pos === 'n' && data === synsets.n) {
        const mine = words.map(plainLower);
        const theirs = (synsets.n.get(Number(ant.offset))?.words ?? []).map(plainLower);
        for (const a of mine) for (const b of theirs) if (a && b) pairs.push([a, b]);
      }
      const table = ant.pos === 'n' ? nounOpposite : opposite;
      for (const [x, y] of pairs) {
        for (const [a, b] of [[x, y], [y, x]] as const) {
          (table.get(stem(a)) ?? table.set(stem(a), new Set()).get(stem(a))!).add(stem(b));
        }
      }
    }
  }
}
// Only pairs one side of which a source uses are worth shipping.
const tableOf = (pairs: Map<string, Set<string>>) =>
  Object.fromEntries([...pairs].filter(([a, bs]) => sourceStems.has(a) || [...bs].some((b) => sourceStems.has(b))).sort(([a], [b]) => (a < b ? -1 : 1)).map(([a, bs]) => [a, [...bs].sort()]));
const antonymTable = tableOf(opposite);

writeFileSync(join(root, 'src/generated/antonyms.json'), JSON.stringify(antonymTable) + '\n');
writeFileSync(join(root, 'src/generated/noun-antonyms.json'), JSON.stringify(tableOf(nounOpposite)) + '\n');
if (process.argv.includes('--verbose')) console.log(`${Object.keys(antonymTable).length} words with antonyms, for ${sourceWords.size} source words`);
