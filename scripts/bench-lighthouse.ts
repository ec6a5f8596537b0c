// Lighthouse (mobile, Debian's Chromium) against the build served by nginx with deploy/nginx/, one page per
// page type; prints the scores as a table and writes it to .lighthouse/report.md (with the JSON reports).
// It does not fail: scores move with the machine. Usage: npm run bench:lighthouse   (after npm run build)
//
// Lighthouse simulates a mid-range phone by slowing the CPU down 4x, which assumes a fast desktop. On a slower
// or busy machine that double-counts, so (as Lighthouse's throttling guide advises) the slowdown follows the
// machine's benchmarkIndex from a first run: 4x at 1300 and above, 2x from 800, 1x below. LH_CPU_SLOWDOWN=4
// forces a value. The table says which one was used.
import { mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNginx } from './nginx.ts';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const OUT = '.lighthouse';

/** One page per page type; vragen and werksessie once they exist. */
function pagesToMeasure(): [type: string, path: string][] {
  const first = (dir: string) => readdirSync(join('dist', dir)).filter((d) => existsSync(join('dist', dir, d, 'index.html'))).sort()[0];
  const list: [string, string][] = [
    ['home', '/'],
    ['wet', '/wetten/wmo/'],
    ['scheidslijn', '/scheidslijnen/wmo-wlz/'],
    ['casus', `/casussen/${first('casussen')}/`],
    ['begrippen', '/begrippen/'],
    ['kaart', '/kaart/'],
    ['zoeken', '/zoeken/'],
  ];
  for (const extra of ['vragen', 'werksessie']) if (existsSync(join('dist', extra, 'index.html'))) list.push([extra, `/${extra}/`]);
  return list;
}

interface Row {
  type: string;
  path: string;
  scores: Record<string, number>;
  note: string;
}

const ms = (v: number | undefined) => (v === undefined ? '?' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

/** Lighthouse's CPU throttling guide, in three steps. */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  return benchmarkIndex >= 1300 ? 4 : benchmarkIndex >= 800 ? 2 : 1;
}

export async function benchLighthouse(): Promise<{ rows: Row[]; slowdown: number; benchmarkIndex: number }> {
  const server = await startNginx();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  mkdirSync(OUT, { recursive: true });
  const rows: Row[] = [];
  let slowdown = Number(process.env.LH_CPU_SLOWDOWN) || 0;
  let benchmarkIndex = 0;
  try {
    if (!slowdown) {
      const probe = await lighthouse(`${server.url}/`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
      benchmarkIndex = probe?.lhr.environment.benchmarkIndex ?? 0;
      slowdown = cpuSlowdownFor(benchmarkIndex);
      console.log(`benchmarkIndex ${Math.round(benchmarkIndex)}: CPU-vertraging ${slowdown}x`);
    }
    for (const [type, path] of pagesToMeasure()) {
      const run = () =>
        lighthouse(
          `${server.url}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], formFactor: 'mobile' },
          { extends: 'lighthouse:default', settings: { throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: slowdown } } },
        );
      let result = await run();
      // A busy machine now and then loses the trace (NO_NAVSTART …): that is a failed measurement, not a score.
      for (let retry = 0; retry < 2 && result?.lhr.runtimeError; retry++) {
        console.log(`${path}: ${result.lhr.runtimeError.code}, opnieuw`);
        result = await run();
      }
      if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${path}`);
      const lhr = result.lhr;
      writeFileSync(join(OUT, `${type}.json`), typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const notes: string[] = result.lhr.runtimeError ? [`meting mislukt: ${result.lhr.runtimeError.code}`] : [];
      const a = lhr.audits;
      if (scores.performance! < 100) {
        notes.push(
          `FCP ${ms(a['first-contentful-paint']?.numericValue)}, LCP ${ms(a['largest-contentful-paint']?.numericValue)}, ` +
            `TBT ${ms(a['total-blocking-time']?.numericValue)}, CLS ${(a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}, SI ${ms(a['speed-index']?.numericValue)}`,
        );
      }
      for (const c of CATEGORIES.slice(1)) {
        if (scores[c]! < 100) {
          const failed = lhr.categories[c]!.auditRefs.filter((r) => r.weight > 0 && (a[r.id]?.score ?? 1) < 1).map((r) => r.id);
          notes.push(`${c}: ${failed.join(', ')}`);
        }
      }
      rows.push({ type, path, scores, note: notes.join('; ') });
      console.log(`${path}: ${CATEGORIES.map((c) => scores[c]).join(' / ')}`);
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  return { rows, slowdown, benchmarkIndex };
}

export function table(rows: Row[]): string {
  return [
    '| page | performance | accessibility | best practices | SEO | note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.path}\` (${r.type}) | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.note} |`),
  ].join('\n');
}

if (import.meta.main) {
  const { rows, slowdown, benchmarkIndex } = await benchLighthouse();
  const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
  const machine = benchmarkIndex ? `benchmarkIndex ${Math.round(benchmarkIndex)}, ` : '';
  const md = `Lighthouse ${version}, mobile (slow 4G, ${machine}CPU slowdown ${slowdown}x), nginx with deploy/nginx/, ${new Date().toISOString()}\n\n${table(rows)}\n`;
  writeFileSync(join(OUT, 'report.md'), md);
  console.log(`\n${md}`);
}
