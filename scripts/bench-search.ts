/**
 * Search benchmark (a measurement, not a test): on the built site in
 * Chromium, from the search field in the header,
 *  - the bytes transferred for a first search: everything requested from the
 *    moment the field gets focus until the results are shown, with an empty
 *    cache (the search UI, pagefind.js, its worker and WebAssembly, the index
 *    chunks and the result fragments);
 *  - the time from the last keystroke to the results on screen, over every
 *    golden query (tests/search/golden-queries.yaml), typed at 40 ms a key on
 *    a warm page; median, 90th percentile and maximum.
 *
 * Usage: npm run build && npm run bench:search
 * The local server sends files uncompressed; the gzip column is what a host
 * that compresses (as most do) would send for the same files.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { serve } from './serve.mjs';
import { launch } from '../tests/helpers/browser.ts';
import { clean, goldenQueries } from '../tests/search/golden.ts';

const TYPING_DELAY = 40;
const FIELD = '#sk-zoekveld';
const LIST = '#sk-zoekveld-lijst';

interface Transfer {
  path: string;
  bytes: number;
  gzip: number;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

/**
 * Types `query` into the (cleared) header field and returns the milliseconds from
 * the last keystroke (its input event) to the first frame after the results for
 * exactly that query are in the list.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.fill(FIELD, '');
  await page.waitForFunction((sel) => !document.querySelector<HTMLElement>(sel)?.dataset.skQuery, LIST);
  await page.evaluate(
    ({ field, list, q }) => {
      const w = window as unknown as { __bench: { lastInput: number; shown?: Promise<number> } };
      const input = document.querySelector<HTMLInputElement>(field)!;
      const ul = document.querySelector<HTMLElement>(list)!;
      w.__bench = { lastInput: 0 };
      input.addEventListener('input', (e) => (w.__bench.lastInput = e.timeStamp), { capture: true });
      w.__bench.shown = new Promise((done) => {
        const seen = () => {
          if (ul.dataset.skQuery !== q) return false;
          requestAnimationFrame(() => done(performance.now()));
          return true;
        };
        if (seen()) return;
        const mo = new MutationObserver(() => seen() && mo.disconnect());
        mo.observe(ul, { attributes: true, attributeFilter: ['data-sk-query'] });
      });
    },
    { field: FIELD, list: LIST, q: clean(query) },
  );
  await page.locator(FIELD).pressSequentially(query, { delay: TYPING_DELAY });
  return page.evaluate(async () => {
    const w = window as unknown as { __bench: { lastInput: number; shown: Promise<number> } };
    const shown = await w.__bench.shown;
    return shown - w.__bench.lastInput;
  });
}

async function main() {
  const golden = goldenQueries();
  const { server, url } = (await serve({ dir: 'dist', port: 0 })) as { server: import('node:http').Server; url: string };
  const browser = await launch();
  try {
    // 1. Bytes for a first search, with an empty cache.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/`, { waitUntil: 'networkidle' });
    const transfers: Transfer[] = [];
    const pending: Promise<void>[] = [];
    let recording = true;
    context.on('response', (response) => {
      if (!recording) return;
      pending.push(
        response
          .body()
          .then((body) => {
            transfers.push({ path: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length });
          })
          .catch(() => undefined),
      );
    });
    const firstQuery = 'wlz';
    const t0 = Date.now();
    await page.focus(FIELD);
    await page.locator(FIELD).pressSequentially(firstQuery, { delay: TYPING_DELAY });
    await page.waitForFunction(({ list, q }) => document.querySelector<HTMLElement>(list)?.dataset.skQuery === q, { list: LIST, q: firstQuery });
    const firstSearchMs = Date.now() - t0;
    recording = false;
    await Promise.all(pending);

    const total = transfers.reduce((n, t) => n + t.bytes, 0);
    const totalGzip = transfers.reduce((n, t) => n + t.gzip, 0);
    console.log(`\nFirst search ("${firstQuery}" typed into the header field on /, empty cache)`);
    console.log(`  ${transfers.length} requests, ${kb(total)} transferred (${kb(totalGzip)} if the host gzips)`);
    console.log(`  focus to results on screen: ${ms(firstSearchMs)} (including ${TYPING_DELAY} ms a key typing)`);
    for (const t of transfers.sort((a, b) => b.bytes - a.bytes)) console.log(`    ${kb(t.bytes).padStart(9)}  ${kb(t.gzip).padStart(9)} gz  ${t.path}`);

    // 2. Keystroke to results over the golden queries, on the same (now warm) page.
    const times: { query: string; ms: number }[] = [];
    for (const g of golden) times.push({ query: g.query, ms: await timeQuery(page, g.query) });
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(`\nLast keystroke to results shown, ${times.length} golden queries (typed at ${TYPING_DELAY} ms a key)`);
    console.log(`  median ${ms(percentile(sorted, 0.5))}, p90 ${ms(percentile(sorted, 0.9))}, max ${ms(sorted.at(-1)!)}`);
    console.log(`  slowest: ${slowest.map((t) => `"${t.query}" ${ms(t.ms)}`).join(', ')}\n`);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
