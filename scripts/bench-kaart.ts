/**
 * Kaart bench: builds the site with synthetic content at 1×, 5× and 10×
 * today's keuzes (scripts/synthetic-content.ts, in a temporary folder) and
 * reports per factor the build time, the bytes of /kaart/ (HTML, raw and
 * gzipped) and the JavaScript the kaart page loads (gzipped), and per
 * output of the kaart (page, home, poster, download; scripts/bench-kaart-uitvoer.ts)
 * the overlaps found (must be 0), the keuzes shown by name out of the total
 * and the smallest label in px (pt on paper). It reports; nothing here asserts a time.
 *
 * Usage: npm run bench:kaart   (factors: BENCH_FACTORS=1,5 npm run bench:kaart)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measurePage } from './budget.ts';
import { syntheticContent } from './synthetic-content.ts';
import { meetUitvoer, uitvoerTabel, type UitvoerRegel } from './bench-kaart-uitvoer.ts';

const factors = (process.env.BENCH_FACTORS ?? '1,5,10').split(',').map(Number);
const rows: string[] = [];
const uitvoer: (UitvoerRegel & { factor: number })[] = [];
for (const factor of factors) {
  const content = syntheticContent(factor);
  const out = mkdtempSync(join(tmpdir(), `staalkaart-bench-${factor}x-`));
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, STAALKAART_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    rows.push(`${factor}×  build failed: ${(r.stdout + r.stderr).split('\n').filter((l) => /\[ERROR\]|Error|failed to resolve|Kaart/.test(l) && !/\[WARN\]/.test(l)).slice(0, 3).join(' | ')}`);
    continue;
  }
  const file = join(out, 'kaart', 'index.html');
  const html = readFileSync(file);
  const keuzes = (html.toString().match(/<a [^>]*?data-item="keuze:/g) ?? []).length / 2;
  const page = measurePage(out, file);
  rows.push(
    `${`${factor}×`.padEnd(5)}${String(keuzes).padStart(7)}${`${seconds.toFixed(1)} s`.padStart(10)}${`${(html.length / 1024).toFixed(0)} KB`.padStart(12)}${`${(gzipSync(html).length / 1024).toFixed(1)} KB`.padStart(14)}${`${(page.js / 1024).toFixed(1)} KB`.padStart(12)}`,
  );
  for (const r of await meetUitvoer(out, keuzes)) uitvoer.push({ ...r, factor });
  rmSync(out, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
}
console.log(`\n${'size'.padEnd(5)}${'keuzes'.padStart(7)}${'build'.padStart(10)}${'kaart HTML'.padStart(12)}${'HTML gzip'.padStart(14)}${'JS gzip'.padStart(12)}`);
for (const row of rows) console.log(row);
console.log(`\n${uitvoerTabel(uitvoer)}`);
