import type { FetchedPage } from './sources-api';

/** How long a page may take to answer before the import gives up. */
export const FETCH_TIMEOUT_MS = 15_000;

/** Largest page the options page downloads (bytes); articles are far smaller. */
export const MAX_PAGE_BYTES = 5_000_000;

/** A URL that cannot be imported, with a message for the reader. */
export class FetchPageError extends Error {
  override name = 'FetchPageError';
}

/** Reads what the reader typed as a web address; throws FetchPageError when it is not one. */
export function parsePageUrl(input: string): URL {
  const trimmed = input.trim();
  if (!trimmed) throw new FetchPageError('Type the address of an article, starting with https://.');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new FetchPageError(`"${trimmed}" is not a web address. Type the full address, starting with https://.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new FetchPageError('Only web pages (addresses starting with https:// or http://) can be imported.');
  return url;
}

/** The host permission pattern covering one page's origin. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

const TEXT_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown|application\/(ld\+)?json)\b/i;

/**
 * Downloads a page for import. Gives up after `timeoutMs`, refuses error statuses, types
 * that are not text, and pages over MAX_PAGE_BYTES, each with a message naming the problem.
 */
export async function fetchPage(
  url: URL,
  { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS }: { fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): Promise<FetchedPage> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const n = Math.ceil(timeoutMs / 1000);
  const seconds = `${n} ${n === 1 ? 'second' : 'seconds'}`;
  try {
    let response: Response;
    try {
      response = await fetchImpl(url.href, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    } catch {
      if (timedOut) throw new FetchPageError(`${url.hostname} did not answer within ${seconds}. Nothing was added.`);
      throw new FetchPageError(`Could not reach ${url.hostname}. Check the address and your connection. Nothing was added.`);
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FetchPageError(`${url.hostname} answered with an error (${status}). Nothing was added.`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType && !TEXT_TYPES.test(contentType))
      throw new FetchPageError(`That address gives ${contentType.split(';')[0]}, not an article. Nothing was added.`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_PAGE_BYTES) throw tooLarge();
    let body: string;
    try {
      body = await readCapped(response, charsetOf(contentType));
    } catch (error) {
      if (error instanceof FetchPageError) throw error;
      if (timedOut) throw new FetchPageError(`${url.hostname} did not send the whole page within ${seconds}. Nothing was added.`);
      throw new FetchPageError(`The download from ${url.hostname} broke off. Nothing was added.`);
    }
    return { url: response.url || url.href, contentType, body };
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(): FetchPageError {
  return new FetchPageError(`That page is larger than ${MAX_PAGE_BYTES / 1_000_000} MB, too large to be an article. Nothing was added.`);
}

function charsetOf(contentType: string): string {
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

async function readCapped(response: Response, charset: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PAGE_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder(charset).decode(all);
}
