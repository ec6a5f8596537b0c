/** "Offline after one visit" in the browser tests: the service worker's precache, then no network. */
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { useBrowser } from './browser.ts';

/**
 * Opens `first` in a fresh context that allows the service worker, waits until the worker is active (its install
 * step fetches the whole precache; `ready` may wait for more), cuts the network and runs `offline` with the page.
 * The context is closed afterwards, also when the test fails.
 */
export async function offlineAfterVisit(
  chromium: ReturnType<typeof useBrowser>,
  baseUrl: string,
  first: string,
  offline: (page: Page) => Promise<void>,
  { ready, ...options }: BrowserContextOptions & { ready?: (page: Page) => Promise<unknown> } = {},
): Promise<void> {
  const context = await chromium.newContext({ ...options, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${first}`);
    await (ready
      ? ready(page)
      : page.evaluate(async () => {
          await navigator.serviceWorker.ready;
        }));
    await context.setOffline(true);
    await offline(page);
  } finally {
    await context.close();
  }
}
