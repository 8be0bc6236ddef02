import { describe, expect, it } from 'vitest';
import { FetchPageError, MAX_PAGE_BYTES, fetchPage, originPattern, parsePageUrl } from './fetch-page';

const url = new URL('https://news.example/story');

describe('fetching an article by address', () => {
  it('refuses an empty address and addresses that are not web pages', () => {
    expect(() => parsePageUrl('  ')).toThrow(/Type the address/);
    expect(() => parsePageUrl('news.example/story')).toThrow(/not a web address/);
    expect(() => parsePageUrl('ftp://news.example/x')).toThrow(/Only web pages/);
    expect(parsePageUrl(' https://news.example/story ').href).toBe('https://news.example/story');
  });

  it('asks permission for exactly the page origin', () => {
    expect(originPattern(new URL('https://news.example:8443/a/b?c'))).toBe('https://news.example/*');
  });

  it('returns the page text and its type', async () => {
    const page = await fetchPage(url, {
      fetchImpl: async () => new Response('<p>Albania cut ties.</p>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    });
    expect(page.body).toBe('<p>Albania cut ties.</p>');
    expect(page.contentType).toMatch(/text\/html/);
  });

  it('gives up with a clear message when the site does not answer in time', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const error = await fetchPage(url, { fetchImpl: hang, timeoutMs: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchPageError);
    expect((error as Error).message).toMatch(/news\.example did not answer within 1 second\./);
  });

  it('reports an error status without adding anything', async () => {
    const error = await fetchPage(url, { fetchImpl: async () => new Response('gone', { status: 404, statusText: 'Not Found' }) }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('news.example answered with an error (404 Not Found). Nothing was added.');
  });

  it('reports a site that cannot be reached', async () => {
    const error = await fetchPage(url, { fetchImpl: async () => Promise.reject(new TypeError('Failed to fetch')) }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/Could not reach news\.example/);
  });

  it('refuses files that are not text', async () => {
    const error = await fetchPage(url, {
      fetchImpl: async () => new Response(new Uint8Array([37, 80, 68, 70]), { headers: { 'content-type': 'application/pdf' } }),
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/application\/pdf, not an article/);
  });

  it('stops downloading a page that is too large', async () => {
    const big = new Uint8Array(MAX_PAGE_BYTES + 10).fill(97);
    const error = await fetchPage(url, { fetchImpl: async () => new Response(big, { headers: { 'content-type': 'text/plain' } }) }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/larger than 5 MB/);
  });
});
