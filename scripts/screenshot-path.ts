// Where a picture goes. The README's pictures under docs/screenshots/ are tracked, so they
// change only when someone means to change them (`npm run screenshots`, which sets
// README_SCREENSHOTS=1); a test run or the demo writes its pictures to the ignored
// .output/screenshots/ instead, and a fresh clone stays as it was after `npm test`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** True when this run is making the README's pictures. */
export const forReadme = process.env.README_SCREENSHOTS === '1';

/** The folder pictures are written to in this run. */
export const SCREENSHOT_DIR = path.join(root, forReadme ? 'docs/screenshots' : '.output/screenshots');

/** The file a picture called `name` (such as `popup.png`) is written to in this run. */
export function screenshotPath(name: string): string {
  return path.join(SCREENSHOT_DIR, name);
}
