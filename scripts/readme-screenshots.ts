// `npm run screenshots`: remakes the README's pictures under docs/screenshots/. The end-to-end
// tests that take them, tagged @screenshot, run against a fresh build with README_SCREENSHOTS=1
// (see screenshot-path.ts), and the demo adds its own picture of the demo article. Only this
// command writes there, so the pictures change in a commit that means them to.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, README_SCREENSHOTS: '1' };
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, env, stdio: 'inherit' });

try {
  run('npm', ['run', '-s', 'build']);
  run('npx', ['playwright', 'test', '--grep', '@screenshot']);
  run('npx', ['tsx', 'scripts/demo.ts']);
  console.log('\nThe README\'s pictures are in docs/screenshots/; `git diff --stat docs/` shows which changed.');
} catch {
  // The failing step has printed its own error.
  process.exit(1);
}
