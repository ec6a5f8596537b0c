/**
 * Astro integration: builds the Pagefind search index after the site is built.
 *
 * In `astro:build:done` it indexes every built page that has
 * data-pagefind-body (Base.astro puts it on <main> unless `zoekbaar={false}`),
 * adds a record of its own for every keuze and begrip (built from the content
 * graph by src/lib/search/records.ts), and writes dist/pagefind/.
 * Any error Pagefind reports fails the build, and so does an index that is
 * not exactly one Dutch index ("nl"): a page with another lang would split it.
 *
 * Keep this integration last in astro.config.mjs, so it indexes the final
 * HTML after any other integration has post-processed dist/.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { minify } from 'terser';
import { recompressPagefind } from './precompress.ts';
import { contentStore } from '../lib/content/store.ts';
import { searchRecords, TAAL, toCustomRecord, type CustomRecord } from '../lib/search/records.ts';
import { resolveFeitenInText } from '../lib/content/feiten.ts';
import type { Graph } from '../lib/content/graph.ts';
import type { Lexicon } from '../lib/search/query.ts';
import { lexiconFrom } from '../lib/search/herstel.ts';
import { normTerm, textOf } from '../lib/search/terms.ts';
import { GEMEENTEN } from '../lib/search/plaatsen.ts';
import { stemmer } from '@orama/stemmers/dutch';
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';

/** Where the lexicon for repairing misspelt and compound words is written (engine.ts LEXICON_URL). */
export const LEXICON_FILE = 'zoekwijzer.json';

/**
 * Parts of pages that are not indexed, because they repeat what is a result of its own and so let
 * overview pages and the wrong sections crowd out the answer: the kaart's list (every keuze; it made
 * /kaart/ match nearly every query), the keuze list at the top of a wet page, the scheidslijnen listed
 * on a wet page and the casussen listed on a scheidslijn page, and the lists of sources.
 */
export const EXCLUDE_SELECTORS = ['.sk-kaartlijst', '.sk-toc', '.sk-bronnen', 'section[aria-labelledby="scheidslijnen"]', 'section[aria-labelledby="casussen"]'];

/**
 * A test for one simple selector of EXCLUDE_SELECTORS: a tag, a class and one attribute (with or without a value),
 * each optional ("section[aria-labelledby=\"casussen\"]", ".sk-toc"). ultrahtml's own matcher has no compound
 * selectors; a selector this cannot read stops the build.
 */
