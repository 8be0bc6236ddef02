/**
 * Which tabs an extension may read. Browsers keep extensions out of their own pages and
 * their add-on stores, and out of local files unless the user allowed it; the popup says so
 * plainly instead of waiting for a content script that will never answer.
 */

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'blob:',
  'javascript:',
]);

/** Stores where browsers forbid content scripts: host, and a path prefix when only part is. */
const STORES: readonly [host: string, path: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

/** Why a page cannot be checked, in words for the reader. */
export type BlockedReason = 'no-page' | 'browser-page' | 'web-store' | 'file-access';

/**
 * Tells from its URL whether a tab's page can be checked; null when it can (or when the URL
 * is unknown, which happens without the "tabs" permission: then the page itself is asked).
 */
export function blockedReason(url: string | undefined, fileAccess: boolean): BlockedReason | null {
  if (url === undefined) return null;
  if (url === '') return 'no-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'no-page';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'file:') return fileAccess ? null : 'file-access';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  if (STORES.some(([h, path]) => host === h && parsed.pathname.startsWith(path))) return 'web-store';
  return null;
}

/** A sentence explaining a blocked reason, or the page not answering (null). */
export function explainBlocked(reason: BlockedReason | null): string {
  switch (reason) {
    case 'no-page':
      return 'This tab has no web page to check.';
    case 'browser-page':
      return 'Browser pages cannot be checked. Open an article on the web to check it.';
    case 'web-store':
      return 'The browser does not let extensions read its add-on store, so this page cannot be checked.';
    case 'file-access':
      return 'Local files can be checked only after you turn on "Allow access to file URLs" for this extension in the browser\'s extension settings.';
    case null:
      return 'This page cannot be checked. If it was open before the extension was installed or updated, reload it and try again.';
  }
}

/** The host a pause applies to, or null for pages without one. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:' ? hostname : null;
  } catch {
    return null;
  }
}
