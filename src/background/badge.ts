import { VERDICT_STYLE } from '../shared/verdict-style';
import type { VerdictCounts } from '../shared/messages';

/**
 * What the toolbar badge says for a page. It counts the claims a reader should look at:
 * the contradicted ones and those the sources disagree on (mixed). Supported and unverified
 * claims are listed in the popup but do not raise the badge, so a page that only repeats
 * the sources shows a clean icon.
 */
export function badgeText(counts: VerdictCounts): string {
  const flagged = counts.contradicted + counts.mixed;
  if (flagged <= 0) return '';
  return flagged > 99 ? '99+' : String(flagged);
}

/**
 * Badge colour, the verdict's colour for light pages (white text reads on it): that of contradicted when
 * something is contradicted, of mixed when sources only disagree.
 */
export function badgeColour(counts: VerdictCounts): string {
  return VERDICT_STYLE[counts.contradicted > 0 ? 'contradicted' : 'mixed'].light;
}

/** The toolbar API of either manifest version: `action` (MV3) or `browserAction` (MV2). */
export interface BadgeApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
}

/** Shows a page's counts on its tab's toolbar badge and returns the text shown. */
export async function showBadge(api: BadgeApi, tabId: number, counts: VerdictCounts): Promise<string> {
  const text = badgeText(counts);
  await api.setBadgeText({ tabId, text });
  if (text) await api.setBadgeBackgroundColor({ tabId, color: badgeColour(counts) });
  return text;
}