function simpleSelector(selector: string): (node: ElementNode) => boolean {
  const m = /^([a-z][a-z0-9]*)?(?:\.([\w-]+))?(?:\[([\w-]+)(?:="([^"]*)")?\])?$/.exec(selector);
  if (!m || !selector) throw new Error(`Pagefind: selector "${selector}" wordt niet begrepen bij het maken van de woordenlijst`);
  const [, tag, cls, attr, value] = m;
  return (node) =>
    (!tag || node.name === tag) &&
    (!cls || (node.attributes.class ?? '').split(/\s+/).includes(cls)) &&
    (!attr || (value === undefined ? attr in node.attributes : node.attributes[attr] === value));
}

/** What Pagefind leaves out of a page's text: its ignored parts, EXCLUDE_SELECTORS, and code and pictures. */
const NOT_TEXT = ['[data-pagefind-ignore]', ...EXCLUDE_SELECTORS, 'script', 'style', 'svg'].map(simpleSelector);

/**
 * The searchable text of a built page, as Pagefind indexes it: its <main data-pagefind-body>, without the parts
 * Pagefind leaves out, so that the lexicon offers no word the index cannot find (issue 24: the lexicon is part of
 * a first search with a long word).
 */
function mainText(html: string): string {
  const parts: string[] = [];
  let inMain = false;
  const walk = (node: Node) => {
    if (node.type === TEXT_NODE) {
      if (inMain) parts.push(node.value);
      return;
    }
    const el = node.type === ELEMENT_NODE ? (node as ElementNode) : undefined;
    // A page's search terms (src/components/search/ZoekTermen.astro) are meta fields: hidden, but searched.
    if (inMain && el?.attributes['data-zoektermen']) parts.push(el.attributes['data-zoektermen']);
    if (el && inMain && NOT_TEXT.some((test) => test(el))) return;
    const body = !inMain && el?.name === 'main' && 'data-pagefind-body' in el.attributes;
    if (body) inMain = true;
    for (const child of node.children ?? []) walk(child);
    if (body) inMain = false;
  };
  walk(parse(html));
  return parts.join(' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/**
 * The lexicon: every word of the content and of the indexed pages (most frequent first), and the
 * terms "Bedoelde u …?" may offer: names of wetten, begrippen, keuzes, scheidslijnen and casussen,
 * with their aliases and zoekwoorden.
 */
export function searchLexicon(graph: Graph, pageTexts: string[]): Lexicon {
  const g = graph;
  const all = [...g.wetten, ...g.keuzes, ...g.scheidslijnen, ...g.casussen, ...g.begrippen];
  const termen = [
    ...g.wetten.flatMap((w) => [w.data.naam, w.data.kort, w.data.afkorting, ...w.data.aliassen]),
    ...g.begrippen.flatMap((b) => [b.data.term.replace(/\s*\([^)]*\)/g, ''), ...b.data.aliassen]),
    ...g.keuzes.flatMap((k) => [k.data.onderwerp, ...k.data.zoekwoorden]),
    ...g.scheidslijnen.map((s) => s.data.titel),
    ...g.casussen.map((c) => c.data.titel),
  ];
  // One-word aliases of a begrip and its term ("jeugdzorg" → "jeugdhulp"), searched side by side (query.ts).
  const synoniemen: Record<string, string> = {};
  for (const b of g.begrippen) {
    const term = normTerm(b.data.term);
    for (const alias of b.data.aliassen.map(normTerm)) if (/^\p{L}+$/u.test(alias) && alias !== term && !synoniemen[alias]) synoniemen[alias] = term;
  }
  // The stemmer is for build-time callers (tests); JSON.stringify leaves it out, the engine adds it in the browser.
  return { ...lexiconFrom([...all.flatMap((e) => textOf(e.data)), ...termen, ...pageTexts], termen, synoniemen, [...GEMEENTEN], stemmer), stem: stemmer };
}

/** The HTML files below a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** Pagefind's own UI bundles (default, modular, component UI, highlighter): written by writeFiles, never used here. */
const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind: ${step} mislukt:\n  ${errors.join('\n  ')}`);
}

export interface IndexSummary {
  /** Pages indexed from the HTML (those with data-pagefind-body). */
  pages: number;
  records: number;
  languages: string[];
}

/** Indexes `dist` (pages and records) and writes `<dist>/pagefind/`. Throws on any Pagefind error. */
export async function buildSearchIndex(dist: string, contentDir: string, root: string): Promise<IndexSummary> {
  const graph = contentStore(contentDir, root).graph;
  // Facts ({feit:id}) in record texts become their plain value, as on the pages (src/lib/content/feiten.ts).
  const records = JSON.parse(resolveFeitenInText(JSON.stringify(searchRecords(graph).map(toCustomRecord)), graph.feitMap)) as CustomRecord[];
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (errors.length || !index) fail('index maken', errors.length ? errors : ['geen index']);

    // Every HTML page; only those with data-pagefind-body are indexed. Without any such page
    // Pagefind would index whole pages, navigation and footer included: refuse that.
    if (!htmlFiles(dist).some((f) => readFileSync(f, 'utf8').includes('data-pagefind-body')))
      fail(`pagina's indexeren in ${dist}`, ['geen enkele pagina met data-pagefind-body gevonden']);
    const dir = await index.addDirectory({ path: dist, glob: '**/*.html' });
    if (dir.errors.length) fail(`pagina's indexeren in ${dist}`, dir.errors);

    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) fail(`record ${record.url} toevoegen`, added.errors);
    }

    const out = join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) fail('index wegschrijven', written.errors);
    // The words of the index: the indexed text of every page and the text and meta fields of every record.
    const pageTexts = [...htmlFiles(dist).map((f) => mainText(readFileSync(f, 'utf8'))), ...records.map((r) => [r.content, ...Object.values(r.meta)].join(' '))];
    // The repair code and the stemmer are code, not data: the engine adds them when it loads the lexicon.
    writeFileSync(join(out, LEXICON_FILE), JSON.stringify(searchLexicon(graph, pageTexts), (key, value: unknown) => (key === 'herstel' ? undefined : value)));
    // The site has its own search UI (src/components/search/); Pagefind's ready-made UIs are not shipped.
    for (const file of readdirSync(out)) if (UNUSED_BUNDLE_FILE.test(file)) rmSync(join(out, file));

    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.keys(entry.languages);
    if (languages.length !== 1 || languages[0] !== TAAL)
      fail('taal controleren', [`verwacht precies één index in "${TAAL}", gevonden: ${languages.join(', ') || 'geen'} (staat er een pagina met een andere lang dan "${TAAL}"?)`]);
    const pages = entry.languages[TAAL]!.page_count - records.length;
    if (pages < 1) fail(`pagina's indexeren in ${dist}`, ['geen enkele pagina geïndexeerd']);
    return { pages, records: records.length, languages };
  } finally {
    await pagefind.close();
  }
}

/**
 * The functions of Pagefind's JS API that the site calls (PagefindApi in src/components/search/warm.ts). pagefind.js
 * exports more (createInstance, mergeIndex, debouncedSearch, filters, destroy); without their exports terser drops the
 * code only they reach: 0.2 KB less with gzip for every first search (issue 24).
 */
export const PAGEFIND_EXPORTS = ['options', 'init', 'preload', 'search'] as const;

