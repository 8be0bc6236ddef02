import type { PageSummary, SummaryPost } from '../shared/messages';

/** The part of a runtime port the page side uses; tests hand in their own. */
export interface SummaryPortLike {
  postMessage(message: SummaryPost): void;
  disconnect(): void;
  onDisconnect: { addListener(cb: () => void): void };
}

/** What the page side reports from: the page checker. */
export interface SummarySource {
  summary(): PageSummary;
  onChange(listener: () => void): () => void;
}

/** Changes closer together than this reach the popup as one post. */
export const SUMMARY_DELAY_MS = 150;

/**
 * Keeps one open popup told of the page's summary: posts it at once, then again after the
 * page's results change, a little later so that a burst of batches makes one post, and only
 * when it differs from the last one posted. Stops when the popup closes its end or when
 * `signal` aborts (the content script is being replaced), which also closes the port.
 */
export function serveSummary(
  port: SummaryPortLike,
  source: SummarySource,
  setTimeout: (cb: () => void, ms: number) => unknown,
  signal: AbortSignal,
): void {
  let open = true;
  let pending = false;
  let last = '';

  const post = () => {
    if (!open) return;
    const summary = source.summary();
    const key = JSON.stringify(summary);
    if (key === last) return;
    last = key;
    try {
      port.postMessage({ type: 'page-summary', summary });
    } catch {
      // The popup closed between the change and the post.
      close();
    }
  };

  const unwatch = source.onChange(() => {
    if (!open || pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      post();
    }, SUMMARY_DELAY_MS);
  });

  const close = () => {
    if (!open) return;
    open = false;
    unwatch();
    signal.removeEventListener('abort', onAbort);
  };
  const onAbort = () => {
    close();
    try {
      port.disconnect();
    } catch {
      // Already gone.
    }
  };

  port.onDisconnect.addListener(close);
  if (signal.aborted) return onAbort();
  signal.addEventListener('abort', onAbort, { once: true });
  post();
}
