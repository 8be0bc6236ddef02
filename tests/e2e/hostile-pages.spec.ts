import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { UI_HOST_TAG } from '../../src/shared/views';

// Odd and hostile pages (tests/e2e/pages/hostile/): huge, never still, deeply nested, framed,
// built of shadow roots, right to left, rewriting the globals and styles a content script
// might lean on, or locked down by a strict policy. On each, the page stays responsive (its
// own 10 ms timer keeps ticking), the extension marks the claims about the dispute, and its
// notes keep their own look.
//
// Values are read with locators and attributes, which Playwright evaluates in a world of its
// own: the page that rewrites globals would break code run in the page's world.

/** Longest wait between two ticks of the page's timer allowed while the extension works. */
const MAX_GAP_MS = 500;

async function open(page: Page, server: string, name: string): Promise<void> {
  await page.goto(`${server}/pages/hostile/${name}`);
}

const badge = (page: Page, claim: string) => page.locator(`[data-factcheck-claim="${claim.replace(/"/g, '\\"')}"]`);

/** The page's timer: ticks since load and the longest gap between two of them. */
async function timer(page: Page): Promise<{ ticks: number; maxGap: number }> {
  const root = page.locator('html[data-ticks]');
  return { ticks: Number(await root.getAttribute('data-ticks')), maxGap: Number(await root.getAttribute('data-max-gap')) };
}

/** Waits a while with the page open and checks that its timer never stalled. */
async function expectResponsive(page: Page, ms = 1000): Promise<void> {
  const before = await timer(page);
  await page.waitForTimeout(ms);
  const after = await timer(page);
  // A 10 ms timer in a tab in front fires about 100 times a second; far fewer means it stalled.
  expect(after.ticks - before.ticks, 'timer ticks in the last second').toBeGreaterThan((ms / 10) * 0.4);
  expect(after.maxGap, 'longest gap between two ticks since load (ms)').toBeLessThan(MAX_GAP_MS);
}

