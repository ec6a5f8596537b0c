import { defineConfig } from 'vitest/config';

/**
 * Five projects:
 * - unit: pure code and content checks, no build needed;
 * - dist: checks of the built files in dist/ (HTML, links, budgets), no browser;
 * - browser: Chromium (and Firefox where a test asks) against dist/, served on 127.0.0.1;
 * - dist-gemeente and browser-gemeente: the same kinds of checks on the Voorbeeldgemeente edition, built by
 *   `npm run build:voorbeeldgemeente` into dist-voorbeeldgemeente/, plus the edition's own tests.
 */
const GEMEENTE = { STAALKAART_DIST: 'dist-voorbeeldgemeente' };
const builtSite = {
  environment: 'node' as const,
  globalSetup: ['tests/helpers/require-dist.ts'],
  testTimeout: 180_000,
  hookTimeout: 120_000,
};
const served = {
  ...builtSite,
  globalSetup: ['tests/helpers/serve-dist.ts'],
  // One Chromium at a time on a 2-core machine.
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], ...builtSite } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Tests of a gemeente edition run in browser-gemeente only.
          exclude: ['**/node_modules/**', 'tests/browser/editie.test.ts'],
          ...served,
        },
      },
      { test: { name: 'dist-gemeente', include: ['tests/dist/links.test.ts'], env: GEMEENTE, ...builtSite } },
      {
        test: {
          name: 'browser-gemeente',
          include: ['tests/browser/pages.test.ts', 'tests/browser/editie.test.ts'],
          env: GEMEENTE,
          ...served,
        },
      },
    ],
  },
});
