// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '../../../tests/helpers/until';
import type { CheckResult, DetailResult, Evidence } from '../../core/types';
import { VERDICT_LOOK } from '../../core/verdict/vocabulary';
import { VERDICT_STYLE } from '../../shared/verdict-style';
import type { MarkerView } from '../../shared/views';
import { NOTES_CSS } from './styles';
import { renderNotes, type NotesUi } from './notes-ui';

const evidence: Evidence = {
  factId: 'seed:a#3',
  sourceId: 'seed:a',
  sourceTitle: 'Albania cuts diplomatic ties with Iran',
  sourceDate: '2022-09-07',
  quote: 'He gave Iranian diplomats 24 hours to leave Albania.',
  stance: 'contradicts',
  points: ['24 hours, not 48 hours'],
};

const marker = (over: Partial<MarkerView> = {}): MarkerView => ({
  id: 'c1',
  claim: 'Iranian diplomats were given 48 hours to leave Albania.',
  verdict: 'contradicted',
  reason: 'The sources say 24 hours, not 48 hours.',
  evidence: [evidence],
  anchor: { left: 10, top: 100, right: 300, bottom: 120 },
  underline: null,
  ...over,
});

let container: HTMLElement;
let ui: NotesUi;
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  ui = renderNotes(container, {
    dismiss: (id) => void calls.push(`dismiss:${id}`),
    checkSelection: () => void calls.push('check'),
    closeSelection: () => void calls.push('close'),
  });
});

afterEach(() => {
  ui.destroy();
  container.remove();
});

const tick = () => new Promise((r) => setTimeout(r, 0));
// Preact runs effects after the next frame (at most 100 ms later).
const afterEffects = () => new Promise((r) => setTimeout(r, 120));
const q = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T>(sel);

describe('badges', () => {
  it('carry the verdict, the claim and a spoken label with verdict and reason', () => {
    ui.setMarkers([marker(), marker({ id: 'c2', verdict: 'supported', claim: 'Albania cut ties.', reason: 'Five sources say the same.' })]);
    const badges = container.querySelectorAll('button[data-factcheck-verdict]');
    expect(badges).toHaveLength(2);
    const b = badges[0]!;
    expect(b.getAttribute('data-factcheck-verdict')).toBe('contradicted');
    expect(b.getAttribute('data-factcheck-claim')).toBe('Iranian diplomats were given 48 hours to leave Albania.');
    expect(b.getAttribute('aria-label')).toBe('Fact check: contradicted \u2014 The sources say 24 hours, not 48 hours.');
    expect(badges[1]!.getAttribute('aria-label')).toMatch(/^Fact check: supported/);
  });

  it('differ by icon as well as colour', () => {
    ui.setMarkers([
      marker(),
      marker({ id: 'c2', verdict: 'supported' }),
      marker({ id: 'c3', verdict: 'mixed' }),
      marker({ id: 'c4', verdict: 'unverified' }),
      marker({ id: 'c5', verdict: 'partly' }),
    ]);
    const glyphs = [...container.querySelectorAll('.badge .icon-glyph')].map((p) => p.getAttribute('d'));
    expect(new Set(glyphs).size).toBe(5);
    expect(glyphs[4]).toBe(VERDICT_STYLE.partly.glyph);
  });

  it('mark partly supported claims like the others, in the vocabulary\'s words and colour class', async () => {
    ui.setMarkers([marker({ verdict: 'partly', reason: 'The sources state the expulsion, but not the date.' })]);
    const badge = q<HTMLButtonElement>('button[data-factcheck-verdict="partly"]')!;
    expect(badge.classList.contains('v-partly')).toBe(true);
    expect(badge.getAttribute('aria-label')).toBe(`Fact check: ${VERDICT_LOOK.partly.word.toLowerCase()} \u2014 The sources state the expulsion, but not the date.`);
    badge.click();
    await tick();
    expect(q('[role="dialog"] .verdict-word')!.textContent).toBe(VERDICT_LOOK.partly.word);
  });

  it('sit at the end of the claim', () => {
    ui.setMarkers([marker()]);
    const style = q('.badge')!.getAttribute('style')!;
    expect(style).toContain('left: 301px');
  });

  it('draw underlines only when the page cannot highlight its own text', () => {
    ui.setMarkers([marker()]);
    expect(container.querySelectorAll('.underline')).toHaveLength(0);
    ui.setMarkers([marker({ underline: [{ left: 10, top: 100, right: 200, bottom: 120 }, { left: 10, top: 120, right: 80, bottom: 140 }] })]);
    expect(container.querySelectorAll('.underline')).toHaveLength(2);
  });
});

