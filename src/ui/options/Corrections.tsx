import { useEffect, useRef, useState } from 'preact/hooks';
import { webUrl } from '../../core/import/web-url';
import { VERDICTS, type Verdict } from '../../core/types';
import { MAX_COMMENT, type Correction } from '../../shared/corrections';
import type { CorrectionsApi } from './corrections-api';
import { verdictLabel } from '../popup/verdict-label';

/** What the corrections section needs besides the corrections. */
export interface CorrectionsProps {
  api: CorrectionsApi;
  /** Saves a text as a file in the reader's downloads. */
  download(filename: string, text: string, type: string): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong; nothing was changed.';
}

const word = (v: Verdict) => verdictLabel(v).word;

/**
 * "Your corrections": every verdict the reader corrected, with its claim, page, date and both
 * verdicts; each can be changed or removed. Exported as JSON Lines (the evaluation sets' form)
 * and imported back. Nothing here is sent anywhere: the file is the only way out.
 */
export function Corrections({ api, download }: CorrectionsProps) {
  const [rows, setRows] = useState<Correction[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => api.watch(setRows, (e) => setError(messageOf(e))), [api]);

  async function run(work: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await work());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const onExport = () =>
    run(async () => {
      const lines = await api.exportLines();
      download(`albania-iran-factcheck-corrections-${new Date().toISOString().slice(0, 10)}.jsonl`, lines, 'application/jsonl');
      const n = rows?.length ?? 0;
      return `Exported ${n} ${n === 1 ? 'correction' : 'corrections'}.`;
    });

  const onImport = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      try {
        const { added, skipped } = await api.importFile(file);
        const also = skipped ? ` ${skipped} ${skipped === 1 ? 'claim was' : 'claims were'} already corrected here and kept as ${skipped === 1 ? 'it was' : 'they were'}.` : '';
        return `Imported ${added} ${added === 1 ? 'correction' : 'corrections'}.${also}`;
      } finally {
        // The same file can be chosen again after it was fixed.
        input.value = '';
      }
    });
  };

  return (
    <section aria-labelledby="corrections-head" data-testid="corrections">
      <h2 id="corrections-head">Your corrections</h2>
      <p>
        Verdicts you corrected with “Wrong verdict?” in a note. They stay in this browser; export them to keep a copy or to
        measure the checker on them.
      </p>
      {/* Drawn only with a line to say: the page's sources keep the one standing alert. */}
      {error && (
        <div role="alert" class="alert" data-testid="correction-error">
          {error}
        </div>
      )}
      <div role="status" class="status" data-testid="correction-status">
        {status}
      </div>
      {rows === null ? (
        <p>Loading corrections…</p>
      ) : rows.length === 0 ? (
        <p class="hint" data-testid="no-corrections">
          No corrections yet.
        </p>
      ) : (
        <ul class="corrections">
          {rows.map((c) => (
            <CorrectionItem key={c.id} correction={c} busy={busy} api={api} onDone={(line) => run(async () => line)} onError={(e) => setError(messageOf(e))} />
          ))}
        </ul>
      )}
      <div class="correction-transfer">
        <button type="button" data-testid="export-corrections" onClick={onExport} disabled={busy || !rows?.length}>
          Export corrections (JSON Lines)
        </button>
        <label>
          Import corrections (.jsonl)
          <input
            type="file"
            data-testid="correction-file"
            accept=".jsonl,.ndjson,.json,.txt,application/jsonl,application/x-ndjson,application/json,text/plain"
            disabled={busy}
            onChange={onImport}
          />
        </label>
      </div>
    </section>
  );
}

function CorrectionItem({
  correction: c,
  busy,
  api,
  onDone,
  onError,
}: {
  correction: Correction;
  busy: boolean;
  api: CorrectionsApi;
  onDone(line: string): void;
  onError(error: unknown): void;
}) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState<Verdict>(c.label);
  const [comment, setComment] = useState(c.comment);
  const link = webUrl(c.url);
  const selectRef = useRef<HTMLSelectElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing) selectRef.current?.focus();
  }, [editing]);

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await api.change(c.id, { label, comment: comment.trim() });
      setEditing(false);
      onDone(`Changed: you say ${word(label).toLowerCase()}.`);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <li class="correction-item" data-testid="correction-item" data-label={c.label}>
      <p class="correction-claim">{c.text}</p>
      <dl class="correction-meta">
        <div>
          <dt>Page</dt>
          <dd>
            {/* Only web addresses become links: any other address stays text. */}
            {link ? (
              <a href={link} target="_blank" rel="noreferrer noopener">
                {c.title || c.url}
              </a>
            ) : (
              c.title || c.url || 'unknown'
            )}
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={c.at}>{c.at.slice(0, 10)}</time>
          </dd>
        </div>
        <div>
          <dt>Checker</dt>
          <dd data-testid="correction-checker">{word(c.checker)}</dd>
        </div>
        <div>
          <dt>You</dt>
          <dd data-testid="correction-label">{word(c.label)}</dd>
        </div>
        {c.comment && (
          <div class="wide">
            <dt>Comment</dt>
            <dd>{c.comment}</dd>
          </div>
        )}
      </dl>
      {editing ? (
        <form class="correction-edit" onSubmit={save} aria-label="Change this correction">
          <label>
            Your verdict
            <select ref={selectRef} value={label} onChange={(e) => setLabel((e.currentTarget as HTMLSelectElement).value as Verdict)}>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {word(v)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Comment (optional)
            <textarea rows={2} maxLength={MAX_COMMENT} value={comment} onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <div class="correction-actions">
            <button type="submit" disabled={busy}>
              Save
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setLabel(c.label);
                setComment(c.comment);
                queueMicrotask(() => changeRef.current?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="correction-actions">
          <button type="button" ref={changeRef} disabled={busy} aria-label={`Change your correction of “${c.text}”`} onClick={() => setEditing(true)}>
            Change
          </button>
          <button
            type="button"
            class="danger"
            disabled={busy}
            aria-label={`Remove your correction of “${c.text}”`}
            onClick={() => api.remove(c.id).then(() => onDone('Removed the correction; the note shows the checker’s verdict alone again.'), onError)}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
