// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../core/types';
import type { CorrectionMark } from '../../shared/corrections';
import type { MarkerView } from '../../shared/views';
import { renderNotes, type NotesUi } from './notes-ui';

const marker = (over: Partial<MarkerView> = {}): MarkerView => ({
  id: 'c1',
  claim: 'Albania cut diplomatic ties with Iran on Wednesday.',
  verdict: 'supported',
  reason: 'Three sources say the same.',
  evidence: [],
  anchor: { left: 10, top: 100, right: 300, bottom: 120 },
  underline: null,
  ...over,
});

let container: HTMLElement;
let ui: NotesUi;
let kept: [string, CorrectionMark][];
let refuse: string | null;

beforeEach(() => {
  kept = [];
  refuse = null;
  container = document.createElement('div');
  document.body.append(container);
  const keep = async (id: string, mark: CorrectionMark) => {
    if (refuse) throw new Error(refuse);
    kept.push([id, mark]);
    // As the page does: the kept correction comes back on the marker.
    ui.setMarkers([marker({ correction: mark })]);
  };
  ui = renderNotes(container, {
    dismiss: () => {},
    checkSelection: () => {},
    closeSelection: () => {},
    correct: keep,
    correctSelection: (mark) => keep('selection', mark),
  });
});

afterEach(() => {
  ui.destroy();
  container.remove();
});

const settle = () => new Promise((r) => setTimeout(r, 20));
const q = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T>(sel);
const button = (name: string | RegExp) =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')))!;
const radio = (word: string) => [...container.querySelectorAll<HTMLLabelElement>('.correct-choice')].find((l) => l.textContent === word)!.querySelector('input')!;
const active = () => container.ownerDocument.activeElement;
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

async function openNote() {
  ui.setMarkers([marker()]);
  ui.openNote('c1', true);
  await settle();
}

describe('"Wrong verdict?" in a note', () => {
  it('lets the reader pick what the sources say, add a comment and see both verdicts in words', async () => {
    await openNote();
    const toggle = button('Wrong verdict?');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const form = q<HTMLFormElement>('form.correct-form')!;
    expect(toggle.getAttribute('aria-controls')).toBe(form.id);
    expect(form.querySelector('legend')!.textContent).toBe('What do the sources really say?');
    expect([...form.querySelectorAll('.correct-choice')].map((l) => l.textContent)).toEqual([
      'Supported', 'Partly supported', 'Contradicted', 'Disputed', 'Unverified', 'Not about the Albania\u2013Iran dispute',
    ]);

    radio('Contradicted').click();
    const comment = form.querySelector('textarea')!;
    comment.value = 'The decree was signed on Thursday.';
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    button('Save correction').click();
    await settle();

    expect(kept).toEqual([['c1', { label: 'contradicted', comment: 'The decree was signed on Thursday.' }]]);
    expect(q('.correction-line')!.textContent).toBe('Checker: Supported \u00b7 You: Contradicted');
    expect(q('.correction-comment')!.textContent).toBe('Your comment: The decree was signed on Thursday.');
    expect(q('[data-factcheck-correction]')!.getAttribute('data-factcheck-correction')).toBe('contradicted');
    expect(q('form.correct-form')).toBeNull();
    expect(q('.correct-kept[role="status"]')!.textContent).toBe('Kept in this browser: you say contradicted.');
    expect(button('Change your verdict')).toBeDefined();
    // The badge tells a screen-reader user before the note opens.
    expect(q('.badge')!.getAttribute('aria-label')).toBe('Fact check: supported \u2014 Three sources say the same.; you said contradicted');
  });

  it('works from the keyboard: the form takes the focus, Escape closes it and gives the focus back', async () => {
    await openNote();
    button('Wrong verdict?').click();
    await settle();
    expect(active()).toBe(radio('Supported'));
    key(radio('Supported'), 'Escape');
    await settle();
    expect(q('form.correct-form')).toBeNull();
    // The note itself stays open, and the focus is back on the button that opened the form.
    expect(q('[role="dialog"]')).not.toBeNull();
    expect(active()).toBe(button('Wrong verdict?'));
  });

  it('starts a change from the reader’s earlier verdict', async () => {
    ui.setMarkers([marker({ correction: { label: 'mixed', comment: 'Two figures.' } })]);
    ui.openNote('c1', true);
    await settle();
    expect(q('.correction-line')!.textContent).toBe('Checker: Supported \u00b7 You: Disputed');
    button('Change your verdict').click();
    await settle();
    expect(radio('Disputed').checked).toBe(true);
    expect(active()).toBe(radio('Disputed'));
    expect(q<HTMLTextAreaElement>('form.correct-form textarea')!.value).toBe('Two figures.');
  });

  it('says in one alert line when no verdict was chosen or the correction was not kept', async () => {
    await openNote();
    button('Wrong verdict?').click();
    await settle();
    button('Save correction').click();
    await settle();
    expect(q('form [role="alert"]')!.textContent).toBe('Choose what the sources say about this claim.');
    refuse = 'the database is closed';
    radio('Unverified').click();
    button('Save correction').click();
    await settle();
    expect(q('form [role="alert"]')!.textContent).toBe('Your correction was not kept: the database is closed');
    expect(kept).toEqual([]);
    expect(q('.correction-line')).toBeNull();
  });
});

describe('"Wrong verdict?" in the selection card', () => {
  const result: CheckResult = {
    text: 'Albania cut diplomatic ties with Iran on Wednesday.',
    start: 0,
    end: 51,
    verdict: 'supported',
    reason: 'Three sources say the same.',
    evidence: [],
  };
  const box = { left: 10, top: 100, right: 300, bottom: 120 };

  it('keeps a correction of the selection and shows both verdicts', async () => {
    ui.setSelection({ kind: 'result', box, result });
    await settle();
    button('Wrong verdict?').click();
    await settle();
    radio('Not about the Albania\u2013Iran dispute').click();
    button('Save correction').click();
    await settle();
    expect(kept).toEqual([['selection', { label: 'offtopic', comment: '' }]]);
    ui.setSelection({ kind: 'result', box, result, correction: { label: 'offtopic', comment: '' } });
    await settle();
    expect(q('#factcheck-selection-card .correction-line')!.textContent).toBe('Checker: Supported \u00b7 You: Not about the Albania\u2013Iran dispute');
  });
});
