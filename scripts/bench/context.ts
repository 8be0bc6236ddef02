// Inputs the sections share, each read or built once per run: the evaluation pages as
// text, the seed fact bundle, the labelled dev claims and the sentences of the on-topic
// seed articles.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitParagraphs, splitSentences, type FactBundle, type Verdict } from '../../src/core/index';
import { buildSeedBundle } from '../seed-bundle';
import { loadPages, type PageText } from './pages';

/** A labelled claim of the dev set. */
export interface DevClaim {
  id: string;
  label: Verdict;
  text: string;
}

/** Options given on the command line. */
export interface BenchOptions {
  /** Ignore cached page texts and re-read the HTML. */
  fresh: boolean;
  /** Run the naive baseline on every sentence of the pages rather than a sample. */
  fullBaseline: boolean;
}

/** Shared, lazily built inputs of one benchmark run. */
export class BenchContext {
  readonly root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  readonly resultsDir = `${this.root}/bench-results`;
  readonly cacheDir = `${this.resultsDir}/cache`;
  readonly evalDir = resolve(this.root, '../shared/eval');
  private pagesMemo: Promise<PageText[]> | null = null;
  private seedsMemo: FactBundle | null = null;
  /** Remarks about the inputs (cache use, stale files), printed with the results. */
  readonly remarks: string[] = [];

  constructor(readonly options: BenchOptions) {}

  /** Progress line on stderr, so the table on stdout stays clean. */
  log(message: string): void {
    process.stderr.write(`[bench] ${message}\n`);
  }

  /** The 130 evaluation pages as text (see pages.ts for how HTML becomes text). */
  pages(): Promise<PageText[]> {
    this.pagesMemo ??= (async () => {
      const dir = `${this.evalDir}/pages`;
      if (!existsSync(dir)) throw new Error(`The evaluation pages are missing: expected HTML files in ${dir}`);
      this.log('reading the evaluation pages');
      const { pages, cached, ms } = loadPages(dir, this.cacheDir, this.options.fresh);
      this.remarks.push(
        `Page text: ${pages.length} pages ${cached ? 'read from the cache in bench-results/cache' : 'parsed with happy-dom'} in ${(ms / 1000).toFixed(1)} s.`,
      );
      return pages;
    })();
    return this.pagesMemo;
  }

  /** The seed fact bundle the extension ships, rebuilt from seeds/ when the generated file is stale. */
  seeds(): FactBundle {
    if (this.seedsMemo) return this.seedsMemo;
    const fresh = buildSeedBundle(`${this.root}/seeds`);
    const file = `${this.root}/src/generated/seed-facts.json`;
    const shipped = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FactBundle) : null;
    if (!shipped || shipped.version !== fresh.version || shipped.facts.length !== fresh.facts.length) {
      this.remarks.push('src/generated/seed-facts.json is missing or stale (run `npm run facts`); the seeds were rebuilt for this run.');
      this.seedsMemo = fresh;
    } else {
      this.seedsMemo = shipped;
    }
    return this.seedsMemo;
  }

  /** The labelled dev claims. */
  devClaims(): DevClaim[] {
    const file = `${this.evalDir}/dev-claims.jsonl`;
    if (!existsSync(file)) throw new Error(`The dev claims are missing: expected ${file}`);
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        try {
          return JSON.parse(l) as DevClaim;
        } catch {
          throw new Error(`${file}:${i + 1} is not JSON`);
        }
      });
  }

  /** Sentences of the on-topic seed articles, in order. */
  onTopicSentences(): string[] {
    const manifest = JSON.parse(readFileSync(`${this.root}/seeds/manifest.json`, 'utf8')) as { sources: { file: string }[] };
    return manifest.sources.flatMap((s) => sentencesOf(readFileSync(`${this.root}/seeds/${s.file}`, 'utf8')));
  }
}

/** A text's sentences, split the way `Checker.checkText` splits them. */
export function sentencesOf(text: string): string[] {
  return splitParagraphs(text).flatMap((p) => splitSentences(p.text, p.start).map((s) => s.text));
}
