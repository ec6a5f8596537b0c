/**
 * The search engine in the browser: Pagefind's JS API (/pagefind/pagefind.js,
 * written by src/integrations/pagefind.ts), with the ranking that makes the
 * aliases work. Shared by the header search and the /zoeken/ page, so both
 * (and the golden-query test, which drives /zoeken/) rank the same way.
 *
 * Loaded only when someone starts to search (see SiteHeader.astro).
 */

/** Where the integration writes the bundle. Same origin: nothing is fetched from elsewhere. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Weights of the meta fields (src/lib/search/records.ts). A match in a meta
 * field adds weight × (how much of the query it covers) to the text score:
 * the names of a wet beat everything, then titles and the own names of
 * begrippen and keuzes, then related terms, then the parts of compound words.
 */
export const RANKING = {
  metaWeights: { title: 5, namen: 12, zoektermen: 5, onderwerpen: 4, varianten: 3, feiten: 1 },
} as const;

/** Meta fields holding a result's own names: a query equal to one of them puts the result first. */
const NAME_FIELDS = ['title', 'namen', 'zoektermen'] as const;

/** How many of Pagefind's first results are checked for such an exact name. */
export const RERANK = 12;

export const EXCERPT_LENGTH = 22;

export type ResultType = 'wet' | 'keuze' | 'scheidslijn' | 'casus' | 'begrip' | 'vraag' | 'pagina';

export interface Hit {
  url: string;
  title: string;
  /** The result's own names (title, names, aliases), for the exact-match rule. */
  names: string[];
  type: ResultType;
  wetten: string[];
  beleidsruimte?: string;
  /** HTML: Pagefind escapes the text and only adds <mark>. */
  excerpt: string;
}

export interface Filters {
  type?: string[];
  wet?: string[];
  beleidsruimte?: string[];
}

export interface Outcome {
  query: string;
  /** Results after filtering. */
  total: number;
  /** Results before filtering. */
  unfiltered: number;
  hits: Hit[];
  /** Loads the next hits (for "meer resultaten"). */
  more: (from: number, count: number) => Promise<Hit[]>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}
interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, o?: Record<string, unknown>) => Promise<void>;
  search: (term: string, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

let api: Promise<PagefindApi> | undefined;

/** Loads and configures Pagefind once. */
export function pagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
    // noWorker: the index is small and a search takes a few milliseconds, so the main thread is fine;
    // it saves downloading the worker (a second copy of the search code, 12 KB gzipped) and its messaging.
    await pf.options({ ranking: RANKING, excerptLength: EXCERPT_LENGTH, excerptEllipsis: '…', noWorker: true });
    await pf.init();
    return pf;
  })();
  return api;
}

const TYPES: ResultType[] = ['wet', 'keuze', 'scheidslijn', 'casus', 'begrip', 'vraag'];

/** For comparing names: lowercase, no diacritics, no punctuation. */
export const normName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "Pgb (persoonsgebonden budget)" is named "Pgb (persoonsgebonden budget)", "Pgb" and "persoonsgebonden budget". */
function namesOf(meta: PagefindResultData['meta']): string[] {
  const out: string[] = [];
  for (const field of NAME_FIELDS) {
    for (const name of (meta[field] ?? '').split(', ')) {
      out.push(name, name.replace(/\([^)]*\)/g, ''), ...[...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!));
    }
  }
  return [...new Set(out.map(normName).filter(Boolean))];
}

function toHit(d: PagefindResultData): Hit {
  const type = d.filters.type?.[0];
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    names: namesOf(d.meta),
    type: TYPES.includes(type as ResultType) ? (type as ResultType) : 'pagina',
    wetten: d.filters.wet ?? [],
    beleidsruimte: d.filters.beleidsruimte?.[0],
    excerpt: d.excerpt,
  };
}

/** Pagefind filters: any of the chosen values within a group, all groups together. */
function pagefindFilters(f: Filters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [k, v] of Object.entries(f)) if (v?.length) out[k] = { any: v };
  return out;
}

/** Normalises what someone typed: trimmed, single spaces. */
export const cleanQuery = (q: string) => q.replace(/\s+/g, ' ').trim();

/** Queries shorter than this are not searched (one letter matches nearly everything). */
export const MIN_QUERY = 2;

/**
 * Exact names first: among the first results, those with a name equal to the
 * query move to the top, in Pagefind's order ("eigen bijdrage" puts the keuze
 * and the begrip named so above "Maximum van de eigen bijdrage"). Pagefind
 * scores how much of the query a title covers, not how much of the title the
 * query is; this rule adds the second.
 */
export function exactFirst(hits: Hit[], query: string): Hit[] {
  const q = normName(query);
  const exact = hits.filter((h) => h.names.includes(q));
  return exact.length ? [...exact, ...hits.filter((h) => !exact.includes(h))] : hits;
}

/** Searches and loads the data of the first `count` hits. */
export async function search(query: string, filters: Filters = {}, count = 8): Promise<Outcome> {
  const q = cleanQuery(query);
  const pf = await pagefind();
  const res = q.length >= MIN_QUERY ? await pf.search(q, { filters: pagefindFilters(filters) }) : null;
  const results = res?.results ?? [];
  const load = (from: number, n: number) => Promise.all(results.slice(from, from + n).map(async (r) => toHit(await r.data())));
  const head = exactFirst(await load(0, Math.max(count, RERANK)), q);
  return {
    query: q,
    total: results.length,
    unfiltered: res?.unfilteredResultCount ?? 0,
    hits: head.slice(0, count),
    // Later pages come from the reranked head first, then from Pagefind's order.
    more: async (from, n) => {
      const start = Math.max(from, head.length);
      const rest = from + n > start ? await load(start, from + n - start) : [];
      return [...head.slice(from, from + n), ...rest];
    },
  };
}

/** Starts loading the index chunks for what is being typed. */
export async function preload(query: string): Promise<void> {
  const q = cleanQuery(query);
  if (q.length >= MIN_QUERY) await (await pagefind()).preload(q);
}
