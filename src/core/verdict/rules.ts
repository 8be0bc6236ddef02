import type { CheckResult, Verdict } from '../types';
import type { MatchedDetail } from '../match/match-details';
import { THRESHOLDS } from '../thresholds';

/** What the verdict rules look at: the claim's matched details and how it stands to the dispute. */
export interface VerdictInput {
  details: MatchedDetail[];
  /** The claim is about the dispute (by itself or by its page). */
  onTopic: boolean;
  /** Share of the claim covered by the single best fact. */
  core: number;
  /** Share of the claim the best fact states, the same way or otherwise. */
  addressed: number;
  /** The claim says something could not be found out ("could not determine who was behind"). */
  unknowing?: boolean;
  /** Whether the claim asserts nothing a source could back (a heading, a phrase); asked only of a claim that would be supported. */
  claimsNothing?: () => boolean;
}

/**
 * The verdict follows from the details, gravest first: a clash contradicts, a dispute
 * between sources makes it mixed, every detail backed supports it, some backed and some
 * not found make it partly supported, nothing backed leaves it unverified.
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const verdict = fromDetails(input);
  // A heading or a bare phrase may share every word with a source and still claim nothing.
  return (verdict === 'supported' || verdict === 'partly') && input.claimsNothing?.() ? 'unverified' : verdict;
}

/**
 * Whether a claim is judged at all: one about the dispute is; off the dispute, a sentence a
 * source covers is judged on that source, one that states most of it, or a good part of it
 * with every detail of it backed ("the EU, Canada, the US and Japan once listed the MEK as a
 * terrorist organisation").
 */
export function isJudged({ details, onTopic, core, addressed }: Pick<VerdictInput, 'details' | 'onTopic' | 'core' | 'addressed'>): boolean {
  const allBacked = details.length > 0 && details.every((d) => d.outcome === 'backed');
  return onTopic || addressed >= THRESHOLDS.offTopicCore || (allBacked && core >= THRESHOLDS.offTopicBacked);
}

function fromDetails(input: VerdictInput): Verdict {
  const { details, onTopic, core, unknowing } = input;
  if (!isJudged(input)) return 'offtopic';
  // Off the dispute, a claim about someone no source names is another story
  // ("Montenegro's government networks were hit by a cyberattack").
  if (!onTopic && details.some((d) => d.detail.kind === 'name' && d.outcome === 'not-found')) return 'offtopic';
  // So is one that puts another doer in a kind of event the sources tell ("Canada cut ties
  // with Iran in 2012"), unless it names the sources' own event by another of its names,
  // dates or figures ("Stuxnet was developed by Russia").
  const otherDoer = details.some((d) => d.detail.kind === 'name' && d.outcome === 'clashes');
  const ownEvent = details.some((d) => (d.detail.kind === 'name' || d.detail.kind === 'date' || d.detail.kind === 'amount') && d.outcome === 'backed');
  if (!onTopic && otherDoer && !ownEvent) return 'offtopic';
  if (details.some((d) => d.outcome === 'clashes')) return 'contradicted';
  if (details.some((d) => d.outcome === 'disputed')) return 'mixed';
  const backed = details.filter((d) => d.outcome === 'backed');
  if (!backed.length || core < THRESHOLDS.backingAnchor) return onTopic ? 'unverified' : 'offtopic';
  const missingRequired = details.some((d) => d.detail.required && d.outcome === 'not-found');
  const terms = details.filter((d) => d.detail.kind === 'term');
  const termWeight = terms.reduce((s, d) => s + d.weight, 0);
  const missingTerms = terms.filter((d) => d.outcome === 'not-found').reduce((s, d) => s + d.weight, 0);
  const termsHold = termWeight === 0 || missingTerms <= THRESHOLDS.termSlack * termWeight;
  // "Could not determine who was behind it", where the sources state who was: they
  // contradict the claim that it is not known.
  if (unknowing && backed.some((d) => d.detail.kind === 'action' || d.detail.kind === 'name') && core >= THRESHOLDS.coreSupport) return 'contradicted';
  if (!missingRequired && termsHold && core >= THRESHOLDS.coreSupport) return 'supported';
  // Partly supported needs something specific backed: a name, figure, date, action or
  // quote; plain words in common ("embassy", "diplomats") are not a part of the claim.
  const specific = backed.some((d) => d.detail.required);
  if (!specific) return onTopic ? 'unverified' : 'offtopic';
  // Off the dispute, a claim a source covers only in part is about something else.
  return onTopic ? 'partly' : 'offtopic';
}

type Judged = Omit<CheckResult, 'text' | 'start' | 'end'>;

/**
 * The verdict on a text that calls false what it goes on to say ("Myth: ..."): what the
 * sources back, it denies, and what they contradict, it rightly denies. Anything less certain
 * stays as it was.
 */
export function deniedByWriter(judged: Judged): Judged {
  const flip = { supports: 'contradicts', contradicts: 'supports', related: 'related' } as const;
  if (judged.verdict === 'supported') {
    return { ...judged, verdict: 'contradicted', reason: `The text calls this false, but the sources state it. ${judged.reason}`, evidence: judged.evidence.map((e) => ({ ...e, stance: flip[e.stance] })) };
  }
  if (judged.verdict === 'contradicted') {
    return { ...judged, verdict: 'supported', reason: `The text calls this false, and the sources agree. ${judged.reason}`, evidence: judged.evidence.map((e) => ({ ...e, stance: flip[e.stance] })) };
  }
  return judged;
}
