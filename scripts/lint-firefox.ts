/**
 * `npm run lint:firefox`: builds the Firefox add-on into a scratch folder and runs Mozilla's
 * addons-linter on it (the checks addons.mozilla.org runs on upload). Exits non-zero when the
 * linter reports an error; warnings and notices are printed.
 *
 * The warnings left are inside libraries, each in a branch fed by no page or source text:
 * Preact's `dangerouslySetInnerHTML` support (the extension never passes that prop, see
 * tests/unit/no-html-sinks.test.ts) and Readability's handling of the copy of a page it reads
 * in an inert document of the options page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface Results {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

const REPO = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const linter = require('addons-linter') as {
  createInstance(o: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<Results> };
};

const out = mkdtempSync(path.join(tmpdir(), 'factcheck-firefox-'));
try {
  const build = spawnSync(path.join(REPO, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
    cwd: REPO,
    env: { ...process.env, WXT_OUT_DIR: out },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    throw new Error('the Firefox build failed');
  }
  const dir = path.join(out, 'firefox-mv2');
  const results = await linter
    .createInstance({
      config: { _: [dir], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
      runAsBinary: false,
    })
    .run();
  const line = (kind: string, m: Message) => `  ${kind} ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}\n`;
  for (const m of results.errors) process.stdout.write(line('error', m));
  for (const m of results.warnings) process.stdout.write(line('warning', m));
  for (const m of results.notices) process.stdout.write(line('notice', m));
  const { errors, warnings, notices } = results.summary;
  process.stdout.write(`addons-linter on the Firefox build: ${errors} errors, ${warnings} warnings, ${notices} notices\n`);
  if (errors > 0) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`lint:firefox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
