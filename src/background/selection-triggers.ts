import type { BackgroundToContent } from '../shared/messages';

/** Id of the context-menu item, also used to recognise its clicks. */
export const MENU_ID = 'factcheck-selection';
/** Name of the keyboard command in the manifest. */
export const COMMAND = 'check-selection';

/** The parts of a menu click and of a tab that the triggers read. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}
/** A tab as the triggers need it. */
export interface TabRef {
  id?: number;
}

/** How the triggers reach a tab's content script. */
export type TellTab = (tabId: number, message: BackgroundToContent) => Promise<unknown>;

/**
 * Handles a click on "Fact-check selection": asks the tab's content script to check its
 * current selection. The menu's own copy of the text goes along, for when the selection
 * sits in a frame the content script does not run in.
 */
export async function onMenuClick(tell: TellTab, info: MenuClick, tab: TabRef | undefined): Promise<boolean> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return false;
  const text = info.selectionText?.trim();
  await tell(tab.id, text ? { type: 'check-current-selection', text } : { type: 'check-current-selection' });
  return true;
}

/** Handles the keyboard command: the active tab checks its current selection. */
export async function onCommand(tell: TellTab, command: string, tab: TabRef | undefined): Promise<boolean> {
  if (command !== COMMAND || tab?.id === undefined) return false;
  await tell(tab.id, { type: 'check-current-selection' });
  return true;
}
