import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_WINDOW, readHtmlInNode } from './read-html';

// A page served from this machine, asking for everything a page can ask for from its own site.
const PAGE = `<html><head><title>Report</title>
  <link rel="stylesheet" href="/style.css"><link rel="preload" as="fetch" href="/data.json">
  <link rel="preload" as="style" href="/preload.css"><link rel="preload" as="script" href="/preload.js">
  <script src="/script.js"></script><script>fetch('/inline.json')</script></head>
  <body><img src="/photo.png"><iframe src="/frame.html"></iframe>
  <p>Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.</p></body></html>`;

describe('reading HTML in Node', () => {
  const requests: string[] = [];
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('asks for nothing a page names, even from its own site', async () => {
    const window = new Window({ ...OFFLINE_WINDOW, url: origin });
    try {
      const doc = new window.DOMParser().parseFromString(PAGE, 'text/html');
      expect(doc.body.textContent).toContain('Albania cut diplomatic ties');
      // Requests happy-dom would make start at once; give them time to arrive.
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await window.happyDOM.close();
    }
    expect(requests).toEqual([]);
  });

  it('reads such a page to its text', () => {
    expect(readHtmlInNode(PAGE)).toMatchObject({ title: 'Report', text: expect.stringContaining('Albania cut diplomatic ties with Iran') });
  });
});
