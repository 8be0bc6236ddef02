import type { Frame } from '../types';
import { ACTIONS, ATTACK_NOUNS, ATTACKED_NAMES, CONCEPTS, ENTITIES, EVENT_CONCEPTS, type EntityEntry } from '../knowledge/dispute';
import { CONTINUING_VERBS, POSSIBILITY, COUNTRY_WORDS, TIME_HEADS, ROLE_NOUNS, DENIALS, DENYING_PHRASES, FRAME_BREAKS, LIST_JOINERS, LOCATING, MONTHS, NAMING_VERBS, NEGATING_ADVERBS, NEGATORS, RANKS, RECEIVING, DOUBT_NOUNS, REPORTING_VERBS, STANDING, SUBORDINATORS, TARGETING, UNTIL, UTTERANCE_NOUNS, WEEKDAYS, WH_WORDS, WITHIN } from '../knowledge/english';
import { readWords, type Word } from './nlp';
import { findsOut, stanceOnDecision } from './lexicon';

// Who a name stands for when it acts or is acted on: a country for its government, its
// capital and its leaders; a body or group for itself (the MEK is not the Iranian state).
function partyOf(e: EntityEntry): string | undefined {
  // A place acts only as its country's capital ("Tirana agreed"); otherwise it is where things happen.
  if ((e.kind === 'place' || e.kind === 'region') && !e.metonym) return undefined;
  // A portal the attack hit stands for the state that runs it: "the e-Albania portal restored
  // services" is Albania's doing.
  if (ATTACKED_NAMES.has(e.id)) return e.side;
  if (e.kind === 'org' || e.agency) return e.id;
  if (e.side) return e.side;
  const country = e.country ? ENTITIES.find((x) => x.id === e.country) : undefined;
  return e.metonym && country ? country.side ?? country.id : e.id;
}

// Names by their words, longest first, so "islamic republic of iran" wins over "iran".
const NAMES = new Map<string, { words: string[]; party: string; capital?: boolean; anyCountry?: boolean; person?: boolean }[]>();
for (const e of ENTITIES) {
  const party = partyOf(e);
  if (!party) continue;
  for (const name of e.names) {
    const words = name.split(' ');
    const list = NAMES.get(words[0]!) ?? [];
    list.push({ words, party, ...(e.metonym ? { capital: true } : {}), ...(e.anyCountry ? { anyCountry: true } : {}), ...(e.kind === 'person' || e.kind === 'role' ? { person: true } : {}) });
    NAMES.set(words[0]!, list);
  }
}
for (const list of NAMES.values()) list.sort((a, b) => b.words.length - a.words.length);

// Action words by their form and lemma: "severed" and "sever" are one act.
const ACTION_OF = new Map<string, { id: string; group: string }>();
for (const a of ACTIONS) for (const w of a.words) if (!w.includes(' ')) ACTION_OF.set(w, { id: a.id, group: a.group });
// Two-word acts ("sided with", "fought alongside", "kicked out"), by their two words as written.
const PHRASE_ACTION_OF = new Map<string, { id: string; group: string }>();
for (const a of ACTIONS) for (const w of a.words) if (w.split(' ').length === 2) PHRASE_ACTION_OF.set(w, { id: a.id, group: a.group });

const RELATION_WORDS = new Set(CONCEPTS.relations!.filter((w) => !w.includes(' ')));
// Nouns that are events themselves: a party after "the attack on" is what the event befell,
// not who receives the verb ("condemned the attack on Albania"), unless the verb lays blame
// ("blamed the attack on Tehran").
const EVENT_WORDS = new Set([...EVENT_CONCEPTS].flatMap((c) => CONCEPTS[c.slice(2)] ?? []).filter((w) => !w.includes(' ')));
// Ties kept are ties not cut: the lexicon's act of restoring them stands for both.
/** The present of "have", by which ties are told kept ("still has relations"). */
const PRESENT_HAVE = new Set(['has', 'have']);
/** What is had when ties are kept: relations, ties. */
const HAD_TIES = new Set(['relation', 'tie']);
/** Words between "have" and the noun it has ("has full diplomatic relations"). */
const HAVE_OBJECT_LEADS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
const TIES_KEPT = ACTIONS.find((a) => a.id === 'resume')!;
// Ties and missions, whose denial ("has no embassy", "have no relations") tells them cut.
const TIES_AND_MISSIONS = new Set([...CONCEPTS.relations!, ...CONCEPTS.diplomat!, ...CONCEPTS.ambassador!, 'presence'].flatMap((w) => w.split(' ')));

const plain = (w: Word) => w.lower.replace(/\./g, '');

