import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimSummary, PageSummary } from '../../shared/messages';
import { pausedHosts, setPaused } from '../../shared/settings';
import { blockedReason, explainBlocked, hostOf } from './page-access';
import type { PopupPorts, TargetTab } from './ports';
import { COUNTED_VERDICTS, verdictLabel } from './verdict-label';

/** How often the open popup asks the page again: long pages keep filling in after it opens. */
export const REFRESH_MS = 1500;

type View =
  | { kind: 'loading' }
  | { kind: 'blocked'; message: string; final: boolean }
  | { kind: 'summary'; summary: PageSummary };

/** Props of the popup: the browser behind ports, plus a way to open the options page. */
export interface PopupProps {
  ports: PopupPorts;
  openOptions?: () => void;
}

/**
 * The toolbar popup: what the checker found on the current tab, a switch to pause checking
 * on the tab's site, and plain words when the tab cannot be checked.
 */
export function Popup({ ports, openOptions }: PopupProps) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [paused, setPausedHosts] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function ask(target: TargetTab) {
      try {
        const summary = await ports.summary(target.id);
        if (alive.current) setView({ kind: 'summary', summary });
      } catch {
        // No content script answered: a page the browser keeps to itself, or one that was
        // open before the extension was installed. Keep asking in case it is still loading.
        if (alive.current) setView((v) => (v.kind === 'summary' ? v : { kind: 'blocked', message: explainBlocked(null), final: false }));
      }
      if (alive.current) timer = setTimeout(() => void ask(target), REFRESH_MS);
    }

    void (async () => {
      const target = await ports.findTab().catch(() => null);
      if (!alive.current) return;
      if (!target) {
        setView({ kind: 'blocked', message: explainBlocked('no-page'), final: true });
        return;
      }
      setTab(target);
      const reason = blockedReason(target.url, await ports.fileAccess());
      if (!alive.current) return;
      if (reason) setView({ kind: 'blocked', message: explainBlocked(reason), final: true });
      else await ask(target);
    })();

    return () => {
      alive.current = false;
      clearTimeout(timer);
    };
  }, [ports]);

  useEffect(() => {
    let live = true;
    void pausedHosts.getValue().then((hosts) => live && setPausedHosts(hosts));
    const unwatch = pausedHosts.watch((hosts) => setPausedHosts(hosts));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const summary = view.kind === 'summary' ? view.summary : null;
  const host = summary ? summary.host : view.kind === 'blocked' && view.final ? null : hostOf(tab?.url);
  const isPaused = host !== null && paused !== null ? paused.includes(host) : summary?.status === 'paused';

  const reveal = useCallback(
    async (claim: ClaimSummary) => {
      if (!tab) return;
      setNotice(null);
      try {
        const found = await ports.reveal(tab.id, claim.id);
        if (!found) setNotice('That claim is no longer on the page. It may have been removed or changed.');
      } catch {
        setNotice('The page did not answer. Reload it and try again.');
      }
    },
    [ports, tab],
  );

  return (
    <main class="popup" aria-busy={view.kind === 'loading'}>
      <header class="popup-head">
        <h1>Albania–Iran fact check</h1>
        {host !== null && <p class="host">{host || 'Local files'}</p>}
      </header>

      {host !== null && paused !== null && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={isPaused}
            onChange={(e) => void setPaused(host, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="switch-track" aria-hidden="true" />
          <span>Pause checking on this site</span>
        </label>
      )}

      <Body view={view} paused={isPaused} host={host} onReveal={reveal} />

      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}

      {openOptions && (
        <footer class="popup-foot">
          <button type="button" class="link" onClick={openOptions}>
            Manage sources
          </button>
        </footer>
      )}
    </main>
  );
}

function Body({ view, paused, host, onReveal }: { view: View; paused: boolean; host: string | null; onReveal: (c: ClaimSummary) => void }) {
  if (view.kind === 'loading') return <p class="state" role="status">Reading the page…</p>;
  if (view.kind === 'blocked')
    return (
      <p class="state state-blocked" role="status" data-state="cannot-check">
        {view.message}
      </p>
    );
  if (paused || view.summary.status === 'paused')
    return (
      <p class="state" role="status" data-state="paused">
        Checking is paused on {host || 'this site'}. Turn the switch off to check it again.
      </p>
    );
  const { summary } = view;
  if (summary.status === 'no-claims' || summary.claims.length === 0)
    return (
      <p class="state" role="status" data-state="no-claims">
        {summary.status === 'no-claims'
          ? 'This page says nothing about the Albania–Iran dispute, so there is nothing to check.'
          : 'Checking the page… no claims about the dispute found yet.'}
      </p>
    );
  return (
    <>
      <ul class="counts" aria-label="Claims by verdict" data-state="claims">
        {COUNTED_VERDICTS.map((v) => {
          const label = verdictLabel(v);
          const n = summary.counts[v];
          return (
            <li key={v} class={`count ${label.tone}${n === 0 ? ' zero' : ''}`} style={label.style} data-verdict={v}>
              <span class="icon" aria-hidden="true">
                {label.icon}
              </span>
              <span class="count-n">{n}</span> <span class="count-word">{label.short}</span>
            </li>
          );
        })}
      </ul>
      <h2 class="list-head">Claims on this page</h2>
      <ol class="claims">
        {summary.claims.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} onReveal={onReveal} />
        ))}
      </ol>
    </>
  );
}

function ClaimItem({ claim, onReveal }: { claim: ClaimSummary; onReveal: (c: ClaimSummary) => void }) {
  const label = verdictLabel(claim.verdict);
  const ev = claim.evidence;
  return (
    <li>
      <button type="button" class={`claim ${label.tone}`} style={label.style} data-verdict={claim.verdict} onClick={() => onReveal(claim)}>
        <span class="verdict">
          <span class="icon" aria-hidden="true">
            {label.icon}
          </span>{' '}
          {label.word}
        </span>
        <span class="claim-text">{claim.text}</span>
        {ev ? (
          <span class="evidence">
            <q>{ev.quote}</q>
            <span class="cite">
              {' '}
              — {ev.sourceTitle}
              {ev.sourceDate ? `, ${ev.sourceDate}` : ''}
            </span>
          </span>
        ) : (
          <span class="evidence">{claim.reason}</span>
        )}
      </button>
    </li>
  );
}