/**
 * `code` (an ES module ending in one `export{…}`) exporting only `names`. Stops the build when one of them is not
 * exported, or the statement is not there (a newer Pagefind that changed its bundle).
 */
export function onlyExports(code: string, names: readonly string[]): string {
  const m = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code);
  if (!m) fail('pagefind.js verkleinen', ['geen export{…} aan het eind van pagefind.js']);
  const entries = m[1]!.split(',').map((e) => e.trim()).filter(Boolean).map((e) => ({ e, name: e.split(/\s+as\s+/).at(-1)! }));
  const missing = names.filter((n) => !entries.some((x) => x.name === n));
  if (missing.length) fail('pagefind.js verkleinen', [`pagefind.js exporteert ${missing.join(', ')} niet`]);
  return `${code.slice(0, m.index)}export{${entries.filter((x) => names.includes(x.name)).map((x) => x.e).join(',')}};`;
}

/**
 * The two places in Pagefind's search() (pagefind.js as Pagefind 1.6 writes it) that `withoutGraphemeSegmenter`
 * rewrites. Before the query goes to the WebAssembly, search() lowercases it and drops punctuation, one grapheme at a
 * time (an Intl.Segmenter) when the browser has Intl.Segmenter, else one code point at a time. For Chinese, Japanese
 * and Thai it also splits the words with a word Segmenter; for every other language the grapheme Segmenter only feeds
 * that per-character filter.
 */
export const PAGEFIND_SEGMENTER = {
  outer: 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){',
  inner: 'if(needsWordSegmentation(trueLanguage)){',
} as const;

/**
 * Pagefind's search() without the grapheme Intl.Segmenter for languages that need no word segmentation (all but
 * zh/ja/th, so for the site's "nl"): they take search()'s own code-point branch, the one for browsers without
 * Intl.Segmenter. The page's first Segmenter loads its break rules, 25 to 50 ms of main thread in a pasted question's
 * first search (issue 24). The two branches give the same text unless a grapheme of several code points holds
 * punctuation (a dash or bracket with a combining mark after it): the grapheme branch drops it whole, the code-point
 * branch keeps the mark. The engine hands Pagefind prepared words (letters, digits and inner hyphens, NFC; query.ts),
 * which hold no combining marks, so its searches are the same (tests/browser/search-segmenter.test.ts compares both
 * on the built site). Stops the build when the code is not there exactly once (a newer Pagefind).
 */
export function withoutGraphemeSegmenter(code: string): string {
  const { outer, inner } = PAGEFIND_SEGMENTER;
  const at = (s: string) => code.split(s).length - 1;
  const wrong = [outer, inner].filter((s) => at(s) !== 1);
  if (wrong.length) fail('pagefind.js verkleinen', wrong.map((s) => `search() van Pagefind veranderd: "${s}" staat er niet precies één keer in`));
  // The outer test now asks for word segmentation too, so the inner one is always true (terser drops its else).
  return code.replace(outer, `if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){`).replace(inner, 'if(true){');
}

/**
 * Pagefind's script (pagefind.js, its JS API and the WebAssembly's glue) is shipped minified but with its own names
 * kept; terser's mangling of local names and a second compress pass make it 47 → 32 KB, 12.8 → 10.7 KB with gzip,
 * for every first search (issue 24). Only the exports the site calls are kept (PAGEFIND_EXPORTS), with their names,
 * and search() makes no grapheme Intl.Segmenter for Dutch (withoutGraphemeSegmenter). Deterministic.
 */
export async function minifyPagefindJs(pagefindDir: string): Promise<{ before: number; after: number }> {
  const file = join(pagefindDir, 'pagefind.js');
  const code = readFileSync(file, 'utf8');
  const out = await minify(withoutGraphemeSegmenter(onlyExports(code, PAGEFIND_EXPORTS)), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: 'some' } });
  if (!out.code) fail('pagefind.js verkleinen', ['terser gaf geen code']);
  writeFileSync(file, out.code);
  return { before: Buffer.byteLength(code), after: Buffer.byteLength(out.code) };
}

export default function pagefindIntegration({ contentDir }: { contentDir: string }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'staalkaart:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const summary = await buildSearchIndex(dist, resolve(root, contentDir), root);
        logger.info(`zoekindex geschreven: ${summary.pages} pagina's en ${summary.records} records (taal ${summary.languages.join(', ')})`);
        // Before the service worker hashes them: the files every first search loads, smaller (issue 24).
        const started = Date.now();
        const js = await minifyPagefindJs(join(dist, 'pagefind'));
        const z = await recompressPagefind(join(dist, 'pagefind'));
        const s = ((Date.now() - started) / 1000).toFixed(1);
        logger.info(`zoekindex kleiner: pagefind.js ${js.before} → ${js.after} bytes; met Zopfli ${z.files} bestanden ${z.before} → ${z.after} bytes (${s} s)`);
      },
    },
  };
}
