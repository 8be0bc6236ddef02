import { useEffect, useRef, useState } from 'preact/hooks';
import { webUrl } from '../../core/import/web-url';
import type { SourceRow } from './sources-api';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** What a source list item can ask for. */
export interface SourceActions {
  setEnabled(row: SourceRow, enabled: boolean): void;
  remove(row: SourceRow): void;
}

/** Every source with its origin, dates, fact count, an on/off switch, and removal for the user's. */
export function SourceList({ rows, actions, busy }: { rows: SourceRow[]; actions: SourceActions; busy: boolean }) {
  return (
    <ul class="sources" aria-label="Sources">
      {rows.map((row) => (
        <SourceItem key={row.info.id} row={row} actions={actions} busy={busy} />
      ))}
    </ul>
  );
}

function SourceItem({ row, actions, busy }: { row: SourceRow; actions: SourceActions; busy: boolean }) {
  const { info, facts } = row;
  const [confirming, setConfirming] = useState(false);
  const titleId = `title-${info.id.replace(/[^\w-]/g, '_')}`;
  const bundled = info.origin === 'bundled';
  const link = webUrl(info.url);
  return (
    <li
      class={`source${info.enabled ? '' : ' disabled'}`}
      data-testid="source-item"
      data-source-id={info.id}
      data-origin={info.origin}
      aria-labelledby={titleId}
    >
      <div class="source-main">
        <h3 id={titleId} class="source-title">
          {info.title}
        </h3>
        <p class="source-meta">
          <span class="tag">{bundled ? 'Bundled, read-only' : 'Added by you'}</span>
          {info.kind === 'claimreview' && <span class="tag">Fact-check ratings</span>}
          <span data-testid="fact-count">
            {facts} {facts === 1 ? 'fact' : 'facts'}
          </span>
          <span>{info.addedAt !== null ? `added ${dateFormat.format(info.addedAt)}` : 'shipped with the extension'}</span>
          <span>{info.date ? `dated ${info.date}` : 'no date given'}</span>
        </p>
        {info.url && (
          <p class="source-url">
            {/* Only web addresses become links: a javascript: or file: address stays text. */}
            {link ? (
              <a href={link} target="_blank" rel="noreferrer noopener">
                {info.url}
              </a>
            ) : (
              info.url
            )}
          </p>
        )}
      </div>
      <div class="source-actions">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={info.enabled}
            disabled={busy}
            aria-label={`Use “${info.title}” for checking`}
            onChange={(e) => actions.setEnabled(row, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="switch-track" aria-hidden="true" />
          <span aria-hidden="true">{info.enabled ? 'On' : 'Off'}</span>
        </label>
        {!bundled &&
          (confirming ? (
            <ConfirmRemove
              title={info.title}
              busy={busy}
              onYes={() => {
                setConfirming(false);
                actions.remove(row);
              }}
              onNo={() => setConfirming(false)}
            />
          ) : (
            <button type="button" class="remove" disabled={busy} aria-label={`Remove “${info.title}”`} onClick={() => setConfirming(true)}>
              Remove
            </button>
          ))}
      </div>
    </li>
  );
}

/** Asks once more before a source and its facts are deleted; focus goes to the safe choice. */
function ConfirmRemove({ title, busy, onYes, onNo }: { title: string; busy: boolean; onYes: () => void; onNo: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <span class="confirm" role="group" aria-label={`Remove “${title}”?`}>
      <span>Remove it?</span>
      <button type="button" class="danger" disabled={busy} onClick={onYes}>
        Yes, remove
      </button>
      <button type="button" ref={keep} onClick={onNo}>
        Keep
      </button>
    </span>
  );
}
