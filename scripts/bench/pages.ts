// The 130 evaluation pages as text, read once with happy-dom and kept in a cache under
// bench-results/ (keyed by the pages, the reading code and the parser versions), since parsing
// 25 MB of HTML takes longer than most sections.
//
// Two texts per page, both read by the extension's own reader of blocks (blockText, with
// the rules of src/shared/html-elements.ts), a line per block:
// - `page`: the whole body, menus and footers included: roughly what a content script that
//   reads every text node sees.
// - `article`: what @mozilla/readability keeps as the article, which is what a reader would
//   load as a source ("" when Readability finds no article).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { blockText } from '../../src/shared/readable-text';
import { OFFLINE_WINDOW } from '../../src/cli/read-html';
import { bodyAsBrowsersBuildIt } from '../happy-dom-page';

/** One evaluation page reduced to text. */
export interface PageText {
  file: string;
  /** Size of the HTML file in bytes. */
  bytes: number;
  page: string;
  article: string;
}

function version(pkg: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${pkg}/package.json`) as { version: string }).version;
}

/** Parses the given HTML files of `dir` with happy-dom and reduces each to text. */
export async function readPages(dir: string, files: string[]): Promise<PageText[]> {
  const window = new Window(OFFLINE_WINDOW);
  const parser = new window.DOMParser();
  const pages: PageText[] = [];
  try {
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const doc = parser.parseFromString(source, 'text/html') as unknown as Document;
      bodyAsBrowsersBuildIt(doc);
      const page = doc.body ? blockText(doc.body) : '';
      // Readability rewrites the document it reads, so it runs after the plain walk.
      let article = '';
      try {
        const parsed = new Readability(doc).parse();
        if (parsed?.content) article = blockText(parser.parseFromString(`<body>${parsed.content}</body>`, 'text/html').body as unknown as Element);
      } catch {
        article = '';
      }
      pages.push({ file, bytes: Buffer.byteLength(source), page, article });
    }
  } finally {
    await window.happyDOM.close();
  }
  return pages;
}

/**
 * Every page of `dir` as text, from the cache when the pages and the reader are unchanged.
 * On a miss the pages are read in a child process: happy-dom keeps hundreds of megabytes
 * reachable after its window is closed, which would distort the heap figures of section 4.
 */
export function loadPages(dir: string, cacheDir: string, fresh: boolean): { pages: PageText[]; cached: boolean; ms: number } {
  const start = performance.now();
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const hash = createHash('sha256');
  for (const reader of ['./pages.ts', './read-pages.ts', '../happy-dom-page.ts', '../../src/cli/read-html.ts', '../../src/shared/readable-text.ts', '../../src/shared/html-elements.ts']) {
    hash.update(readFileSync(fileURLToPath(new URL(reader, import.meta.url))));
  }
  hash.update(`happy-dom ${version('happy-dom')} readability ${version('@mozilla/readability')}`);
  for (const f of files) hash.update(f).update('\0').update(readFileSync(`${dir}/${f}`));
  const cacheFile = `${cacheDir}/pages-${hash.digest('hex').slice(0, 16)}.json`;
  const cached = !fresh && existsSync(cacheFile);
  if (!cached) {
    mkdirSync(cacheDir, { recursive: true });
    // process.execArgv carries tsx's loader, so the child runs the TypeScript entry as we do.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./read-pages.ts', import.meta.url)), dir, cacheFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`Reading the evaluation pages failed (${child.error?.message ?? `exit code ${child.status}`})`);
  }
  const pages = JSON.parse(readFileSync(cacheFile, 'utf8')) as PageText[];
  return { pages, cached, ms: performance.now() - start };
}
