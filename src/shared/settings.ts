/** User settings kept in extension storage, shared by the content script, popup and background. */
import { storage } from 'wxt/utils/storage';
import { VERDICT_STYLE } from './verdict-style';
import { MARKED_VERDICTS, type MarkedVerdict } from './views';

/**
 * Hosts (`location.hostname`, e.g. "www.example.com") where the user paused checking.
 * The content script watches it: pausing removes the page's notes at once, resuming reads
 * the page again.
 */
export const pausedHosts = storage.defineItem<string[]>('local:pausedHosts', { fallback: [] });

/** Whether checking is paused on a host. */
export async function isPaused(host: string): Promise<boolean> {
  return (await pausedHosts.getValue()).includes(host);
}

/** Pauses or resumes checking on a host. */
export async function setPaused(host: string, paused: boolean): Promise<void> {
  const hosts = await pausedHosts.getValue();
  const rest = hosts.filter((h) => h !== host);
  await pausedHosts.setValue(paused ? [...rest, host] : rest);
}

/** How a verdict is marked on the page: underline and badge, badge only, or not at all. */
export type MarkChoice = 'underline' | 'badge' | 'none';

/** What to mark, verdict by verdict. */
export type MarkChoices = Record<MarkedVerdict, MarkChoice>;

/** The choices of the "What to mark" setting, in the order the options page lists them. */
export const MARK_CHOICES: readonly { value: MarkChoice; label: string }[] = [
  { value: 'underline', label: 'Underline and badge' },
  { value: 'badge', label: 'Badge only' },
  { value: 'none', label: 'Nothing' },
];

/**
 * The quiet default, from each verdict's loudness (verdict-style.ts): clashes and disputes
 * underlined loudly, backed claims lightly, unverified ones by a badge only.
 */
export function defaultMarks(): MarkChoices {
  const out = {} as MarkChoices;
  for (const v of MARKED_VERDICTS) {
    const loudness = VERDICT_STYLE[v].loudness;
    out[v] = loudness === 'loud' || loudness === 'light' ? 'underline' : loudness;
  }
  return out;
}

/**
 * A stored "What to mark" value made whole: a verdict missing or set to something unknown
 * (an older version's value, a hand-edited store) falls back to its default.
 */
export function readMarks(stored: unknown): MarkChoices {
  const out = defaultMarks();
  if (!stored || typeof stored !== 'object') return out;
  for (const v of MARKED_VERDICTS) {
    const choice = (stored as Record<string, unknown>)[v];
    if (MARK_CHOICES.some((c) => c.value === choice)) out[v] = choice as MarkChoice;
  }
  return out;
}

/**
 * The reader's "What to mark" setting. Open tabs watch it and re-mark their claims at once;
 * verdicts marked with nothing are still counted and listed in the popup.
 */
export const whatToMark = storage.defineItem<MarkChoices>('local:whatToMark', { fallback: defaultMarks() });
