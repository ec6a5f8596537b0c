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
 *  - the first search of a pasted question (issue 24): a fresh browser (empty
 *    cache) opens /, a whole question is pasted into the header field, and
 *    the time from the paste to the results on screen and the bytes it
 *    transferred are measured, over a spread of golden and blind questions;
 *    the same questions through /zoeken/?q=… (navigation to results shown).
 * Targets (issues 14 and 24): first search ("wlz" typed) at most 110 KB with
 * gzip (Pagefind's runtime and chunk size are fixed), median keystroke to
 * results at most 50 ms, median first search of a pasted question at most
 * 300 ms, golden questions (old and blind together) at least 95 %, keywords
 * 100 %.
 *
 * Usage: npm run build && npm run bench:search [-- --dir <folder>] [--only first] [--ab <folder>] [--rounds <n>] [--cpu]
 * (--only first: only the first-search measurements. --cpu: also the main thread's CPU time of each pasted question,
 * from a Chromium trace, and with --ab its paired difference: on a busy machine the measure of less main-thread work;
 * tracing itself adds a little to the time on the clock, so compare runs with --cpu only with each other.)
 *
 * A/B (issue 24): `--ab <other folder>` measures the first searches of both builds in the same minutes, question by
 * question and in turn (A then B, the next question B then A; `--rounds 2` goes through the questions twice), each in
 * a fresh browser with an empty cache, and prints both medians and the paired difference A − B per question (median,
 * mean with two standard errors, how often A was faster). On a busy machine a single run's median moves by 100 ms and
 * more between runs; the paired difference is what tells a 20 ms gain from noise. Only the first-search part runs.
 * Keep a build to compare with: `npm run build && cp -r dist /tmp/main-dist`, change, build, then
 * `npm run bench:search -- --dir dist --ab /tmp/main-dist`.
 *
 * Waterfall: for the median pasted question, each step after the paste: the search's chunks and Pagefind's files
 * (resource timings: request to last byte; index chunks and fragments as one step each), the page's performance marks
 * ("sk:…": the lexicon with its code in, each Pagefind search from the first start to the last end; see engine.ts
 * mark) and the bench's own ("wasm-compiled": Pagefind's WebAssembly compiled; "results-painted").
 *
 * The transfer is counted as tests/browser/search-budget.test.ts counts it (scripts/lib/first-search.ts), which fails
 * above the 110 KB of a first search of "wlz".
 * The server is scripts/serve.mjs, which serves like the static hosts the
 * site documents: the headers of dist/_headers (so Pagefind's gzip files
 * come with Content-Encoding: gzip, as deploy/nginx sends them too) and the
 * precompressed copy a browser accepts (Brotli for Chromium). The byte
 * columns are the files as the build wrote them, read from the folder, not
 * the unpacked bodies the browser hands over: "bytes" is the file itself,
 * "gzip" what a host that gzips sends (nginx's gzip_static): the .gz copy the
 * build made (src/integrations/precompress.ts: Zopfli for scripts and data),
 * zlib's gzip of a text file too small for a copy, and Pagefind's own files
 * (index chunks, fragments, WebAssembly, meta) as they are, since they are
 * gzip streams already.
 */
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { serve } from './serve.mjs';
import { FIELD, FIRST_QUERY, FIRST_SEARCH_BUDGET, firstSearchTransfer, gzipTotal, LIST, recordTransfers, TYPING_DELAY, type Transfer } from './lib/first-search.ts';
import { launch } from './lib/chromium.ts';
import { BLIND_2_MIN, BLIND_3_MIN, BLIND_4_MIN, BLIND_5_MIN, BLIND_6_MIN, blindQuestions, blindQuestions2, blindQuestions3, blindQuestions4, blindQuestions5, blindQuestions6, clean, GOLDEN_QUESTIONS_MIN, goldenQueries, goldenQuestions, rankOfAny, searchOnPage, TOP } from './lib/golden.ts';

const PASTED_MEDIAN_BUDGET_MS = 300;
/** How many questions the first-search measurement pastes, each in a fresh browser context. */
const PASTED_QUESTIONS = 24;
const MEDIAN_BUDGET_MS = 50;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER target');


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

/**
 * The parts of a first search's transfer. Pagefind's runtime is fixed; so is the size of an index chunk (Pagefind's),
 * but which chunk a word is in, and so whether it is the smaller last one, shifts with every change to what is
 * indexed: compare the search code and the result data (one Pagefind fragment per result whose data is loaded) over
 * time, the total only with that in mind.
 */
const PARTS: [string, (path: string) => boolean][] = [
  ['Pagefind runtime', (p) => /^\/pagefind\/(pagefind\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+)$/.test(p)],
  ['index chunks', (p) => p.startsWith('/pagefind/index/')],
  ['search code', (p) => p.startsWith('/_astro/')],
  ['result data', (p) => p.startsWith('/pagefind/fragment/')],
  ['lexicon', (p) => p === '/pagefind/zoekwijzer.json'],
];
const partLine = (name: string, list: Transfer[]) => `${name} ${kb(list.reduce((n, t) => n + t.gzip, 0))}${list.length > 1 ? ` (${list.length} files)` : ''}`;

/** Every n-th question, so the sample spreads over the files and their kinds. */
function spread<T>(list: T[], n: number): T[] {
  const step = list.length / n;
  return Array.from({ length: Math.min(n, list.length) }, (_, i) => list[Math.floor(i * step)]!);
}

/** A step of a first search, in milliseconds after the paste: a file's request to its last byte, or a mark (start = end). */
interface Step {
  label: string;
  start: number;
  end: number;
}

/** One pasted question in one folder: paste to results, the bytes, and its waterfall. */
interface Pasted {
  query: string;
  ms: number;
  /** With --cpu: the renderer main thread's CPU time from the paste to the painted results (see mainThreadCpu). */
  cpu?: number;
  gzip: number;
  requests: number;
  steps: Step[];
}

/**
 * Which file a request is, for the waterfall: the search's own chunks by their name, Pagefind's files by their kind.
 * Files of the same kind (index chunks, fragments) become one step, from the first request to the last byte.
 */
function stepOf(path: string): string | undefined {
  const chunk = /^\/_astro\/([a-z]+)\.[\w-]+\.js$/.exec(path)?.[1];
  if (chunk) return `${chunk} chunk`;
  if (path === '/pagefind/pagefind.js') return 'pagefind.js';
  if (path.endsWith('pagefind-entry.json')) return 'Pagefind entry';
  if (path.endsWith('.pf_meta')) return 'Pagefind meta';
  if (path.startsWith('/pagefind/wasm.')) return 'WebAssembly file';
  if (path.startsWith('/pagefind/index/')) return 'index chunks';
  if (path.startsWith('/pagefind/fragment/')) return 'fragments';
  if (path === '/pagefind/zoekwijzer.json') return 'lexicon';
  return undefined;
}

/**
 * Marks of the page (performance.mark with "sk:", see src/components/search/engine.ts and warm.ts) and of the bench
 * itself (WebAssembly compiled, below), and the resource timings, as steps after `t0` (the paste). Marks that occur
 * more than once (each Pagefind search) become one step from the first to the last.
 */
function waterfall(marks: { name: string; startTime: number }[], resources: { name: string; startTime: number; responseEnd: number }[], t0: number): Step[] {
  const steps = new Map<string, Step>();
  const add = (label: string, start: number, end: number) => {
    const s = steps.get(label);
    if (s) (s.start = Math.min(s.start, start - t0)), (s.end = Math.max(s.end, end - t0));
    else steps.set(label, { label, start: start - t0, end: end - t0 });
  };
  for (const r of resources) {
    const label = stepOf(new URL(r.name).pathname);
    if (label && r.responseEnd >= t0) add(label, r.startTime, r.responseEnd);
  }
  // A Pagefind search: from the first one's start to the last one's end.
  const starts = marks.filter((m) => m.name === 'sk:search-start');
  const ends = marks.filter((m) => m.name === 'sk:search-end');
  if (starts.length && ends.length) add(`Pagefind searches (${starts.length})`, Math.min(...starts.map((m) => m.startTime)), Math.max(...ends.map((m) => m.startTime)));
  for (const m of marks) if (!/^sk:search-(start|end)$/.test(m.name) && !m.name.startsWith('bench:') && m.startTime >= t0) add(m.name.replace(/^sk:/, ''), m.startTime, m.startTime);
  return [...steps.values()].sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The WebAssembly's compile as a mark ("sk:wasm-compiled"), measured from outside the page's code. */
const WASM_MARK = `(() => {
  for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
    const f = WebAssembly[name];
    if (typeof f !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return f.apply(this, args).then((r) => (performance.mark('sk:wasm-compiled'), r));
    };
  }
})();`;

/**
 * The first search of a pasted question in a fresh context (empty cache): on /, the question is pasted into the header
 * field (focus and one input event at the same moment, as a paste is); from the paste to the first frame with its
 * results, the bytes transferred and the waterfall.
 */
async function pasteOnce(browser: Browser, url: string, dir: string, query: string, cpu = false): Promise<Pasted> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(WASM_MARK);
    const page = await context.newPage();
    await page.goto(`${url}/`, { waitUntil: 'networkidle' });
    let recording = true;
    const { transfers, done } = recordTransfers(context, () => recording, dir);
    if (cpu) await browser.startTracing(page, { categories: CPU_TRACE });
    const { ms, t0, marks, resources } = await page.evaluate(
      ({ field, list, q }) =>
        new Promise<{ ms: number; t0: number; marks: { name: string; startTime: number }[]; resources: { name: string; startTime: number; responseEnd: number }[] }>((resolve) => {
          const input = document.querySelector<HTMLInputElement>(field)!;
          const t0 = performance.now();
          performance.mark('bench:paste');
          const check = () => {
            const ul = document.querySelector<HTMLElement>(list);
            if (ul?.dataset.skQuery !== q) return false;
            requestAnimationFrame(() => {
              const end = performance.now();
              performance.mark('sk:results-painted');
              const marks = performance.getEntriesByType('mark').map((m) => ({ name: m.name, startTime: m.startTime }));
              const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ name: r.name, startTime: r.startTime, responseEnd: r.responseEnd }));
              resolve({ ms: end - t0, t0, marks, resources });
            });
            return true;
          };
          new MutationObserver((_, mo) => check() && mo.disconnect()).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sk-query'] });
          input.focus();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      { field: FIELD, list: LIST, q: clean(query) },
    );
    const mainCpu = cpu ? mainThreadCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents) : undefined;
    recording = false;
    await done();
    return { query, ms, gzip: gzipTotal(transfers), requests: transfers.length, steps: waterfall(marks, resources, t0), ...(mainCpu === undefined ? {} : { cpu: mainCpu }) };
  } finally {
    await context.close();
  }
}

