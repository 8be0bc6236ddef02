// @vitest-environment happy-dom
// Dexie's liveQuery only follows the global indexedDB, so the fake one is installed globally
// and each test opens a database of its own name.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { FactBundle } from '../../core/types';
import { openSourceDb, seedDatabase, type SourceDb } from '../../db';
import bundle from '../../generated/seed-facts.json';
import { readHtmlWith } from '../../shared/readable-text';
import { dbSourcesApi } from './db-sources';
import { FetchPageError } from './fetch-page';
import { Options, type OptionsPorts } from './Options';
import { until } from '../../../tests/helpers/until';

const seeds = bundle as unknown as FactBundle;

const NOTE =
  'Albanian police sealed the Iranian embassy building in Tirana after the diplomats left on 8 September 2022. ' +
  'Officers searched the empty building and found that embassy staff had burned documents before leaving.';

let root: HTMLElement;
let db: SourceDb;
let ports: OptionsPorts & {
  requestOrigin: Mock<OptionsPorts['requestOrigin']>;
  fetchPage: Mock<OptionsPorts['fetchPage']>;
  download: Mock<OptionsPorts['download']>;
};
let notified: number;
let dbCount = 0;


const items = () => [...root.querySelectorAll<HTMLElement>('[data-testid="source-item"]')];
const titles = () => items().map((li) => li.querySelector('h3')!.textContent);
const alertText = () => root.querySelector('[role="alert"]')!.textContent ?? '';
const statusText = () => root.querySelector('[data-testid="source-status"]')!.textContent ?? '';
const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

async function paste(title: string, text: string) {
  await act(async () => {
    type(q('[data-testid="source-title"]'), title);
    type(q('[data-testid="source-text"]'), text);
  });
  await act(async () => q<HTMLButtonElement>('[data-testid="add-source"]').click());
}

async function upload(...files: File[]) {
  const input = q<HTMLInputElement>('[data-testid="source-file"]');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function addUrl(address: string) {
  await act(async () => type(q('[data-testid="source-url"]'), address));
  await act(async () => q<HTMLButtonElement>('[data-testid="add-url"]').click());
}

/** Waits for the page to finish a change and return to idle. */
async function idle() {
  await until(() => expect(q<HTMLButtonElement>('[data-testid="add-source"]').disabled).toBe(false));
}

async function storedTitles(): Promise<string[]> {
  return (await db.sources.toArray()).map((s) => s.title).sort();
}

beforeEach(async () => {
  db = openSourceDb(`options-test-${++dbCount}`);
  await seedDatabase(db, seeds);
  notified = 0;
  ports = {
    api: dbSourcesApi(db, {
      readHtml: readHtmlWith((html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document),
      notifyChanged: async () => notified++,
    }),
    requestOrigin: vi.fn<OptionsPorts['requestOrigin']>(async () => true),
    fetchPage: vi.fn<OptionsPorts['fetchPage']>(),
    download: vi.fn<OptionsPorts['download']>(),
  };
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<Options ports={ports} />, root));
  await until(() => expect(items()).toHaveLength(seeds.sources.length));
});

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  db.close();
});

describe('options page: the list of sources', () => {
  it('lists the five bundled sources as read-only, each with its number of facts', () => {
    expect(items()).toHaveLength(5);
    for (const [i, source] of seeds.sources.entries()) {
      const li = items().find((el) => el.dataset.sourceId === source.id)!;
      expect(li.querySelector('h3')!.textContent).toBe(source.title);
      const facts = seeds.facts.filter((f) => f.sourceId === source.id).length;
      expect(li.querySelector('[data-testid="fact-count"]')!.textContent, `source ${i}`).toBe(`${facts} facts`);
      expect(li.textContent).toContain('Bundled, read-only');
      expect(li.querySelector('button.remove')).toBeNull();
      expect(li.querySelector<HTMLInputElement>('[role="switch"]')!.checked).toBe(true);
    }
  });

  it('switches a bundled source off and on, and tells the background each time', async () => {
    const first = seeds.sources[0]!;
    const toggle = () => items()[0]!.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(toggle().getAttribute('aria-label')).toBe(`Use “${first.title}” for checking`);
    await act(async () => toggle().click());
    await until(() => expect(toggle().checked).toBe(false));
    expect((await db.sources.get(first.id))!.enabled).toBe(false);
    expect(notified).toBe(1);
    await idle();
    await act(async () => toggle().click());
    await until(() => expect(toggle().checked).toBe(true));
    expect((await db.sources.get(first.id))!.enabled).toBe(true);
    expect(notified).toBe(2);
  });
});