/** The parties named in a sentence, by the position of the word that ends each name; `starts` learns where each name begins. */
function partiesIn(words: Word[], starts = new Map<number, number>()): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 0; i < words.length; i++) {
    const known = (NAMES.get(plain(words[i]!)) ?? []).find((n) => n.words.every((x, k) => words[i + k] && plain(words[i + k]!) === x));
    // "in Tirana" is where something happens; "Tirana agreed" is the government. So is "in
    // Albania" (though "ties to Albania" names it).
    const before = words[i - 1]?.lower ?? '';
    // "the US-backed Shah", "Iran-linked hackers": the name only describes what follows it.
    const describing = !!known && compoundModifier(words, i + known.words.length);
    if (known && (describing || (known.capital ? LOCATING.has(before) : WITHIN.has(before)))) {
      i += known.words.length - 1;
      continue;
    }
    if (known) {
      // "Iran's foreign ministry", "the Iranian foreign ministry": a body every country has
      // acts for the country named before it.
      const owner = known.anyCountry ? out.get(/^['\u2019]s$/.test(words[i - 1]?.lower ?? '') ? i - 2 : i - 1) : undefined;
      out.set(i + known.words.length - 1, owner ?? known.party);
      starts.set(i + known.words.length - 1, i);
      i += known.words.length - 1;
      continue;
    }
    // Two or more capitalised names the lexicon does not know ("Liz Truss") are someone all
    // the same, who can be the wrong one.
    let j = i;
    while (j < words.length && unknownName(words[j]!, j) && !NAMES.has(plain(words[j]!))) j++;
    // ... unless it follows "in", "on" or "at": then it names where ("in the Middle East").
    const placed = LOCATING.has(words[i - 1]?.lower ?? '') || (words[i - 1]?.pos === 'DET' && LOCATING.has(words[i - 2]?.lower ?? ''));
    if (j - i >= 2 && placed) {
      i = j - 1;
      continue;
    }
    if (j - i >= 2) {
      out.set(j - 1, `name:${words.slice(i, j).map((w) => w.lower).join('-')}`);
      starts.set(j - 1, i);
      i = j - 1;
    }
  }
  // "The country", "the eastern European country", read once every name is known.
  for (let i = 0; i < words.length; i++) {
    const again = namedAgain(words, i, out);
    if (again) out.set(i, again);
  }
  return out;
}

// Countries a sentence may name again by their kind ("the country", "the Balkan nation").
const COUNTRY_PARTIES = new Set(ENTITIES.filter((e) => e.kind === 'country').map((e) => e.side ?? e.id));

// The country a sentence names again as "the country" (with any words that describe it
// between): the last one named before it that the sentence does not name again after it
// ("before they left Albania after the country cut relations with Tehran": Albania).
function namedAgain(words: Word[], i: number, named: Map<number, string>): string | undefined {
  if (!COUNTRY_WORDS.has(words[i]!.lower) || words[i + 1]?.text === '-') return undefined;
  let k = i - 1;
  while (k >= 0 && (words[k]!.pos === 'ADJ' || (words[k]!.pos === 'PROPN' && !named.has(k)))) k--;
  if (words[k]?.lower !== 'the') return undefined;
  const later = new Set([...named].filter(([at]) => at > i).map(([, party]) => party));
  const before = [...named].filter(([at, party]) => at < k && COUNTRY_PARTIES.has(party) && !later.has(party)).sort(([a], [b]) => a - b);
  return before[before.length - 1]?.[1];
}

// A hyphen and a participle after a name make it part of a modifier ("US-backed", "Iran-linked").
function compoundModifier(words: Word[], at: number): boolean {
  return words[at]?.text === '-' && (words[at + 1]?.pos === 'VERB' || words[at + 1]?.pos === 'ADJ') && /ed$/.test(words[at + 1]!.lower);
}

function unknownName(w: Word, at: number): boolean {
  return at > 0 && w.pos === 'PROPN' && /^[A-Z][a-z]/.test(w.text) && MONTHS[w.lower] === undefined && WEEKDAYS[w.lower] === undefined;
}

// Words that tell what an act is about ("for the July cyberattack", "of hosting terrorists").
const THEME_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM']);

// A word inside a name ("islamic" of "Islamic Republic") is the party, not the theme.
function partyWord(words: Word[], parties: Map<number, string>, k: number): boolean {
  for (let j = k; j < Math.min(words.length, k + 5); j++) if (parties.has(j)) return NAMES.get(plain(words[k]!))?.some((n) => n.words.length > j - k) ?? false;
  return false;
}

// A verb after a preposition or "to" tells what the act is about ("accused it of hosting",
// "gave them a day to leave"), not another act.
function complement(words: Word[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && words[j]!.pos === 'PUNCT' && words[j]!.text !== ',') j--;
  return words[j]?.pos === 'ADP' || words[j]?.lower === 'to';
}

// "NATO ally Albania", "its partner Britain": a party named before a role names whose role it
// is; the name after the role is the party itself.
function namedByRole(words: Word[], parties: Map<number, string>, k: number): string | undefined {
  let j = k + 1;
  while (parties.get(j) === parties.get(k)) j++;
  return ROLE_NOUNS.has(words[j]?.lower ?? '') ? parties.get(j + 1) : undefined;
}

// Where the verb's object starts: past articles, adjectives and quotation marks.
function firstNominal(words: Word[], parties: Map<number, string>, from: number, inName: Set<number>): number {
  let k = from;
  // Past a compound modifier ("the US-backed Shah").
  const modifier = (j: number) => compoundModifier(words, j + 1) || (words[j]?.text === '-' && compoundModifier(words, j)) || compoundModifier(words, j - 1);
  while (words[k] && !parties.has(k) && !inName.has(k) && (modifier(k) ||words[k]!.pos === 'DET' || words[k]!.pos === 'ADJ' || words[k]!.pos === 'ADV' || words[k]!.pos === 'PUNCT')) k++;
  return k;
}

const QUOTE_MARK = /^["\u201c\u201d]$/;

// Whether each word stands inside quotation marks: curly marks say which way they face,
// straight ones open and close in turn. A sentence whose first mark closes a quotation is
// the end of one opened in an earlier sentence ("... with Iran”, he said").
function quotedMask(words: Word[]): boolean[] {
  let quoted = words.find((w) => QUOTE_MARK.test(w.text))?.text === '\u201d';
  return words.map((w) => {
    if (QUOTE_MARK.test(w.text)) quoted = w.text === '\u201d' ? false : w.text === '\u201c' ? true : !quoted;
    return quoted;
  });
}

// Quotation marks end a clause looking back ("“…,” Rama said"), not looking forward
// (accused it of “hosting terrorists”).
function isBreak(w: Word, back = true): boolean {
  return FRAME_BREAKS.has(w.lower) || (w.pos === 'PUNCT' && (back ? /[;:()\u201c\u201d"]/ : /[;:()]/).test(w.text));
}

/** Verbs that tell an attack in a sentence about hacking ("hackers hit the systems"). */
const STRIKING = new Set(['hit', 'target', 'strike', 'infiltrate', 'penetrate', 'compromise']);
/** Words that make a sentence about hacking: what "hit" and "target" then tell is an attack. */
const CYBER_CONTEXT = new Set(['hacker', 'hack', 'malware', 'ransomware', 'wiper', 'network', 'server', 'system', 'website', 'computer', 'email', 'e-mail', 'portal']);

// "well-considered", "far-sighted": the library splits a hyphened word the lexicon knows whole.
function hyphened(words: Word[], x: number): { id: string; group: string } | undefined {
  return words[x + 1]?.text === '-' && words[x + 2] ? ACTION_OF.get(`${words[x]!.lower}-${words[x + 2]!.lower}`) : undefined;
}

// The verb of a clause: a full verb, or a form of "be" whose complement says the thing
// ("was behind the attack", "was responsible").
function predicateAt(words: Word[], i: number, lower: readonly { word: string }[]): { key: string; group?: string; at: number } | undefined {
  const w = words[i]!;
  if (w.pos === 'VERB') {
    // "the expelled diplomats", "the US-backed Shah": a participle before a noun, or joined
    // to a word by a hyphen, describes the noun; it is no act of the sentence.
    if (words[i - 1]?.pos === 'DET' && words[i + 1]?.pos === 'NOUN') return undefined;
    if (words[i - 1]?.text === '-' && i > 1) return undefined;
    // "accepted the decision", "welcomed the move": a stance on it, as the lexicon reads it.
    const stance = stanceOnDecision(lower, i)?.action;
    // A two-word act ends at its second word: what follows is what it is done to ("take action against Iran").
    const phrase = PHRASE_ACTION_OF.get(`${w.lower} ${words[i + 1]?.lower ?? ''}`);
    if (phrase && !stance) return { key: `a:${phrase.id}`, group: phrase.group, at: i + 1 };
    const action = findsOut(lower, i) ? undefined : stance ?? ACTION_OF.get(w.lower) ?? ACTION_OF.get(w.lemma);
    // "Hackers hit Iran's systems", "targeted Albania's networks": in a sentence about hacking, an attack.
    if (!action && STRIKING.has(w.lemma) && words.some((x) => CYBER_CONTEXT.has(x.lemma) || x.lower.startsWith('cyber'))) return { key: ATTACK_FRAME, at: i };
    return action ? { key: `a:${action.id}`, group: action.group, at: i } : { key: `v:${w.lemma}`, at: i };
  }
  // "has diplomatic relations": "have" with a noun after it, which the light model calls a helper.
  if (w.pos === 'AUX' && PRESENT_HAVE.has(w.lower)) {
    let k = i + 1;
    while (words[k] && HAVE_OBJECT_LEADS.has(words[k]!.pos) && !DENIALS.has(words[k]!.lower)) k++;
    // ("has no relations" is ties cut, told in the negative: see `denialIn`.)
    if (words[k]?.pos === 'NOUN') return { key: 'v:have', at: i };
  }
  if (w.pos === 'AUX' && w.lemma === 'be') {
    let k = i + 1;
    while (words[k] && !hyphened(words, k) && (NEGATING_ADVERBS.has(words[k]!.lower) || words[k]!.pos === 'ADV')) k++;
    const joined = hyphened(words, k);
    if (joined) return { key: `a:${joined.id}`, group: joined.group, at: k + 2 };
    const c = words[k];
    if (c && (c.pos === 'ADJ' || STANDING.has(c.lower)) && words[k + 1]?.lower !== 'to') {
      const action = ACTION_OF.get(c.lower);
      return action ? { key: `a:${action.id}`, group: action.group, at: k } : { key: `b:${c.lemma}`, at: k };
    }
  }
  return undefined;
}

// "were expelled", "had been blamed": a form of "be" or "get" before a participle.
function isPassive(words: Word[], i: number): boolean {
  const w = words[i]!;
  // A participle: a regular one, or an irregular one the library knows ("told", "held").
  if (w.pos !== 'VERB' || !(/(?:ed|en|wn|t)$/.test(w.lower) || (w.lower !== w.lemma && !w.lower.endsWith('ing') && !w.lower.endsWith('s')))) return false;
  // A participle spelt as its verb ("would be cut", "was hit") is one right after "be".
  if (w.lower === w.lemma) {
    let k = i - 1;
    while (k >= 0 && words[k]!.pos === 'ADV') k--;
    if (words[k]?.lemma !== 'be') return false;
  }
  // "was orchestrated and sponsored by Iran": the second participle shares the first's voice.
  if (words[i - 1]?.pos === 'CCONJ' && words[i - 2]?.pos === 'VERB') return isPassive(words, i - 2);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = words[k]!;
    if (x.pos === 'AUX' && (x.lemma === 'be' || x.lemma === 'get')) return true;
    if (x.pos !== 'ADV' && x.pos !== 'AUX' && x.pos !== 'PART') return false;
  }
  return false;
}

// The library's negation runs to the end of a clause: "has not commented on the decision to
// break off ties" denies the commenting, not the breaking. A denial with another verb between
// it and this one is that verb's.
function deniesAnother(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k]!;
    if (DENIALS.has(w.lower) || w.lower.endsWith("n't")) return false;
    if (w.pos === 'VERB') return true;
  }
  return false;
}

// "had not spoken until Wednesday", "until Rama spoke, Tirana had not ...": a denial bounded
// in time says the act came later, not that it never came.
// The bound opens the sentence, or follows the denial in its clause.
function boundedInTime(words: Word[], at: number): boolean {
  if (UNTIL.has(words[0]?.lower ?? '')) return true;
  for (let k = at + 1; k < Math.min(words.length, at + UNTIL_REACH); k++) {
    if (UNTIL.has(words[k]!.lower)) return true;
    if (words[k]!.text === ',' || words[k]!.text === ';') return false;
  }
  return false;
}

/** How many words after a denial its bound in time may stand ("had not spoken publicly about it until"). */
const UNTIL_REACH = 10;

function negatedAt(words: Word[], i: number, at: number): boolean {
  if (boundedInTime(words, i)) return false;
  if ((words[at]!.negated || words[i]!.negated) && !deniesAnother(words, Math.max(i, at))) return true;
  // "has yet to comment", "stopped short of blaming": a phrase that denies the act after it.
  if (DENYING_PHRASES.some((p) => p.every((x, k) => words[i - p.length + k]?.lemma === x || words[i - p.length + k]?.lower === x))) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = words[k]!;
    if (NEGATING_ADVERBS.has(x.lower) || x.lower.endsWith("n't")) return true;
    if (x.pos !== 'AUX' && x.pos !== 'ADV' && x.pos !== 'PART') break;
  }
  return false;
}

// The doer of an active verb: the nearest party before it in its clause, past an
// apposition ("Albania, a NATO member, has severed"); for a participle after a comma
// ("..., formally joining NATO") the sentence's subject.
function doerBefore(words: Word[], parties: Map<number, string>, i: number, starts: Map<number, number>): string | undefined {
  let j = i - 1;
  while (j >= 0 && words[j]!.pos === 'ADV') j--;
  if (words[i]!.lower.endsWith('ing') && words[j]?.text === ',') return subjectOf(words, parties, i);
  const governing = infinitiveOf(words, i);
  if (governing >= 0) return doerBefore(words, parties, governing, starts);
  // "The United States scolded Iran and vowed to ...": a verb joined to another by "and" shares its subject.
  const joined = conjoinedVerb(words, i);
  if (joined >= 0) return doerBefore(words, parties, joined, starts);
  // "Rama, who announced the break, accused Iran": past a relative clause set off by commas,
  // the party it hangs from.
  if (words[j]?.text === ',') {
    const open = commaBefore(words, j);
    const antecedent = open > 0 && RELATIVES.has(words[open + 1]?.lower ?? '') ? loneParty(words, parties, starts, open - 1) : undefined;
    if (antecedent) return antecedent;
  }
  // "..., and it also accused Albania": a pronoun subject stands for the sentence's subject.
  let h = i - 1;
  while (h >= 0 && HELPERS.has(words[h]!.pos)) h--;
  // ("It" is no person, and "he" and "she" are no country: "Rama ..., saying it aimed to" is the attack.)
  if (words[h]?.pos === 'PRON' && PRONOUN_SUBJECTS.has(words[h]!.lower) && !parties.has(h)) {
    const at = subjectAt(words, parties, h);
    return at >= 0 && (words[h]!.lower === 'it') !== personAt(words, starts, at) ? parties.get(at) : undefined;
  }
  // "According to Rama, four groups carried out ...": a plain noun right before the verb is its
  // subject, and a party names the doer only within that noun's phrase ("Iranian diplomats left").
  if (words[i - 1]?.lower !== 'to' && words[h]?.pos === 'NOUN' && !parties.has(h) && !TIME_HEADS.has(words[h]!.lemma) && !withinName(starts, h)) {
    // "saw Rama's emails hacked", "had its systems breached": what befell the thing, done by no one named.
    if (befell(words, h)) return undefined;
    for (let m = h - 1; m >= 0 && (NOUN_PHRASE.has(words[m]!.pos) || OWNERS.has(words[m]!.lower) || parties.has(m) || hyphenJoined(words, m)); m--) if (parties.has(m)) return parties.get(m);
    return undefined;
  }
  // Nor does anyone named after a preposition do an infinitive ("agreed to a request from
  // the United States to accept members"), unless it tells whose the doer is ("ordered the
  // staff of the Iranian embassy to leave").
  const infinitive = words[i - 1]?.lower === 'to' && words[i - 1]!.pos === 'PART';
  let comma = -1;
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.text === ',') {
      if (comma >= 0) break;
      comma = k;
    }
    // A party after a preposition ("a cyberattack on Albanian institutions to cripple ...")
    // is where or to whom something is done, not who does the verb after it.
    if (parties.has(k) && (governedBy(words, starts.get(k) ?? k) || (infinitive && governedBy(words, starts.get(k) ?? k, true)))) continue;
    if (parties.has(k)) {
      // A party between two commas stands beside the subject; the subject comes before.
      const open = comma >= 0 ? commaBefore(words, k) : -1;
      if (open >= 0) {
        for (let m = open - 1; m >= 0; m--) {
          if (parties.has(m)) return parties.get(m);
          if (isBreak(words[m]!) || words[m]!.pos === 'VERB') break;
        }
      }
      return parties.get(k);
    }
    if (isBreak(w)) return cleftDoer(words, parties, k, starts, i);
    // "Britain said the attack kept Albanians from ...": a reported clause with a subject of
    // its own is not the speaker's doing.
    if (w.pos === 'VERB' && (!REPORTING_VERBS.has(w.lemma) || ownSubject(words, k + 1, i))) break;
  }
  return undefined;
}

