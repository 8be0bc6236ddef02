// The 130 evaluation pages as text, read once with happy-dom and kept in a cache under
// bench-results/ (keyed by the pages, this file and the parser versions), since parsing
// 25 MB of HTML takes longer than most sections.
//
// Two texts per page:
// - `page`: a plain walk over the document, skipping script/style/template and the like, with a
//   line break at every block element. This is roughly what a content script that reads
//   every text node sees, menus and footers included.
// - `article`: the same walk over what @mozilla/readability keeps as the article, which
//   is what a reader would load as a source ("" when Readability finds no article).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';

/** One evaluation page reduced to text. */
export interface PageText {
  file: string;
  /** Size of the HTML file in bytes. */
  bytes: number;
  page: string;
  article: string;
}

// <head> is walked too (its title, scripts and styles are skipped): on a page without a
// <body> tag happy-dom leaves the content there, where a browser would not.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'TITLE', 'MATH', 'SELECT']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

interface WalkNode {
  nodeType: number;
  nodeName: string;
  firstChild: WalkNode | null;
  nextSibling: WalkNode | null;
  textContent: string | null;
  hasAttribute?(name: string): boolean;
}

/** The text of a subtree, one line per block element, white space collapsed. */
export function walkText(root: WalkNode): string {
  const parts: string[] = [];
  const visit = (node: WalkNode): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || node.hasAttribute?.('hidden')) return;
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) parts.push('\n');
  };
  visit(root);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

function version(pkg: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${pkg}/package.json`) as { version: string }).version;
}

/** Parses the given HTML files of `dir` with happy-dom and reduces each to text. */
export async function readPages(dir: string, files: string[]): Promise<PageText[]> {
  const window = new Window({
    url: 'https://bench.invalid/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  const parser = new window.DOMParser();
  const pages: PageText[] = [];
  try {
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const doc = parser.parseFromString(source, 'text/html');
      const page = walkText(doc.documentElement as unknown as WalkNode);
      // Readability rewrites the document it reads, so it runs after the plain walk.
      let article = '';
      try {
        const parsed = new Readability(doc as unknown as Document).parse();
        if (parsed?.content) article = walkText(parser.parseFromString(`<body>${parsed.content}</body>`, 'text/html').body as unknown as WalkNode);
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
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(fileURLToPath(new URL('./read-pages.ts', import.meta.url))));
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
