/**
 * The transfer of a first search, counted the same way by the benchmark (scripts/bench-search.ts) and by the byte
 * budget check (tests/browser/search-budget.test.ts): every response to the page from the moment the header field
 * gets focus until the results are shown, with an empty cache, each counted as the build wrote it (see sizesOf).
 * Bytes only, never time: the check may run on a busy machine.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { COMPRESSIBLE } from '../../src/integrations/precompress.ts';

/** Issue 24: the first search of a short keyword transfers at most this much, gzipped. */
export const FIRST_SEARCH_BUDGET = 110 * 1024;
/** The short keyword of that first search. */
export const FIRST_QUERY = 'wlz';
/** The header's search field and its list of results. */
export const FIELD = '#sk-zoekveld';
export const LIST = '#sk-zoekveld-lijst';
/** Milliseconds between keys when the benchmark types (the first search types FIRST_QUERY this way too). */
export const TYPING_DELAY = 40;

export interface Transfer {
  path: string;
  bytes: number;
  gzip: number;
}

/**
 * The bytes of a requested path as the build wrote it: "bytes" is the file itself, "gzip" what a host that gzips
 * sends (nginx's gzip_static): the .gz copy the build made (src/integrations/precompress.ts: Zopfli for scripts and
 * data), zlib's gzip of a text file too small for a copy, and Pagefind's own files (index chunks, fragments,
 * WebAssembly, meta) as they are, since they are gzip streams already. `body` (as the browser received it, unpacked)
 * only for a path that is not a file in `dir`.
 */
export function sizesOf(dir: string, path: string, body: Buffer): { bytes: number; gzip: number } {
  const file = join(dir, path);
  const stored = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : body;
  if (!COMPRESSIBLE.test(path)) return { bytes: stored.length, gzip: stored.length };
  return { bytes: stored.length, gzip: existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(stored, { level: 9 }).length };
}

/** Every response to the pages of a context while `recording()` says so: path, bytes and gzip bytes. */
export function recordTransfers(context: BrowserContext, recording: () => boolean, dir: string): { transfers: Transfer[]; done: () => Promise<unknown> } {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  context.on('response', (response) => {
    // The service worker's own requests (its precache of the whole site after the first visit, see
    // src/integrations/service-worker.ts) are not the search's: they run whether or not someone searches.
    if (!recording() || response.request().serviceWorker()) return;
    pending.push(
      response
        .body()
        .then((body) => {
          const path = new URL(response.url()).pathname;
          transfers.push({ path, ...sizesOf(dir, path, body) });
        })
        .catch(() => undefined),
    );
  });
  return { transfers, done: () => Promise.all(pending) };
}

/**
 * A first search in the header on `url`/ in a fresh context of `newContext` (empty cache): focus, type `query` at
 * TYPING_DELAY a key, wait until its results are listed. Returns what was transferred from the focus on.
 */
export async function firstSearchTransfer(newContext: () => Promise<BrowserContext>, url: string, dir: string, query = FIRST_QUERY): Promise<{ transfers: Transfer[]; ms: number }> {
  const context = await newContext();
  try {
    const page: Page = await context.newPage();
    await page.goto(`${url}/`, { waitUntil: 'networkidle' });
    let recording = true;
    const { transfers, done } = recordTransfers(context, () => recording, dir);
    const t0 = Date.now();
    await page.focus(FIELD);
    await page.locator(FIELD).pressSequentially(query, { delay: TYPING_DELAY });
    await page.waitForFunction(({ list, q }) => document.querySelector<HTMLElement>(list)?.dataset.skQuery === q, { list: LIST, q: query });
    const ms = Date.now() - t0;
    recording = false;
    await done();
    return { transfers, ms };
  } finally {
    await context.close();
  }
}

export const gzipTotal = (list: Transfer[]) => list.reduce((n, t) => n + t.gzip, 0);