// The verb an infinitive hangs from where that verb's doer does it too: "vowed to hold Tehran
// accountable", "will take further action to hold Iran accountable". A verb with someone
// between it and "to" ("asked diplomats to leave", "gave them 24 hours to leave") hands the
// act to them instead, so it hands on nothing.
function infinitiveOf(words: Word[], i: number): number {
  if (words[i - 1]?.lower !== 'to' || words[i - 1]!.pos !== 'PART') return -1;
  let k = i - 2;
  // An aside between commas stands apart: "agreed, at the request of Washington, to offer".
  if (words[k]?.text === ',') {
    const open = commaBefore(words, k);
    if (open >= 0) k = open - 1;
  }
  while (k >= 0 && words[k]!.pos === 'ADV') k--;
  // "take (further) action to", "take steps to": the act is the taker's.
  if (words[k] && EFFORT_NOUNS.has(words[k]!.lemma)) {
    k--;
    while (k >= 0 && (words[k]!.pos === 'ADJ' || words[k]!.pos === 'ADV')) k--;
    if (words[k]?.lemma !== 'take') return -1;
  }
  const w = words[k];
  return w && w.pos === 'VERB' ? k : -1;
}

// The comma that opens the aside or clause closed at `close`, or -1: "Yuri Kim, the US
// ambassador to Albania, said", "agreed, at the request of Washington, to offer".
function commaBefore(words: Word[], close: number): number {
  for (let k = close - 1; k >= 0; k--) if (words[k]!.text === ',') return k;
  return -1;
}

// The party whose name ends at a position, unless it closes a list ("the United States and
// the United Kingdom, which ..."): a relative clause after a list is about all of it.
function loneParty(words: Word[], parties: Map<number, string>, starts: Map<number, number>, end: number): string | undefined {
  const party = parties.get(end);
  if (!party) return undefined;
  let k = (starts.get(end) ?? end) - 1;
  while (k >= 0 && QUALIFIERS_OF_NAME.has(words[k]!.pos)) k--;
  return LIST_JOINERS.has(words[k]?.lower ?? '') ? undefined : party;
}

