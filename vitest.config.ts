import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Tests of a gemeente edition run in e2e-gemeente only.
          exclude: ['**/node_modules/**', 'tests/e2e/editie.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        // The same browser checks (axe, console, foreign requests, links) on the Voorbeeldgemeente edition,
        // built by `GEMEENTE=voorbeeldgemeente npm run build` into dist-voorbeeldgemeente/, plus its own tests.
        test: {
          name: 'e2e-gemeente',
          include: ['tests/e2e/pages.test.ts', 'tests/e2e/links.test.ts', 'tests/e2e/editie.test.ts'],
          env: { STAALKAART_DIST: 'dist-voorbeeldgemeente' },
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
