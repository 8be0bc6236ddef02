import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { UI_HOST_TAG } from '../../shared/views';
import type { NotesActions } from './NotesLayer';
import { renderNotes, type NotesUi } from './notes-ui';
import { NOTES_CSS } from './styles';

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
  ui.mount();
  if (!ui.mounted) throw new Error(`the notes layer did not mount as <${name}>`);
  return ui.mounted;
}