describe('options page: adding sources', () => {
  it('a pasted source appears in the list with its fact count, and the background is told', async () => {
    await paste('Police note on the embassy', NOTE);
    await until(() => expect(items()).toHaveLength(6));
    const li = items()[5]!;
    expect(li.querySelector('h3')!.textContent).toBe('Police note on the embassy');
    expect(li.dataset.origin).toBe('user');
    expect(li.querySelector('[data-testid="fact-count"]')!.textContent).toBe('2 facts');
    expect(li.textContent).toMatch(/Added by you.*added \w+/);
    expect(statusText()).toBe('Added “Police note on the embassy” with 2 facts.');
    expect(alertText()).toBe('');
    expect(notified).toBe(1);
    // The form is ready for the next source.
    expect(q<HTMLInputElement>('[data-testid="source-title"]').value).toBe('');
  });

  it('pasting nothing shows an alert and stores nothing', async () => {
    const before = await storedTitles();
    await paste('Empty', '   \n  ');
    await until(() => expect(alertText()).toBe('The pasted text is empty.'));
    expect(items()).toHaveLength(5);
    expect(await storedTitles()).toEqual(before);
    expect(notified).toBe(0);
  });

  it('pasting the same text twice shows an alert and keeps one copy', async () => {
    await paste('Police note', NOTE);
    await until(() => expect(items()).toHaveLength(6));
    await idle();
    await paste('Same note again', NOTE);
    await until(() => expect(alertText()).toBe('“Same note again” is already in your sources as “Police note”; nothing was added.'));
    expect(titles().filter((t) => t?.startsWith('Police note') || t?.startsWith('Same note'))).toEqual(['Police note']);
  });

  it('a broken JSON upload shows an alert and the list is unchanged', async () => {
    await paste('Police note', NOTE);
    await until(() => expect(items()).toHaveLength(6));
    await idle();
    const before = titles();
    await upload(new File(['{\n  "@type": "ClaimReview",\n  "claimReviewed": "x",\n}'], 'review.json', { type: 'application/json' }));
    await until(() => expect(alertText()).toBe('review.json is not valid JSON: the error is at line 4, column 1.'));
    expect(titles()).toEqual(before);
    expect(await db.sources.count()).toBe(6);
  });

  it('a ClaimReview without its rating shows which field is missing', async () => {
    const review = { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'Iran paid Albania compensation for the July cyberattack.' };
    await upload(new File([JSON.stringify(review)], 'check.json', { type: 'application/json' }));
    await until(() => expect(alertText()).toMatch(/^The ClaimReview in check\.json .* has no "reviewRating"\.$/));
    expect(items()).toHaveLength(5);
  });

  it('a binary file is refused with an alert', async () => {
    await upload(new File([new Uint8Array([137, 80, 78, 71, 0, 0, 0, 13])], 'photo.txt', { type: 'text/plain' }));
    await until(() => expect(alertText()).toBe('photo.txt is a binary file, not text.'));
    expect(items()).toHaveLength(5);
  });

  it('a file over 5 MB is refused before it is read', async () => {
    const big = new File(['x'], 'huge.txt', { type: 'text/plain' });
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    const stream = vi.spyOn(big, 'stream');
    await upload(big);
    await until(() => expect(alertText()).toBe('huge.txt is too large (6.0 MB); a source can have at most 5.0 MB of text.'));
    expect(stream).not.toHaveBeenCalled();
    expect(items()).toHaveLength(5);
  });

  it('uploads several files with a progress bar for each, adding the good ones and naming the bad one', async () => {
    const md = new File([`# Embassy sealed\n\n${NOTE}`], 'embassy.md', { type: 'text/markdown' });
    const html = new File(
      ['<!doctype html><html><head><title>Ministry statement</title></head><body><article><h1>Ministry statement</h1><p>The Albanian foreign ministry handed the Iranian charge d\'affaires a note ordering the embassy closed on 7 September 2022.</p><p>The ministry said the embassy staff had to leave the country within 24 hours of receiving the note.</p></article></body></html>'],
      'statement.html',
      { type: 'text/html' },
    );
    const empty = new File([''], 'empty.txt', { type: 'text/plain' });
    await upload(md, empty, html);
    // While the import runs, every file has its own labelled bar.
    expect([...root.querySelectorAll('.jobs label')].map((l) => l.textContent)).toEqual(['embassy.md', 'empty.txt', 'statement.html']);
    expect(root.querySelectorAll('.jobs progress')).toHaveLength(3);
    await until(() => expect(items()).toHaveLength(7));
    await idle();
    expect(root.querySelector('.jobs')).toBeNull();
    expect(titles().slice(5)).toEqual(['Embassy sealed', 'Ministry statement']);
    expect(alertText()).toBe('empty.txt is empty.');
    expect(statusText()).toMatch(/^Added 2 sources with \d+ facts\.$/);
  });

  it('imports a schema.org ClaimReview as a fact-check source', async () => {
    const review = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example/iran-compensation',
      datePublished: '2022-10-01',
      author: { '@type': 'Organization', name: 'Checks Example' },
      claimReviewed: 'Iran paid Albania compensation for the July cyberattack.',
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    };
    await upload(new File([JSON.stringify(review)], 'review.json', { type: 'application/json' }));
    await until(() => expect(items()).toHaveLength(6));
    const li = items()[5]!;
    expect(li.textContent).toContain('Fact-check ratings');
    expect(li.textContent).toContain('dated 2022-10-01');
    expect(li.querySelector('a')!.getAttribute('href')).toBe('https://checks.example/iran-compensation');
  });
});

