// Benchmark of the "Lees een stuk" matcher: time to read documents of 1, 50 and 300 pages (about 3,000 characters a
// page), built from the real-document set. Prints a table; never fails. Use it to choose the page's size limit.
// Usage: npm run bench:lezen
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { laadKennis } from '../src/lib/lezen/laden.ts';
import { leesStuk, maakIndex } from '../src/lib/lezen/matcher.ts';

const MAP = 'tests/fixtures/lezen';
const t0 = performance.now();
const index = maakIndex(laadKennis('content'));
console.log(`index: ${(performance.now() - t0).toFixed(0)} ms`);
const bron = readdirSync(MAP)
  .filter((d) => statSync(join(MAP, d)).isDirectory() && d !== 'bestanden')
  .map((d) => readFileSync(join(MAP, d, 'tekst.txt'), 'utf8'))
  .join('\n\n');
for (const paginas of [1, 50, 300]) {
  const doel = paginas * 3000;
  const tekst = bron.repeat(Math.ceil(doel / bron.length)).slice(0, doel);
  const t = performance.now();
  const u = leesStuk(tekst, index);
  console.log(`${String(paginas).padStart(3)} pagina's (${(tekst.length / 1000).toFixed(0)} k tekens): ${(performance.now() - t).toFixed(0)} ms, ${u.keuzes.length} keuzes`);
}
