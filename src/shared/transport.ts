/**
 * How messages travel: sending to the background or a tab, the `{ ok, data | error }`
 * envelope every reply comes in, and serving a direction's messages with one handler per
 * type. What a message may hold is in `messages.ts`; what the background checks on arrival
 * is in `message-schemas.ts`.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ToBackground, ToBackgroundReplies, ToContent, ToContentReplies } from './messages';

type Replies = ToBackgroundReplies & ToContentReplies;

/** The envelope every reply travels in. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** A reply that did not come, or came with an error. */
export class ReplyError extends Error {
  override name = 'ReplyError';
}

/**
 * The data of a reply, or its error thrown. Replies come from the extension's own parts, so
 * their data is trusted as typed; an answer that is not an envelope at all means the other
 * side is not running this extension's code.
 */
export function unwrapReply<K extends keyof Replies, T = Replies[K]>(type: K, raw: unknown): T {
  if (raw === undefined) throw new ReplyError(`no reply to "${type}" (is the receiving side running?)`);
  const reply = raw as Partial<Reply<T>> | null;
  if (reply?.ok === true) return reply.data as T;
  if (reply?.ok === false) throw new ReplyError(typeof reply.error === 'string' ? reply.error : `"${type}" failed`);
  throw new ReplyError(`"${type}" got an answer that is not a reply`);
}

/** Sends a message to the background and returns its reply's data; throws on error. */
export async function sendToBackground<M extends ToBackground>(message: M): Promise<ToBackgroundReplies[M['type']]> {
  return unwrapReply(message.type, await browser.runtime.sendMessage(message));
}

/**
 * Sends a message to the content script of a tab and returns its reply's data. Throws when
 * the tab has no content script (browser pages, the web store, pages loaded before install).
 */
export async function sendToTab<M extends ToContent>(tabId: number, message: M): Promise<ToContentReplies[M['type']]> {
  return unwrapReply(message.type, await browser.tabs.sendMessage(tabId, message));
}

/** A function per message type, answering with the reply's data (or a promise of it). */
export type Handlers<M extends { type: string }, R extends { [K in M['type']]: unknown }> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, sender: Browser.runtime.MessageSender) => R[K] | Promise<R[K]>;
};

/**
 * Builds a `runtime.onMessage` listener that reads each message with `parse`, runs its
 * handler and answers in a `Reply` envelope. Bad messages and failing handlers are answered
 * with `{ ok: false, error }`, never dropped silently. Uses `sendResponse` and `return true`
 * because Chrome does not take a returned promise as the answer.
 */
export function serveMessages<M extends { type: string }, R extends { [K in M['type']]: unknown }>(
  parse: (raw: unknown) => M,
  handlers: Handlers<M, R>,
  onError: (error: unknown, raw: unknown) => void = () => {},
): (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply<unknown>) => void) => true {
  return (raw, sender, sendResponse) => {
    let message: M;
    try {
      message = parse(raw);
    } catch (error) {
      onError(error, raw);
      sendResponse({ ok: false, error: describe(error) });
      return true;
    }
    const handler = handlers[message.type as M['type']] as (m: M, s: Browser.runtime.MessageSender) => unknown;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (data) => sendResponse({ ok: true, data }),
        (error: unknown) => {
          onError(error, raw);
          sendResponse({ ok: false, error: describe(error) });
        },
      );
    return true;
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
