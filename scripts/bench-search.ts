/**
 * Search benchmark (a measurement, not a test): on the built site in
 * Chromium, from the search field in the header,
 *  - the bytes transferred for a first search: everything requested from the
 *    moment the field gets focus until the results are shown, with an empty
 *    cache (the search UI, pagefind.js, its worker and WebAssembly, the index
 *    chunks and the result fragments);
 *  - the time from the last keystroke to the results on screen, over every
 *    golden query and golden question (tests/search/golden-*.yaml), typed at
 *    40 ms a key on a warm page; median, 90th percentile and maximum;
 *  - the share of golden questions (whole sentences) and golden queries
 *    (keywords) with the expected page in the top 3, on /zoeken/.
 * Targets (issue 14): first search at most 100 KB with gzip, median keystroke
 * to results at most 50 ms, golden questions at least 95 %, keywords 100 %.
 *
 * Usage: npm run build && npm run bench:search
 * The local server sends files uncompressed; the gzip column is what a host
 * that compresses (as most do) would send for the same files.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { serve } from './serve.mjs';
import { launch } from './lib/chromium.ts';
import { clean, GOLDEN_QUESTIONS_MIN, goldenQueries, goldenQuestions, rankOf, searchOnPage, TOP } from './lib/golden.ts';

const FIRST_SEARCH_BUDGET = 100 * 1024;
const MEDIAN_BUDGET_MS = 50;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER target');

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
  const golden = [...goldenQueries(), ...goldenQuestions()];
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
    console.log(`  ${transfers.length} requests, ${kb(total)} transferred (${kb(totalGzip)} if the host gzips; target ${kb(FIRST_SEARCH_BUDGET)}: ${verdict(totalGzip <= FIRST_SEARCH_BUDGET)})`);
    console.log(`  focus to results on screen: ${ms(firstSearchMs)} (including ${TYPING_DELAY} ms a key typing)`);
    for (const t of transfers.sort((a, b) => b.bytes - a.bytes)) console.log(`    ${kb(t.bytes).padStart(9)}  ${kb(t.gzip).padStart(9)} gz  ${t.path}`);

    // 2. Keystroke to results over the golden queries, on the same (now warm) page.
    const times: { query: string; ms: number }[] = [];
    for (const g of golden) times.push({ query: g.query, ms: await timeQuery(page, g.query) });
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(`\nLast keystroke to results shown, ${times.length} golden queries (typed at ${TYPING_DELAY} ms a key)`);
    const median = percentile(sorted, 0.5);
    console.log(`  median ${ms(median)} (target ${MEDIAN_BUDGET_MS} ms: ${verdict(median <= MEDIAN_BUDGET_MS)}), p90 ${ms(percentile(sorted, 0.9))}, max ${ms(sorted.at(-1)!)}`);
    console.log(`  slowest: ${slowest.map((t) => `"${t.query}" ${ms(t.ms)}`).join(', ')}\n`);
    await context.close();

    // 3. Golden pass rates on /zoeken/ (the same check as tests/e2e/search.test.ts).
    const zoeken = await (await browser.newContext()).newPage();
    await zoeken.goto(`${url}/zoeken/`);
    for (const [name, list, min] of [
      ['Golden questions', goldenQuestions(), GOLDEN_QUESTIONS_MIN],
      ['Golden keyword queries', goldenQueries(), 1],
    ] as const) {
      const failed: string[] = [];
      for (const q of list) {
        const rank = rankOf(await searchOnPage(zoeken, q.query), q.expect);
        if (rank < 1 || rank > TOP) failed.push(`"${q.query}" → ${q.expect} (rank ${rank || '-'})`);
      }
      const rate = (list.length - failed.length) / list.length;
      console.log(`${name}: ${list.length - failed.length} of ${list.length} in the top ${TOP} (${(rate * 100).toFixed(1)} %; target ${min * 100} %: ${verdict(rate >= min)})`);
      for (const f of failed) console.log(`    not: ${f}`);
    }
    console.log('');
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
