import { DISPUTE_NAMES, ENTITIES } from '../src/core/knowledge/dispute';

/**
 * The names the content script's sieve looks for: every name the checker has for either side
 * itself (the countries, their capitals, their other names) and for what only the dispute has
 * (the MEK, e-Albania, Homeland Justice, the camp). People of a side are left out: a page
 * about the dispute names a side, and "Rama" or "Raisi" alone would open every page on
 * drama or on raising rates.
 */
export function sideNames(): string[] {
  return [...new Set(ENTITIES.filter((e) => (e.side && e.kind !== 'person') || DISPUTE_NAMES.has(e.id)).flatMap((e) => e.names))];
}

const words = (name: string) => name.split(/[\s'\u2019-]+/).filter(Boolean);

// A name that holds another whole ("people s mujahedeen of iran" holds "iran") is found by that one.
function withoutHeld(names: string[], holds: (long: string, short: string) => boolean): string[] {
  const unique = [...new Set(names)];
  return unique.filter((n) => !unique.some((m) => m !== n && m.length < n.length && holds(n, m)));
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

// One pattern for many names, sharing their beginnings: "tehran|teheran" becomes "tehe?ran"-like
// nesting ("teh(?:eran|ran)"), which keeps the content script's copy small.
function trieSource(names: string[], gap: string): string {
  const root: Trie = { end: false, next: new Map() };
  for (const name of names) {
    let node = root;
    for (const ch of name) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const parts = [...node.next.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([ch, child]) => (ch === ' ' ? gap : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + emit(child));
    if (!parts.length) return '';
    const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
    if (!node.end) return body;
    return parts.length === 1 && parts[0]!.length === 1 ? `${body}?` : `(?:${parts.join('|')})?`;
  };
  return emit(root);
}

/**
 * The sieve's two regular expressions, as source text, made from the checker's own names so
 * the two cannot drift apart: `side` matches a name as whole words; `stem` any text that may
 * hold one even where words were run together ("World newsIran cut ..."), so that no text
 * `side` matches escapes `stem`.
 */
export function sidePatterns(): { side: string; stem: string } {
  const names = sideNames().map((n) => words(n).join(' '));
  const whole = withoutHeld(names, (long, short) => ` ${long} `.includes(` ${short} `));
  const joined = withoutHeld(names, (long, short) => long.replace(/ /g, '').includes(short.replace(/ /g, '')));
  return { side: `\\b${trieSource(whole, "[\\s'\\u2019-]+")}\\b`, stem: trieSource(joined, "[\\s'\\u2019-]*") };
}