/** Words that open a relative clause about a party ("Rama, who ...", "the MEK, which ..."). */
const RELATIVES = new Set(['who', 'which']);

// Whether the noun phrase ending at h is the object of a verb of seeing or having, so that the
// participle after it tells what befell it ("saw Rama's emails hacked").
function befell(words: Word[], h: number): boolean {
  let m = h - 1;
  while (m >= 0 && (NOUN_PHRASE.has(words[m]!.pos) || OWNERS.has(words[m]!.lower) || /^['\u2019]s$/.test(words[m]!.lower))) m--;
  return m >= 0 && BEFALLING.has(words[m]!.lemma) && words[m]!.pos !== 'NOUN';
}

/** Verbs whose object a participle after it tells what befell ("saw its emails hacked", "had its systems breached"). */
const BEFALLING = new Set(['see', 'have', 'get', 'find', 'leave', 'watch']);

// The verb that the verb here is joined to by "and" or "but" with no subject of its own
// between ("scolded Iran and vowed"), or -1.
function conjoinedVerb(words: Word[], i: number): number {
  let c = i - 1;
  while (c >= 0 && HELPERS.has(words[c]!.pos)) c--;
  if (words[c]?.pos !== 'CCONJ') return -1;
  for (let k = c - 1; k >= 0; k--) {
    if (isBreak(words[k]!) || words[k]!.pos === 'CCONJ') return -1;
    if (words[k]!.pos === 'VERB') return k;
  }
  return -1;
}

// "state-sponsored", "Iran-linked": a hyphen and the participle it joins stay within a noun's phrase.
function hyphenJoined(words: Word[], m: number): boolean {
  return words[m]!.text === '-' || (words[m]!.pos === 'VERB' && words[m - 1]?.text === '-');
}

/** Words within a noun's phrase before it, or joining another subject to it: "the four Iranian", "Tehran's", "the US and private sector". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'CCONJ']);

/** Possessive pronouns within a noun's phrase: "Khomeini and his government". */
const OWNERS = new Set(['his', 'her', 'its', 'their', 'our']);

// Whether a word lies inside a party's long name ("Council" in "the National Security Council").
function withinName(starts: Map<number, number>, k: number): boolean {
  for (const [end, start] of starts) if (k >= start && k <= end) return true;
  return false;
}

/** Words between a subject and its verb: "it also accused", "he had not". */
const HELPERS = new Set(['ADV', 'AUX', 'PART']);

/** Pronouns that stand as one party's subject; "they" may be anyone (see `ownSubject`). */
const PRONOUN_SUBJECTS = new Set(['it', 'he', 'she']);

/** What is taken to do something ("take action to"): the taker does it. */
const EFFORT_NOUNS = new Set(['action', 'step', 'measure']);

// The sentence's subject, for a participle set off by a comma ("..., formally joining NATO",
// "..., saying it was short-sighted"): the party named before its first verb.
// An opening phrase of time or cause ("In response to Albania,", "After Tirana's
// announcement,", "Following Rama's announcement,") and a possessor within the subject
// ("Iran's hackers") are no subject.
function subjectOf(words: Word[], parties: Map<number, string>, i: number): string | undefined {
  const at = subjectAt(words, parties, i);
  return at >= 0 ? parties.get(at) : undefined;
}

// Whether the party ending here is a person: one the lexicon knows as a person or an office,
// or a name it does not know ("Liz Truss").
function personAt(words: Word[], starts: Map<number, number>, k: number): boolean {
  const start = starts.get(k) ?? k;
  const known = (NAMES.get(plain(words[start]!)) ?? []).find((n) => n.words.every((x, j) => words[start + j] && plain(words[start + j]!) === x));
  return known ? !!known.person : true;
}

// Where the subject of the sentence before position i stands, or -1.
function subjectAt(words: Word[], parties: Map<number, string>, i: number): number {
  let k = 0;
  if (OPENING_PHRASE.has(words[0]?.pos ?? '') || (words[0]?.pos === 'VERB' && words[0]!.lower.endsWith('ing'))) {
    const comma = words.findIndex((w) => w.text === ',');
    if (comma > 0 && comma < i) k = comma + 1;
  }
  for (; k < i; k++) {
    if (parties.has(k) && !/^['\u2019]s$/.test(words[k + 1]?.lower ?? '')) return k;
    if (words[k]!.pos === 'VERB' || isBreak(words[k]!)) break;
  }
  return -1;
}

/** Parts of speech that open a phrase before a sentence's subject ("In response to ...", "After ..."). */
const OPENING_PHRASE = new Set(['ADP', 'SCONJ']);

// Whether the subject of a verb of saying is plural ("Iranian officials said", "the US and
// the UK said"): then the "they" of what they said is they.
function pluralSpeaker(words: Word[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && HELPERS.has(words[k]!.pos)) k--;
  const w = words[k];
  if (!w) return false;
  if (w.pos === 'NOUN') return w.lower !== w.lemma && w.lower.endsWith('s');
  return words.slice(Math.max(0, k - LIST_REACH), k).some((x) => x.lower === 'and');
}

/** How far back from a speaker's last word a list's "and" may stand ("the United States and the United Kingdom"). */
const LIST_REACH = 5;

// Whether a reported clause between two words has a subject of its own: a noun that no
// preposition governs and that tells no time ("said in a statement it had", "said last week"),
// or "they" after a speaker who is one ("Rama said they would have 24 hours to leave").
function ownSubject(words: Word[], from: number, to: number): boolean {
  for (let n = from; n < to; n++) {
    const x = words[n]!;
    if (x.pos === 'PRON' && x.lower === 'they') return !pluralSpeaker(words, from - 1);
    if (x.pos !== 'NOUN' || TIME_HEADS.has(x.lemma)) continue;
    let m = n - 1;
    while (m >= from && (words[m]!.pos === 'DET' || words[m]!.pos === 'ADJ' || words[m]!.pos === 'NOUN')) m--;
    if (words[m]?.pos !== 'ADP') return true;
  }
  return false;
}

// "It was the MEK that carried out the attack": the party a cleft puts first does the verb
// after its "that" or "who".
function cleftDoer(words: Word[], parties: Map<number, string>, at: number, starts: Map<number, number>, verb: number): string | undefined {
  if (words[at]!.lower !== 'that' && words[at]!.lower !== 'who' && words[at]!.lower !== 'which') return undefined;
  // "It was Albania that the hackers attacked": the clause has a subject of its own, and the
  // party is what was done to.
  const between = words.slice(at + 1, verb);
  const helpersOnly = between.every((x) => x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART');
  // "The MEK, which fought alongside ...", "Rama, who announced the break, accused ...": the
  // party a relative clause hangs from does its verb, and the sentence's verb after it.
  const antecedent = words[at - 1]?.text === ',' && words[at]!.lower !== 'that' ? loneParty(words, parties, starts, at - 2) : undefined;
  const partyBetween = between.some((_, k) => parties.has(at + 1 + k));
  if (antecedent && (helpersOnly || (between.some((x) => x.text === ',') && !partyBetween))) return antecedent;
  if (!helpersOnly) return undefined;
  const party = parties.get(at - 1);
  if (!party) return undefined;
  let k = (starts.get(at - 1) ?? at - 1) - 1;
  if (words[k]?.pos === 'DET') k--;
  return words[k]?.lemma === 'be' && words[k - 1]?.lower === 'it' ? party : undefined;
}

// Whether a name stands as what an act is aimed at, past the words that qualify it ("on the
// Albanian institutions"), or, with `any`, after any preposition but one that tells whose a
// thing or a deed is ("a request from the US", not "the staff of the Iranian embassy" or "the
// decision by Albania").
function governedBy(words: Word[], start: number, any = false): boolean {
  let m = start - 1;
  while (m >= 0 && QUALIFIERS_OF_NAME.has(words[m]!.pos)) m--;
  return TARGETING.has(words[m]?.lower ?? '') || (any && words[m]?.pos === 'ADP' && !OWNING.has(words[m]!.lower));
}

/** Parts of speech that may stand between a preposition and the name it governs. */
const QUALIFIERS_OF_NAME = new Set(['DET', 'ADJ']);

/** Prepositions that tell whose a thing or a deed is: a party after them may do the infinitive that follows. */
const OWNING = new Set(['of', 'by']);

// The parties named in a list with the doer before a verb ("the US, the EU and NATO
// condemned"): the same joining words as a detail's list mates (read/details.ts `listed`).
function listedWith(words: Word[], parties: Map<number, string>, starts: Map<number, number>, verb: number, doer: string): string[] {
  let k = verb - 1;
  while (k >= 0 && parties.get(k) !== doer) k--;
  const out: string[] = [];
  for (let j = (starts.get(k) ?? k) - 1; j >= 0; ) {
    const w = words[j]!;
    // Names the lexicon does not know ("the African Union") stand in the list as well.
    if (w.text === ',' || LIST_JOINERS.has(w.lower) || (/^[A-Z]/.test(w.text) && !parties.has(j))) j--;
    else if (parties.has(j) && parties.get(j) !== doer) {
      out.push(parties.get(j)!);
      j = (starts.get(j) ?? j) - 1;
    } else break;
  }
  return out;
}

/**
 * Reads who did what to whom in a sentence: one frame per verb, with the parties on either
 * side of it within its clause (the doer before an active verb, after "by" for a passive
 * one), and whether it is denied. Parties are sides of the dispute, countries and bodies.
 */
export function readFrames(sentence: string, refersTo?: string): Frame[] {
  return framesOf(readWords(sentence), refersTo);
}

// The nouns of the subject before a verb, back to the start of its clause ("Albania's
// decision was justified": decision).
function subjectNouns(words: Word[], verb: number, parties: Map<number, string>): string[] {
  const out: string[] = [];
  for (let k = verb - 1; k >= 0 && !isBreak(words[k]!) && words[k]!.text !== ',' && words[k]!.pos !== 'VERB'; k--) {
    if (words[k]!.pos === 'NOUN' && !parties.has(k)) out.unshift(words[k]!.lemma);
  }
  return out;
}

/** The frames of a sentence already read into words. */
/**
 * Whether a sentence reports what someone said ("Rama said ...", "officials stated that ..."):
 * what it tells as possible is then the speaker's to answer, not the claim's own forecast.
 */
export function reportsSpeech(words: Word[], speaker = speakerIn(words)): boolean {
  return speaker !== undefined || words.some((w) => REPORTING_VERBS.has(w.lemma) && w.pos === 'VERB');
}

export function framesOf(words: Word[], refersTo?: string): Frame[] {
  const starts = new Map<number, number>();
  const parties = partiesIn(words, starts);
  // "It", "they", "the group" opening the sentence stand for the body named before it.
  if (refersTo) {
    const first = words.findIndex((w) => !QUOTE_MARK.test(w.text));
    const end = words[first]?.lower === 'the' ? first + 1 : first;
    if (end >= 0 && !parties.has(end)) {
      parties.set(end, refersTo);
      starts.set(end, first);
    }
  }
  // The words inside a long name ("Republic of" in "the Islamic Republic of Iran") are the party's.
  const inName = new Set<number>();
  for (const [end, start] of starts) for (let j = start; j < end; j++) inName.add(j);
  const out: Frame[] = [];
  // Frames whose verb stands in the clause itself, not hanging from a word ("of attempting").
  const heads: number[] = [];
  // Where each frame's verb stands.
  const at: number[] = [];
  const inQuote = quotedMask(words);
  const lower = words.map((w) => ({ word: w.lower }));
  const speaker = speakerIn(words);
  const reported = reportsSpeech(words, speaker);
  // Attacks' nouns by position, with who made them as a verb tells it.
  const perpetrated = new Map<number, string>();
  for (let i = 0; i < words.length; i++) {
    const quoted = inQuote[i]!;
    const p = predicateAt(words, i, lower);
    if (!p || REPORTING_VERBS.has(words[i]!.lemma)) continue;
    // "Iran denied it and called ...", "... between Albania and Israel, and expelled": verbs
    // joined by "and" share their doer, whatever was named in between.
    // After ", and" the verb goes back to the sentence's first doer, past the clauses between.
    // A verb of the clause itself is joined to the last such verb, not to one that hangs from
    // a word ("accused Iran of attempting an attack and broke off ties": Albania broke them).
    const hanging = (k: number) => words[k]!.lower.endsWith('ing') && (words[k - 1]?.pos === 'ADP' || words[k - 1]?.lower === 'to');
    const last = words[i]!.lower.endsWith('ing') ? out.length - 1 : heads.length ? heads[heads.length - 1]! : -1;
    // ("and controversially fought": a manner word between leaves the verb joined.)
    const c = words[i - 1]?.pos === 'ADV' && words[i - 2]?.pos === 'CCONJ' ? i - 2 : i - 1;
    // A participle set off by a comma ("severed ties with Tehran, accusing it of ...") is done
    // by the doer of the clause it hangs from, not by the name just before it.
    // So is one that tells what a statement of that doer does ("issued a statement condemning
    // the attack").
    const ofStatement = UTTERANCE_NOUNS.has(words[c]?.lemma ?? '');
    const clauseHead = words[i]!.lower.endsWith('ing') && (words[c]?.text === ',' || ofStatement) && heads.length ? out[heads[heads.length - 1]!] : undefined;
    const adjunct = clauseHead?.actor;
    // A verb inside quotation marks opened after another verb ("accused Iran of an attack to
    // “cripple services and hack data”") is not joined to it: the quote tells its own act.
    const sameVoice = (f: number) => f >= 0 && inQuote[at[f]!] === quoted;
    const joinedTo = adjunct ? clauseHead : words[c]?.pos !== 'CCONJ' ? undefined : words[c - 1]?.text === ',' ? out.find((f) => f.actor) : sameVoice(last) ? out[last] : undefined;
    const joined = joinedTo?.actor;
    // A verb joined to one whose doer is unnamed ("they forged an alliance with Iraq and
    // sided with them") has an unnamed doer too, not the last name before it.
    const pairedWith = words[c]?.pos === 'CCONJ' && words[c - 1]?.text !== ',' && sameVoice(last) ? out[last] : undefined;
    const before = joined ?? (pairedWith ? undefined : doerBefore(words, parties, i, starts));
    let after: string | undefined;
    let agent: string | undefined;
    const theme: string[] = [];
    // The receiver is the verb's object when that is a party ("blamed Albania"), or a party
    // after "with", "on", "to" or "from" ("cut ties with Iran", "blamed on Tehran"); an
    // object that is no party ("accusing it of an attack against Tirana") leaves it unknown.
    let object: 'open' | 'party' | 'other' = 'open';
    let event = false;
    for (let k = p.at + 1; k < words.length; k++) {
      const w = words[k]!;
      // A verb joined straight on ("orchestrated and sponsored by Iran") shares what follows it.
      const paired = w.pos === 'VERB' && k === p.at + 2 && words[k - 1]!.pos === 'CCONJ';
      // The participle of a compound modifier ("the US-backed Shah") describes a word further on.
      if (compoundModifier(words, k - 1)) continue;
      if (isBreak(w, false) || w.text === ',' || (w.pos === 'VERB' && !paired && !complement(words, k))) break;
      const party = parties.get(k);
      if (!party && inName.has(k)) continue;
      if (!party) {
        if (THEME_POS.has(w.pos) && !partyWord(words, parties, k)) theme.push(w.lemma);
        if (object === 'open' && (w.pos === 'PRON' || w.pos === 'NOUN') && !partyWord(words, parties, k)) [object, event] = ['other', EVENT_WORDS.has(w.lower)];
        if (object === 'open' && w.pos === 'ADP') object = 'other';
        continue;
      }
      // The words before the name's first ("by the Islamic Republic of Iran") say how it stands to the act.
      const start = starts.get(k) ?? k;
      let s = start;
      while (s > p.at + 1 && !parties.has(s - 1) && words[s - 1]!.pos !== 'ADP' && words[s - 1]!.pos !== 'VERB') s--;
      const by = words[s - 1]?.lower;
      if (by === 'by') agent ??= party;
      else if (object === 'open' && start === firstNominal(words, parties, p.at + 1, inName)) [after, object] = [namedByRole(words, parties, k) ?? party, 'party'];
      // ("against" names the receiver right after the verb, "took action against Iran", not
      // after its object, "expelled diplomats over a plot against an Israel match".)
      else if (!after && by && RECEIVING.has(by) && !(by === 'against' && s - 1 !== p.at + 1) && !(event && by === 'on' && p.group !== 'accuse') && !onBehalf(words, k)) after = party;
    }
    // "called the decision rash": calling something by a word of stance takes that stance.
    if (NAMING_VERBS.has(words[i]!.lemma)) {
      for (let k = i + 1; k < Math.min(words.length, i + 16); k++) {
        if (words[k]!.pos === 'VERB' && words[k - 1]?.lower !== 'to') break;
        const stance = ACTION_OF.get(words[k]!.lower) ?? hyphened(words, k);
        if (stance?.group === 'stance') {
          p.key = `a:${stance.id}`;
          p.group = stance.group;
          break;
        }
      }
    }
    // "kept its ties with Iran": keeping ties is the opposite of cutting them, and so is having
    // them now ("still has diplomatic relations"; "had relations" is history).
    // (A relationship had is how two countries stand, not their ties: "have a troubled relationship".)
    const hasNow = PRESENT_HAVE.has(words[i]!.lower) && theme.some((w) => HAD_TIES.has(w));
    const kept = (CONTINUING_VERBS.has(words[i]!.lemma) || hasNow) && theme.some((w) => RELATION_WORDS.has(w));
    if (kept) {
      p.key = `a:${TIES_KEPT.id}`;
      p.group = TIES_KEPT.group;
    }
    const passive = isPassive(words, i);
    // "the Albanian decision was thoughtless": a stance told with "be" is taken towards its
    // subject, by whoever says so.
    const judged = p.at !== i && p.group === 'stance';
    // ... and so is one told in the passive with no "by" ("NATO said the decision was justified").
    const actor = judged || (passive && !agent && p.group === 'stance') ? speaker : passive ? agent : before;
    // What a stance told of its subject is about: the nouns of the subject ("the decision").
    if (judged || passive) theme.unshift(...subjectNouns(words, i, parties));
    // A verb joined to another shares its doers, the list with them ("the US, the EU and NATO
    // condemned the attack and expressed support").
    const listed = actor && actor === before && !joined ? listedWith(words, parties, starts, i, actor) : actor && actor === joined ? joinedTo?.with ?? [] : [];
    const target = judged || passive ? before : after;
    // Who launched, conducted or sponsored an attack made it ("Iran launched the attack", "the
    // cyberattack was orchestrated by Iran").
    const negated = negatedAt(words, i, p.at);
    if (actor && perpetrates(words, i) && !negated) {
      const attack = passive ? attackBefore(words, i) : attackAfter(words, p.at);
      if (attack >= 0) perpetrated.set(attack, actor);
    }
    if (!hanging(i)) heads.push(out.length);
    at.push(i);
    out.push({
      key: p.key,
      ...(p.group ? { group: p.group } : {}),
      negated,
      // (Only an act told in the claim's own voice: what someone said may be answered by their words.)
      ...(p.at === i && !reported && possibleAt(words, i) ? { possible: true } : {}),
      ...(negated && deniedAsNow(words) ? { now: true } : {}),
      ...(kept ? { mutual: true } : {}),
      ...(actor ? { actor } : {}),
      ...(listed.length ? { with: listed } : {}),
      ...(target && target !== actor ? { target } : {}),
      ...(!target && object === 'other' && !judged && !passive ? { toThing: true } : {}),
      ...(theme.length ? { theme } : {}),
      ...(quoted ? { quoted } : {}),
      text: words.slice(i, p.at + 1).map((w) => w.text).join(' '),
    });
  }
  out.push(...attacksTold(words, parties, inQuote, perpetrated));
  out.push(...stancesTold(words, parties, inQuote, lower));
  return out;
}

/** Groups of acts that a noun can tell as well as a verb ("support for", "condemnation of"). */
const NOUN_STANCES = new Set(['stance', 'allegiance']);

/**
 * Stances told by their noun, read as the verb: what is judged follows "for" or "of" ("support
 * for Albania's decision"), and who judges it follows "from" or "by" in the same clause
 * ("... had poured in from NATO allies").
 */
function stancesTold(words: Word[], parties: Map<number, string>, inQuote: boolean[], lower: readonly { word: string }[]): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!(w.pos === 'NOUN' || (i === 0 && w.pos === 'PROPN')) || !(words[i + 1]?.lower === 'for' || words[i + 1]?.lower === 'of')) continue;
    const action = stanceOnDecision(lower, i)?.action ?? ACTION_OF.get(w.lower);
    if (!action || !NOUN_STANCES.has(action.group)) continue;
    let target: string | undefined;
    let actor: string | undefined;
    let from = false;
    const theme: string[] = [];
    for (let k = i + 2; k < words.length; k++) {
      const x = words[k]!;
      if (isBreak(x, false) || (x.pos === 'PUNCT' && x.text !== '-')) break;
      if (x.lower === 'from' || x.lower === 'by') from = true;
      const party = parties.get(k);
      if (party && from) {
        actor ??= party;
        break;
      }
      if (party && !from) target ??= party;
      else if (!from && (x.pos === 'NOUN' || x.pos === 'PROPN')) theme.push(x.lemma);
    }
    if (!actor || !target || actor === target) continue;
    out.push({ key: `a:${action.id}`, group: action.group, negated: false, actor, target, ...(theme.length ? { theme } : {}), ...(inQuote[i] ? { quoted: true } : {}), noun: true, text: w.text });
  }
  return out;
}

// Ties or a mission between the two sides no longer had or kept, from the word after "no
// longer" (the United States no longer having ties with Albania is another story, and a denial).
function heldNoLonger(words: Word[], at: number): boolean {
  const verb = words[at];
  if (!verb || !(verb.lemma === 'have' || CONTINUING_VERBS.has(verb.lemma)) || words[at - 1]?.lower !== 'longer') return false;
  const sides = new Set(partiesIn(words).values());
  if (!sides.has('albania') || !sides.has('iran') || sides.size > 2) return false;
  return words.slice(at + 1, at + 4).some((x) => TIES_AND_MISSIONS.has(x.lower) || TIES_AND_MISSIONS.has(x.lemma));
}

/**
 * Whether a sentence denies something as now, no longer so: "no longer", "any more", or a
 * present "is not" / "does not" ("is not designated by Canada any more", "no longer lists").
 */
export function deniedAsNow(words: Word[]): boolean {
  const text = ` ${words.map((w) => w.lower).join(' ')} `;
  return / no longer | any more | anymore | no more /.test(text) || words.some((w, k) => PRESENT_HELPERS.has(w.lower) && NEGATING_ADVERBS.has(words[k + 1]?.lower ?? ''));
}

/** Helpers of the present that, denied, deny the act now ("is not", "does not"). */
const PRESENT_HELPERS = new Set(['is', 'are', 'does', 'do']);

// "may soon restore", "could have been behind": a verb whose helpers make it only possible.
function possibleAt(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && HELPERS.has(words[k]!.pos); k--) if (POSSIBILITY.has(words[k]!.lower)) return true;
  return false;
}

/** The frame of an attack, told by the verb or by its noun: who made it is what it is about. */
export const ATTACK_FRAME = 'v:attack';

// Verbs of making an attack ("launched", "carried out", "sponsored"), by lemma.
const PERPETRATING = new Set(CONCEPTS.perpetrate!.filter((w) => !w.includes(' ') && !w.includes('-')));

function perpetrates(words: Word[], i: number): boolean {
  const w = words[i]!;
  return PERPETRATING.has(w.lemma) || (w.lemma === 'carry' && words[i + 1]?.lower === 'out');
}

// The attack a verb of making it makes: the head of its object ("launched the attack",
// "carried out a July cyberattack"), not an attack named further on ("launched an
// investigation into the attack").
function attackAfter(words: Word[], at: number): number {
  for (let k = at + 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.pos === 'NOUN') return ATTACK_NOUNS.has(w.lemma) ? k : -1;
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'PROPN' || w.pos === 'NUM' || w.pos === 'PRON' || (k === at + 1 && w.lower === 'out'))) return -1;
  }
  return -1;
}

