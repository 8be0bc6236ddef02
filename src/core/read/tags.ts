import { ENTITIES } from '../knowledge/dispute';
import { DISCOURSE_OPENERS, DOUBT_WORDS, NEGATORS, READER_ADDRESS, REPORTING_VERBS } from '../knowledge/english';
import { stem } from './text';

// Wire copy opens with who filed it and from where: "TIRANA, Albania (AP) —", "(dpa)",
// "Sept. 9 (UPI) --", "Iran Press/ Iran News:". None of it is a detail of the claim.
// The tag's words start right after the white space, so that a run of spaces is matched one way only.
const HEAD = /^\s*(\S[^.!?]{1,59}?)\s*(?:\u2014|\u2013|--|-(?=\s)|:)\s+/;
// "(AP)", "(dpa)": the agencies the dispute's data knows, in brackets.
const AGENCY = new RegExp(
  `^\\s*\\((?:${ENTITIES.filter((e) => e.agency).flatMap((e) => e.names).map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\)\\s*[-\\u2013\\u2014:]*\\s*`,
  'i',
);

/** Whether the words before a dash or colon are a dateline or an outlet's name, not part of a sentence. */
function isTag(head: string): boolean {
  const words = head.match(/[A-Za-z][A-Za-z'.-]*/g) ?? [];
  if (!words.length || words.length > 8 || doubts(words)) return false;
  // Every word capitalised ("TEHRAN", "Iran Press/ Iran News"), a parenthesised agency or a date.
  return words.every((w) => /^[A-Z]/.test(w) || /^(?:dpa|via)$/.test(w));
}

// A writer's lead-in before a colon ("Here's the wild part:", "Quick recap for anyone who
// missed it:") and an opening word before a comma ("OK, so", "Yes,") address the reader.
const LEAD_IN = /^\s*([^.!?:"\u201c\u201d]{1,60}?):\s+/;
const OPENER = /^\s*([A-Za-z]+),\s+(?:so\s+)?/;
const KNOWN_NAMES = new Set(ENTITIES.flatMap((e) => e.names.filter((n) => !n.includes(' '))));
// "The ministry stated:", "according to Tirana:": a speaker's words follow, and the speaker is a detail.
const SPEAKING = new Set([...REPORTING_VERBS, 'accord'].map(stem));
// "Allied reaction was swift:" states something itself.
const STATING = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been']);

/** Whether the words before a colon only address the reader: no name, figure or speaker, and nothing that casts doubt on what follows. */
function isLeadIn(head: string): boolean {
  const words = head.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8 || /\d/.test(head)) return false;
  // Only words to the reader are dropped: a lead-in that judges what follows ("Pure fantasy:") is kept.
  if (!words.some((w) => READER_ADDRESS.has(w.toLowerCase().replace(/[^a-z']/g, '')))) return false;
  return words.every((w, k) => {
    const lower = w.toLowerCase().replace(/[^a-z']/g, '');
    if ((k > 0 && /^[A-Z]/.test(w)) || KNOWN_NAMES.has(lower.replace(/'s$/, ''))) return false;
    return !NEGATORS.has(lower) && !DOUBT_WORDS.has(lower) && !SPEAKING.has(stem(lower)) && !STATING.has(lower);
  });
}

// A lead-in of a few words that calls what follows false ("Myth:", "Not true:", "Pure fantasy:").
const DOUBTED_REACH = 6;
// ("Not a myth:" and "Fact, not fiction:" call it true, and "The rumour was true:" says so itself.)
function verdictOf(words: string[]): 'false' | 'true' | undefined {
  const lower = words.map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  if (lower.some((w) => STATING.has(w))) return undefined;
  const at = lower.findIndex((w) => DOUBT_WORDS.has(w));
  if (at >= 0) return lower.slice(0, at).some((w) => NEGATORS.has(w)) ? 'true' : 'false';
  return lower.length <= 2 && NEGATORS.has(lower[0]!) ? 'false' : undefined;
}
const doubts = (words: string[]) => verdictOf(words) !== undefined;

/** A sentence as a reader takes its claim: its words without tag or lead-in, and whether the writer calls them false. */
export interface TaggedClaim {
  said: string;
  /** The sentence opens with words that call what follows false ("Myth: Albania cut ties", "Not true: ..."). */
  denied: boolean;
}

/** Reads off a sentence's dateline, agency tag, and a lead-in that addresses the reader or calls what follows true or false. */
export function readTag(sentence: string): TaggedClaim {
  let out = sentence.replace(AGENCY, '');
  const m = HEAD.exec(out);
  if (m && isTag(m[1]!) && out.length - m[0].length > 20) out = out.slice(m[0].length);
  const lead = LEAD_IN.exec(out);
  const long = !!lead && out.length - lead[0].length > 20;
  const words = lead?.[1]!.split(/\s+/).filter(Boolean) ?? [];
  // What a lead-in of a few words says of what follows: "false" ("Myth:"), "true" ("Not a myth:"), or nothing.
  const verdict = long && words.length <= DOUBTED_REACH ? verdictOf(words) : undefined;
  if (long && (isLeadIn(lead![1]!) || verdict)) out = out.slice(lead![0].length);
  const opener = OPENER.exec(out);
  if (opener && DISCOURSE_OPENERS.has(opener[1]!.toLowerCase()) && out.length - opener[0].length > 20) out = out.slice(opener[0].length);
  return { said: out.replace(AGENCY, ''), denied: verdict === 'false' };
}
