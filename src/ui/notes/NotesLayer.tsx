import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CorrectionMark } from '../../shared/corrections';
import type { Box, MarkerView, SelectionView } from '../../shared/views';
import { Badge, quiet } from './Badge';
import { NoteCard, type Place } from './NoteCard';
import { SelectionCard } from './SelectionCard';

/** What the layer asks of the page side. */
export interface NotesActions {
  /** Hide one claim's marks for the rest of the visit. */
  dismiss(id: string): void;
  /** Check the current selection (the check button was used). */
  checkSelection(): void;
  /** The selection card was closed. */
  closeSelection(): void;
  /** Keep the reader's correction of a claim's verdict; rejects when it was not kept. */
  correct?(id: string, mark: CorrectionMark): Promise<void>;
  /** Keep the reader's correction of the selection card's verdict. */
  correctSelection?(mark: CorrectionMark): Promise<void>;
}

/** A request from outside (the popup) to open a note. */
export interface OpenRequest {
  id: string;
  focus: boolean;
  /** Increases with every request, so that the same note can be asked for twice. */
  seq: number;
}

/** Everything the layer draws from. */
export interface LayerProps {
  markers: MarkerView[];
  selection: SelectionView | null;
  /** Document coordinates of the layer's top-left corner. */
  origin: { x: number; y: number };
  /** Visible part of the page in document coordinates, to keep cards on screen. */
  viewport: { left: number; width: number };
  request: OpenRequest | null;
  actions: NotesActions;
}

const CARD_WIDTH = 340;
// Room below a claim that is enough for a card; with less, the roomier side is taken.
const CARD_ROOM = 280;
// A card is never squeezed below this height; it scrolls inside instead.
const MIN_CARD = 120;
const CARD_GAP = 6;
const EDGE = 8;
const BADGE = 18;
// Time the pointer may take to travel from a badge to its card before the card closes.
const HOVER_GRACE_MS = 300;

/**
 * One layer over the page holding every badge, the open note card, underlines (when the
 * browser cannot highlight the page's own text) and the selection's button and card.
 */
