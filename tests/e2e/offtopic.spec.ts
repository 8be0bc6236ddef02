import { existsSync } from 'node:fs';
import path from 'node:path';
import { EVAL_DIR, expect, settled, test } from './fixtures';
import { UI_HOST_TAG } from '../../src/shared/views';

// Real pages that are not about the dispute (from ../shared/eval/pages) get no notes. Some
// name Iran or Albania in passing (the Iran nuclear deal, a country list, an "Albanian"
// language link); the others never name either side and must not even ask the background.

// Pages naming a side, and whether that mention is in prose a reader sees (so its sentences
// are sent and must come back off topic) or only in a form control or a script (never read).
const NAMING_A_SIDE: [file: string, inProse: boolean][] = [
  ['bbc-1.html', true], // Iran nuclear deal, Iran executions
  ['nytimes-1.html', true], // Sudan on the terrorism list "along with Iran and Syria"
  ['wapo-2.html', true], // Israel and Iran
  ['wikipedia-2.html', true], // the Iran-Iraq war; an "Albanian" language link
  ['videos-2.html', true], // "soldats iraniens"
  ['iab-1.html', false], // Albania and Iran in a country <select>
  ['schema-org-context-object.html', false], // Iran sanctions, inside JSON-LD
];
const NAMING_NEITHER = ['mozilla-1.html', 'citylab-1.html', 'wikipedia.html', 'hukumusume.html', 'yahoo-4.html'];

// The pages load scripts, fonts and images from the web; this machine has no network, so
// those requests fail at once here instead of stalling the page until they time out.
test.beforeEach(async ({ page, server }) => {
  await page.route((url) => !url.href.startsWith(server), (route) => route.abort());
});

// On a clone without ../shared beside it there are no pages to load: say so and skip.
const present = existsSync(EVAL_DIR);
if (!present) console.log(`offtopic pages: skipped: ${EVAL_DIR} is absent`);
test.skip(!present, `${EVAL_DIR} is absent`);

test.beforeAll(() => {
  for (const f of [...NAMING_A_SIDE.map(([f]) => f), ...NAMING_NEITHER]) expect(existsSync(path.join(EVAL_DIR, f)), f).toBe(true);
});

for (const [file, inProse] of NAMING_A_SIDE) {
  test(`no notes on ${file}, which names a side ${inProse ? 'in passing' : 'outside its prose'}`, async ({ page, server }) => {
    await page.goto(`${server}/eval/${file}`, { waitUntil: 'domcontentloaded' });
    await settled(page);
    await expect(page.locator('[data-factcheck-verdict]')).toHaveCount(0);
    const asked = await page.evaluate(() =>
      performance.getEntriesByName('factcheck:scan').reduce((n, e) => n + ((e as PerformanceMeasure).detail as { candidates: number }).candidates, 0),
    );
    if (inProse) expect(asked, 'sentences naming a side were asked about').toBeGreaterThan(0);
    else expect(asked, 'form controls and scripts are not read').toBe(0);
  });
}

for (const file of NAMING_NEITHER) {
  test(`no notes and no message on ${file}, which names neither side`, async ({ page, server }) => {
    await page.goto(`${server}/eval/${file}`, { waitUntil: 'domcontentloaded' });
    await settled(page);
    const timeline = await page.evaluate(() => ({
      scans: performance.getEntriesByName('factcheck:scan').map((e) => (e as PerformanceMeasure).detail as { candidates: number }),
      checks: performance.getEntriesByName('factcheck:check').length,
    }));
    expect(timeline.scans.every((s) => s.candidates === 0)).toBe(true);
    expect(timeline.checks).toBe(0);
    await expect(page.locator('[data-factcheck-verdict]')).toHaveCount(0);
    // Nothing to show, so nothing added: no element of ours in the page at all.
    await expect(page.locator(`xpath=/html/*[starts-with(local-name(), "${UI_HOST_TAG}")]`)).toHaveCount(0);
  });
}
