/**
 * Warming up search on first use: before the search UI itself has loaded, Pagefind is started (pagefind(): in its web
 * worker, which fetches its entry file, then its meta file and WebAssembly, and sets up the index) and, for a question
 * with a long word, the lexicon, the repair code and the stemmer are asked for. Without this, each waits for the one
 * before it (search UI → Pagefind → its entry file → the WebAssembly), which made a pasted question or /zoeken/?q=…
 * wait for four round trips and the parsing in between (issue 24).
 *
 * Small on purpose: the header's loader (SiteHeader.astro) imports it with the page, the search UI only on first use.
 * The lexicon's hint is an ordinary <link rel="preload" as="fetch" crossorigin>, same origin, matched by the later
 * fetch() of engine.ts (so nothing is fetched twice). Pagefind's own files get no hint: the worker fetches them, and a
 * worker does not use the page's preloads.
 */
import type { PagefindResultData } from '../../lib/search/rank.ts';

/** Where the integration writes Pagefind's bundle (src/integrations/pagefind.ts): its worker, and its main-thread API. */
export const PAGEFIND_WORKER_URL = '/pagefind/pagefind-worker.js';
const PAGEFIND_URL = '/pagefind/pagefind.js';
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
 * Starts Pagefind (pagefind(): its worker fetches its WebAssembly, entry and meta file and sets up the index) and asks
 * the browser to fetch the lexicon, with the repair code and the stemmer, when `query` may need it. Idempotent. A
 * failure to start shows with the first search.
 */
export function warmSearch(query = '', doc: Document = document): void {
  if (mayNeedLexicon(query) && !doc.head.querySelector(`link[href="${LEXICON_URL}"]`)) {
    hint(doc, LEXICON_URL);
    // The code that comes with the lexicon (engine.ts loadLexicon): asked for now, beside the search UI, not after it.
    import('../../lib/search/herstel.ts').catch(() => {});
    import('@orama/stemmers/dutch').catch(() => {});
  }
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
/** The part of Pagefind's API the engine uses. */
export interface PagefindApi {
  preload: (term: string, o?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

/**
 * Pagefind's options: `ranking`, and excerptLength (words in an excerpt). basePath: where the bundle is; language: the
 * page's, as Pagefind's own pagefind.js reads it (the index has one language, TAAL in records.ts).
 */
const options = () => ({
  basePath: '/pagefind/',
  language: (document.documentElement.getAttribute('lang') || 'unknown').toLowerCase(),
  primary: true,
  ranking: RANKING,
  excerptLength: 22,
  excerptEllipsis: '…',
});

let api: Promise<PagefindApi> | undefined;

/**
 * Pagefind, started once: on first use of the search field, by the loader beside the search UI (not by it), and
 * shared with the engine (engine.ts). It runs in Pagefind's own web worker (inWorker); without workers, in the page.
 */
export function pagefind(): Promise<PagefindApi> {
  api ??= typeof Worker === 'undefined' ? inPageOnce() : Promise.resolve(inWorker());
  return api;
}

let page: Promise<PagefindApi> | undefined;
const inPageOnce = () => (page ??= inPage());

/** Pagefind in the page (pagefind.js), for a browser without web workers, or when the worker fails. */
async function inPage(): Promise<PagefindApi> {
  const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi & { options: (o: object) => Promise<void>; init: () => Promise<void> };
  await pf.options({ ...options(), noWorker: true });
  await pf.init();
  return pf;
}

/**
 * Pagefind in its web worker (pagefind-worker.js, the same search code as pagefind.js), spoken to directly with the
 * messages pagefind.js sends it ({id, instanceId, method, args} → {id, result | error}; Pagefind 1.6, pinned in
 * package.json). Why a worker (issue 24): Pagefind unpacks its files in JavaScript (its WebAssembly, meta file, index
 * chunks and fragments: 30 to 50 ms for a pasted question) and turns every search's result into objects; in the page
 * that work and the query preparation wait for each other, in the worker they run side by side, and Pagefind's start-up
 * (entry file, then meta file and WebAssembly) is not held up by the page's work. Why not through pagefind.js: the page
 * would load both files (pagefind.js 13.1 KB gzipped, the worker 12.4 KB); this way it loads the worker only.
 * A result's data stays in the worker until asked for (getData), and is let go there when the result is
 * garbage-collected here (releaseData), as pagefind.js does. When the worker fails (it cannot load, or throws), the
 * searches still waiting and all later ones run in the page (inPage).
 */
function inWorker(): PagefindApi {
  const worker = new Worker(PAGEFIND_WORKER_URL);
  const instanceId = 'sk';
  const waiting = new Map<string, { method: string; args: unknown[]; resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let next = 0;
  let failed = false;
  const send = (method: string, args: unknown[]) =>
    failed
      ? viaPage(method, args)
      : new Promise<unknown>((resolve, reject) => {
          const id = `${next++}`;
          waiting.set(id, { method, args, resolve, reject });
          worker.postMessage({ id, instanceId, method, args });
        });
  // A search or preload asked for before the worker failed is run in the page; a result's data from the worker is lost.
  const viaPage = async (method: string, args: unknown[]): Promise<unknown> => {
    if (method !== 'search' && method !== 'preload') throw new Error(`Pagefind: ${method} na een fout in de worker`);
    const pf = await (api = inPageOnce());
    const [term, o] = args as [string, Record<string, unknown>];
    return method === 'search' ? pf.search(term, o) : pf.preload(term, o);
  };
  worker.addEventListener('message', (e: MessageEvent<{ id: string; result?: unknown; error?: string }>) => {
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    if (e.data.error) w.reject(new Error(e.data.error));
    else w.resolve(e.data.result);
  });
  worker.addEventListener('error', () => {
    failed = true;
    worker.terminate();
    for (const w of waiting.values()) viaPage(w.method, w.args).then(w.resolve, w.reject);
    waiting.clear();
  });
  const release = typeof FinalizationRegistry === 'undefined' ? undefined : new FinalizationRegistry<string>((id) => void send('releaseData', [id]).catch(() => {}));
  const withData = (res: unknown) => {
    const found = res as { results: (Omit<PagefindResult, 'data'> & { data: unknown })[] } | null;
    for (const r of found?.results ?? []) {
      if (typeof r.data !== 'string') continue; // run in the page after a failure: data() is Pagefind's own
      const id = r.data;
      release?.register(r, id);
      r.data = () => send('getData', [id]);
    }
    return found as PagefindSearch | null;
  };
  void send('init', [options()]).catch(() => {});
  return {
    search: (term, o = {}) => send('search', [term, o]).then(withData),
    preload: (term, o = {}) => send('preload', [term, o]).then(() => undefined),
  };
}
