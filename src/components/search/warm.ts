/**
 * Warming up search on first use: before the search UI itself has loaded, Pagefind is started (pagefind(): in its web
 * worker, which fetches its entry file, then its meta file and WebAssembly, and sets up the index) and, for a question
 * with a long word, the lexicon is asked for. Without this, each waits for the one
 * before it (search UI → Pagefind → its entry file → the WebAssembly), which made a pasted question or /zoeken/?q=…
 * wait for four round trips and the parsing in between (issue 24).
 *
 * Small on purpose: the header's loader (SiteHeader.astro) imports it with the page, the search UI only on first use.
 * The lexicon's hint is an ordinary <link rel="preload" as="fetch" crossorigin>, same origin, matched by the later
 * fetch() of engine.ts (so nothing is fetched twice). Pagefind's own files get no hint: the worker fetches them, and a
 * worker does not use the page's preloads.
 */
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
 * Starts Pagefind (pagefind.ts pagefind(): its worker fetches its WebAssembly, entry and meta file and sets up the
 * index) and asks the browser to fetch the lexicon when `query` may need it. Idempotent. A failure to start shows with
 * the first search.
 */
export function warmSearch(query = '', doc: Document = document): void {
  if (mayNeedLexicon(query)) hint(doc, LEXICON_URL);
  try {
    if (typeof Worker !== 'undefined') pagefindWorker();
  } catch {
    // pagefind.ts then runs Pagefind in the page.
  }
}

/** Pagefind's worker in the bundle the integration writes (src/integrations/pagefind.ts). */
export const PAGEFIND_WORKER_URL = '/pagefind/pagefind-worker.js';
let worker: Worker | undefined;
/**
 * Pagefind's web worker, created once: here, so it fetches and starts while the search UI loads; pagefind.ts (in the
 * search UI's chunk, which would make the loader of every page larger) sends it its options and the searches.
 */
export const pagefindWorker = () => (worker ??= new Worker(PAGEFIND_WORKER_URL));
