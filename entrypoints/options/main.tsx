import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openSourceDb } from '../../src/db';
import { readHtmlWith } from '../../src/shared/readable-text';
import { sendToBackground } from '../../src/shared/transport';
import { dbCorrectionsApi } from '../../src/ui/options/corrections-api';
import { dbSourcesApi } from '../../src/ui/options/db-sources';
import { downloadJson } from '../../src/ui/options/download';
import { fetchPage } from '../../src/ui/options/fetch-page';
import { Options } from '../../src/ui/options/Options';
import '../../src/ui/options/options.css';

// The entrypoint wires the page reader into the import pipeline: UI code never imports page code.
const db = openSourceDb();
const api = dbSourcesApi(db, {
  readHtml: readHtmlWith((html) => new DOMParser().parseFromString(html, 'text/html')),
  notifyChanged: () => sendToBackground({ type: 'sources-changed' }),
});

render(
  <Options
    ports={{
      api,
      requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
      fetchPage: (url) => fetchPage(url),
      download: (name, json, type) => downloadJson(document, name, json, type),
      corrections: dbCorrectionsApi(db),
    }}
  />,
  document.getElementById('app')!,
);
