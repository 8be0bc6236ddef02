import { describe, expect, it } from 'vitest';
import type { CheckResult, Verdict } from '../core/types';
import { evaluate, noteFor, type ClaimChecker } from './evaluate';
import type { LabelledClaim } from './labelled-lines';

const result = (text: string, verdict: Verdict): CheckResult => ({ text, start: 0, end: text.length, verdict, reason: `${verdict} because`, evidence: [] });

/** A checker that answers from a table, and reads a page as one sentence a line; it records what it was asked. */
function stubChecker(verdicts: Record<string, Verdict>): ClaimChecker & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    checkClaim: (text) => {
      asked.push(text);
      return result(text, verdicts[text] ?? 'offtopic');
    },
    checkText: (text) => text.split('\n').filter((s) => verdicts[s] && verdicts[s] !== 'offtopic').map((s) => result(s, verdicts[s]!)),
  };
}

const claim = (id: string, text: string, label: LabelledClaim['label'], extra: Partial<LabelledClaim> = {}): LabelledClaim => ({ line: 1, id, text, label, ...extra });

describe('scoring a set with a checker', () => {
  it('checks each claim alone with its white space squashed, and scores partly as unverified', () => {
    const checker = stubChecker({ 'The ferry left at dawn.': 'partly', 'Snow fell.': 'supported' });
    const ev = evaluate(checker, { type: 'claims', name: 'mine', claims: [claim('a', '  The ferry\n left   at dawn. ', 'unverified'), claim('b', 'Snow fell.', 'mixed')] });
    expect(checker.asked).toEqual(['The ferry left at dawn.', 'Snow fell.']);
    if (ev.type === 'near-miss') throw new Error('scored as near-miss');
    expect(ev.modes.map((m) => m.mode)).toEqual(['alone']);
    expect(ev.modes[0]!.answers.map((a) => a.got)).toEqual(['unverified', 'supported']);
    expect(ev.modes[0]!.all.falseSupported).toBe(1);
    expect(ev.modes[0]!.halves).toBeUndefined();
  });

  it('scores a page set alone and page by page, a labelled sentence its page gave no note counting as off topic, with each half apart', () => {
    const checker = stubChecker({ 'The ferry left at dawn.': 'supported', 'The port closed.': 'contradicted', 'Gulls circled.': 'supported' });
    const claims = [
      claim('a', 'The ferry left at dawn.', 'supported', { file: '01-a.html' }),
      claim('b', 'The port closed.', 'contradicted', { file: '02-b.html' }),
      claim('c', 'Gulls circled.', 'offtopic', { file: '02-b.html' }),
    ];
    // Page 02 is read without the gulls' sentence, so it gets no note there.
    const pageText = new Map([['01-a.html', 'The ferry left at dawn.'], ['02-b.html', 'The port closed.\nNothing else.']]);
    const ev = evaluate(checker, { type: 'pages', name: 'set', claims, pageText });
    if (ev.type === 'near-miss') throw new Error('scored as near-miss');
    const [alone, page] = ev.modes;
    expect(ev.pages).toBe(2);
    expect(alone!.answers.map((a) => a.got)).toEqual(['supported', 'contradicted', 'supported']);
    expect(page!.answers.map((a) => a.got)).toEqual(['supported', 'contradicted', 'offtopic']);
    expect(page!.answers[2]!.result).toBeNull();
    expect(page!.all.accuracy).toBe(1);
    expect(page!.halves!.odd.claims).toBe(1);
    expect(page!.halves!.even.claims).toBe(2);
  });

  it('finds a labelled sentence among a page\'s notes when either holds the other', () => {
    const notes = [result('Unrelated note.', 'unverified'), result('The port closed on Monday after the storm.', 'contradicted')];
    expect(noteFor('The port closed\non Monday', notes)?.verdict).toBe('contradicted');
    expect(noteFor('Officials said: The port closed on Monday after the storm. Ships waited.', notes)?.verdict).toBe('contradicted');
    expect(noteFor('Gulls circled.', notes)).toBeNull();
  });

  it('counts kinds and groups right whole where the lines carry them', () => {
    const checker = stubChecker({ 'A.': 'supported', 'B.': 'supported', 'C.': 'contradicted' });
    const ev = evaluate(checker, {
      type: 'claims',
      name: 'mine',
      claims: [claim('a', 'A.', 'supported', { kind: 'base', group: 'g1' }), claim('b', 'B.', 'contradicted', { kind: 'negation', group: 'g1' }), claim('c', 'C.', 'contradicted', { kind: 'negation', group: 'g2' })],
    });
    if (ev.type === 'near-miss') throw new Error('scored as near-miss');
    expect(ev.modes[0]!.byKind).toEqual({ base: { right: 1, of: 1 }, negation: { right: 1, of: 2 } });
    expect(ev.modes[0]!.groups).toEqual({ whole: 1, of: 2 });
  });

  it('counts notes off the listed sentences of a near-miss page as false, but a supported one apart as a background fact', () => {
    const checker = stubChecker({
      'The port of Durrës reopened after the strike ended.': 'unverified',
      'The mayor opened a market.': 'partly',
      'The country joined the alliance in 2009.': 'supported',
      'The band played.': 'contradicted',
    });
    const ev = evaluate(checker, {
      type: 'near-miss',
      name: 'near',
      pages: [
        // A listed sentence of 12 characters or fewer excuses nothing.
        { line: 1, file: '01-a.html', kind: 'city', onTopic: ['The port of Durrës reopened after the strike ended.', 'The band'] },
        { line: 2, file: '02-b.html', kind: 'city', onTopic: [] },
        { line: 3, file: '03-c.html', kind: 'sport', onTopic: [] },
      ],
      pageText: new Map([
        ['01-a.html', 'The port of Durrës reopened after the strike ended.\nThe band played.'],
        ['02-b.html', 'The mayor opened a market.\nThe country joined the alliance in 2009.'],
        ['03-c.html', 'Nothing to see.'],
      ]),
    });
    if (ev.type !== 'near-miss') throw new Error('not scored as near-miss');
    expect(ev.onTopicNotes).toBe(1);
    expect(ev.falseNotes.map((n) => `${n.file}: ${n.result.verdict}`)).toEqual(['01-a.html: contradicted', '02-b.html: partly']);
    expect(ev.background.map((n) => n.result.text)).toEqual(['The country joined the alliance in 2009.']);
    expect(ev.pagesWithFalseNotes).toBe(2);
    expect(ev.byKind).toEqual({ city: { hit: 2, of: 2 }, sport: { hit: 0, of: 1 } });
  });
});
