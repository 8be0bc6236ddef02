import type { Ref } from 'preact';
import type { CorrectionMark } from '../../shared/corrections';
import type { SelectionView } from '../../shared/views';
import { NoteCard, type Place } from './NoteCard';

/** The answer about a selection, or its progress or error, next to the selection. */
export function SelectionCard({
  view,
  place,
  cardRef,
  onClose,
  onCorrect,
}: {
  view: Exclude<SelectionView, { kind: 'button' }>;
  place: Place;
  cardRef: Ref<HTMLDivElement>;
  onClose(): void;
  /** Keeps the reader's correction of the selection's verdict. */
  onCorrect?: (mark: CorrectionMark) => Promise<void>;
}) {
  if (view.kind === 'result') {
    const r = view.result;
    return (
      <NoteCard
        id="factcheck-selection-card"
        verdict={r.verdict}
        reason={r.reason}
        evidence={r.evidence}
        details={r.details}
        place={place}
        cardRef={cardRef}
        onClose={onClose}
        correction={view.correction}
        onCorrect={onCorrect}
        extra={{ 'data-factcheck-result': r.verdict, 'aria-live': 'polite' }}
      />
    );
  }
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  if (view.kind === 'error') {
    return (
      <div ref={cardRef} class="card error" role="alert" tabIndex={-1} onKeyDown={escape} style={{ left: `${place.left}px`, top: `${place.top}px` }}>
        <div class="card-head">
          <strong class="verdict-word">Could not check this text</strong>
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path d="M2 2l8 8M10 2l-8 8" />
            </svg>
          </button>
        </div>
        <p class="reason">{view.message}</p>
      </div>
    );
  }
  return (
    <div ref={cardRef} class="card checking" role="status" tabIndex={-1} onKeyDown={escape} style={{ left: `${place.left}px`, top: `${place.top}px` }}>
      <p class="reason">Checking the selection{'\u2026'}</p>
    </div>
  );
}
