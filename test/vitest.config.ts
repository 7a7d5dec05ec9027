import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: lib/, components/ and entrypoint wiring with WXT's fakeBrowser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    root: '.',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