/** What --cpu records of Chromium's trace: each task of each thread (with its CPU time), and the page's marks. */
const CPU_TRACE = ['toplevel', 'blink.user_timing', '__metadata'];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * The CPU time of the page's main thread from the paste ("bench:paste") to the painted results ("sk:results-painted"):
 * the thread time of its top-level tasks in that span, in ms. Unlike the time on the clock, it hardly grows when
 * other processes share the cores (a task's thread time leaves out the time it waited for a core), so on a busy
 * machine it shows a change of main-thread work that the paste-to-results time hides in noise (issue 24).
 */
function mainThreadCpu(events: TraceEvent[]): number {
  const paste = events.find((e) => e.name === 'bench:paste');
  const painted = events.find((e) => e.name === 'sk:results-painted');
  if (!paste || !painted) throw new Error('--cpu: the marks of the paste and the paint are not in the trace');
  let us = 0;
  for (const e of events)
    if (e.pid === paste.pid && e.tid === paste.tid && e.ph === 'X' && e.cat === 'toplevel' && typeof e.tdur === 'number' && e.ts + (e.dur ?? 0) >= paste.ts && e.ts <= painted.ts) us += e.tdur;
  return us / 1000;
}

/** The same question through /zoeken/?q=… in a fresh context: from the start of the navigation to its results shown. */
async function viaUrlOnce(browser: Browser, url: string, query: string): Promise<number> {
  const fresh = await browser.newContext();
  try {
    const zoeken = await fresh.newPage();
    await zoeken.goto(`${url}/zoeken/?q=${encodeURIComponent(query)}`);
    await zoeken.waitForFunction((q) => document.querySelector<HTMLElement>('[data-sk-zoekresultaten]')?.dataset.skQuery === q, clean(query));
    return await zoeken.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  } finally {
    await fresh.close();
  }
}

const sortedOf = (list: number[]) => [...list].sort((a, b) => a - b);

/** The waterfall of one question, as lines: each step's start and end after the paste, with a bar of 10 ms a sign. */
function printWaterfall(p: Pasted) {
  console.log(`  waterfall of the median question, "${p.query}" (${ms(p.ms)}; ms after the paste, one sign 10 ms):`);
  for (const s of p.steps) {
    const bar = `${' '.repeat(Math.max(0, Math.round(s.start / 10)))}${s.end > s.start ? '='.repeat(Math.max(1, Math.round((s.end - s.start) / 10))) : '|'}`;
    console.log(`    ${s.label.padEnd(28)} ${ms(s.start).padStart(7)} ${s.end > s.start ? ms(s.end).padStart(7) : ''.padStart(7)}  ${bar}`);
  }
}

/** Median, p90 and max of a list of times. */
const summary = (list: number[]) => {
  const t = sortedOf(list);
  return `median ${ms(percentile(t, 0.5))}, p90 ${ms(percentile(t, 0.9))}, max ${ms(t.at(-1)!)}`;
};

/**
 * The first search of a pasted question over `questions`, in each folder of `sites` (one, or two for an A/B run):
 * question by question, the folders take turns in the same minutes (A then B, the next question B then A), so that a
 * busy machine slows both alike, and each question's difference between the folders is paired. `rounds` repeats the
 * list. Then the same questions through /zoeken/?q=…, the same way.
 */
async function firstSearches(browser: Browser, sites: { name: string; url: string; dir: string }[], questions: string[], rounds: number, cpu = false) {
  const pasted = sites.map(() => [] as Pasted[]);
  const viaUrl = sites.map(() => [] as number[]);
  let turn = 0;
  for (let r = 0; r < rounds; r++)
    for (const query of questions) {
      const order = sites.map((_, i) => i);
      if (turn++ % 2) order.reverse();
      for (const i of order) pasted[i]!.push(await pasteOnce(browser, sites[i]!.url, sites[i]!.dir, query, cpu));
      for (const i of order) viaUrl[i]!.push(await viaUrlOnce(browser, sites[i]!.url, query));
    }
  console.log(`\nFirst search of a pasted question (${questions.length} questions${rounds > 1 ? ` × ${rounds} rounds` : ''}, each in a fresh browser with an empty cache, pasted into the header field on /)`);
  sites.forEach((site, i) => {
    const list = pasted[i]!;
    const times = sortedOf(list.map((p) => p.ms));
    const median = percentile(times, 0.5);
    const bytes = sortedOf(list.map((p) => p.gzip));
    console.log(`${sites.length > 1 ? `  ${site.name} (${site.dir}):\n` : ''}  paste to results on screen: ${summary(times)} (target ${PASTED_MEDIAN_BUDGET_MS} ms: ${verdict(median <= PASTED_MEDIAN_BUDGET_MS)})`);
    if (cpu) console.log(`  main thread's CPU time, paste to results: ${summary(list.map((p) => p.cpu!))}`);
    console.log(`  transferred for it (gzip): median ${kb(percentile(bytes, 0.5))}, p90 ${kb(percentile(bytes, 0.9))}, max ${kb(bytes.at(-1)!)}`);
    const slowest = [...list].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(`  slowest: ${slowest.map((t) => `"${t.query}" ${ms(t.ms)} (${t.requests} requests, ${kb(t.gzip)})`).join(', ')}`);
    console.log(`  the same through /zoeken/?q=… (start of navigation to results shown): ${summary(viaUrl[i]!)}`);
    const byTime = [...list].sort((a, b) => a.ms - b.ms);
    printWaterfall(byTime[Math.floor((byTime.length - 1) / 2)]!);
  });
  if (sites.length === 2) {
    // Paired: the same question in the same minutes, A minus B.
    const paired = (a: number[], b: number[]) => {
      const d = a.map((x, i) => x - b[i]!);
      const mean = d.reduce((n, x) => n + x, 0) / d.length;
      const sd = Math.sqrt(d.reduce((n, x) => n + (x - mean) ** 2, 0) / Math.max(1, d.length - 1));
      const se = sd / Math.sqrt(d.length);
      return `median ${ms(percentile(sortedOf(d), 0.5))}, mean ${ms(mean)} ± ${ms(2 * se)} (2 standard errors), ${sites[0]!.name} faster in ${d.filter((x) => x < 0).length} of ${d.length}`;
    };
    const [a, b] = [pasted[0]!.map((p) => p.ms), pasted[1]!.map((p) => p.ms)];
    console.log(`\n  paired difference ${sites[0]!.name} − ${sites[1]!.name}, paste to results: ${paired(a, b)}`);
    if (cpu) console.log(`  paired difference ${sites[0]!.name} − ${sites[1]!.name}, main thread's CPU time: ${paired(pasted[0]!.map((p) => p.cpu!), pasted[1]!.map((p) => p.cpu!))}`);
    console.log(`  paired difference ${sites[0]!.name} − ${sites[1]!.name}, /zoeken/?q=…: ${paired(viaUrl[0]!, viaUrl[1]!)}`);
  }
}

/** The bytes of a first search of FIRST_QUERY, typed into the header field on /, with an empty cache. */
async function firstSearchBytes(browser: Browser, name: string, url: string, dir: string) {
  const { transfers, ms: firstSearchMs } = await firstSearchTransfer(() => browser.newContext(), url, dir);
  const total = transfers.reduce((n, t) => n + t.bytes, 0);
  const totalGzip = gzipTotal(transfers);
  console.log(`\nFirst search ("${FIRST_QUERY}" typed into the header field on /, empty cache)${name ? `: ${name} (${dir})` : ''}`);
  console.log(`  ${transfers.length} requests, ${kb(total)} transferred (${kb(totalGzip)} = ${totalGzip} bytes if the host gzips; target ${kb(FIRST_SEARCH_BUDGET)}: ${verdict(totalGzip <= FIRST_SEARCH_BUDGET)})`);
  console.log(`  focus to results on screen: ${ms(firstSearchMs)} (including the typing: ${FIRST_QUERY.length} keys, ${TYPING_DELAY} ms apart)`);
  console.log(`  by part (gzip): ${PARTS.map(([part, test]) => partLine(part, transfers.filter((t) => test(t.path)))).join(', ')}`);
  for (const t of transfers.sort((a, b) => b.bytes - a.bytes)) console.log(`    ${kb(t.bytes).padStart(9)}  ${kb(t.gzip).padStart(9)} gz  ${t.path}`);
}

async function main() {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, only: { type: 'string' }, ab: { type: 'string' }, rounds: { type: 'string', default: '1' }, cpu: { type: 'boolean', default: false } },
  });
  const golden = [...goldenQueries(), ...goldenQuestions(), ...blindQuestions()];
  const { server, url } = (await serve({ dir: values.dir, port: 0 })) as { server: import('node:http').Server; url: string };
  const other = values.ab ? ((await serve({ dir: values.ab, port: 0 })) as { server: import('node:http').Server; url: string }) : undefined;
  const sites = [{ name: other ? 'A' : '', url, dir: values.dir }, ...(other ? [{ name: 'B', url: other.url, dir: values.ab! }] : [])];
  const browser = await launch();
  try {
    // 1. Bytes for a first search, with an empty cache.
    for (const site of sites) await firstSearchBytes(browser, site.name, site.url, site.dir);

    // 1b. The first search of a pasted question (issue 24); with --ab, both folders in turn.
    await firstSearches(browser, sites, spread([...goldenQuestions(), ...blindQuestions()], PASTED_QUESTIONS).map((q) => q.query), Math.max(1, Number(values.rounds) || 1), values.cpu);
    if (values.only === 'first' || other) return;

    // 2. Keystroke to results over the golden queries, on one page that has searched once (warm).
    const warm = await browser.newContext();
    const page2 = await warm.newPage();
    await page2.goto(`${url}/`, { waitUntil: 'networkidle' });
    await timeQuery(page2, 'wlz');
    const times: { query: string; ms: number }[] = [];
    for (const g of golden) times.push({ query: g.query, ms: await timeQuery(page2, g.query) });
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(`\nLast keystroke to results shown, ${times.length} golden queries (typed at ${TYPING_DELAY} ms a key)`);
    const median = percentile(sorted, 0.5);
    console.log(`  median ${ms(median)} (target ${MEDIAN_BUDGET_MS} ms: ${verdict(median <= MEDIAN_BUDGET_MS)}), p90 ${ms(percentile(sorted, 0.9))}, max ${ms(sorted.at(-1)!)}`);
    console.log(`  slowest: ${slowest.map((t) => `"${t.query}" ${ms(t.ms)}`).join(', ')}\n`);
    await warm.close();

    // 3. Golden pass rates on /zoeken/ (the same check as tests/browser/search.test.ts).
    const zoeken = await (await browser.newContext()).newPage();
    await zoeken.goto(`${url}/zoeken/`);
    for (const [name, list, min] of [
      ['Golden questions (old and blind)', [...goldenQuestions(), ...blindQuestions()], GOLDEN_QUESTIONS_MIN],
      ['Second blind set', blindQuestions2(), BLIND_2_MIN],
      ['Third blind set', blindQuestions3(), BLIND_3_MIN],
      ['Fourth blind set', blindQuestions4(), BLIND_4_MIN],
      ['Fifth blind set', blindQuestions5(), BLIND_5_MIN],
      ['Sixth blind set', blindQuestions6(), BLIND_6_MIN],
      ['Golden keyword queries', goldenQueries(), 1],
    ] as const) {
      const failed: string[] = [];
      for (const q of list) {
        const rank = rankOfAny(await searchOnPage(zoeken, q.query), q);
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
    other?.server.close();
  }
}

await main();
