import { isLoud } from '../../shared/verdict-style';
import type { MarkerView } from '../../shared/views';
import { VerdictIcon } from './VerdictIcon';
import { badgeLabel } from './verdict-words';

/** What a badge reports back to the layer. */
export interface BadgeProps {
  marker: MarkerView;
  left: number;
  top: number;
  open: boolean;
  noteId: string;
  badgeRef(el: HTMLButtonElement | null): void;
  onOpen(pinned: boolean): void;
  /** `byKey`: pressed with Enter or Space, so the note takes the focus. */
  onToggle(byKey: boolean): void;
  onLeave(): void;
  onClose(): void;
}

/** Whether a marker is drawn small: only a clash or a dispute is marked loudly. */
export function quiet(marker: Pick<MarkerView, 'verdict'>): boolean {
  return !isLoud(marker.verdict);
}

/**
 * The small marker at the end of a claim: a button (so it is reachable by keyboard) labelled
 * with the verdict and reason, carrying the test contract's data attributes.
 */
export function Badge({ marker, left, top, open, noteId, badgeRef, onOpen, onToggle, onLeave, onClose }: BadgeProps) {
  return (
    <button
      type="button"
      ref={badgeRef}
      class={`badge v-${marker.verdict}${quiet(marker) ? ' quiet' : ''}`}
      style={{ left: `${left}px`, top: `${top}px` }}
      data-factcheck-verdict={marker.verdict}
      data-factcheck-claim={marker.claim}
      data-factcheck-id={marker.id}
      aria-label={badgeLabel(marker.verdict, marker.reason, marker.correction?.label)}
      aria-expanded={open}
      aria-controls={open ? noteId : undefined}
      aria-haspopup="dialog"
      onPointerEnter={() => onOpen(false)}
      onPointerLeave={onLeave}
      onFocus={() => onOpen(false)}
      // A click with no pointer behind it (Enter, Space, a screen reader's activation) moves
      // into the note, which closes with Escape or its close button.
      onClick={(e) => onToggle(e.detail === 0)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <VerdictIcon verdict={marker.verdict} />
    </button>
  );
}