/** Opens the note of `b` and checks it is drawn as designed, whatever the page's styles. */
async function expectNoteIntact(page: Page, b: Locator): Promise<void> {
  await expect(b).toBeVisible();
  const box = (await b.boundingBox())!;
  // A full badge for a clash or a dispute, a small one for the quieter verdicts.
  const size = /\bquiet\b/.test((await b.getAttribute('class')) ?? '') ? 14 : 18;
  expect([Math.round(box.width), Math.round(box.height)]).toEqual([size, size]);
  await b.focus();
  const note = page.locator('[data-factcheck-note]');
  await expect(note).toBeVisible();
  await expect(note).toHaveCSS('position', 'absolute');
  await expect(note).toHaveCSS('width', '340px');
  await expect(note).toHaveCSS('opacity', '1');
  await expect(note).toHaveCSS('font-size', '13px');
  await expect(note).toHaveCSS('border-left-width', '4px');
  await expect(note.locator('.verdict-word')).not.toBeEmpty();
  await expect(note.locator('blockquote').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
}

test('a page of 20,000 paragraphs is read to the end without freezing it', async ({ page, server }) => {
  await open(page, server, 'huge.html');
  await expect(page.locator('#thread > p')).toHaveCount(20_000);
  // One paragraph in 500 is about the dispute; the last one proves the whole page was read.
  await expect(page.locator('[data-factcheck-claim]')).toHaveCount(40, { timeout: 20_000 });
  await expect(badge(page, 'Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.')).toHaveCount(10);
  await expect(page.locator('#p19999')).toContainText('Albania cut diplomatic ties with Iran on Wednesday');
  await expectResponsive(page);
  await page.locator('#p19999').scrollIntoViewIfNeeded();
  await expectNoteIntact(page, page.locator('[data-factcheck-claim]').last());
});

test('a page that adds a node every 3 ms stays responsive and its new claims get notes', async ({ page, server }) => {
  await open(page, server, 'churn.html');
  await expect(badge(page, 'Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.')).toBeVisible({ timeout: 15_000 });
  // Sentences about the dispute keep arriving among hundreds of other nodes a second.
  await expect(page.locator('[data-factcheck-claim^="Iranian diplomats were given 48 hours to leave Albania, update"]').first()).toBeAttached({
    timeout: 15_000,
  });
  const added = Number(await page.locator('#feed').evaluate(() => (window as unknown as { __added: number }).__added));
  expect(added).toBeGreaterThan(300);
  await expectResponsive(page, 2000);
  // The page keeps at most 600 entries; notes of the entries it dropped go with them.
  const later = await page.locator('[data-factcheck-claim^="Iranian diplomats"]').count();
  expect(later).toBeLessThanOrEqual(3);
  await expectNoteIntact(page, badge(page, 'Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.'));
});

test('deeply nested markup is read to the bottom', async ({ page, server }) => {
  await open(page, server, 'nested.html');
  await expect(badge(page, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.")).toHaveAttribute('data-factcheck-verdict', 'supported', {
    timeout: 15_000,
  });
  await expect(badge(page, 'Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.')).toBeAttached();
  await expectResponsive(page);
  await expectNoteIntact(page, badge(page, 'Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.'));
});

test('a page full of frames: the page itself is checked, the frames are left alone', async ({ page, server }) => {
  await open(page, server, 'frames.html');
  await expect(badge(page, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.")).toBeAttached({ timeout: 15_000 });
  await expect(badge(page, 'Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.')).toBeAttached();
  await expectResponsive(page);
  // The content script runs in the top frame only: no note or UI inside any frame.
  await expect(page.locator('[data-factcheck-claim*="48 hours"]')).toHaveCount(0);
  for (const id of ['same', 'cross', 'srcdoc', 'blank']) {
    await expect(page.frameLocator(`#${id}`).locator('p')).toHaveCount(1);
    await expect(page.frameLocator(`#${id}`).locator(UI_HOST_TAG)).toHaveCount(0);
  }
  await expect(page.locator(UI_HOST_TAG)).toHaveCount(1);
  await expectNoteIntact(page, badge(page, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave."));
});

test('web components: slotted text is checked, shadow roots of the page are left as they are', async ({ page, server }) => {
  await open(page, server, 'shadow.html');
  await expect(badge(page, 'Albania cut diplomatic ties with Iran on Wednesday over the July cyberattack.')).toBeAttached({ timeout: 15_000 });
  await expect(badge(page, 'Iranian diplomats were given 48 hours to leave Albania.')).toHaveAttribute('data-factcheck-verdict', 'contradicted');
  await expectResponsive(page);
  // Text inside the page's own shadow roots is not read (open or closed alike), and those
  // roots are untouched.
  await expect(page.locator('[data-factcheck-claim*="24 hours"], [data-factcheck-claim*="2019"]')).toHaveCount(0);
  await expect(page.locator('#open p')).toHaveText("Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.");
  await expect(page.locator('#card slot')).toHaveCount(1);
  await expectNoteIntact(page, badge(page, 'Iranian diplomats were given 48 hours to leave Albania.'));
});

test('right-to-left pages and bidirectional text', async ({ page, server }) => {
  await open(page, server, 'rtl.html');
  await expect(badge(page, 'Iranian diplomats were given 48 hours to leave Albania after the cyberattack.')).toHaveAttribute(
    'data-factcheck-verdict',
    'contradicted',
    { timeout: 15_000 },
  );
  // A left-to-right sentence inside a Persian paragraph is checked with its paragraph's lead-in.
  await expect(page.locator(`[data-factcheck-claim$="Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave."]`)).toHaveAttribute(
    'data-factcheck-verdict',
    'supported',
  );
  await expect(badge(page, 'Albania cut diplomatic ties with Iran in 2019.')).toHaveAttribute('data-factcheck-verdict', 'contradicted');
  // A claim wrapped in a right-to-left override keeps its control characters as text.
  await expect(page.locator('[data-factcheck-claim*="\u202EAlbania cut diplomatic ties"]')).toHaveCount(1);
  await expectResponsive(page);
  // Badges sit at the end of their line, inside the page, in a right-to-left layout too.
  const viewport = page.viewportSize()!;
  for (const b of await page.locator('[data-factcheck-claim]').all()) {
    const box = (await b.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  }
  await expectNoteIntact(page, badge(page, 'Albania cut diplomatic ties with Iran in 2019.'));
});

test('a page that rewrites globals and flattens every style cannot reach the extension', async ({ page, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, server, 'globals.html');
  const claim = badge(page, 'Iranian diplomats were given 48 hours to leave Albania after the cyberattack.');
  await expect(claim).toHaveAttribute('data-factcheck-verdict', 'contradicted', { timeout: 15_000 });
  await expect(badge(page, "Prime Minister Edi Rama gave Iran's diplomats 24 hours to leave.")).toHaveAttribute('data-factcheck-verdict', 'supported');
  await expectResponsive(page);
  await expectNoteIntact(page, claim);
  // The page defined an element of the notes' own tag name that takes its shadow root: the
  // notes moved to a name of their own, and the page's styles for either name change nothing.
  const host = page.locator(`xpath=/html/*[starts-with(local-name(), "${UI_HOST_TAG}")]`);
  await expect(host).toHaveCount(1);
  expect(await host.evaluate((el) => el.localName)).toMatch(new RegExp(`^${UI_HOST_TAG}-[0-9a-f]{8}$`));
  await expect(host).toHaveCSS('display', 'block');
  await expect(host).toHaveCSS('visibility', 'visible');
  // The underline is the page's own highlight rules' business; the notes are ours.
  expect(errors).toEqual([]);
});

test('a page with the strictest content security policy and Trusted Types', async ({ page, server }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
  });
  await open(page, server, 'csp.html');
  const claim = badge(page, 'Iranian diplomats were given 48 hours to leave Albania after the cyberattack.');
  await expect(claim).toHaveAttribute('data-factcheck-verdict', 'contradicted', { timeout: 15_000 });
  await expectResponsive(page);
  await expectNoteIntact(page, claim);
  expect(violations).toEqual([]);
});
