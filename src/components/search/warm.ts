/**
 * Warming up search on first use: before the search UI itself has loaded, the browser is asked to fetch what every
 * first search needs next (Pagefind's JS and WebAssembly) and, for a question with a long word, the lexicon. Without
 * this, each waits for the one before it (search UI → pagefind.js → its entry file → the WebAssembly), which made a
 * pasted question or /zoeken/?q=… wait for four round trips and the parsing in between (issue 24).
 *
 * Pagefind itself is started here too (pagefind()): its start-up (entry file, then meta file and WebAssembly, then
 * setting up the index) runs while the search UI loads, so a pasted question's first search waits less for it; Pagefind
 * makes a search asked before it is ready wait in steps of 50 ms.
 *
 * Small on purpose: the header's loader (SiteHeader.astro) imports it with the page, the search UI only on first use.
 * The hints are ordinary <link rel="preload" as="fetch" crossorigin>, same origin, matched by the later fetch() of
 * Pagefind and engine.ts (so nothing is fetched twice).
 */
import type { PagefindResultData } from '../../lib/search/rank.ts';

/** Where the integration writes Pagefind's bundle (src/integrations/pagefind.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pagefind's WebAssembly for the site's one index language (TAAL in src/lib/search/records.ts: "nl"). */
export const PAGEFIND_WASM_URL = '/pagefind/wasm.nl.pagefind';
/** The lexicon for repairing unknown words (query.ts), written by the integration next to the index. */
export const LEXICON_URL = '/pagefind/zoekwijzer.json';

/** Whether a query has a word the lexicon may be needed for (a rough, cheap version of query.ts needsLexicon). */
export const mayNeedLexicon = (query: string) => /\p{L}{5,}/u.test(query);

function hint(doc: Document, href: string) {
  if (doc.head.querySelector(`link[href="${href}"]`)) return;
  const link = doc.createElement('link');
  link.rel = 'preload';
  link.href = href;
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  doc.head.append(link);
}

/**
 * Asks the browser to start fetching Pagefind's WebAssembly (and the lexicon, when `query` may need it), and starts
 * Pagefind (pagefind()). Idempotent. A failure to start shows with the first search, which asks for Pagefind again.
 */
export function warmSearch(query = '', doc: Document = document): void {
  hint(doc, PAGEFIND_WASM_URL);
  if (mayNeedLexicon(query)) hint(doc, LEXICON_URL);
  pagefind().catch(() => {});
}

/**
 * Pagefind's ranking: weights of the meta fields (src/lib/search/records.ts). A match in a meta
 * field adds weight × (how much of the query it covers) to the text score:
 * the names of a wet beat everything, then titles and the own names of
 * begrippen and keuzes, then related terms, then the parts of compound words.
 */
const RANKING = {
  metaWeights: { title: 5, namen: 12, zoektermen: 5, onderwerpen: 4, varianten: 3, feiten: 1 },
} as const;

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, o?: Record<string, unknown>) => Promise<void>;
  search: (term: string, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

let api: Promise<PagefindApi> | undefined;

/**
 * Loads and configures Pagefind once: on first use of the search field, by the loader beside the search UI (not by
 * it), and shared with the engine (engine.ts).
 */
export function pagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    // noWorker: the index is small and a search takes a few milliseconds, so the main thread is fine;
    // it saves downloading the worker (a second copy of the search code, 12 KB gzipped) and its messaging.
    // excerptLength: words in an excerpt.
    await pf.options({ ranking: RANKING, excerptLength: 22, excerptEllipsis: '…', noWorker: true });
    await pf.init();
    return pf;
  })();
  return api;
}
