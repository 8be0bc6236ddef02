import { describe, expect, it } from 'vitest';
import type { Detail, DetailKind } from '../read/details';
import type { MatchedDetail, Outcome } from '../match/match-details';
import { decideVerdict, isJudged } from './rules';

function d(kind: DetailKind, outcome: Outcome, required = kind !== 'term'): MatchedDetail {
  const detail: Detail = { kind, text: kind, pos: 0, required, neighbours: [] };
  return { detail, outcome, weight: 1, backing: [], clashing: [] };
}
const on = (details: MatchedDetail[], core = 0.6) => decideVerdict({ details, onTopic: true, core, addressed: core });

describe('the verdict rules, gravest first', () => {
  it('contradict on any clash, even beside a dispute and details no source has', () => {
    expect(on([d('amount', 'clashes'), d('date', 'disputed'), d('name', 'not-found')])).toBe('contradicted');
  });
  it('call the claim mixed when the sources disagree on one of its details', () => {
    expect(on([d('date', 'disputed'), d('name', 'backed')])).toBe('mixed');
  });
  it('support only when every required detail is backed', () => {
    expect(on([d('action', 'backed'), d('amount', 'backed'), d('term', 'backed')])).toBe('supported');
    expect(on([d('action', 'backed'), d('name', 'not-found')])).toBe('partly');
  });
  it('leave a claim unverified when nothing of it is backed', () => {
    expect(on([d('name', 'not-found'), d('term', 'not-found')])).toBe('unverified');
  });
  it('do not judge a claim off the dispute unless one source states nearly all of it', () => {
    expect(decideVerdict({ details: [d('action', 'backed')], onTopic: false, core: 0.4, addressed: 0.4 })).toBe('offtopic');
    expect(decideVerdict({ details: [d('action', 'backed')], onTopic: false, core: 0.9, addressed: 0.9 })).toBe('supported');
    expect(decideVerdict({ details: [d('action', 'backed'), d('term', 'not-found')], onTopic: false, core: 0.9, addressed: 0.9 })).toBe('offtopic');
  });
  it('judge a claim off the dispute that a source states in good part, every detail of it backed', () => {
    expect(isJudged({ details: [d('name', 'backed'), d('date', 'backed')], onTopic: false, core: 0.6, addressed: 0.6 })).toBe(true);
    expect(isJudged({ details: [d('name', 'backed'), d('term', 'not-found')], onTopic: false, core: 0.6, addressed: 0.6 })).toBe(false);
    expect(decideVerdict({ details: [d('name', 'backed'), d('date', 'backed')], onTopic: false, core: 0.6, addressed: 0.6 })).toBe('supported');
  });
});

describe('a claim that something could not be found out', () => {
  it('is contradicted when the sources state it', () => {
    expect(decideVerdict({ details: [d('action', 'backed'), d('name', 'backed')], onTopic: true, core: 0.6, addressed: 0.6, unknowing: true })).toBe('contradicted');
  });
  it('stays unverified when the sources do not state it either', () => {
    expect(decideVerdict({ details: [d('name', 'not-found')], onTopic: true, core: 0.6, addressed: 0.6, unknowing: true })).toBe('unverified');
  });
});