export function NotesLayer({ markers, selection, origin, viewport, request, actions }: LayerProps) {
  // `focus`: the note takes the keyboard focus when drawn (Enter on its badge, the popup);
  // `seq` tells two such requests for the same note apart.
  const [open, setOpen] = useState<{ id: string; pinned: boolean; focus?: boolean; seq?: number } | null>(null);
  const openSeq = useRef(0);
  const badges = useRef(new Map<string, HTMLButtonElement>());
  const card = useRef<HTMLDivElement>(null);
  const selectionCard = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Set while focus is handed back to a badge, so that this focus does not reopen its note.
  const refocusing = useRef(false);

  const local = (b: Box) => ({ left: b.left - origin.x, top: b.top - origin.y, right: b.right - origin.x, bottom: b.bottom - origin.y });
  const clampLeft = (left: number) => {
    const min = viewport.left - origin.x + 8;
    const max = viewport.left - origin.x + viewport.width - Math.min(CARD_WIDTH, viewport.width - 16) - 8;
    return Math.max(min, Math.min(left, max));
  };

  // The visible rows of the page, in the layer's coordinates, read when a card is drawn:
  // the page may have scrolled since the markers were measured.
  const screenRows = () => {
    const win = root.current?.ownerDocument.defaultView;
    return win ? { top: win.scrollY - origin.y, height: win.innerHeight } : null;
  };

  const cancelClose = () => {
    if (closeTimer.current) clearTimeout(closeTimer.current);
    closeTimer.current = null;
  };
  const closeNote = (refocus: boolean) => {
    cancelClose();
    const id = open?.id;
    setOpen(null);
    if (refocus && id) {
      refocusing.current = true;
      badges.current.get(id)?.focus({ preventScroll: true });
      refocusing.current = false;
    }
  };
  const closeSoon = () => {
    if (open?.pinned) return;
    cancelClose();
    closeTimer.current = setTimeout(() => setOpen((o) => (o && !o.pinned ? null : o)), HOVER_GRACE_MS);
  };

  // The popup asked for a note: open it pinned and, if asked, move focus into it.
  useEffect(() => {
    if (!request) return;
    setOpen({ id: request.id, pinned: true, focus: request.focus, seq: ++openSeq.current });
  }, [request?.seq]);

  useLayoutEffect(() => {
    if (open?.focus) card.current?.focus({ preventScroll: true });
  }, [open?.id, open?.seq]);

  // A finished selection check takes focus, so keyboard and screen-reader users land on it.
  // A correction shown on the same answer is no new answer: the focus stays where the reader is.
  const answer = selection?.kind === 'result' ? selection.result : selection?.kind === 'error' ? selection : null;
  useLayoutEffect(() => {
    if (answer) selectionCard.current?.focus({ preventScroll: true });
  }, [answer]);

  // Escape closes cards even while focus is on the page rather than in our shadow root.
  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!doc || (!open && (!selection || selection.kind === 'button'))) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (open) closeNote(false);
      else actions.closeSelection();
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [open, selection]);

  useEffect(() => cancelClose, []);

  // A marker that went away (dismissed, removed from the page) takes its note with it.
  const openMarker = open ? markers.find((m) => m.id === open.id) : undefined;
  useEffect(() => {
    if (open && !openMarker) setOpen(null);
  }, [open, openMarker]);

  return (
    <div class="layer" ref={root}>
      {markers.map((m) =>
        m.underline?.map((u, i) => {
          const b = local(u);
          return (
            <div
              key={`${m.id}-u${i}`}
              class={`underline v-${m.verdict}${quiet(m) ? ' quiet' : ''}`}
              aria-hidden="true"
              style={{ left: `${b.left}px`, top: `${b.bottom - 2}px`, width: `${b.right - b.left}px` }}
            />
          );
        }),
      )}
      {markers.map((m) => {
        const a = local(m.anchor);
        return (
          <Badge
            key={m.id}
            marker={m}
            left={a.right + 1}
            top={a.top - BADGE / 3}
            open={open?.id === m.id}
            noteId={`factcheck-note-${m.id}`}
            badgeRef={(el) => (el ? badges.current.set(m.id, el) : badges.current.delete(m.id))}
            onOpen={(pinned) => {
              if (refocusing.current) return;
              cancelClose();
              setOpen((o) => (o?.id === m.id ? { id: m.id, pinned: o.pinned || pinned } : { id: m.id, pinned }));
            }}
            onToggle={(byKey) => {
              cancelClose();
              // From the keyboard, Enter opens the note and moves into it; it does not close it.
              if (byKey) {
                setOpen({ id: m.id, pinned: true, focus: true, seq: ++openSeq.current });
                return;
              }
              setOpen((o) => (o?.id === m.id && o.pinned ? null : { id: m.id, pinned: true }));
            }}
            onLeave={closeSoon}
            onClose={() => closeNote(true)}
          />
        );
      })}
      {openMarker && (
        <NoteCard
          // A note of another claim starts afresh (its details list at its first item).
          key={openMarker.id}
          id={`factcheck-note-${openMarker.id}`}
          verdict={openMarker.verdict}
          reason={openMarker.reason}
          evidence={openMarker.evidence}
          details={openMarker.details}
          place={notePlace(clampLeft(local(openMarker.anchor).right - 24), local(openMarker.bounds ?? openMarker.anchor), screenRows())}
          cardRef={card}
          onClose={() => closeNote(true)}
          onDismiss={() => {
            closeNote(false);
            actions.dismiss(openMarker.id);
          }}
          onPointerEnter={cancelClose}
          onPointerLeave={closeSoon}
          correction={openMarker.correction}
          onCorrect={actions.correct ? (mark) => actions.correct!(openMarker.id, mark) : undefined}
          // A reader writing a correction must not lose the card when the pointer drifts off it.
          onEngage={() => {
            cancelClose();
            setOpen((o) => (o && o.id === openMarker.id && !o.pinned ? { ...o, pinned: true } : o));
          }}
          extra={{ 'data-factcheck-note': openMarker.id }}
        />
      )}
      {selection?.kind === 'button' && (
        <button
          type="button"
          class="check-selection"
          data-factcheck-action="check-selection"
          aria-label="Fact-check the selected text (Alt+Shift+F)"
          style={buttonPlace(local(selection.box), clampLeft)}
          // Keeping the press from reaching the page keeps the page's selection alive.
          onPointerDown={(e) => e.preventDefault()}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => actions.checkSelection()}
        >
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3.5 8.5l3 3 6-7" />
          </svg>
          <span>Fact-check</span>
        </button>
      )}
      {selection && selection.kind !== 'button' && (
        <SelectionCard
          view={selection}
          place={notePlace(clampLeft(local(selection.box).left), local(selection.box), screenRows())}
          cardRef={selectionCard}
          onClose={() => actions.closeSelection()}
          onCorrect={actions.correctSelection ? (mark) => actions.correctSelection!(mark) : undefined}
        />
      )}
    </div>
  );
}

// A card goes below its claim (or the selection) when there is room, else above it, else on
// the roomier side with a height it can scroll in; it never covers the text it is about.
function notePlace(left: number, claim: Box, rows: { top: number; height: number } | null): Place {
  const below = { left, top: claim.bottom + CARD_GAP };
  if (!rows) return below;
  const roomBelow = rows.top + rows.height - claim.bottom - CARD_GAP - EDGE;
  const roomAbove = claim.top - rows.top - CARD_GAP - EDGE;
  if (roomBelow >= CARD_ROOM || roomBelow >= roomAbove) return { ...below, maxHeight: Math.max(roomBelow, MIN_CARD) };
  return { left, top: claim.top - CARD_GAP, above: true, maxHeight: Math.max(roomAbove, MIN_CARD) };
}

function buttonPlace(box: Box, clampLeft: (l: number) => number) {
  return { left: `${clampLeft(box.right - 40)}px`, top: `${box.bottom + 6}px` };
}
