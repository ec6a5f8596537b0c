/**
 * Debian's Chromium through playwright-core (no browser download), and the
 * checks every page gets: console errors, requests to other origins, axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, onTestFinished, type TestContext } from 'vitest';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { watchCsp, type CspWatch } from './csp.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

import { launch } from '../../scripts/lib/chromium.ts';

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

/**
 * Options for `expect.poll` in the browser tests: wait for what a person would see after an asynchronous action (an
 * import, a dialog closing, a search, a gesture handled on the next frame), then assert it. vitest's own default
 * (1 s) is a timing assertion on a busy machine; this waits as long as Playwright's own waits do (30 s) and ends as
 * soon as the condition holds. A condition that never comes fails with `message` (and the last value seen).
 */
export function eventually(message?: string): { timeout: number; interval: number; message?: string } {
  return { timeout: 30_000, interval: 50, ...(message ? { message } : {}) };
}

/**
 * Resolves once the page has drawn two frames from now: what a scroll, a resize or a media change sets off (layout of
 * parts scrolled into view, media query listeners, resize observers) has then run. Frames come as the page can draw
 * them, so this waits longer on a busy machine, never a fixed time.
 */
export function twoFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
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
    // Parts with `content-visibility: auto` (the werkblad's questions) that are off screen are not laid out: they keep a
    // placeholder height, so their fields seem to overlap the next part. A person who scrolls there sees them laid out;
    // axe measures target sizes, so lay everything out first (CSSOM, not a style attribute: the CSP allows it).
    for (const el of document.querySelectorAll<HTMLElement>('*'))
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
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
 *
 * `context()` is the file's shared context, with the site's service worker at work (pages.test.ts and csp.test.ts
 * check the pages with it). `newContext()` makes a fresh context that blocks service workers unless a test asks for
 * them (`{ serviceWorkers: 'allow' }`, as the offline tests do): on /kaart/ and the werksessie pages the worker
 * precaches about 80 files, and doing that again in every fresh context cost the suite minutes of CPU for nothing
 * the test looks at.
 */
export function useBrowser(): {
  browser: () => Browser;
  context: () => BrowserContext;
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
} {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => browser!,
    context: () => context!,
    newContext: (options = {}) => browser!.newContext({ serviceWorkers: 'block', ...options }),
  };
}

/** A page handed out by a pool, with its watchers emptied for this visit. */
export interface Visit {
  page: Page;
  w: PageWatch;
  csp: CspWatch;
  response: Response | null;
}

/**
 * Pages that are opened once and then reused, visit after visit: `await pool.visit(path)` waits for a free page,
 * empties its watchers (console errors, foreign requests, CSP reports), navigates it to `path` and gives it back when
 * the test ends, passed or failed. A test that visits again navigates the page it holds. Concurrent tests pass their
 * test context (`it(…, async (t) => pool.visit(path, t))`), since only that tells them apart. Every visit is a new
 * document; what the context keeps (storage, the service worker) a shared context keeps anyway.
 *
 * Why: a new page starts a cold renderer, in which axe and the site's own scripts are compiled and warmed up again.
 * Measured here, 20 pages with axe took 40 s (73 s of CPU) in new pages and 20 s (30 s of CPU) in one reused page.
 * Use a new page instead when a test is about the first visit (what loads, what is cached) or changes the page
 * itself (routes, init scripts). Emulated print media and forced colours are reset before each visit; a window size
 * is set per visit (`opts.viewport`), so in a pool where one test sets it, every test should.
 */
export function pagePool(context: () => BrowserContext, baseUrl: string, size = 2) {
  type Slot = Omit<Visit, 'response'>;
  const free: Slot[] = [];
  const waiting: ((v: Slot) => void)[] = [];
  const held = new Map<string, Slot>();
  let opened = 0;
  async function take(): Promise<Slot> {
    const ready = free.pop();
    if (ready) return ready;
    if (opened < size) {
      opened++;
      const page = await context().newPage();
      return { page, w: await watch(page, baseUrl), csp: await watchCsp(page) };
    }
    return new Promise((resolve) => waiting.push(resolve));
  }
  function give(v: Slot) {
    const next = waiting.shift();
    if (next) next(v);
    else free.push(v);
  }
  return {
    /** `viewport`: the window size for this visit and, until another visit sets one, the next. */
    async visit(path: string, test?: Pick<TestContext, 'task' | 'onTestFinished'>, opts: { viewport?: { width: number; height: number } } = {}): Promise<Visit> {
      const key = test?.task.id ?? expect.getState().currentTestName ?? '';
      let v = held.get(key);
      if (!v) {
        const slot = (v = await take());
        held.set(key, slot);
        (test?.onTestFinished ?? onTestFinished)(() => {
          held.delete(key);
          give(slot);
        });
      }
      v.w.consoleErrors.length = 0;
      v.w.foreignRequests.length = 0;
      v.csp.reset();
      // A test may have emulated print or forced colours (and failed before undoing it): the next visit starts on a
      // plain screen, whatever the test before it did.
      await v.page.emulateMedia({ media: null, forcedColors: null });
      if (opts.viewport) await v.page.setViewportSize(opts.viewport);
      const response = await v.page.goto(baseUrl + path, { waitUntil: 'load' });
      return { ...v, response };
    },
  };
}
