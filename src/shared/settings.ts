/** User settings kept in extension storage, shared by the content script, popup and background. */
import { storage } from 'wxt/utils/storage';

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
