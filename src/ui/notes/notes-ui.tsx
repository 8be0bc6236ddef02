import { render } from 'preact';
import type { MarkerView, NotesView, SelectionView } from '../../shared/views';
import { NotesLayer, type NotesActions, type OpenRequest } from './NotesLayer';

/** The notes UI rendered into a container: the page side's view, plus unmount. */
export interface NotesUi extends NotesView {
  destroy(): void;
}

/**
 * Renders the notes layer into `container` (inside a shadow root) and returns the view the
 * page side draws through. Each change re-renders the one layer; Preact keeps the badges.
 */
export function renderNotes(container: HTMLElement, actions: NotesActions): NotesUi {
  const win = container.ownerDocument.defaultView!;
  let markers: MarkerView[] = [];
  let selection: SelectionView | null = null;
  let request: OpenRequest | null = null;
  let seq = 0;

  const draw = () => {
    // The layer sits at the page's origin; measuring it keeps badges right even when the
    // page offsets its root element.
    const r = container.getBoundingClientRect();
    render(
      <NotesLayer
        markers={markers}
        selection={selection}
        origin={{ x: r.left + win.scrollX, y: r.top + win.scrollY }}
        viewport={{ left: win.scrollX, width: win.innerWidth }}
        request={request}
        actions={actions}
      />,
      container,
    );
  };

  draw();
  return {
    setMarkers(next) {
      markers = next;
      draw();
    },
    openNote(id, focus) {
      request = { id, focus, seq: ++seq };
      draw();
    },
    setSelection(next) {
      selection = next;
      draw();
    },
    destroy() {
      render(null, container);
    },
  };
}
