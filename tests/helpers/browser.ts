/**
 * Debian's Chromium through playwright-core (no browser download), and the
 * checks every page gets: console errors, requests to other origins, axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Records console errors, uncaught exceptions and every request to another
 * origin (those are aborted, so a test never reaches the network).
 */
export async function watch(page: Page, baseUrl: string): Promise<PageWatch> {
  const origin = new URL(baseUrl).origin;
  const w: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => w.consoleErrors.push(`uncaught: ${e.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    w.foreignRequests.push(url);
    return route.abort();
  });
  return w;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

/** Runs axe-core with the WCAG 2.2 AA tags; returns the violations in a readable form. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: an inline <script> tag would be blocked by the site's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
  return result as AxeViolation[];
}

/**
 * One Chromium for a test file: launched before its tests, closed after.
 * Returns getters, since the browser exists only once beforeAll has run.
 */
export function useBrowser(): { browser: () => Browser; context: () => BrowserContext } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { browser: () => browser!, context: () => context! };
}
