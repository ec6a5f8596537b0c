/**
 * What the search index holds (issue 24), measured on a built site: a report, not a test.
 *  - per result type (the "type" filter; "pagina" for pages without one): how many results, their Pagefind
 *    fragments' bytes as stored (gzip, what a first search downloads per result) and their share of the indexed
 *    words;
 *  - the index chunks (count and bytes: a searched word loads one chunk) and the other files of dist/pagefind/;
 *  - the largest fragments, and which part of a fragment is content, meta and anchors;
 *  - repeated text: sentences that occur in more than one result, or twice in one (boilerplate, summaries shown
 *    twice, source lines), with how often and the bytes they cost before gzip.
 *
 * Usage: npm run build && node scripts/search-index.ts [--dir dist] [--top 15]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, top: { type: 'string', default: '15' } } });
const pagefind = join(values.dir, 'pagefind');
const top = Number(values.top);

interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { text: string }[];
}

/** A Pagefind file: gzip of a signature ("pagefind_dcd" for fragments) and the payload. */
const readFragment = (file: string): Fragment => JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)} %`;
const pad = (s: string | number, n: number) => String(s).padStart(n);
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

const fragDir = join(pagefind, 'fragment');
const fragments = readdirSync(fragDir).map((f) => {
  const file = join(fragDir, f);
  const d = readFragment(file);
  return { file: f, gzip: statSync(file).size, d, type: d.filters.type?.[0] ?? 'pagina' };
});

const totalWords = fragments.reduce((s, f) => s + f.d.word_count, 0);
const totalGzip = fragments.reduce((s, f) => s + f.gzip, 0);

console.log(`Fragments: ${fragments.length}, ${kb(totalGzip)} as stored (gzip), ${totalWords} indexed words\n`);
console.log('type           results   gzip total   mean    max   words  share of words   meta share   anchors share');
const types = [...new Set(fragments.map((f) => f.type))].sort();
for (const t of types) {
  const of = fragments.filter((f) => f.type === t);
  const gz = of.reduce((s, f) => s + f.gzip, 0);
  const words = of.reduce((s, f) => s + f.d.word_count, 0);
  const raw = of.reduce((s, f) => s + utf8(JSON.stringify(f.d)), 0);
  const meta = of.reduce((s, f) => s + utf8(JSON.stringify(f.d.meta)), 0);
  const anchors = of.reduce((s, f) => s + utf8(JSON.stringify(f.d.anchors)), 0);
  console.log(
    `${t.padEnd(14)} ${pad(of.length, 7)} ${pad(kb(gz), 12)} ${pad((gz / of.length).toFixed(0), 6)} ${pad(Math.max(...of.map((f) => f.gzip)), 6)} ${pad(words, 7)} ${pad(pct(words, totalWords), 16)} ${pad(pct(meta, raw), 12)} ${pad(pct(anchors, raw), 15)}`,
  );
}

const chunks = readdirSync(join(pagefind, 'index')).map((f) => statSync(join(pagefind, 'index', f)).size);
const filters = readdirSync(join(pagefind, 'filter')).map((f) => statSync(join(pagefind, 'filter', f)).size);
const metaFile = readdirSync(pagefind).find((f) => f.endsWith('.pf_meta'))!;
console.log(
  `\nIndex: ${chunks.length} chunks, ${kb(chunks.reduce((s, n) => s + n, 0))} (${chunks
    .sort((a, b) => b - a)
    .map((n) => kb(n))
    .join(', ')}); filters ${kb(filters.reduce((s, n) => s + n, 0))}; meta ${kb(statSync(join(pagefind, metaFile)).size)}`,
);

console.log(`\nLargest fragments (gzip):`);
for (const f of [...fragments].sort((a, b) => b.gzip - a.gzip).slice(0, top))
  console.log(`  ${pad(f.gzip, 5)} B  ${pad(f.d.word_count, 4)} words  ${f.type.padEnd(11)} ${f.d.url}  (${f.file})`);

// Repeated sentences: split each result's content on sentence ends and on the joins of block elements
// (Pagefind glues a <dt> to its <dd>, "WaarvoorZorg …").
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?:])\s+|(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 3);
const across = new Map<string, Set<string>>();
const within: { url: string; sentence: string; n: number }[] = [];
for (const f of fragments) {
  const counts = new Map<string, number>();
  for (const s of sentences(f.d.content)) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [s, n] of counts) {
    if (n > 1) within.push({ url: f.d.url, sentence: s, n });
    const set = across.get(s) ?? new Set();
    set.add(f.d.url);
    across.set(s, set);
  }
}
const repeated = [...across].filter(([, urls]) => urls.size > 1).map(([s, urls]) => ({ s, n: urls.size, bytes: utf8(s) * urls.size }));
console.log(`\nSentences in more than one result: ${repeated.length}, ${kb(repeated.reduce((s, r) => s + r.bytes, 0))} before gzip. Most costly:`);
for (const r of repeated.sort((a, b) => b.bytes - a.bytes).slice(0, top)) console.log(`  ${pad(r.n, 3)}×  ${pad(r.bytes, 6)} B  ${r.s.slice(0, 110)}`);
console.log(`\nSentences twice (or more) in one result: ${within.length}, ${kb(within.reduce((s, w) => s + utf8(w.sentence) * (w.n - 1), 0))} extra before gzip:`);
for (const w of within.sort((a, b) => utf8(b.sentence) - utf8(a.sentence)).slice(0, top)) console.log(`  ${w.n}×  ${w.url}  ${w.sentence.slice(0, 100)}`);
