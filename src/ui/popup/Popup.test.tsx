// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Evidence } from '../../core/types';
import { VERDICT_LOOK } from '../../core/verdict/vocabulary';
import { emptyCounts, type PageSummary } from '../../shared/messages';
import { pausedHosts } from '../../shared/settings';
import { Popup } from './Popup';
import type { PopupPorts, TargetTab } from './ports';

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
    url: 'https://news.example/article',
    host: 'news.example',
    counts: { ...emptyCounts(), contradicted: 1, supported: 2 },
    claims: [
      { id: 'c1', text: 'Iranian diplomats were given 48 hours to leave Albania.', verdict: 'contradicted', reason: 'The sources say 24 hours, not 48 hours.', evidence },
      { id: 'c2', text: 'Albania cut ties with Iran.', verdict: 'supported', reason: 'The sources agree.', evidence: { ...evidence, quote: 'Albania cut diplomatic ties with Iran.', stance: 'supports' } },
      { id: 'c3', text: 'Albania cut ties in September.', verdict: 'supported', reason: 'The sources agree.', evidence: null },
    ],
    ...over,
  };
}

function ports(over: Partial<PopupPorts> & { tab?: TargetTab | null } = {}): PopupPorts & { reveal: ReturnType<typeof vi.fn>; summary: ReturnType<typeof vi.fn> } {
  const tab = over.tab === undefined ? { id: 7, url: 'https://news.example/article' } : over.tab;
  return {
    findTab: over.findTab ?? (async () => tab),
    fileAccess: over.fileAccess ?? (async () => false),
    summary: vi.fn(over.summary ?? (async () => summary())),
    reveal: vi.fn(over.reveal ?? (async () => true)),
  };
}

let root: HTMLElement;

async function mount(p: PopupPorts) {
  await act(async () => {
    render(<Popup ports={p} />, root);
  });
}

async function until(check: () => void, ms = 2000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await act(() => new Promise((r) => setTimeout(r, 10)));
    }
  }
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
      evidence: { ...evidence, quote: 'Albania cut diplomatic ties with Iran.', stance: 'supports' as const },
    };
    const base = summary();
    await mount(ports({ summary: async () => ({ ...base, counts: { ...base.counts, partly: 1 }, claims: [...base.claims, partly] }) }));
    await until(() => expect(root.querySelectorAll('button.claim')).toHaveLength(4));
    const count = root.querySelector<HTMLElement>('.counts [data-verdict="partly"]')!;
    expect(count.textContent).toMatch(/1\s*Partly/);
    expect(count.textContent).toContain(VERDICT_LOOK.partly.icon);
    const item = root.querySelector<HTMLElement>('button.claim[data-verdict="partly"]')!;
    expect(item.textContent).toContain(VERDICT_LOOK.partly.word);
    expect(item.textContent).toContain('Albania cut diplomatic ties with Iran.');
    // Colours travel as custom properties from the vocabulary, one per colour scheme.
    expect(item.style.getPropertyValue('--tone-light')).toBe(VERDICT_LOOK.partly.light);
    expect(item.style.getPropertyValue('--tone-dark')).toBe(VERDICT_LOOK.partly.dark);
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
    expect(p.summary).not.toHaveBeenCalled();
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
    await mount(ports({ tab: { id: 7, url: undefined }, summary: async () => Promise.reject(new Error('Could not establish connection')) }));
    await until(() => expect(root.querySelector('[data-state="cannot-check"]')?.textContent).toMatch(/cannot be checked.*reload/i));
  });

  it('says when the page has no claims about the dispute', async () => {
    await mount(ports({ summary: async () => summary({ status: 'no-claims', claims: [], counts: emptyCounts() }) }));
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
    await mount(ports({ summary: async () => summary({ status: 'paused', claims: [], counts: emptyCounts() }) }));
    await until(() => expect(root.querySelector('[data-state="paused"]')).not.toBeNull());
    expect(root.querySelector<HTMLInputElement>('[role="switch"]')!.checked).toBe(true);
  });
});
