import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { FetchPageError, originPattern, parsePageUrl } from './fetch-page';
import { SourceList, type SourceActions } from './SourceList';
import type { Added, FetchedPage, SourceRow, SourcesApi } from './sources-api';
import { sortSources, useSources } from './use-sources';
import { Corrections } from './Corrections';
import type { CorrectionsApi } from './corrections-api';
import { WhatToMark } from './WhatToMark';

/** Everything the options page asks of the browser; tests hand in their own. */
export interface OptionsPorts {
  api: SourcesApi;
  /**
   * Asks for permission to read one origin. Browsers grant it only during a user's click,
   * so it is called before anything else is awaited in the click's handler.
   */
  requestOrigin(pattern: string): Promise<boolean>;
  /** Downloads a page for import (see fetch-page.ts). */
  fetchPage(url: URL): Promise<FetchedPage>;
  /** Saves a text as a file in the user's downloads (JSON unless `type` says otherwise). */
  download(filename: string, json: string, type?: string): void;
  /** The reader's corrections; the page lists them when given. */
  corrections?: CorrectionsApi;
}

interface Job {
  key: number;
  name: string;
  /** 0..1, or null while the size of the work is not known. */
  fraction: number | null;
}

/** Turns any failure into the one sentence shown in the alert. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong; nothing was changed.';
}

function added({ added: rows, warnings }: Added): string {
  return [addedLine(rows), ...warnings].join(' ');
}

function addedLine(rows: SourceRow[]): string {
  if (rows.length === 1) {
    const [row] = rows as [SourceRow];
    return `Added “${row.info.title}” with ${row.facts} ${row.facts === 1 ? 'fact' : 'facts'}.`;
  }
  const facts = rows.reduce((n, r) => n + r.facts, 0);
  return `Added ${rows.length} sources with ${facts} facts.`;
}

/**
 * The options page: every source with its switch, and three ways to add one (paste, files,
 * a web address), plus export and re-import of the user's sources. Failures are shown in a
 * single alert and change nothing; successes are announced politely.
 */
