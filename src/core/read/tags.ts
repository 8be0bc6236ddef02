import { ENTITIES } from '../knowledge/dispute';

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
  if (!words.length || words.length > 8) return false;
  // Every word capitalised ("TEHRAN", "Iran Press/ Iran News"), a parenthesised agency or a date.
  return words.every((w) => /^[A-Z]/.test(w) || /^(?:dpa|via)$/.test(w));
}

/** The sentence without its dateline or agency tag. */
export function stripTag(sentence: string): string {
  let out = sentence.replace(AGENCY, '');
  const m = HEAD.exec(out);
  if (m && isTag(m[1]!) && out.length - m[0].length > 20) out = out.slice(m[0].length);
  return out.replace(AGENCY, '');
}
