import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (`npm run test:firefox`), kept apart from the unit run: the
// default config includes only src/ and tests/unit/. One file, one browser, in order.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
