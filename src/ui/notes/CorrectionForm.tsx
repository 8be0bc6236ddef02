import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS, type Verdict } from '../../core/types';
import { MAX_COMMENT, type CorrectionMark } from '../../shared/corrections';
import { verdictWord } from './verdict-words';

/** What the "Wrong verdict?" control works with. */
export interface CorrectionFormProps {
  /** Prefix of its elements' ids, unique on the page (the card's id). */
  id: string;
  /** The reader's verdict so far, to start from when changing it. */
  correction?: CorrectionMark;
  /** Keeps the correction; rejects with a message a reader can act on. */
  onCorrect(mark: CorrectionMark): Promise<void>;
  /** The reader started correcting: the card must stay open. */
  onEngage?: () => void;
}

/**
 * "Wrong verdict?": a button that opens a small form in the card, where the reader picks what
 * the sources really say (the verdicts' own words, "not about the dispute" among them) and may
 * add a comment. A native radio group and form, so the keyboard and screen readers work as
 * everywhere; Escape closes the form (not the card) and the focus goes back to its button.
 */
export function CorrectionForm({ id, correction, onCorrect, onEngage }: CorrectionFormProps) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<Verdict | null>(correction?.label ?? null);
  const [comment, setComment] = useState(correction?.comment ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const formId = `${id}-correct`;
  const legendId = `${formId}-legend`;

  // Opened, the form takes the focus on the chosen verdict (or the first), as a radio group does.
  useLayoutEffect(() => {
    if (!open) return;
    const radios = [...(form.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    (radios.find((r) => r.checked) ?? radios[0])?.focus({ preventScroll: true });
  }, [open]);

  const close = () => {
    setOpen(false);
    setError(null);
    toggle.current?.focus({ preventScroll: true });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    // Read from the form itself: a choice made just before the press may not be rendered yet.
    const picked = form.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value as Verdict | undefined;
    const words = form.current?.querySelector('textarea')?.value ?? comment;
    if (!picked) return setError('Choose what the sources say about this claim.');
    setSaving(true);
    setError(null);
    try {
      await onCorrect({ label: picked, comment: words.trim() });
      setKept(`Kept in this browser: you say ${verdictWord(picked).toLowerCase()}.`);
      close();
    } catch (err) {
      setError(`Your correction was not kept: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <button
        type="button"
        ref={toggle}
        class="correct-toggle"
        data-factcheck-action="correct"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          onEngage?.();
          setKept(null);
          if (open) close();
          else {
            setChoice(correction?.label ?? null);
            setComment(correction?.comment ?? '');
            setOpen(true);
          }
        }}
      >
        {correction ? 'Change your verdict' : 'Wrong verdict?'}
      </button>
      <p class="correct-kept" role="status">
        {kept}
      </p>
      {open && (
        <form
          id={formId}
          ref={form}
          class="correct-form"
          aria-labelledby={legendId}
          onSubmit={submit}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            close();
          }}
        >
          <fieldset>
            <legend id={legendId}>What do the sources really say?</legend>
            {VERDICTS.map((v) => (
              <label key={v} class="correct-choice">
                <input type="radio" name={`${formId}-label`} value={v} checked={choice === v} onChange={() => setChoice(v)} />
                {verdictWord(v)}
              </label>
            ))}
          </fieldset>
          <label class="correct-comment">
            Comment (optional)
            <textarea rows={2} maxLength={MAX_COMMENT} value={comment} onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          {error && (
            <p class="correct-error" role="alert">
              {error}
            </p>
          )}
          <div class="correct-actions">
            <button type="submit" disabled={saving}>
              Save correction
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </>
  );
}
