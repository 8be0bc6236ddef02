/** Functions handed to a browser's `evaluate` by the Chromium and the Firefox suites alike: they use nothing from outside. */

type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };

/**
 * Runs inside an extension context (a service worker, a background or extension page; it is
 * handed to `evaluate`, so it uses nothing from outside): the id of the tab whose content
 * script says it shows `wanted`, or -1.
 */
export async function tabShowing(wanted: string): Promise<number> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (g.browser ?? g.chrome)!;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    const reply = (await api.tabs.sendMessage(tab.id, { type: 'get-page-summary' }).catch(() => undefined)) as { ok: boolean; data: { url: string } } | undefined;
    if (reply?.ok && reply.data.url === wanted) return tab.id;
  }
  return -1;
}

/**
 * Runs inside a page (handed to `evaluate`): whether the content script has read the page and
 * every sentence it sent has been answered, from the measures it records on the page's timeline.
 */
export function pageSettled(): boolean {
  type M = PerformanceEntry & { detail?: { candidates?: number; claims?: number } };
  const scans = performance.getEntriesByName('factcheck:scan') as M[];
  const checks = performance.getEntriesByName('factcheck:check') as M[];
  const asked = scans.reduce((n, e) => n + (e.detail?.candidates ?? 0), 0);
  const answered = checks.reduce((n, e) => n + (e.detail?.claims ?? 0), 0);
  return scans.length > 0 && asked === answered;
}
