import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { UI_HOST_MARK, UI_HOST_TAG, type MarkerView, type NotesView, type SelectionView } from '../../shared/views';
import type { NotesActions } from './NotesLayer';
import { renderNotes, type NotesUi } from './notes-ui';
import { NOTES_CSS } from './styles';

/**
 * The notes view for a page, with the layer mounted only when it first has something to
 * show: most pages never name the dispute, and they get no element, no shadow root and no
 * layout read from us. What is asked while the layer mounts is drawn once it is there.
 */
export function notesUiWhenNeeded(ctx: ContentScriptContext, actions: NotesActions): NotesView {
  let ui: NotesUi | null = null;
  let mounting = false;
  let markers: MarkerView[] = [];
  let selection: SelectionView | null = null;
  let open: { id: string; focus: boolean } | null = null;
  const mount = () => {
    if (mounting) return;
    mounting = true;
    mountNotesUi(ctx, actions).then(
      (mounted) => {
        if (ctx.isInvalid) return mounted.destroy();
        ui = mounted;
        ui.setMarkers(markers);
        ui.setSelection(selection);
        if (open) ui.openNote(open.id, open.focus);
        open = null;
      },
      // Left unmounted: checks go on and the popup still lists them.
      (error) => console.warn('[factcheck] the notes layer could not be shown on this page:', error),
    );
  };
  return {
    setMarkers(next) {
      markers = next;
      if (ui) ui.setMarkers(next);
      else if (next.length) mount();
    },
    setSelection(next) {
      selection = next;
      if (ui) ui.setSelection(next);
      else if (next) mount();
    },
    openNote(id, focus) {
      if (ui) return ui.openNote(id, focus);
      open = { id, focus };
      mount();
    },
  };
}

/**
 * Mounts the notes layer in an open shadow root appended to the page's root element (not
 * <body>, which frameworks often own), and removes it when the content script is invalidated.
 * A page may have defined an element named like ours for itself, whose shadow root it then
 * owns (or that breaks when made); the layer then goes under a name no page can know ahead.
 */
export async function mountNotesUi(ctx: ContentScriptContext, actions: NotesActions): Promise<NotesUi> {
  try {
    return await mountAs(UI_HOST_TAG, ctx, actions);
  } catch (error) {
    console.warn('[factcheck] the page took the notes element; using another name:', error);
    return mountAs(`${UI_HOST_TAG}-${crypto.randomUUID().slice(0, 8)}`, ctx, actions);
  }
}

async function mountAs(name: string, ctx: ContentScriptContext, actions: NotesActions): Promise<NotesUi> {
  const ui = await createShadowRootUi<NotesUi>(ctx, {
    name,
    mode: 'open',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    // The host's own reset is replaced by ours, which also places the layer.
    inheritStyles: true,
    css: NOTES_CSS,
    // Keys typed in our cards must not trigger the page's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => renderNotes(container, actions),
    onRemove: (mounted) => mounted?.destroy(),
  });
  ui.shadowHost.setAttribute(UI_HOST_MARK, '');
  ui.mount();
  if (!ui.mounted) throw new Error(`the notes layer did not mount as <${name}>`);
  return ui.mounted;
}