// ... and in the passive, the head of its subject ("the cyberattack against our country was
// orchestrated"), not an attack that qualifies it ("an investigation into the attack was launched").
function attackBefore(words: Word[], i: number): number {
  let start = i - 1;
  while (start > 0 && i - start < ATTACK_SUBJECT_REACH && !isBreak(words[start - 1]!) && words[start - 1]!.pos !== 'VERB') start--;
  const head = words.slice(start, i).findIndex((w) => w.pos === 'NOUN');
  return head >= 0 && ATTACK_NOUNS.has(words[start + head]!.lemma) ? start + head : -1;
}

/** How far before a passive verb of making it an attack's noun may stand ("the cyberattack against our country was orchestrated"). */
const ATTACK_SUBJECT_REACH = 8;

/** Participles by which a state makes what it does not do itself ("state-sponsored", "state-backed"). */
const SPONSORING = new Set(['sponsored', 'backed', 'directed', 'run', 'led']);

/** How far before an attack's noun its doer may stand, past the words that describe it ("Iran's mid-July state-sponsored cyber attack"). */
const ATTACK_DOER_REACH = 6;

/**
 * Attacks told by their noun, read as the verb "attack": the doer is the party whose the
 * attack is ("Iran's cyber attack") or after "by"; the receiver follows "on" or "against"
 * ("on our NATO ally Albania", "against Albania's government"). A side's adjective ("the
 * Iranian cyberattack on Albania") names the doer only beside another receiver: alone ("the
 * Albanian cyberattack") it may as well be the victim.
 */
