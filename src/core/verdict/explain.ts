import type { DetailResult, Frame, Verdict } from '../types';
import type { Alignment } from '../match/align';
import type { MatchedDetail } from '../match/match-details';

// Gravest first: a reader sees the clash before what agrees.
const ORDER: Record<MatchedDetail['outcome'], number> = { clashes: 0, disputed: 1, 'not-found': 2, backed: 3 };

function list(words: string[]): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

// Several facts may name the same others ("Iranian", "Iran and Tehran"): a name is answered
// by the fact that states most of the claim, other values once each.
function says(d: MatchedDetail): string {
  // A name or a date is told as the source sentence that states most of the claim gives it:
  // listing every date a source gives some event ("July 15, July, mid-July, Wednesday ...")
  // tells a reader nothing.
  const one = d.detail.kind === 'name' || d.detail.kind === 'date';
  // A date with a day or a year is the more telling: "July 15" rather than "this summer".
  const exact = (c: MatchedDetail['clashing'][number]) => (/\d/.test(c.says) ? 1 : 0);
  const clashing = one ? [...d.clashing].sort((a, b) => exact(b) - exact(a) || b.alignment.matched - a.alignment.matched).slice(0, 1) : d.clashing;
  return list([...new Set(clashing.flatMap((c) => c.says.split(' and ')))]);
}

/** The details a reader is shown: every name, amount, date and action, and plain words no source states. */
export function shownDetails(details: MatchedDetail[]): MatchedDetail[] {
  return details
    .filter((d) => d.detail.kind !== 'term' || d.outcome !== 'backed')
    .sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome] || a.detail.pos - b.detail.pos);
}

/** Details as the result carries them, each with the quotes that decide it. */
export function detailResults(details: MatchedDetail[]): DetailResult[] {
  return shownDetails(details).map((d) => {
    const quotes = [...new Set([...d.clashing.map((c) => c.alignment.fact.quote), ...d.backing.map((a) => a.fact.quote)])].slice(0, 2);
    const out: DetailResult = { text: d.detail.text, kind: d.detail.kind, outcome: d.outcome, quotes };
    if (d.clashing.length) out.sourcesSay = says(d);
    if (d.outcome === 'backed') out.sources = new Set(d.backing.map((a) => a.fact.sourceId)).size;
    return out;
  });
}

/** One line a reader understands, naming the details that decided the verdict. */
export function reasonFor(verdict: Verdict, details: MatchedDetail[], sources: number): string {
  const of = (o: MatchedDetail['outcome']) => details.filter((d) => d.outcome === o);
  const required = (d: MatchedDetail) => d.detail.kind !== 'term';
  if (verdict === 'contradicted') {
    if (!of('clashes').length) return 'The sources state what the claim says could not be found out.';
    // A denial the sources do not make is named, not set against itself ("not not violated").
    const clash = (d: MatchedDetail) => (says(d) === WITHOUT_DENIAL ? `it without \u201c${d.detail.text}\u201d` : `${says(d)}, not ${d.detail.text}`);
    return `The sources say ${of('clashes').map(clash).join('; ')}.`;
  }
  if (verdict === 'mixed') {
    const d = of('disputed')[0]!;
    return `The sources disagree: one says ${d.detail.text}, ${d.clashing.length > 1 ? 'others say' : 'another says'} ${says(d)}.`;
  }
  const backed = of('backed').filter((d) => required(d) && d.detail.kind !== 'action').map((d) => d.detail.text);
  if (verdict === 'supported') {
    return `${sources === 1 ? 'A source says' : `${sources} sources say`} the same${backed.length ? ` (${list(backed)})` : ''}.`;
  }
  const missing = of('not-found').filter((d) => d.detail.required || d.detail.kind === 'term').map((d) => d.detail.text);
  if (verdict === 'partly') {
    const stated = of('backed').filter(required).map((d) => d.detail.text);
    return `Partly supported: the sources state ${stated.length ? list(stated) : 'part of it'}, but not ${list(missing.slice(0, 4)) || 'the rest'}.`;
  }
  return UNVERIFIED_REASON.related;
}