describe('options page: what a source says is shown as text', () => {
  it('shows markup in titles and addresses as text, and links only web addresses', async () => {
    const title = '<img src=x onerror="alert(1)"> "><svg onload=alert(2)>';
    const now = Date.now();
    const stored = (id: string, url: string) => ({
      id, title, date: null, referenceDate: null, place: null, origin: 'user' as const, kind: 'article' as const,
      url, addedAt: now, enabled: true, text: NOTE,
    });
    // Written straight to the database, as a source stored by an older version could be.
    await db.sources.bulkAdd([stored('user:a', 'javascript:alert(document.domain)'), stored('user:b', 'https://news.example/story')]);
    await until(() => expect(items()).toHaveLength(seeds.sources.length + 2));
    const mine = items().filter((li) => li.dataset.origin === 'user');
    for (const li of mine) {
      expect(li.querySelector('h3')!.textContent).toBe(title);
      expect(li.querySelectorAll('img, svg[onload], script, iframe')).toHaveLength(0);
    }
    expect(mine[0]!.querySelector('a')).toBeNull();
    expect(mine[0]!.querySelector('.source-url')!.textContent).toBe('javascript:alert(document.domain)');
    expect(mine[1]!.querySelector('a')!.getAttribute('href')).toBe('https://news.example/story');
    expect(root.querySelectorAll('[href^="javascript:" i]')).toHaveLength(0);
  });
});