function attacksTold(words: Word[], parties: Map<number, string>, inQuote: boolean[], perpetrated: Map<number, string>): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.pos !== 'NOUN' || !ATTACK_NOUNS.has(w.lemma)) continue;
    // "Albania's attack claims" are claims: the noun only describes the one after it.
    if (words[i + 1]?.pos === 'NOUN' && !ATTACK_NOUNS.has(words[i + 1]!.lemma)) continue;
    let owner: string | undefined;
    let described: string | undefined;
    for (let k = i - 1; k >= Math.max(0, i - ATTACK_DOER_REACH); k--) {
      const x = words[k]!;
      if (/^['\u2019]s$/.test(x.lower) && parties.has(k - 1)) {
        owner = parties.get(k - 1);
        break;
      }
      if (parties.has(k)) {
        described = parties.get(k);
        // "Albanian state aggression", "an Iranian state-sponsored cyberattack": the side's state
        // made it. (An "Albanian government cyberattack" is as likely the attack on that government.)
        const stateMade = words[k + 1]?.lower === 'state' && ((k + 2 === i && w.lemma === 'aggression') || (words[k + 2]?.text === '-' && SPONSORING.has(words[k + 3]?.lower ?? '')));
        if (stateMade) owner = described;
        break;
      }
      if (!(x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'PROPN' || x.pos === 'NUM' || x.text === '-' || (x.pos === 'VERB' && words[k - 1]?.text === '-'))) break;
    }
    let agent: string | undefined;
    let target: string | undefined;
    let mode: 'by' | 'on' | undefined;
    const theme: string[] = [];
    for (let k = i + 1; k < words.length; k++) {
      const x = words[k]!;
      if (x.lower === 'by') mode = 'by';
      else if (TARGETING.has(x.lower)) mode = 'on';
      else if (x.pos === 'VERB' || x.pos === 'PUNCT' || (x.pos === 'ADP' && x.lower !== 'of') || isBreak(x, false)) break;
      const party = parties.get(k);
      // "on Iran's behalf", "on behalf of Iran": whom the attack was made for, its maker.
      if (party && onBehalf(words, k)) agent ??= party;
      else if (party && mode === 'by' && !agent) agent = party;
      // The last party of the phrase: "on our NATO ally Albania" is on Albania; "on its NATO
      // ally" is on whoever's ally that is, not on NATO.
      else if (party && mode === 'on') target = ROLE_NOUNS.has(words[k + 1]?.lower ?? '') ? undefined : party;
      else if (!party && (x.pos === 'NOUN' || x.pos === 'PROPN')) theme.push(x.lemma);
    }
    const actor = agent ?? owner ?? perpetrated.get(i) ?? (described && target && described !== target ? described : undefined);
    if (!actor && !target) continue;
    out.push({
      key: ATTACK_FRAME,
      negated: false,
      ...(actor ? { actor } : {}),
      ...(target && target !== actor ? { target } : {}),
      ...(theme.length ? { theme } : {}),
      ...(inQuote[i] ? { quoted: true } : {}),
      noun: true,
      text: w.text,
    });
  }
  return out;
}

