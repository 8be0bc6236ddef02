import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ClaimSummary, PageSummary } from '../../shared/messages';
import { correctionWords } from '../../shared/corrections';
import { detailOutcome, detailText } from '../../shared/detail-words';
import { pausedHosts, setPaused } from '../../shared/settings';
import { blockedReason, explainBlocked, hostOf } from './page-access';
import type { PopupPorts, TargetTab } from './ports';
import { hasClaims, reportFileName, reportJson, reportMarkdown } from './report';
import { COUNTED_VERDICTS, verdictLabel } from './verdict-label';

/**
 * How long the popup waits before connecting again to a tab whose content script did not
 * answer (a page still loading, reloaded or moved on): the page tells of its results itself,
 * this is only for finding it again.
 */
export const RECONNECT_MS = 1000;

/** How many failed connections after a page went away still count as "reading the page". */
const RELOAD_TRIES = 5;

type View =
  | { kind: 'loading' }
  | { kind: 'blocked'; message: string; final: boolean }
  | { kind: 'summary'; summary: PageSummary };

/** Which claims the list shows: all of them, or those of one verdict. */
type Filter = 'all' | (typeof COUNTED_VERDICTS)[number];

/** A line under the report's buttons: done (a status) or went wrong (an alert). */
type Note = { text: string; error: boolean };

/** Props of the popup: the browser behind ports, plus a way to open the options page. */
export interface PopupProps {
  ports: PopupPorts;
  openOptions?: () => void;
}

/**
 * The toolbar popup: what the checker found on the current tab, kept up to date by the page
 * itself; a filter by verdict; the report to copy or save; a switch to pause checking on the
 * tab's site; and plain words when the tab cannot be checked.
 */
