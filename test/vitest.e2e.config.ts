import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium with the built extension loaded, driven by playwright-core.
// One file at a time: each test file owns a browser, and the machine has two cores.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