// A party something is done for: "on Iran's behalf", "on behalf of Iran".
function onBehalf(words: Word[], k: number): boolean {
  const next = /^['\u2019]s$/.test(words[k + 1]?.lower ?? '') ? words[k + 2] : words[k + 1];
  return next?.lower === 'behalf' || (words[k - 1]?.lower === 'of' && words[k - 2]?.lower === 'behalf');
}

// A past tense the library takes for an adjective between its doer and its object
// ("Stuxnet infected Iran's nuclear programme").
function pastTakenForAdjective(words: Word[], i: number): boolean {
  const w = words[i]!;
  return w.pos === 'ADJ' && /ed$/.test(w.lower) && NOMINAL.has(words[i - 1]?.pos ?? '') && OBJECT_START.has(words[i + 1]?.pos ?? '');
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
const OBJECT_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM']);

/**
 * Whether a line asserts nothing a source could back: a heading that opens with a question
 * word and does not end as a statement ("What we know about the break"), or words with no
 * verb at all ("Albania–Iran relations").
 */
export function assertsNothing(sentence: string, words: Word[] = readWords(sentence.trim())): boolean {
  if (!words.some((w, i) => w.pos === 'VERB' || w.pos === 'AUX' || pastTakenForAdjective(words, i))) return true;
  return WH_WORDS.has(words[0]?.lower ?? '') && !/[.!]["'\u201d\u2019)]*$/.test(sentence.trim());
}

/** Parts of speech that qualify or point rather than state ("reportedly", "itself"). */
const QUALIFYING = new Set(['ADV', 'PRON', 'DET']);

/** The words of a sentence that only qualify or point, and epithets before names, in lower case; a denial ("no", "nothing") is no such word. */
export function qualifyingWords(words: Word[]): Set<string> {
  // An epithet before a name ("the militant MEK", "the shadowy group's leader Rajavi") says
  // what the writer makes of the party the name already picks out.
  const epithet = (w: Word, i: number) => w.pos === 'ADJ' && !RANKS.has(w.lower) && words[i + 1]?.pos === 'PROPN';
  return new Set(words.filter((w, i) => (QUALIFYING.has(w.pos) || epithet(w, i) || judgesEvent(words, i)) && !NEGATORS.has(w.lower) && !w.negated).map((w) => w.lower));
}

// A word between an article and a date ("a brazen July 15 cyberattack", "the shocking 2022
// break") is what the writer makes of the event: the date says which one it is.
function judgesEvent(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (words[i - 1]?.pos !== 'DET' || RANKS.has(w.lower) || (w.pos !== 'ADJ' && w.pos !== 'VERB')) return false;
  const next = words[i + 1];
  return (next?.pos === 'PROPN' || next?.pos === 'NUM') && (MONTHS[next.lower] !== undefined || /^\d{4}$/.test(next.lower));
}

/**
 * The first denial a sentence makes in its own voice (not inside quotation marks), with the
 * word it denies; `quoted`: in the words it quotes as well (a source's denial is the denial
 * of the one it quotes).
 */
export function denialIn(words: Word[], quoted = false): string | undefined {
  const inQuote = quotedMask(words);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (inQuote[i] && !quoted) continue;
    const phrase = DENYING_PHRASES.find((p) => p.every((x, k) => words[i + k]?.lemma === x || words[i + k]?.lower === x));
    // "no longer has (keeps) diplomatic relations": ties cut, told in the negative.
    if (phrase && heldNoLonger(words, i + phrase.length)) continue;
    if (phrase) return words.slice(i, i + phrase.length + 1).map((x) => x.text).join(' ');
    if (!(DENIALS.has(w.lower) || w.lower.endsWith("n't"))) continue;
    // "have no relations", "has no embassy": ties or a mission denied are the news told in the
    // negative (ties cut), not the opposite of it. "Had no evidence" is a denial all the same.
    const verb = words[i - 1]?.lemma === 'not' ? words[i - 2] : words[i - 1];
    // "has never objected", "was not found": the auxiliary's verb is what is denied.
    const main = words.slice(i + 1, i + 3).some((x) => x.pos === 'VERB');
    // ("has not informed" is the perfect denied, whatever the library makes of the participle.)
    const perfect = w.lower === 'not' || w.lower.endsWith("n't");
    const next = words.slice(i + 1, i + 4);
    if (next[0] && DOUBT_NOUNS.has(next[0].lower)) continue;
    const tiesOrMission = !next.some((x) => x.pos === 'NOUN') || next.some((x) => TIES_AND_MISSIONS.has(x.lower) || TIES_AND_MISSIONS.has(x.lemma));
    // ("never had relations" denies they ever were, which ties cut do not tell.)
    if (verb && verb.lemma === 'have' && !main && !perfect && w.lower !== 'never' && tiesOrMission) continue;
    // "is not the first", "was not Iran's only target", "nor is Albania the only one": a rank
    // denied says there were others. The rank must be what the "is" says, with no preposition
    // or verb before it: "was not involved in the very first attack" denies the involvement.
    const be = verb?.lemma === 'be' || words[i + 1]?.lemma === 'be';
    const rank = words.slice(i + 1, i + 6).findIndex((x) => RANKS.has(x.lower));
    if (be && rank >= 0 && !words.slice(i + 1, i + 1 + rank).some((x) => x.pos === 'ADP' || (x.pos === 'VERB' && x.lemma !== 'be'))) continue;
    if (boundedInTime(words, i)) continue;
    // "the norm of not damaging infrastructure": a denial after a preposition names a rule or
    // an aim, not something that did not happen.
    if (words[i - 1]?.pos === 'ADP') continue;
    return words.slice(i, i + 2).map((x) => x.text).join(' ');
  }
  return undefined;
}

/** The words a sentence says in its own voice: outside quotation marks, content words only. */
export function ownWords(words: Word[]): Word[] {
  const inQuote = quotedMask(words);
  return words.filter((w, k) => !inQuote[k] && (w.pos === 'VERB' || w.pos === 'ADJ' || w.pos === 'NOUN'));
}

/** The act a sentence says goes on ("still lists"), in its own voice: "still" and the verb after it. */
export function ongoingIn(words: Word[]): string | undefined {
  const inQuote = quotedMask(words);
  for (let i = 0; i < words.length; i++) {
    if (inQuote[i] || words[i]!.lower !== 'still') continue;
    const verb = words.slice(i + 1, i + 3).find((x) => x.pos === 'VERB');
    if (verb) return `still ${verb.text}`;
  }
  return undefined;
}

/** How far from its verb of saying a speaker may stand. */
const SPEAKER_REACH = 6;

// "The MEK postponed its summit after Albanian authorities warned of threats": the verb of
// saying stands in a clause of time or cause, so the sentence is not the authorities' words.
function inSubordinateClause(words: Word[], r: number): boolean {
  for (let k = r - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.pos === 'PUNCT' || QUOTE_MARK.test(w.text)) return false;
    if (SUBORDINATORS.has(w.lower) && (w.pos === 'SCONJ' || w.pos === 'ADP')) return true;
    if (w.pos === 'VERB') return false;
  }
  return false;
}

/**
 * Who a sentence gives its words to: the party named next to its verb of saying outside
 * quotation marks ("..., Rama said", "according to Washington"), if any.
 */
export function speakerIn(words: Word[]): string | undefined {
  const parties = partiesIn(words);
  const inQuote = quotedMask(words);
  for (let r = 0; r < words.length; r++) {
    const w = words[r]!;
    // "The diplomats were told to leave": a passive verb of saying gives its subject no words.
    const saying = (REPORTING_VERBS.has(w.lemma) || w.lemma === 'warn') && w.pos === 'VERB' && !isPassive(words, r);
    const according = w.lower === 'according' && words[r + 1]?.lower === 'to';
    if (inQuote[r] || (!saying && !according) || inSubordinateClause(words, r)) continue;
    // A party after the verb is its speaker only where what was said came first ("..., said
    // Rama"); otherwise it opens what was said ("said Tehran rejects ...").
    // A verb after it tells what was said ("..., said the attack on Albania was ..."): then
    // the speaker is the subject before an aside ("Hultquist, speaking in Washington, said").
    // A participle set off by a comma ("Iran called the decision rash, saying ...") speaks
    // for the sentence's subject, not for the name just before it.
    if (w.lower.endsWith('ing') && words[r - 1]?.text === ',') {
      const subject = subjectOf(words, parties, r);
      if (subject) return subject;
    }
    const inverted = r > 0 && (words[r - 1]!.text === ',' || QUOTE_MARK.test(words[r - 1]!.text));
    const after = inverted && !words.slice(r + 1).some((x, k) => !inQuote[r + 1 + k] && (x.pos === 'VERB' || x.pos === 'AUX'));
    // An aside between commas before the verb ("Yuri Kim, the US ambassador to Albania, said")
    // describes the speaker, who is named before it.
    if (inverted && words[r - 1]!.text === ',') {
      const open = commaBefore(words, r - 1);
      for (let k = open - 1; open > 0 && k >= Math.max(0, open - SPEAKER_REACH); k--) {
        const p = parties.get(k);
        if (p && !inQuote[k]) return p;
      }
    }
    const reach = inverted ? SPEAKER_REACH * 2 : SPEAKER_REACH;
    for (let d = 1; d <= reach; d++) {
      for (const k of according ? [r + 1 + d] : after ? [r - d, r + d] : [r - d]) {
        if (k < 0 || k >= words.length || inQuote[k] || QUOTE_MARK.test(words[k]!.text)) continue;
        const p = parties.get(k);
        if (p) return p;
      }
    }
  }
  return undefined;
}

/**
 * Who a source sentence gives its words to: its own verb of saying, or, for a sentence of
 * quotation with none, the one of the sentence that says who spoke (`saidIn`, see build-facts).
 */
export function speakerOfSentence(words: Word[], saidIn?: string): string | undefined {
  return speakerIn(words) ?? (saidIn ? speakerIn(readWords(saidIn)) : undefined);
}

/** What the reading stage needs of a claim's English, read once: each part is a stage's input. */
export interface ClaimEnglish {
  /** Words that only qualify or point (see `qualifyingWords`). */
  qualifying: Set<string>;
  /** Who did what to whom. */
  frames: Frame[];
  /** Who the claim gives its words to, if anyone. */
  speaker?: string;
  /** The claim's first denial in its own voice, with the word it denies. */
  denial?: string;
  /** An act the claim says goes on ("still lists"). */
  ongoing?: string;
  /** The content words it says in its own voice. */
  own: Word[];
}

/** Reads a claim's English once, for the reading stage. */
export function readClaimEnglish(words: Word[]): ClaimEnglish {
  return {
    qualifying: qualifyingWords(words),
    frames: framesOf(words),
    speaker: speakerIn(words),
    denial: denialIn(words),
    ongoing: ongoingIn(words),
    own: ownWords(words),
  };
}

