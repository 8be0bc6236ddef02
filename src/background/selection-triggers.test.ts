import { describe, expect, it } from 'vitest';
import type { BackgroundToContent } from '../shared/messages';
import { COMMAND, MENU_ID, onCommand, onMenuClick } from './selection-triggers';

function recorder() {
  const sent: [number, BackgroundToContent][] = [];
  return { sent, tell: async (tabId: number, m: BackgroundToContent) => void sent.push([tabId, m]) };
}

describe('selection triggers', () => {
  it('sends the menu click with its selected text to the clicked tab', async () => {
    const { sent, tell } = recorder();
    expect(await onMenuClick(tell, { menuItemId: MENU_ID, selectionText: ' Albania cut ties. ' }, { id: 4 })).toBe(true);
    expect(sent).toEqual([[4, { type: 'check-current-selection', text: 'Albania cut ties.' }]]);
  });

  it('ignores other menu items and clicks without a tab', async () => {
    const { sent, tell } = recorder();
    expect(await onMenuClick(tell, { menuItemId: 'other' }, { id: 4 })).toBe(false);
    expect(await onMenuClick(tell, { menuItemId: MENU_ID }, undefined)).toBe(false);
    expect(sent).toEqual([]);
  });

  it('sends the shortcut to the active tab', async () => {
    const { sent, tell } = recorder();
    expect(await onCommand(tell, COMMAND, { id: 9 })).toBe(true);
    expect(await onCommand(tell, 'other-command', { id: 9 })).toBe(false);
    expect(sent).toEqual([[9, { type: 'check-current-selection' }]]);
  });
});
