/**
 * Warming up search on first use: before the search UI itself has loaded, the browser is asked to fetch what every
 * first search needs next (Pagefind's JS and WebAssembly) and, for a question with a long word, the lexicon. Without
 * this, each waits for the one before it (search UI → pagefind.js → its entry file → the WebAssembly), which made a
 * pasted question or /zoeken/?q=… wait for four round trips and the parsing in between (issue 24).
 *
 * Tiny on purpose: the header's loader (SiteHeader.astro) imports it with the page, the search UI only on first use.
 * The hints are ordinary <link rel="modulepreload"> and <link rel="preload" as="fetch" crossorigin>, same origin,
 * matched by the later import() and fetch() of engine.ts (so nothing is fetched twice).
 */

/** Where the integration writes Pagefind's bundle (src/integrations/pagefind.ts). */
export const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pagefind's WebAssembly for the site's one index language (TAAL in src/lib/search/records.ts: "nl"). */
export const PAGEFIND_WASM_URL = '/pagefind/wasm.nl.pagefind';
/** The lexicon for repairing unknown words (query.ts), written by the integration next to the index. */
export const LEXICON_URL = '/pagefind/zoekwijzer.json';

/** Whether a query has a word the lexicon may be needed for (a rough, cheap version of query.ts needsLexicon). */
export const mayNeedLexicon = (query: string) => /\p{L}{5,}/u.test(query);

function hint(doc: Document, rel: 'modulepreload' | 'preload', href: string) {
  if (doc.head.querySelector(`link[rel="${rel}"][href="${href}"]`)) return;
  const link = doc.createElement('link');
  link.rel = rel;
  link.href = href;
  if (rel === 'preload') {
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  doc.head.append(link);
}

/** Asks the browser to start fetching Pagefind (and the lexicon, when `query` may need it). Idempotent. */
export function warmSearch(query = '', doc: Document = document): void {
  hint(doc, 'modulepreload', PAGEFIND_URL);
  hint(doc, 'preload', PAGEFIND_WASM_URL);
  if (mayNeedLexicon(query)) hint(doc, 'preload', LEXICON_URL);
}