describe('note cards', () => {
  it('open on focus with verdict, reason and the quoted source with title and date', async () => {
    ui.setMarkers([marker()]);
    q('.badge')!.dispatchEvent(new FocusEvent('focus'));
    await tick();
    const card = q('[role="dialog"]')!;
    expect(card.textContent).toContain('Contradicted');
    expect(card.querySelector('.reason')!.textContent).toBe('The sources say 24 hours, not 48 hours.');
    expect(card.querySelector('blockquote')!.textContent).toBe('He gave Iranian diplomats 24 hours to leave Albania.');
    expect(card.querySelector('cite')!.textContent).toBe('Albania cuts diplomatic ties with Iran, 7 September 2022');
    expect(q('.badge')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('close with Escape and give focus back to the badge', async () => {
    ui.setMarkers([marker()]);
    const badge = q<HTMLButtonElement>('.badge')!;
    badge.click();
    await tick();
    q('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick();
    expect(q('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(badge);
  });

  it('can dismiss the claim', async () => {
    ui.setMarkers([marker()]);
    q<HTMLButtonElement>('.badge')!.click();
    await tick();
    q<HTMLButtonElement>('.dismiss')!.click();
    await tick();
    expect(calls).toEqual(['dismiss:c1']);
  });

  it('open when the popup asks, with focus inside', async () => {
    ui.setMarkers([marker(), marker({ id: 'c2', verdict: 'supported' })]);
    ui.openNote('c2', true);
    await tick();
    await tick();
    const card = q('[role="dialog"]')!;
    expect(card.getAttribute('data-factcheck-note')).toBe('c2');
    expect(container.contains(document.activeElement)).toBe(true);
  });

  it('asked by the popup for the note already open, take the focus then and never later on a hover', async () => {
    ui.setMarkers([marker(), marker({ id: 'c2', verdict: 'supported' })]);
    const badges = container.querySelectorAll<HTMLButtonElement>('.badge');
    badges[1]!.dispatchEvent(new PointerEvent('pointerenter'));
    await tick();
    ui.openNote('c2', true);
    await tick();
    await tick();
    expect(container.contains(document.activeElement)).toBe(true);
    // The reader goes on typing in the page; a later hover must not pull the focus away.
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    badges[0]!.dispatchEvent(new PointerEvent('pointerenter'));
    await tick();
    await tick();
    expect(document.activeElement).toBe(field);
    field.remove();
  });

  it('start another claim\'s details at its first item, wherever the last note\'s were left', async () => {
    const many = (n: number): DetailResult[] => Array.from({ length: n }, (_, i) => ({ text: `detail ${i}`, kind: 'term', outcome: 'not-found', quotes: [] }));
    ui.setMarkers([marker({ details: many(5) }), marker({ id: 'c2', verdict: 'partly', details: many(2) })]);
    ui.openNote('c1', true);
    const items = () => [...container.querySelectorAll<HTMLLIElement>('li.detail')];
    // Under a loaded machine the card may take more than a tick or two to render.
    await until(() => expect(items()).toHaveLength(5));
    items()[0]!.focus();
    for (let i = 0; i < 4; i++) {
      items()[0]!.parentElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      await tick();
    }
    await until(() => expect(items()[4]!.tabIndex).toBe(0));
    ui.openNote('c2', true);
    await until(() => expect(items().map((li) => li.tabIndex)).toEqual([0, -1]));
  });

  it('list the claim\'s details under the reason, each with how it fared in words', async () => {
    const details: DetailResult[] = [
      { text: '48 hours', kind: 'amount', outcome: 'clashes', sourcesSay: '24 hours', quotes: [evidence.quote] },
      { text: 'last Friday', kind: 'date', outcome: 'disputed', sourcesSay: 'Wednesday or Thursday', quotes: [] },
      { text: 'the embassy', kind: 'term', outcome: 'not-found', quotes: [] },
      { text: 'Iranian diplomats', kind: 'name', outcome: 'backed', quotes: [evidence.quote], sources: 3 },
      { text: 'Tirana', kind: 'name', outcome: 'backed', quotes: [evidence.quote], sources: 1 },
    ];
    ui.setMarkers([marker({ details })]);
    q<HTMLButtonElement>('.badge')!.click();
    await tick();
    const card = q('[role="dialog"]')!;
    const list = card.querySelector<HTMLUListElement>('ul.details')!;
    // A list a screen reader names, right after the reason and before the quotes.
    expect(card.querySelector('.reason')!.nextElementSibling!.textContent).toBe('The claim\u2019s details');
    expect(card.querySelector(`#${list.getAttribute('aria-labelledby')}`)!.textContent).toBe('The claim\u2019s details');
    expect(list.compareDocumentPosition(card.querySelector('blockquote')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      // A clash quotes what the source says instead.
      `48 hours: the sources say 24 hours${evidence.quote}`,
      'last Friday: the sources disagree: one says so, another says Wednesday or Thursday',
      'the embassy: in no source',
      'Iranian diplomats: three sources agree',
      'Tirana: one source says so',
    ]);
    expect(list.querySelector('li q')!.textContent).toBe(evidence.quote);
    // The quotes are still there, as before.
    expect(card.querySelector('blockquote')!.textContent).toBe('He gave Iranian diplomats 24 hours to leave Albania.');
  });

  it('show no detail list when the claim has none', async () => {
    ui.setMarkers([marker({ details: [] })]);
    q<HTMLButtonElement>('.badge')!.click();
    await tick();
    expect(q('[role="dialog"] .details')).toBeNull();
  });

  it('render page-supplied text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    ui.setMarkers([marker({ claim: hostile, reason: hostile, evidence: [{ ...evidence, quote: hostile, sourceTitle: hostile }] })]);
    q<HTMLButtonElement>('.badge')!.click();
    await tick();
    expect(container.querySelector('img')).toBeNull();
    expect(q('blockquote')!.textContent).toBe(hostile);
  });
});

describe('selection', () => {
  const box = { left: 50, top: 300, right: 400, bottom: 320 };
  const result = (verdict: CheckResult['verdict'], reason: string): CheckResult => ({
    text: 'x',
    start: 0,
    end: 1,
    verdict,
    reason,
    evidence: verdict === 'offtopic' ? [] : [evidence],
  });

  it('offers a keyboard-reachable check button', () => {
    ui.setSelection({ kind: 'button', box });
    const button = q<HTMLButtonElement>('[data-factcheck-action="check-selection"]')!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-label')).toMatch(/Fact-check/);
    button.click();
    expect(calls).toEqual(['check']);
  });

  it('shows progress, then the verdict on the card', () => {
    ui.setSelection({ kind: 'checking', box, text: 'x' });
    expect(q('[role="status"]')!.textContent).toMatch(/Checking/);
    expect(q('[data-factcheck-result]')).toBeNull();
    ui.setSelection({ kind: 'result', box, result: result('contradicted', 'The sources say 24 hours, not 48 hours.') });
    expect(q('[data-factcheck-result]')!.getAttribute('data-factcheck-result')).toBe('contradicted');
    expect(q('[data-factcheck-action]')).toBeNull();
  });

  it('lists the selection\'s details too', () => {
    const details: DetailResult[] = [{ text: '48 hours', kind: 'amount', outcome: 'clashes', sourcesSay: '24 hours', quotes: [] }];
    ui.setSelection({ kind: 'result', box, result: { ...result('contradicted', 'The sources say 24 hours, not 48 hours.'), details } });
    expect(q('[data-factcheck-result] .details li')!.textContent).toBe('48 hours: the sources say 24 hours');
  });

  it('answers off-topic text plainly', () => {
    ui.setSelection({ kind: 'result', box, result: result('offtopic', 'Not about the Albania\u2013Iran dispute.') });
    const card = q('[data-factcheck-result="offtopic"]')!;
    expect(card.textContent).toContain('Not about the Albania\u2013Iran dispute');
    expect(card.querySelector('.evidence')).toBeNull();
  });

  it('shows errors in an alert', () => {
    ui.setSelection({ kind: 'error', box, text: 'x', message: 'The extension was updated; reload the page.' });
    expect(q('[role="alert"]')!.textContent).toContain('reload the page');
  });

  it('closes the card with Escape pressed on the page', async () => {
    ui.setSelection({ kind: 'result', box, result: result('supported', 'Three sources say the same.') });
    await afterEffects();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(calls).toEqual(['close']);
  });
});

describe('styles', () => {
  it('give every verdict its colour from the verdict style, for light and dark schemes', () => {
    for (const [v, look] of Object.entries(VERDICT_STYLE)) {
      expect(NOTES_CSS).toContain(`--${v}: ${look.light};`);
      expect(NOTES_CSS).toContain(`--${v}: ${look.dark};`);
      expect(NOTES_CSS).toContain(`.v-${v} { --v: var(--${v}); }`);
    }
  });
});
