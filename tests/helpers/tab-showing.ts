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
