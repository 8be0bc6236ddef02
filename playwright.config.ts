import { defineConfig } from '@playwright/test';

// The built extension is loaded into Debian's Chromium by tests/e2e/fixtures.ts; one worker
// keeps the two-core machine from thrashing with several browsers at once.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
