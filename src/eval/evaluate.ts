// Scoring a labelled set with a checker, in-process. What each mode does is what the shared
// scorers (../shared/eval/score.mjs and near-miss.mjs) do through the command line, so that
// the figures of both agree on the same set.
import type { CheckResult } from '../core/types';
import type { LabelledClaim, NearMissPage } from './labelled-lines';
import { figures, groupsRightWhole, halfOf, rightByKind, scoredLabel, type Figures, type ScoredLabel } from './scoring';

/** The part of the checker a scoring needs. */
export interface ClaimChecker {
  checkClaim(text: string): CheckResult;
  checkText(text: string): CheckResult[];
}

/** A labelled set, read and ready to score; a page's text is its readable text, as the command line reads it. */
export type LabelledSet =
  | { type: 'claims'; name: string; claims: LabelledClaim[] }
  | { type: 'pages'; name: string; claims: LabelledClaim[]; pageText: ReadonlyMap<string, string> }
  | { type: 'near-miss'; name: string; pages: NearMissPage[]; pageText: ReadonlyMap<string, string> };

/** A claim and what the checker answered; `result` is null when a page gave its sentence no note. */
export interface Answer {
  claim: LabelledClaim;
  got: ScoredLabel;
  result: CheckResult | null;
}

/** The two ways a claim is checked: alone, as a selection is, or within its page, as the command line reads a page. */
export type Mode = 'alone' | 'page';

/** How a set fared in one mode. */
export interface ModeScore {
  mode: Mode;
  answers: Answer[];
  all: Figures;
  /** For page sets: the odd- and even-numbered pages apart, so that a figure tuned on one half can be checked on the other. */
  halves?: { odd: Figures; even: Figures };
  /** Where lines carry a kind: how many of each kind were answered right. */
  byKind?: Record<string, { right: number; of: number }>;
  /** Where lines carry a group: how many groups were right whole. */
  groups?: { whole: number; of: number };
}

/** How a claim file or a page set fared. */
export interface ClaimsEvaluation {
  type: 'claims' | 'pages';
  name: string;
  /** For page sets, how many pages the claims come from. */
  pages?: number;
  modes: ModeScore[];
}

/** A note the checker put on a page of a near-miss set. */
export interface PageNote {
  file: string;
  result: CheckResult;
}

/** How a near-miss set fared: every note off the listed sentences is false, but a 'supported' one is counted apart. */
export interface NearMissEvaluation {
  type: 'near-miss';
  name: string;
  pages: number;
  falseNotes: PageNote[];
  /** 'supported' notes off the listed sentences: background facts a source states, not counted as false. */
  background: PageNote[];
  /** Notes on the sentences listed as about the dispute. */
  onTopicNotes: number;
  pagesWithFalseNotes: number;
  /** Per kind of page: how many have a false note, of how many. */
  byKind: Record<string, { hit: number; of: number }>;
}

/** What scoring a set gives. */
export type Evaluation = ClaimsEvaluation | NearMissEvaluation;

/** Runs of white space as one space, ends trimmed: line breaks inside a labelled sentence do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The note a page's reading gave a labelled sentence: the first whose text holds the
 * sentence or is held by it, since the reader may split or join sentences differently
 * from the labeller.
 */
export function noteFor(text: string, notes: readonly CheckResult[]): CheckResult | null {
  const t = squash(text);
  return notes.find((r) => {
    const s = squash(r.text);
    return s && (s.includes(t) || t.includes(s));
  }) ?? null;
}

function modeScore(mode: Mode, answers: Answer[], withHalves: boolean): ModeScore {
  const score = (part: Answer[]) => figures(part.map((a) => a.claim.label), part.map((a) => a.got));
  const out: ModeScore = { mode, answers, all: score(answers) };
  if (withHalves) {
    const half = (h: 'odd' | 'even') => answers.filter((a) => halfOf(a.claim.file!) === h);
    out.halves = { odd: score(half('odd')), even: score(half('even')) };
  }
  const right = answers.map((a) => a.got === a.claim.label);
  if (answers.some((a) => a.claim.kind !== undefined)) out.byKind = rightByKind(answers.map((a) => a.claim.kind), right);
  if (answers.some((a) => a.claim.group !== undefined)) out.groups = groupsRightWhole(answers.map((a) => a.claim.group), right);
  return out;
}

function alone(checker: ClaimChecker, claims: LabelledClaim[]): Answer[] {
  return claims.map((claim) => {
    const result = checker.checkClaim(squash(claim.text));
    return { claim, got: scoredLabel(result.verdict), result };
  });
}

function notesOf(checker: ClaimChecker, pageText: ReadonlyMap<string, string>, file: string): CheckResult[] {
  const text = pageText.get(file);
  if (text === undefined) throw new Error(`evaluate: the text of page ${file} was not read`);
  return checker.checkText(text);
}

/** Near-miss pages: each note is on a listed sentence (allowed), a background fact ('supported'), or false. */
function nearMiss(checker: ClaimChecker, name: string, pages: NearMissPage[], pageText: ReadonlyMap<string, string>): NearMissEvaluation {
  const out: NearMissEvaluation = { type: 'near-miss', name, pages: pages.length, falseNotes: [], background: [], onTopicNotes: 0, pagesWithFalseNotes: 0, byKind: {} };
  const hit = new Set<string>();
  for (const page of pages) {
    // Very short listed sentences would excuse any note that happens to contain them.
    const listed = page.onTopic.map(squash).filter((q) => q.length > 12);
    for (const result of notesOf(checker, pageText, page.file)) {
      if (result.verdict === 'offtopic') continue;
      const s = squash(result.text);
      if (listed.some((q) => s.includes(q) || q.includes(s))) out.onTopicNotes++;
      else if (result.verdict === 'supported') out.background.push({ file: page.file, result });
      else {
        out.falseNotes.push({ file: page.file, result });
        hit.add(page.file);
      }
    }
  }
  out.pagesWithFalseNotes = hit.size;
  for (const page of pages) {
    const k = (out.byKind[page.kind ?? '(no kind)'] ??= { hit: 0, of: 0 });
    k.of++;
    if (hit.has(page.file)) k.hit++;
  }
  return out;
}

/**
 * Scores a set: a claim file with each line checked alone; a page set twice, each sentence
 * alone and each page whole (a labelled sentence its page gave no note counts as off topic);
 * a near-miss set by its false notes. The verdict `partly` counts as unverified.
 */
export function evaluate(checker: ClaimChecker, set: LabelledSet): Evaluation {
  if (set.type === 'near-miss') return nearMiss(checker, set.name, set.pages, set.pageText);
  const modes = [modeScore('alone', alone(checker, set.claims), set.type === 'pages')];
  if (set.type === 'claims') return { type: 'claims', name: set.name, modes };
  const notes = new Map<string, CheckResult[]>();
  const paged = set.claims.map((claim): Answer => {
    const file = claim.file!;
    if (!notes.has(file)) notes.set(file, notesOf(checker, set.pageText, file));
    const result = noteFor(claim.text, notes.get(file)!);
    return { claim, got: result ? scoredLabel(result.verdict) : 'offtopic', result };
  });
  modes.push(modeScore('page', paged, true));
  return { type: 'pages', name: set.name, pages: notes.size, modes };
}
