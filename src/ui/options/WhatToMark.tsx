import { useEffect, useState } from 'preact/hooks';
import { VERDICT_LOOK } from '../../core/verdict/vocabulary';
import { VERDICT_STYLE } from '../../shared/verdict-style';
import { defaultMarks, MARK_CHOICES, readMarks, whatToMark, type MarkChoice, type MarkChoices } from '../../shared/settings';
import { MARKED_VERDICTS, type MarkedVerdict } from '../../shared/views';
import { toneStyle } from '../verdict-colours';

/**
 * The "What to mark" setting: for each verdict, underline and badge, badge only, or nothing.
 * A choice is stored at once and open tabs re-mark their claims without a reload; verdicts
 * marked with nothing are still counted and listed in the popup.
 */
export function WhatToMark() {
  const [marks, setMarks] = useState<MarkChoices | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void whatToMark.getValue().then((v) => live && setMarks(readMarks(v)));
    const unwatch = whatToMark.watch((v) => setMarks(readMarks(v)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = (next: MarkChoices) => {
    setMarks(next);
    setError(null);
    whatToMark.setValue(next).catch(() => setError('The setting could not be saved; the pages keep their marks as they were.'));
  };
  const choose = (verdict: MarkedVerdict, choice: MarkChoice) => marks && save({ ...marks, [verdict]: choice });
  const defaults = defaultMarks();
  const isDefault = marks !== null && MARKED_VERDICTS.every((v) => marks[v] === defaults[v]);

  return (
    <section aria-labelledby="marks-head" class="marks" data-testid="what-to-mark">
      <h2 id="marks-head">What to mark</h2>
      <p>
        How claims are marked on the pages you read. Claims you choose not to mark are still checked, counted and listed in
        the toolbar popup.
      </p>
      {marks === null ? (
        <p role="status">Loading the setting…</p>
      ) : (
        <div class="mark-rows">
          {MARKED_VERDICTS.map((v) => (
            <fieldset key={v} class={`mark-row v-${v}`} style={toneStyle(v)} data-verdict={v}>
              <legend>
                <span class="icon" aria-hidden="true">
                  {VERDICT_STYLE[v].icon}
                </span>{' '}
                {VERDICT_LOOK[v].word}
              </legend>
              {MARK_CHOICES.map((c) => (
                <label key={c.value}>
                  <input type="radio" name={`mark-${v}`} value={c.value} checked={marks[v] === c.value} onChange={() => choose(v, c.value)} />
                  {c.label}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}
      {/* The page's own alert line is the sources'; this one comes only with a failure. */}
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      <button type="button" data-testid="marks-default" disabled={marks === null || isDefault} onClick={() => save(defaults)}>
        Back to the quiet default
      </button>
    </section>
  );
}