/** Why a claim on the dispute is unverified: some source sentences come close, or none does. */
export const UNVERIFIED_REASON = {
  related: 'About the Albania–Iran dispute, but no source states this; the closest source sentences are quoted.',
  none: 'About the Albania–Iran dispute, but no source covers it.',
} as const;

/** The facts to quote: the ones that decide the gravest details, one per source where possible. */
export function decisiveFacts(verdict: Verdict, details: MatchedDetail[], max: number): { alignment: Alignment; stance: 'supports' | 'contradicts' }[] {
  const out: { alignment: Alignment; stance: 'supports' | 'contradicts' }[] = [];
  const seen = new Set<string>();
  const add = (a: Alignment, stance: 'supports' | 'contradicts') => {
    if (seen.has(a.fact.id)) return;
    seen.add(a.fact.id);
    out.push({ alignment: a, stance });
  };
  const clashes = details.some((d) => d.outcome === 'clashes');
  if (verdict === 'mixed' || (verdict === 'contradicted' && clashes)) {
    const decisive = details.filter((d) => d.outcome === (verdict === 'mixed' ? 'disputed' : 'clashes'));
    for (const d of decisive) {
      if (verdict === 'mixed') for (const a of d.backing.slice(0, 1)) add(a, 'supports');
      for (const c of d.clashing.slice(0, 2)) add(c.alignment, 'contradicts');
    }
    return out.slice(0, max + 1);
  }
  // Best-covering facts first, one per source, then others that back a detail no earlier one did.
  // (A claim that something is unknown is contradicted by the very facts that state it.)
  const backing = details.filter((d) => d.outcome === 'backed').flatMap((d) => d.backing);
  const ranked = [...new Set(backing)].sort((a, b) => b.matched - a.matched);
  const sources = new Set<string>();
  // What the reading found backed (a party's own denial) is quoted first: it is what the
  // claim turns on, however little else of it that sentence states.
  for (const d of details) {
    if (d.outcome !== 'backed' || d.detail.pos >= 0) continue;
    for (const a of d.backing.slice(0, 1)) {
      sources.add(a.fact.sourceId);
      add(a, verdict === 'contradicted' ? 'contradicts' : 'supports');
    }
  }
  for (const a of ranked) {
    if (sources.has(a.fact.sourceId)) continue;
    sources.add(a.fact.sourceId);
    add(a, verdict === 'contradicted' ? 'contradicts' : 'supports');
  }
  return out.slice(0, max);
}

/** A frame in a reader's words: "Albania severed (Iran)", "Iran was not behind". */
export function frameWords(f: Frame): string {
  if (f.noun) return `${f.actor ? `${partyName(f.actor)}'s ` : ''}${f.text}${f.target ? ` on ${partyName(f.target)}` : ''}`;
  const denied = f.negated && !/\b(?:not|never|n't|no)\b/i.test(f.text) ? 'did not ' : '';
  return `${partyName(f.actor)} ${denied}${f.text}${f.target ? ` (${partyName(f.target)})` : ''}`;
}

/** A party as a reader names it ("Albania", "US", "Adrienne Watson"), from the lexicon's ids ("adrienne-watson"). */
export function partyName(p: string | undefined): string {
  if (!p) return 'someone';
  if (p.length <= 3) return p.toUpperCase();
  return p
    .replace(/^name:/, '')
    .split('-')
    .map((w, i) => (i > 0 && LINKING.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

// Words a name keeps in lower case ("Council of Ministers").
const LINKING = new Set(['of', 'the', 'and', 'for', 'de', 'al', 'e']);

/** What a source says of quoted words it gives to another speaker. */
export function speakerWords(party: string): string {
  return `the words of ${partyName(party)}`;
}

/** What a source says of a claim that denies what it affirms. */
export const WITHOUT_DENIAL = 'it without a denial';
