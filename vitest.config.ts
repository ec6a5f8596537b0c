import { defineConfig } from 'vitest/config';

/**
 * Five projects:
 * - unit: pure code and content checks, no build needed;
 * - dist: checks of the built files in dist/ (HTML, links, budgets), no browser;
 * - browser: Chromium (and Firefox where a test asks) against dist/, served on 127.0.0.1;
 * - dist-editie and browser-editie: the same kinds of checks on the Voorbeeldgemeente editie, built by
 *   `npm run build:voorbeeldgemeente` into dist-voorbeeldgemeente/, plus the editie's own tests.
 */
const EDITIE = { STAALKAART_DIST: 'dist-voorbeeldgemeente' };
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
  // Tests of a `describe.concurrent` run two at a time, one per core, as many as the page pools hold (pagePool, size
  // 2): a concurrent test then never waits for a free page inside its own time-out.
  maxConcurrency: 2,
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], ...builtSite } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Tests of an editie run in browser-editie only.
          exclude: ['**/node_modules/**', 'tests/browser/editie.test.ts'],
          ...served,
        },
      },
      {
        test: {
          name: 'dist-editie',
          // The editie has pages of its own (/gemeente/, starting answers on /vragen/): the same text and address checks.
          include: ['tests/dist/links.test.ts', 'tests/dist/typografie.test.ts', 'tests/dist/adres.test.ts'],
          env: EDITIE,
          ...builtSite,
        },
      },
      {
        test: {
          name: 'browser-editie',
          include: ['tests/browser/pages.test.ts', 'tests/browser/editie.test.ts'],
          env: EDITIE,
          ...served,
        },
      },
    ],
  },
});