export function Popup({ ports, openOptions }: PopupProps) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [paused, setPausedHosts] = useState<string[] | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [note, setNote] = useState<Note | null>(null);

  useEffect(() => {
    let alive = true;
    let stop = () => {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Failed connections since a page the popup was showing went away.
    let reloading: number | null = null;

    function follow(target: TargetTab) {
      let answered = false;
      stop = ports.watchSummary(
        target.id,
        (summary) => {
          answered = true;
          reloading = null;
          if (alive) setView({ kind: 'summary', summary });
        },
        () => {
          if (!alive) return;
          if (answered) {
            // The page reloaded or moved on: its next content script will tell of the new one.
            reloading = 0;
            setView({ kind: 'loading' });
          } else if (reloading !== null && reloading < RELOAD_TRIES) {
            reloading++;
          } else {
            // No content script answered: a page the browser keeps to itself, or one that was
            // open before the extension was installed. Keep trying in case it is still loading.
            reloading = null;
            setView({ kind: 'blocked', message: explainBlocked(null), final: false });
          }
          timer = setTimeout(() => alive && follow(target), RECONNECT_MS);
        },
      );
    }

    void (async () => {
      const target = await ports.findTab().catch(() => null);
      if (!alive) return;
      if (!target) {
        setView({ kind: 'blocked', message: explainBlocked('no-page'), final: true });
        return;
      }
      setTab(target);
      const reason = blockedReason(target.url, await ports.fileAccess());
      if (!alive) return;
      if (reason) setView({ kind: 'blocked', message: explainBlocked(reason), final: true });
      else follow(target);
    })();

    return () => {
      alive = false;
      clearTimeout(timer);
      stop();
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
      setNote(null);
      try {
        const found = await ports.reveal(tab.id, claim.id);
        if (!found) setNote({ text: 'That claim is no longer on the page. It may have been removed or changed.', error: true });
      } catch {
        setNote({ text: 'The page did not answer. Reload it and try again.', error: true });
      }
    },
    [ports, tab],
  );

  const copy = useCallback(async () => {
    if (!summary) return;
    if (!hasClaims(summary)) return setNote({ text: nothingToReport(summary, 'copy'), error: false });
    try {
      await ports.copyText(reportMarkdown(summary, new Date()));
      setNote({ text: `Report copied as Markdown: ${claimCount(summary.claims.length)}.`, error: false });
    } catch {
      setNote({ text: 'The report could not be copied: the browser did not allow access to the clipboard. Try again, or use Save JSON.', error: true });
    }
  }, [ports, summary]);

  const save = useCallback(() => {
    if (!summary) return;
    if (!hasClaims(summary)) return setNote({ text: nothingToReport(summary, 'save'), error: false });
    const at = new Date();
    const name = reportFileName(summary, at);
    try {
      ports.download(name, reportJson(summary, at));
      setNote({ text: `Report saved as ${name}.`, error: false });
    } catch {
      setNote({ text: 'The report could not be saved. Try again, or use Copy report.', error: true });
    }
  }, [ports, summary]);

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

      <Body
        view={view}
        paused={isPaused}
        host={host}
        filter={filter}
        onFilter={setFilter}
        onReveal={reveal}
        report={
          <>
            <div class="report" role="group" aria-label="Report">
              <button type="button" class="report-button" onClick={() => void copy()}>
                Copy report
              </button>
              <button type="button" class="report-button" onClick={save}>
                Save JSON
              </button>
            </div>
            {note && (
              <p class={note.error ? 'notice' : 'report-note'} role={note.error ? 'alert' : 'status'}>
                {note.text}
              </p>
            )}
          </>
        }
      />

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

function claimCount(n: number): string {
  return n === 1 ? '1 claim' : `${n} claims`;
}

function nothingToReport(summary: PageSummary, what: 'copy' | 'save'): string {
  const why = summary.status === 'no-claims' ? 'This page has no claims about the Albania–Iran dispute' : 'No claims have been checked on this page yet';
  return `${why}, so there is no report to ${what}. Nothing was ${what === 'copy' ? 'copied' : 'saved'}.`;
}

interface BodyProps {
  view: View;
  /** The report's buttons and what they said, shown above the list so a long list does not hide them. */
  report: ComponentChildren;
  paused: boolean;
  host: string | null;
  filter: Filter;
  onFilter: (f: Filter) => void;
  onReveal: (c: ClaimSummary) => void;
}

function Body({ view, paused, host, filter, onFilter, onReveal, report }: BodyProps) {
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
      <>
        <p class="state" role="status" data-state="no-claims">
          {summary.status === 'no-claims'
            ? 'This page says nothing about the Albania–Iran dispute, so there is nothing to check.'
            : 'Checking the page… no claims about the dispute found yet.'}
        </p>
        {report}
      </>
    );
  const shown = filter === 'all' ? summary.claims : summary.claims.filter((c) => c.verdict === filter);
  const chosen = filter === 'all' ? null : verdictLabel(filter);
  return (
    <>
      <ul class="counts" aria-label="Claims by verdict" data-state="claims">
        <li>
          <button type="button" class="count all" aria-pressed={filter === 'all'} data-filter="all" onClick={() => onFilter('all')}>
            <span class="icon" aria-hidden="true">
              ≡
            </span>
            <span class="count-n">{summary.claims.length}</span> <span class="count-word">All</span>
          </button>
        </li>
        {COUNTED_VERDICTS.map((v) => {
          const label = verdictLabel(v);
          const n = summary.counts[v];
          const pressed = filter === v;
          return (
            <li key={v}>
              <button
                type="button"
                class={`count ${label.tone}${n === 0 ? ' zero' : ''}`}
                style={label.style}
                data-verdict={v}
                aria-pressed={pressed}
                // A verdict no claim has cannot be chosen; one already chosen stays reachable,
                // so that a reader can leave it after its last claim went away.
                disabled={n === 0 && !pressed}
                onClick={() => onFilter(pressed ? 'all' : v)}
              >
                <span class="icon" aria-hidden="true">
                  {label.icon}
                </span>
                <span class="count-n">{n}</span> <span class="count-word">{label.word}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {report}
      <h2 class="list-head" id="claims-head">
        {chosen ? `Claims on this page: ${chosen.word}` : 'Claims on this page'}
      </h2>
      {shown.length === 0 ? (
        <p class="state" data-state="filter-empty">
          No claim on this page is marked {chosen?.word} now.{' '}
          <button type="button" class="link" onClick={() => onFilter('all')}>
            Show all claims
          </button>
        </p>
      ) : (
        <ol class="claims" aria-labelledby="claims-head">
          {shown.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} onReveal={onReveal} />
          ))}
        </ol>
      )}
    </>
  );
}

function ClaimItem({ claim, onReveal }: { claim: ClaimSummary; onReveal: (c: ClaimSummary) => void }) {
  const label = verdictLabel(claim.verdict);
  const ev = claim.evidence[0];
  // The checker gives details gravest first, as the note card lists them: the first is the one to show.
  const detail = claim.details[0];
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
        {claim.correction && (
          <span class="correction" data-correction={claim.correction.label}>
            {correctionWords(claim.verdict, claim.correction.label)}
          </span>
        )}
        {detail && (
          <span class={`detail detail-${detail.outcome}`} data-outcome={detail.outcome}>
            <span class="detail-text">{detailText(detail)}</span>: <span class="detail-outcome">{detailOutcome(detail)}</span>
          </span>
        )}
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