export function Options({ ports }: { ports: OptionsPorts }) {
  const { api } = ports;
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [busy, setBusy] = useState(false);
  const jobKey = useRef(0);

  // A run clears both lines when it starts, so a status set by the same run (files that were
  // added before another failed) stays beside the error.
  const fail = useCallback((e: unknown) => setError(messageOf(e)), []);
  const rows = useSources(api, fail);
  const sorted = useMemo(() => (rows ? sortSources(rows) : null), [rows]);
  const userCount = sorted?.filter((r) => r.info.origin === 'user').length ?? 0;

  /** Runs one change at a time, with a progress bar per named job. */
  async function run<T>(names: string[], work: (progress: (i: number, f: number | null) => void) => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    setStatus(null);
    const keys = names.map(() => ++jobKey.current);
    setJobs((j) => [...j, ...names.map((name, i) => ({ key: keys[i]!, name, fraction: null }))]);
    const progress = (i: number, fraction: number | null) =>
      setJobs((j) => j.map((job) => (job.key === keys[i] ? { ...job, fraction } : job)));
    try {
      return await work(progress);
    } catch (e) {
      fail(e);
      return undefined;
    } finally {
      setJobs((j) => j.filter((job) => !keys.includes(job.key)));
      setBusy(false);
    }
  }

  const actions: SourceActions = {
    setEnabled: (row, enabled) =>
      void run([], async () => {
        await api.setEnabled(row.info.id, enabled);
        setStatus(`“${row.info.title}” is ${enabled ? 'used' : 'no longer used'} for checking.`);
      }),
    remove: (row) =>
      void run([], async () => {
        await api.remove(row.info.id);
        setStatus(`Removed “${row.info.title}”.`);
      }),
  };

  // --- paste
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const onPaste = (e: Event) => {
    e.preventDefault();
    void run([title.trim() || 'Pasted text'], async () => {
      const result = await api.addText(title, text);
      setTitle('');
      setText('');
      setStatus(added(result));
    });
  };

  // --- files
  const onFiles = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    void run(
      files.map((f) => f.name),
      async (progress) => {
        const done: Added = { added: [], warnings: [] };
        const failed: string[] = [];
        for (const [i, file] of files.entries()) {
          try {
            const result = await api.addFile(file, (f) => progress(i, f));
            done.added.push(...result.added);
            done.warnings.push(...result.warnings);
            progress(i, 1);
          } catch (err) {
            // The pipeline's messages name the file already.
            failed.push(messageOf(err));
          }
        }
        if (done.added.length) setStatus(added(done));
        if (failed.length)
          throw new Error(failed.length === 1 ? failed[0] : `${failed.length} files were not added. ${failed.join(' ')}`);
      },
    );
  };

  // --- URL
  const [address, setAddress] = useState('');
  const onUrl = (e: Event) => {
    e.preventDefault();
    let url: URL;
    try {
      url = parsePageUrl(address);
    } catch (err) {
      fail(err);
      return;
    }
    // Asked before any await: the browser only shows its prompt during the click itself.
    const granted = ports.requestOrigin(originPattern(url)).catch(() => false);
    void run([url.hostname], async (progress) => {
      if (!(await granted))
        throw new FetchPageError(`Permission to read ${url.hostname} was not given, so the page was not fetched. Nothing was added.`);
      const page = await ports.fetchPage(url);
      progress(0, 0.5);
      const result = await api.addFetched(page, (f) => progress(0, 0.5 + f / 2));
      setAddress('');
      setStatus(added(result));
    });
  };

  // --- export
  const onExport = () =>
    void run([], async () => {
      const json = await api.exportJson();
      ports.download(`albania-iran-factcheck-sources-${new Date().toISOString().slice(0, 10)}.json`, json);
      setStatus(`Exported ${userCount} ${userCount === 1 ? 'source' : 'sources'}.`);
    });

  return (
    <main class="options">
      <header>
        <h1>Sources for the Albania–Iran fact check</h1>
        <p class="lead">
          Claims on the pages you read are compared with these sources. Everything stays in this browser: nothing you add
          is sent anywhere.
        </p>
      </header>

      <div class="messages">
        <div role="alert" class="alert" data-testid="source-error">
          {error}
        </div>
        <div role="status" class="status" data-testid="source-status">
          {status}
        </div>
        {jobs.length > 0 && (
          <ul class="jobs" aria-label="Imports in progress">
            {jobs.map((job) => (
              <li key={job.key}>
                <label>
                  <span class="job-name">{job.name}</span>
                  {job.fraction === null ? <progress /> : <progress max={1} value={job.fraction} />}
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>

      <section aria-labelledby="list-head">
        <h2 id="list-head">Sources</h2>
        {sorted === null ? <p role="status">Loading sources…</p> : <SourceList rows={sorted} actions={actions} busy={busy} />}
      </section>

      <section aria-labelledby="add-head" class="add">
        <h2 id="add-head">Add a source</h2>

        <form class="card" onSubmit={onPaste} aria-labelledby="paste-head">
          <h3 id="paste-head">Paste text</h3>
          <label>
            Title
            <input
              data-testid="source-title"
              value={title}
              onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
              placeholder="e.g. Ministry statement, 8 September 2022"
            />
          </label>
          <label>
            Text of the article or statement
            <textarea data-testid="source-text" rows={8} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <button type="submit" data-testid="add-source" disabled={busy}>
            Add source
          </button>
        </form>

        <div class="card">
          <h3 id="file-head">Upload files</h3>
          <label>
            Text (.txt, .md), web pages (.html), JSON: schema.org ClaimReview, or a file exported below
            <input
              type="file"
              data-testid="source-file"
              multiple
              accept=".txt,.md,.markdown,.html,.htm,.json,.jsonld,text/plain,text/markdown,text/html,application/json,application/ld+json"
              disabled={busy}
              onChange={onFiles}
            />
          </label>
        </div>

        <form class="card" onSubmit={onUrl} noValidate aria-labelledby="url-head">
          <h3 id="url-head">From a web address</h3>
          <label>
            Address of an article
            <input
              type="url"
              inputMode="url"
              data-testid="source-url"
              value={address}
              onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
              placeholder="https://"
            />
          </label>
          <p class="hint">The browser asks you to allow reading that site once; the page is fetched without your cookies.</p>
          <button type="submit" data-testid="add-url" disabled={busy}>
            Fetch and add
          </button>
        </form>
      </section>

      <WhatToMark />

      {ports.corrections && <Corrections api={ports.corrections} download={(name, text, type) => ports.download(name, text, type)} />}

      <section aria-labelledby="export-head">
        <h2 id="export-head">Back up your sources</h2>
        <p>Saves every source you added as one JSON file. Load it again with “Upload files”.</p>
        <button type="button" data-testid="export-sources" onClick={onExport} disabled={busy || userCount === 0}>
          Export your sources
        </button>
      </section>
    </main>
  );
}
