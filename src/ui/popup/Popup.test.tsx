// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Evidence } from '../../core/types';
import { VERDICT_LOOK } from '../../core/verdict/vocabulary';
import { VERDICT_STYLE } from '../../shared/verdict-style';
import { emptyCounts, type PageSummary } from '../../shared/messages';
import { pausedHosts } from '../../shared/settings';
import { Popup } from './Popup';
import type { PopupPorts, TargetTab } from './ports';
import { until as waitFor } from '../../../tests/helpers/until';

// The popup's updates are quick: a shorter wait, tried more often.
const until = (check: () => void, ms = 2000) => waitFor(check, ms, 10);

const evidence: Evidence = {
  factId: 'seed:x#3',
  sourceId: 'seed:x',
  sourceTitle: 'Albania cuts diplomatic ties with Iran over cyberattacks',
  sourceDate: '2022-09-07',
  quote: 'Iranian diplomats were given 24 hours to leave.',
  stance: 'contradicts',
  points: ['24 hours, not 48 hours'],
};

function summary(over: Partial<PageSummary> = {}): PageSummary {
  return {
    status: 'ok',
    title: 'Tirana and Tehran',
    url: 'https://news.example/article',
    host: 'news.example',
    counts: { ...emptyCounts(), contradicted: 1, supported: 2 },
    claims: [
      {
        id: 'c1',
        text: 'Iranian diplomats were given 48 hours to leave Albania.',
        verdict: 'contradicted',
        reason: 'The sources say 24 hours, not 48 hours.',
        evidence: [evidence],
        // Gravest first, as the checker gives them.
        details: [
          { text: '48 hours', kind: 'amount', outcome: 'clashes', sourcesSay: '24 hours', quotes: [evidence.quote] },
          { text: 'Albania', kind: 'name', outcome: 'backed', quotes: [] },
        ],
      },
      {
        id: 'c2',
        text: 'Albania cut ties with Iran.',
        verdict: 'supported',
        reason: 'The sources agree.',
        evidence: [{ ...evidence, quote: 'Albania cut diplomatic ties with Iran.', stance: 'supports' }],
        details: [],
      },
      { id: 'c3', text: 'Albania cut ties in September.', verdict: 'supported', reason: 'The sources agree.', evidence: [], details: [] },
    ],
    ...over,
  };
}

/** What the fake tab answers when the popup connects: a summary, or nothing (no content script). */
type Answer = () => PageSummary | null;

type Mocked<F extends (...args: never[]) => unknown> = F & ReturnType<typeof vi.fn<F>>;

interface FakePorts extends PopupPorts {
  reveal: Mocked<PopupPorts['reveal']>;
  watchSummary: Mocked<PopupPorts['watchSummary']>;
  copyText: Mocked<PopupPorts['copyText']>;
  download: Mocked<PopupPorts['download']>;
  /** The page posts a new summary on every open port. */
  post(s: PageSummary): void;
  /** The page goes away: every open port closes. */
  lose(): void;
  /** How many ports the popup still holds open. */
  open(): number;
}

function ports(over: Partial<Omit<PopupPorts, 'watchSummary'>> & { tab?: TargetTab | null; answer?: Answer } = {}): FakePorts {
  const tab = over.tab === undefined ? { id: 7, url: 'https://news.example/article' } : over.tab;
  const answer: Answer = over.answer ?? (() => summary());
  const watchers: { onSummary: (s: PageSummary) => void; onLost: () => void; open: boolean }[] = [];
  return {
    findTab: over.findTab ?? (async () => tab),
    fileAccess: over.fileAccess ?? (async () => false),
    watchSummary: vi.fn((_tabId: number, onSummary: (s: PageSummary) => void, onLost: () => void) => {
      const w = { onSummary, onLost, open: true };
      watchers.push(w);
      // A port answers (or fails) asynchronously, as the browser's does.
      setTimeout(() => {
        if (!w.open) return;
        const s = answer();
        if (s) onSummary(s);
        else {
          w.open = false;
          onLost();
        }
      }, 0);
      return () => void (w.open = false);
    }),
    reveal: vi.fn(over.reveal ?? (async () => true)),
    copyText: vi.fn(over.copyText ?? (async () => {})),
    download: vi.fn(over.download ?? (() => {})),
    post: (s) => watchers.filter((w) => w.open).forEach((w) => w.onSummary(s)),
    lose: () =>
      watchers
        .filter((w) => w.open)
        .forEach((w) => {
          w.open = false;
          w.onLost();
        }),
    open: () => watchers.filter((w) => w.open).length,
  };
}

