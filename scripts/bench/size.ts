// Section 5: the size of what the built extension ships, raw and gzipped, per bundle.
// Reads the Chrome MV3 build (`npm run build`, in $WXT_OUT_DIR or .output); the content
// script is what every page pays for, so it has its own budget.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sourcesChangedSince } from './browser';
import type { BenchContext } from './context';
import { LIMITS } from './budgets';
import { needsBuiltExtension, type Section, type SectionResult, type SectionSkip } from './section';
import { bytes } from './stats';

type Bundle = 'content script' | 'background' | 'UI pages';
const ORDER: Bundle[] = ['content script', 'background', 'UI pages'];
const CODE = /\.(?:js|mjs|css|html)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

// Anything that is neither the content script nor the worker is loaded by a UI page
// (popup, options, shared chunks and their styles).
function bundleOf(path: string): Bundle {
  if (path.startsWith('content-scripts/')) return 'content script';
  if (path === 'background.js') return 'background';
  return 'UI pages';
}

/** Section 5 of the benchmark. */
export const size: Section = {
  id: '5',
  title: 'Size of the built bundles (Chrome MV3)',
  async run(ctx: BenchContext): Promise<SectionResult | SectionSkip> {
    const out = join(ctx.root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
    if (!existsSync(join(out, 'manifest.json'))) return needsBuiltExtension(`no build in ${relative(ctx.root, out)}`);
    const measured = files(out)
      .map((f) => relative(out, f).split('\\').join('/'))
      .filter((f) => CODE.test(f))
      .sort()
      .map((path) => {
        const data = readFileSync(join(out, path));
        return { path, bundle: bundleOf(path), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
      });
    const rows: string[][] = [];
    const totals: Record<string, { raw: number; gzip: number; files: string[] }> = {};
    for (const bundle of ORDER) {
      const parts = measured.filter((m) => m.bundle === bundle);
      const raw = parts.reduce((n, p) => n + p.raw, 0);
      const gzip = parts.reduce((n, p) => n + p.gzip, 0);
      totals[bundle] = { raw, gzip, files: parts.map((p) => p.path) };
      if (!parts.length) rows.push([bundle, '(none built)', '-', '-']);
      parts.forEach((p, i) => rows.push([i ? '' : bundle, p.path, bytes(p.raw), bytes(p.gzip)]));
      if (parts.length > 1) rows.push(['', 'total', bytes(raw), bytes(gzip)]);
    }
    const content = totals['content script']!;
    const notes = [`Build folder: ${relative(ctx.root, out)}; gzip level 9 (node:zlib), summed per file. UI pages = every other .js/.css/.html file.`];
    const built = statSync(join(out, 'manifest.json')).mtimeMs;
    if (sourcesChangedSince(ctx.root, built)) notes.push('The build is older than the newest file in src/ or entrypoints/: run `npm run build` for current figures.');
    return {
      tables: [{ head: ['bundle', 'file', 'raw', 'gzipped'], rows }],
      notes,
      figures: { dir: relative(ctx.root, out), builtAt: new Date(built).toISOString(), files: measured, totals },
      budgets: content.files.length
        ? [{ id: 'content-gzip', value: bytes(content.gzip), ok: content.gzip <= LIMITS.contentGzipBytes }]
        : [],
    };
  },
};
