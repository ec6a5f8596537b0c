/**
 * The kaart page in the browser tests: a pool of pages in a context with reduced motion (zoom jumps to its end, so
 * nothing is measured mid-animation), and a visit that waits until the kaart's script has started.
 */
import { afterAll, beforeAll, type TestContext } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { pagePool, type useBrowser, type Visit } from './browser.ts';

type Size = { width: number; height: number };

/** Waits until the kaart's script has started: its controls (zoom, full screen, layers) are shown. */
export const kaartKlaar = (page: Page) => page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-bediening]')!.hidden);

/**
 * A page pool (see pagePool) in its own context with reduced motion, made before the file's tests and closed after
 * them. `visit(path, size)` opens a kaart page at a window size and waits for the kaart's script; `pool` is the pool
 * itself, for visits that wait for something else first (a rondleiding step, a print view).
 */
export function kaartPages(chromium: ReturnType<typeof useBrowser>, baseUrl: string, size = 1, options: BrowserContextOptions = {}) {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await chromium.newContext({ reducedMotion: 'reduce', ...options });
  });
  afterAll(() => context?.close());
  const pool = pagePool(() => context!, baseUrl, size);
  return {
    pool,
    async visit(path: string, viewport: Size, test?: Pick<TestContext, 'task' | 'onTestFinished'>): Promise<Visit> {
      const v = await pool.visit(path, test, { viewport });
      await kaartKlaar(v.page);
      return v;
    },
  };
}