describe('options page: removing, exporting and importing', () => {
  it('removes a source only after confirmation', async () => {
    await paste('Police note', NOTE);
    await until(() => expect(items()).toHaveLength(6));
    await idle();
    const remove = () => items()[5]!.querySelector<HTMLButtonElement>('button.remove')!;
    expect(remove().getAttribute('aria-label')).toBe('Remove “Police note”');

    await act(async () => remove().click());
    const keep = [...items()[5]!.querySelectorAll('button')].find((b) => b.textContent === 'Keep')!;
    expect(document.activeElement).toBe(keep);
    await act(async () => keep.click());
    expect(items()).toHaveLength(6);

    await act(async () => remove().click());
    const yes = [...items()[5]!.querySelectorAll('button')].find((b) => b.textContent === 'Yes, remove')!;
    await act(async () => yes.click());
    await until(() => expect(items()).toHaveLength(5));
    expect(statusText()).toBe('Removed “Police note”.');
    expect(await db.facts.where('sourceId').startsWith('user:').count()).toBe(0);
  });

  it('exports the user’s sources to a file that brings them back after removal', async () => {
    const exportButton = () => q<HTMLButtonElement>('[data-testid="export-sources"]');
    expect(exportButton().disabled).toBe(true);
    await paste('Police note', NOTE);
    await until(() => expect(items()).toHaveLength(6));
    await idle();
    await act(async () => exportButton().click());
    await until(() => expect(ports.download).toHaveBeenCalledTimes(1));
    const [name, json] = ports.download.mock.calls[0] as [string, string];
    expect(name).toMatch(/^albania-iran-factcheck-sources-\d{4}-\d\d-\d\d\.json$/);
    expect(statusText()).toBe('Exported 1 source.');

    const id = items()[5]!.dataset.sourceId!;
    await ports.api.remove(id);
    await until(() => expect(items()).toHaveLength(5));

    await upload(new File([json], name, { type: 'application/json' }));
    await until(() => expect(titles()[5]).toBe('Police note'));
    expect(items()[5]!.querySelector('[data-testid="fact-count"]')!.textContent).toBe('2 facts');

    // Importing the same backup again adds nothing and says so.
    await idle();
    await upload(new File([json], name, { type: 'application/json' }));
    await until(() => expect(alertText()).toMatch(/already in your sources; nothing was added/));
    expect(items()).toHaveLength(6);
  });
});

describe('options page: adding by web address', () => {
  const ARTICLE =
    '<!doctype html><html><head><title>Embassy sealed</title></head><body><article><h1>Embassy sealed</h1>' +
    `<p>${NOTE}</p></article></body></html>`;

  it('asks for the site’s permission, fetches the page and adds its article', async () => {
    ports.fetchPage.mockResolvedValue({ url: 'https://news.example/embassy', contentType: 'text/html; charset=utf-8', body: ARTICLE });
    await addUrl('https://news.example/embassy');
    await until(() => expect(items()).toHaveLength(6));
    expect(ports.requestOrigin).toHaveBeenCalledWith('https://news.example/*');
    expect((ports.fetchPage.mock.calls[0]![0] as URL).href).toBe('https://news.example/embassy');
    expect(titles()[5]).toBe('Embassy sealed');
    expect(items()[5]!.querySelector('a')!.getAttribute('href')).toBe('https://news.example/embassy');
  });

  it('says so when the permission is refused, without fetching', async () => {
    ports.requestOrigin.mockResolvedValue(false);
    await addUrl('https://news.example/embassy');
    await until(() => expect(alertText()).toBe('Permission to read news.example was not given, so the page was not fetched. Nothing was added.'));
    expect(ports.fetchPage).not.toHaveBeenCalled();
    expect(items()).toHaveLength(5);
  });

  it('shows the fetch error when the site fails', async () => {
    ports.fetchPage.mockRejectedValue(new FetchPageError('news.example answered with an error (404 Not Found). Nothing was added.'));
    await addUrl('https://news.example/gone');
    await until(() => expect(alertText()).toBe('news.example answered with an error (404 Not Found). Nothing was added.'));
    expect(items()).toHaveLength(5);
  });

  it('refuses something that is not a web address without asking for permission', async () => {
    await addUrl('not a url');
    await until(() => expect(alertText()).toMatch(/is not a web address/));
    expect(ports.requestOrigin).not.toHaveBeenCalled();
  });
});