let root: HTMLElement;

async function mount(p: PopupPorts) {
  await act(async () => {
    render(<Popup ports={p} />, root);
  });
}


const text = () => root.textContent ?? '';

describe('popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(async () => {
    await act(() => render(null, root));
    root.remove();
  });

  it('shows how many claims of each verdict the page has', async () => {
    await mount(ports());
    await until(() => expect(root.querySelector('[aria-label="Claims by verdict"]')).not.toBeNull());
    const count = (v: string) => root.querySelector(`.counts [data-verdict="${v}"]`)?.textContent;
    expect(count('supported')).toMatch(/2\s*Supported/);
    expect(count('contradicted')).toMatch(/1\s*Contradicted/);
    expect(count('mixed')).toMatch(/0\s*Disputed/);
    expect(count('unverified')).toMatch(/0\s*Unverified/);
  });

  it('counts and lists partly supported claims in the vocabulary\'s words, icon and colours', async () => {
    const partly = {
      id: 'c4',
      text: 'Albania cut ties with Iran and closed its embassy in Tirana on Monday.',
      verdict: 'partly' as const,
      reason: 'Partly supported: the sources state cut ties, but not Monday.',
      evidence: [{ ...evidence, quote: 'Albania cut diplomatic ties with Iran.', stance: 'supports' as const }],
      details: [{ text: 'on Monday', kind: 'date' as const, outcome: 'not-found' as const, quotes: [] }],
    };
    const base = summary();
    await mount(ports({ answer: () => ({ ...base, counts: { ...base.counts, partly: 1 }, claims: [...base.claims, partly] }) }));
    await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(4));
    const count = root.querySelector<HTMLElement>('.counts [data-verdict="partly"]')!;
    expect(count.textContent).toMatch(/1\s*Partly supported/);
    expect(count.textContent).toContain(VERDICT_STYLE.partly.icon);
    const item = root.querySelector<HTMLElement>('button.claim[data-verdict="partly"]')!;
    expect(item.textContent).toContain(VERDICT_LOOK.partly.word);
    expect(item.textContent).toContain('Albania cut diplomatic ties with Iran.');
    // Colours travel as custom properties from the verdict style, one per colour scheme.
    expect(item.style.getPropertyValue('--tone-light')).toBe(VERDICT_STYLE.partly.light);
    expect(item.style.getPropertyValue('--tone-dark')).toBe(VERDICT_STYLE.partly.dark);
    // Every marked verdict is counted, in the vocabulary's order.
    expect([...root.querySelectorAll('.counts [data-verdict]')].map((e) => e.getAttribute('data-verdict'))).toEqual(['contradicted', 'mixed', 'supported', 'partly', 'unverified']);
  });

  it('lists each claim with its verdict in words and its first piece of evidence', async () => {
    await mount(ports());
    await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(3));
    const first = root.querySelector('button.claim')!;
    expect(first.textContent).toContain('Contradicted');
    expect(first.textContent).toContain('48 hours to leave Albania');
    expect(first.textContent).toContain('Iranian diplomats were given 24 hours to leave.');
    expect(first.textContent).toContain('Albania cuts diplomatic ties with Iran over cyberattacks, 2022-09-07');
    // Without evidence the reason stands in, so the item is never blank.
    expect(root.querySelectorAll('button.claim')[2]!.textContent).toContain('The sources agree.');
  });

  it('asks the tab to reveal a claim when it is chosen', async () => {
    const p = ports();
    await mount(p);
    await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(3));
    await act(async () => (root.querySelectorAll('button.claim')[1] as HTMLButtonElement).click());
    expect(p.reveal).toHaveBeenCalledWith(7, 'c2');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so when a chosen claim is no longer on the page', async () => {
    await mount(ports({ reveal: async () => false }));
    await until(() => expect(root.querySelector('button.claim')).not.toBeNull());
    await act(async () => (root.querySelector('button.claim') as HTMLButtonElement).click());
    await until(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/no longer on the page/));
  });

  it('says a browser page cannot be checked without asking it', async () => {
    const p = ports({ tab: { id: 7, url: 'chrome://extensions/' } });
    await mount(p);
    await until(() => expect(root.querySelector('[data-state="cannot-check"]')?.textContent).toMatch(/Browser pages cannot be checked/));
    expect(p.watchSummary).not.toHaveBeenCalled();
    expect(root.querySelector('[role="switch"]')).toBeNull();
  });

  it('says the web store cannot be checked', async () => {
    await mount(ports({ tab: { id: 7, url: 'https://chromewebstore.google.com/detail/abc' } }));
    await until(() => expect(text()).toMatch(/add-on store/));
  });

  it('explains how to allow local files when file access is off', async () => {
    await mount(ports({ tab: { id: 7, url: 'file:///home/me/article.html' } }));
    await until(() => expect(text()).toMatch(/Allow access to file URLs/));
  });

  it('says the page cannot be checked when its content script does not answer', async () => {
    await mount(ports({ tab: { id: 7, url: undefined }, answer: () => null }));
    await until(() => expect(root.querySelector('[data-state="cannot-check"]')?.textContent).toMatch(/cannot be checked.*reload/i));
  });

  it('says when the page has no claims about the dispute', async () => {
    await mount(ports({ answer: () => summary({ status: 'no-claims', claims: [], counts: emptyCounts() }) }));
    await until(() => expect(root.querySelector('[data-state="no-claims"]')?.textContent).toMatch(/nothing about the Albania.Iran dispute/));
  });

  it('pauses checking on the site with a labelled switch and says it is paused', async () => {
    await mount(ports());
    await until(() => expect(root.querySelector('[role="switch"]')).not.toBeNull());
    const toggle = root.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(toggle.closest('label')?.textContent).toMatch(/Pause checking on this site/);
    expect(toggle.checked).toBe(false);
    await act(async () => toggle.click());
    await until(() => expect(root.querySelector('[data-state="paused"]')?.textContent).toMatch(/paused on news\.example/));
    expect(await pausedHosts.getValue()).toEqual(['news.example']);
    await act(async () => root.querySelector<HTMLInputElement>('[role="switch"]')!.click());
    await until(() => expect(root.querySelector('[data-state="paused"]')).toBeNull());
    expect(await pausedHosts.getValue()).toEqual([]);
  });

  it('opens the options page to manage sources', async () => {
    const openOptions = vi.fn();
    await act(async () => render(<Popup ports={ports()} openOptions={openOptions} />, root));
    await act(async () => root.querySelector<HTMLButtonElement>('.popup-foot button')!.click());
    expect(openOptions).toHaveBeenCalledOnce();
    expect(root.querySelector('.popup-foot button')!.textContent).toBe('Manage sources');
  });

  it('shows a site paused from elsewhere as paused', async () => {
    await pausedHosts.setValue(['news.example']);
    await mount(ports({ answer: () => summary({ status: 'paused', claims: [], counts: emptyCounts() }) }));
    await until(() => expect(root.querySelector('[data-state="paused"]')).not.toBeNull());
    expect(root.querySelector<HTMLInputElement>('[role="switch"]')!.checked).toBe(true);
  });

  it('shows each claim\'s gravest detail in the note card\'s words', async () => {
    await mount(ports());
    await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(3));
    const first = root.querySelector('button.claim')!;
    expect(first.querySelector('.detail')?.textContent).toBe('48 hours: the sources say 24 hours');
    // Only the first detail: the rest are in the note the claim opens.
    expect(first.textContent).not.toContain('Albania: in the sources');
    // A claim the checker gave no details has no detail line.
    expect(root.querySelectorAll('button.claim')[1]!.querySelector('.detail')).toBeNull();
  });

  describe('the filter', () => {
    const filterButton = (name: RegExp) => [...root.querySelectorAll<HTMLButtonElement>('.counts button')].find((b) => name.test(b.textContent ?? ''))!;
    const listed = () => [...root.querySelectorAll('button.claim')].map((b) => b.getAttribute('data-verdict'));

    it('shows only the claims of the chosen verdict, and all of them again', async () => {
      await mount(ports());
      await until(() => expect(listed()).toHaveLength(3));
      const all = filterButton(/All/);
      expect(all.getAttribute('aria-pressed')).toBe('true');
      expect(all.textContent).toMatch(/3\s*All/);

      await act(async () => filterButton(/Supported/).click());
      expect(listed()).toEqual(['supported', 'supported']);
      expect(filterButton(/Supported/).getAttribute('aria-pressed')).toBe('true');
      expect(all.getAttribute('aria-pressed')).toBe('false');
      expect(root.querySelector('.list-head')?.textContent).toBe(`Claims on this page: ${VERDICT_LOOK.supported.word}`);

      await act(async () => filterButton(/Contradicted/).click());
      expect(listed()).toEqual(['contradicted']);

      // Choosing the chosen verdict again, or All, shows every claim.
      await act(async () => filterButton(/Contradicted/).click());
      expect(listed()).toHaveLength(3);
      await act(async () => filterButton(/Supported/).click());
      await act(async () => all.click());
      expect(listed()).toHaveLength(3);
      expect(all.getAttribute('aria-pressed')).toBe('true');
    });

    it('cannot choose a verdict no claim has', async () => {
      await mount(ports());
      await until(() => expect(listed()).toHaveLength(3));
      const disputed = root.querySelector<HTMLButtonElement>('.counts button[data-verdict="mixed"]')!;
      expect(disputed.disabled).toBe(true);
      await act(async () => disputed.click());
      expect(listed()).toHaveLength(3);
      expect(root.querySelector<HTMLButtonElement>('.counts button[data-verdict="supported"]')!.disabled).toBe(false);
    });

    it('says so when the chosen verdict\'s last claim goes away, with a way back', async () => {
      const p = ports();
      await mount(p);
      await until(() => expect(listed()).toHaveLength(3));
      await act(async () => filterButton(/Contradicted/).click());
      const base = summary();
      await act(async () => p.post({ ...base, counts: { ...base.counts, contradicted: 0 }, claims: base.claims.slice(1) }));
      expect(root.querySelector('[data-state="filter-empty"]')?.textContent).toMatch(/No claim on this page is marked Contradicted now/);
      // Still pressed and still reachable, so the reader is not stuck.
      expect(filterButton(/Contradicted/).disabled).toBe(false);
      await act(async () => root.querySelector<HTMLButtonElement>('[data-state="filter-empty"] button')!.click());
      expect(listed()).toEqual(['supported', 'supported']);
    });
  });

  describe('the report', () => {
    const button = (name: string) => [...root.querySelectorAll<HTMLButtonElement>('.report button')].find((b) => b.textContent === name)!;

    it('copies a Markdown report of the page to the clipboard', async () => {
      const p = ports();
      await mount(p);
      await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(3));
      await act(async () => button('Copy report').click());
      await until(() => expect(p.copyText).toHaveBeenCalledOnce());
      const md = p.copyText.mock.calls[0]![0] as string;
      expect(md).toMatch(/^# Fact check: Tirana and Tehran\n/);
      expect(md).toContain('<https://news.example/article>');
      expect(md).toContain('- 48 hours: the sources say 24 hours');
      expect(md).toContain('> Iranian diplomats were given 24 hours to leave.');
      expect(root.querySelector('[role="status"].report-note')?.textContent).toMatch(/Report copied as Markdown: 3 claims/);
      expect(root.querySelector('[role="alert"]')).toBeNull();
    });

    it('reports every claim, whatever the filter shows', async () => {
      const p = ports();
      await mount(p);
      await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(3));
      await act(async () => root.querySelector<HTMLButtonElement>('.counts button[data-verdict="contradicted"]')!.click());
      await act(async () => button('Copy report').click());
      await until(() => expect(p.copyText).toHaveBeenCalledOnce());
      expect(p.copyText.mock.calls[0]![0]).toContain('Albania cut ties in September.');
    });

    it('says so plainly when the clipboard refuses', async () => {
      await mount(ports({ copyText: async () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')) }));
      await until(() => expect(root.querySelector('.report')).not.toBeNull());
      await act(async () => button('Copy report').click());
      await until(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/could not be copied.*clipboard/));
    });

    it('saves the report as a JSON file named from the host and the day', async () => {
      const p = ports();
      await mount(p);
      await until(() => expect(root.querySelector('.report')).not.toBeNull());
      await act(async () => button('Save JSON').click());
      expect(p.download).toHaveBeenCalledOnce();
      const [name, json] = p.download.mock.calls[0]! as [string, string];
      expect(name).toBe(`albania-iran-factcheck-news.example-${new Date().toISOString().slice(0, 10)}.json`);
      const data = JSON.parse(json);
      expect(data.page.title).toBe('Tirana and Tehran');
      expect(data.claims.map((c: { text: string }) => c.text)).toEqual(summary().claims.map((c) => c.text));
      expect(data.claims[0].sources[0].title).toBe(evidence.sourceTitle);
      expect(root.querySelector('[role="status"].report-note')?.textContent).toContain(name);
    });

    it('copies and saves nothing from a page without claims, and says why', async () => {
      const p = ports({ answer: () => summary({ status: 'no-claims', claims: [], counts: emptyCounts() }) });
      await mount(p);
      await until(() => expect(root.querySelector('[data-state="no-claims"]')).not.toBeNull());
      await act(async () => button('Copy report').click());
      await until(() => expect(root.querySelector('.report-note')?.textContent).toMatch(/no claims about the Albania.Iran dispute, so there is no report to copy/));
      expect(root.querySelector('.report-note')?.getAttribute('role')).toBe('status');
      await act(async () => button('Save JSON').click());
      expect(root.querySelector('.report-note')?.textContent).toMatch(/no report to save/);
      expect(p.copyText).not.toHaveBeenCalled();
      expect(p.download).not.toHaveBeenCalled();
    });

    it('offers no report while the site is paused', async () => {
      await pausedHosts.setValue(['news.example']);
      await mount(ports({ answer: () => summary({ status: 'paused', claims: [], counts: emptyCounts() }) }));
      await until(() => expect(root.querySelector('[data-state="paused"]')).not.toBeNull());
      expect(root.querySelector('.report')).toBeNull();
    });
  });

  describe('live updates', () => {
    it('fills in the list when the page posts a new summary, without asking again', async () => {
      const p = ports({ answer: () => summary({ claims: summary().claims.slice(0, 1), counts: { ...emptyCounts(), contradicted: 1 } }) });
      await mount(p);
      await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(1));
      await act(async () => p.post(summary()));
      expect(root.querySelectorAll('button.claim')).toHaveLength(3);
      expect(root.querySelector('.counts [data-verdict="supported"]')?.textContent).toMatch(/2\s*Supported/);
      // Nothing polls: a while later the popup still holds the one port it opened.
      await act(() => new Promise((r) => setTimeout(r, 100)));
      expect(p.watchSummary).toHaveBeenCalledOnce();
    });

    it('reads the page again when it reloads, and finds its new summary', async () => {
      let reloaded = false;
      const p = ports({ answer: () => (reloaded ? summary({ title: 'Reloaded', claims: summary().claims.slice(2) }) : summary()) });
      await mount(p);
      await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(3));
      reloaded = true;
      await act(async () => p.lose());
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Reading the page…');
      await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(1), 3000);
      expect(p.watchSummary).toHaveBeenCalledTimes(2);
    });

    it('closes its port when the popup closes', async () => {
      const p = ports();
      await mount(p);
      await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(3));
      expect(p.open()).toBe(1);
      await act(() => render(null, root));
      expect(p.open()).toBe(0);
    });
  });
});
