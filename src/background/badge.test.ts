import { describe, expect, it } from 'vitest';
import { VERDICT_STYLE } from '../shared/verdict-style';
import { emptyCounts } from '../shared/messages';
import { badgeText, showBadge } from './badge';

describe('toolbar badge', () => {
  it('counts contradicted and disputed claims only', () => {
    expect(badgeText({ ...emptyCounts(), contradicted: 2, mixed: 1, supported: 5, unverified: 4 })).toBe('3');
  });

  it('is blank when nothing is flagged', () => {
    expect(badgeText({ ...emptyCounts(), supported: 5 })).toBe('');
    expect(badgeText({ ...emptyCounts(), partly: 3, unverified: 2 })).toBe('');
  });

  it('caps large numbers', () => {
    expect(badgeText({ ...emptyCounts(), contradicted: 150 })).toBe('99+');
  });

  it('sets text and colour on the tab the counts came from', async () => {
    const calls: unknown[] = [];
    const api = { setBadgeText: (d: unknown) => void calls.push(d), setBadgeBackgroundColor: (d: unknown) => void calls.push(d) };
    expect(await showBadge(api, 7, { ...emptyCounts(), contradicted: 1 })).toBe('1');
    expect(calls).toEqual([{ tabId: 7, text: '1' }, { tabId: 7, color: VERDICT_STYLE.contradicted.light }]);
  });
});
