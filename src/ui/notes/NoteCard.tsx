import type { Ref } from 'preact';
import type { DetailResult, Evidence, Verdict } from '../../core/types';
import type { CorrectionMark } from '../../shared/corrections';
import { CorrectionForm } from './CorrectionForm';
import { CorrectionLine } from './CorrectionLine';
import { DetailList } from './DetailList';
import { EvidenceList } from './EvidenceList';
import { VerdictIcon } from './VerdictIcon';
import { verdictWord } from './verdict-words';

/** Where a card goes, in the layer's coordinates. */
export interface Place {
  left: number;
  top: number;
  /** The card hangs above `top` (its bottom edge there) instead of below it. */
  above?: boolean;
  /** Room the card may take before it scrolls, so it stays within the viewport. */
  maxHeight?: number;
}

/** What a card shows. */
export interface CardProps {
  id: string;
  verdict: Verdict;
  reason: string;
  evidence: Evidence[];
  /** The claim's details and how each fared, gravest first; listed under the reason. */
  details?: DetailResult[];
  place: Place;
  cardRef?: Ref<HTMLDivElement>;
  onClose(): void;
  /** Shown as a "Dismiss note" button when given. */
  onDismiss?: () => void;
  /** The reader's own verdict, shown beside the checker's. */
  correction?: CorrectionMark;
  /** Offered as "Wrong verdict?" when given: keeps the reader's correction. */
  onCorrect?: (mark: CorrectionMark) => Promise<void>;
  /** The reader started correcting, so the card must stay open. */
  onEngage?: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** Extra attributes for the test contract (`data-factcheck-result`). */
  extra?: Record<string, string>;
}

/**
 * A note about one claim: verdict word with its icon and colour, a one-line reason, how each
 * of the claim's details fared, the quoted source sentences, the reader's correction beside the
 * verdict, a way to make one, and ways out (close, dismiss, Escape).
 */
export function NoteCard(p: CardProps) {
  const titleId = `${p.id}-title`;
  return (
    <div
      ref={p.cardRef}
      id={p.id}
      class={`card v-${p.verdict}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{
        left: `${p.place.left}px`,
        top: `${p.place.top}px`,
        ...(p.place.above ? { transform: 'translateY(-100%)' } : {}),
        ...(p.place.maxHeight ? { maxHeight: `${p.place.maxHeight}px`, overflowY: 'auto' } : {}),
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        }
      }}
      onPointerEnter={p.onPointerEnter}
      onPointerLeave={p.onPointerLeave}
      {...p.extra}
    >
      <div class="card-head">
        <VerdictIcon verdict={p.verdict} size={18} />
        <strong id={titleId} class="verdict-word">
          {verdictWord(p.verdict)}
        </strong>
        <button type="button" class="close" aria-label="Close" onClick={p.onClose}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="M2 2l8 8M10 2l-8 8" />
          </svg>
        </button>
      </div>
      {p.correction && <CorrectionLine checker={p.verdict} correction={p.correction} />}
      <p class="reason">{p.reason}</p>
      {p.verdict !== 'offtopic' && p.details && p.details.length > 0 && <DetailList id={`${p.id}-details`} details={p.details} />}
      {p.verdict !== 'offtopic' && <EvidenceList evidence={p.evidence} />}
      {(p.onDismiss || p.onCorrect) && (
        <div class="card-foot">
          {p.onCorrect && <CorrectionForm id={p.id} correction={p.correction} onCorrect={p.onCorrect} onEngage={p.onEngage} />}
          {p.onDismiss && (
            <button type="button" class="dismiss" onClick={p.onDismiss}>
              Dismiss note
            </button>
          )}
        </div>
      )}
    </div>
  );
}
