import { byPrior, dropStopwords, STOPWOORDEN, needsLexicon, prepareQuery, queryWords, rankRelaxed, type Lexicon, type PreparedQuery, type Ranked, type Scored } from '../../lib/search/query.ts';

/**
 * The search engine in the browser: Pagefind's JS API (/pagefind/pagefind.js,
 * written by src/integrations/pagefind.ts), with the ranking that makes the
 * aliases work. Shared by the header search and the /zoeken/ page, so both
 * (and the golden-query test, which drives /zoeken/) rank the same way.
 *
 * A query is prepared first (src/lib/search/query.ts): question words are
 * dropped, unknown words split or corrected, and when not every word occurs
 * on one page, results with fewer of the words follow (relaxation).
 *
 * Loaded only when someone starts to search (see SiteHeader.astro).
 */

/** Where the integration writes the bundle. Same origin: nothing is fetched from elsewhere. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The lexicon for repairing unknown words (query.ts), written by the integration next to the index. */
export const LEXICON_URL = '/pagefind/zoekwijzer.json';

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

/** How many of the first results are reranked (named and exact results first, answers before page sections), the same for the header and /zoeken/. */
export const RERANK = 10;

export const EXCERPT_LENGTH = 22;

export type ResultType = 'wet' | 'keuze' | 'scheidslijn' | 'casus' | 'begrip' | 'vraag' | 'pagina';

export interface Hit {
  url: string;
  title: string;
  /** The result's own names (title, names, aliases), for the exact-match rule. */
  names: string[];
  /** Its title and, for a wet, its names, as written: an exact match on one of these beats one on an alias or a part in brackets. */
  primary: string[];
  type: ResultType;
  wetten: string[];
  beleidsruimte?: string;
  /** HTML: Pagefind escapes the text and only adds <mark>. */
  excerpt: string;
  /** For a keuze: its summary, the first sentence of its samenvatting (plain text). */
  summary?: string;
  /** For a result that points at a section of its page: the section's heading. */
  section?: string;
}

export interface Filters {
  type?: string[];
  wet?: string[];
  beleidsruimte?: string[];
}

export interface Outcome {
  query: string;
  /** What was searched and what was changed on the way (dropped words, corrections, a suggestion). */
  prepared: PreparedQuery;
  /** How many results hold every searched word; the others hold some of them. */
  complete: number;
  /** Results after filtering. */
  total: number;
  /** Results before filtering. */
  unfiltered: number;
  hits: Hit[];
  /** Loads the next hits (for "meer resultaten"). */
  more: (from: number, count: number) => Promise<Hit[]>;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
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

/** The first sentence of a text. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();

/**
 * The section of a page that answers: the sub-result (a part under a heading
 * with an id) holding most of the matched words, if that is not the top of
 * the page.
 */
function bestSection(d: PagefindResultData): PagefindSubResult | undefined {
  const subs = (d.sub_results ?? []).filter((s) => (s.locations?.length ?? 0) > 0);
  const best = subs.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  return best && best.url.includes('#') && best.url !== d.url ? best : undefined;
}

export function toHit(d: PagefindResultData): Hit {
  const type = d.filters.type?.[0];
  const hitType: ResultType = TYPES.includes(type as ResultType) ? (type as ResultType) : 'pagina';
  const title = d.meta.title ?? d.url;
  const hit: Hit = {
    url: d.url,
    title,
    names: namesOf(d.meta),
    primary: [d.meta.title ?? '', ...(d.meta.namen ?? '').split(', ')].map(normName).filter(Boolean),
    type: hitType,
    wetten: d.filters.wet ?? [],
    beleidsruimte: d.filters.beleidsruimte?.[0],
    excerpt: d.excerpt,
  };
  // A keuze record's content is "<onderwerp>. <samenvatting> …" (records.ts): its summary follows the title.
  if (hitType === 'keuze' && d.content.startsWith(title)) hit.summary = firstSentence(d.content.slice(title.length).replace(/^[.!?:]?\s*/, ''));
  // Pages (not records, which are parts already) point at the section that answers.
  const section = d.url.includes('#') ? undefined : bestSection(d);
  if (section) Object.assign(hit, { url: section.url, section: section.title, excerpt: section.excerpt });
  return hit;
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
  // A compound typed in parts is the same name: "maatwerk voorziening" is named "maatwerkvoorziening".
  const q = normName(query);
  const joined = q.replace(/ /g, '');
  const exact = hits.filter((h) => h.names.includes(q) || h.names.some((n) => n.replace(/ /g, '') === joined));
  // "Wlz" is the wet's own name, and only a part in brackets of "Ggz-wonen (Wlz)": the wet first.
  const primary = exact.filter((h) => h.primary.includes(q));
  const ordered = [...primary, ...exact.filter((h) => !primary.includes(h))];
  return exact.length ? [...ordered, ...hits.filter((h) => !exact.includes(h))] : hits;
}

/**
 * How many words of the question a name of the hit covers: a name counts when
 * it is a term of the question, or when every word of it, question and function words aside, is a word of the
 * question ("verordening van mijn gemeente" for "waar vind ik de verordening
 * van mijn gemeente"); the words of such names are counted once. Only names
 * whose words all have five letters or more count: "pgb", "wmo" or "18 jaar"
 * name a whole wet, begrip or age, not the answer to a question about them.
 */
export function namedBy(hit: Hit, terms: string[]): number {
  const normed = terms.map(normName);
  const asked = new Set(normed.flatMap((t) => t.split(' ')));
  const covered = new Set<string>();
  // A term that is a name as a whole ("huishoudelijke hulp", a phrase of the site kept together).
  for (const t of normed) if (t.length >= 5 && hit.names.includes(t)) for (const w of t.split(' ')) covered.add(w);
  for (const name of hit.names) {
    const words = name.split(' ').filter((w) => !STOPWOORDEN.has(w));
    if (words.length && words.every((w) => w.length >= 5 && asked.has(w))) for (const w of words) covered.add(w);
  }
  return covered.size;
}

/** How many of the first results of each term's own search may join the reranked head when a term names them. */
export const NAMED_PER_TERM = 2;

/**
 * Results named by a term of the question come first, most such terms first:
 * "huishoudelijke hulp beperken" puts the keuze labelled "Huishoudelijke
 * hulp" up, "wie betaalt een rolstoel" the keuze with the zoekwoord
 * "rolstoel" (see namedBy).
 */
export function namedFirst(hits: Hit[], terms: string[]): Hit[] {
  if (terms.length < 2) return hits;
  return hits
    .map((h, i) => ({ h, i, n: namedBy(h, terms) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ h }) => h);
}

/**
 * Overview pages (the kaart, the lists, the home page) mention nearly every
 * subject; they follow the specific answers among the first results, unless
 * they are what was asked for by name (exactFirst runs after this).
 */
export const OVERZICHTEN: ReadonlySet<string> = new Set(['/', '/kaart/', '/wetten/', '/scheidslijnen/', '/casussen/', '/begrippen/', '/bronnen/']);

/** Weights of the kinds of result among the first ones (see byPrior in query.ts). */
export const PRIOR = { antwoord: 1, situatie: 0.9, pagina: 0.65, vraag: 0.5, overzicht: 0.2 } as const;

/**
 * Keuzes and begrippen answer; a casus or scheidslijn describes a situation; a wet page section or other page is
 * context; a question of the werkblad points onward to the keuzes that answer it.
 */
export function prior(hit: Hit): number {
  if (OVERZICHTEN.has(hit.url.replace(/#.*$/, ''))) return PRIOR.overzicht;
  if (hit.type === 'keuze' || hit.type === 'begrip') return PRIOR.antwoord;
  if (hit.type === 'vraag') return PRIOR.vraag;
  return hit.type === 'casus' || hit.type === 'scheidslijn' ? PRIOR.situatie : PRIOR.pagina;
}

/** An exact name puts the whole page first, not a section of it. */
function pageWhenNamed(hits: Hit[], query: string, data: Map<Hit, PagefindResultData>): Hit[] {
  const q = normName(query);
  return hits.map((h) => {
    const d = data.get(h);
    return d && h.section && h.names.includes(q) ? { ...h, url: d.url, excerpt: d.excerpt, section: undefined } : h;
  });
}

let lexicon: Promise<Lexicon> | undefined;

/** The lexicon, fetched once and only when a word needs repairing. A failed fetch repairs nothing. */
function loadLexicon(): Promise<Lexicon> {
  lexicon ??= fetch(LEXICON_URL)
    .then((r) => (r.ok ? (r.json() as Promise<Lexicon>) : { woorden: [], termen: [] }))
    .catch(() => ({ woorden: [], termen: [] }));
  return lexicon;
}

/** Searches and loads the data of the first `count` hits. */
export async function search(query: string, filters: Filters = {}, count = 8): Promise<Outcome> {
  const q = cleanQuery(query);
  const pf = await pagefind();
  const pfFilters = { filters: pagefindFilters(filters) };
  const typed = q.length >= MIN_QUERY ? q : '';
  // The lexicon is fetched only for a query with a word long enough to be misspelt or a compound.
  const prepared = prepareQuery(typed, needsLexicon(typed) ? await loadLexicon() : undefined);
  const terms = prepared.terms.map((t) => t.search);
  const res = terms.length ? await pf.search(terms.join(' '), pfFilters) : null;
  const full = res?.results ?? [];
  // Relaxation: with two or more terms, also every term on its own, merged by how many terms a result holds.
  const perTerm = terms.length > 1 ? await Promise.all(terms.map((t) => pf.search(t, pfFilters))) : [];
  const byId = new Map<string, PagefindResult>();
  for (const r of [...full, ...perTerm.flatMap((p) => p?.results ?? [])]) if (!byId.has(r.id)) byId.set(r.id, r);
  const scored = (list: PagefindResult[]): Scored[] => list.map((r) => ({ id: r.id, score: r.score }));
  const order = rankRelaxed(scored(full), perTerm.map((p) => scored(p?.results ?? [])), byId.size);
  const results = order.map((r) => ({ result: byId.get(r.id)!, ranked: r }));
  const unfiltered = Math.max(res?.unfilteredResultCount ?? 0, ...perTerm.map((p) => p?.unfilteredResultCount ?? 0));

  const data = new Map<Hit, PagefindResultData>();
  const loadOne = async (result: PagefindResult, ranked: Ranked) => {
    const d = await result.data();
    const hit = toHit(d);
    data.set(hit, d);
    return { hit, ranked, id: result.id };
  };
  const searched = terms.join(' ');
  // The head: the first results in the relaxed order, plus the first NAMED_PER_TERM results of each
  // term's own search. Those carry the term in a name (a keuze's zoekwoord "wijkteam"), and a result
  // named by a term of the question answers it better than one that only mentions every word
  // ("hoe richten we het wijkteam in"); namedFirst keeps them only when a term names them.
  const headIds = new Set(results.slice(0, RERANK).map(({ result }) => result.id));
  const extraIds = perTerm.flatMap((p) => (p?.results ?? []).slice(0, NAMED_PER_TERM).map((r) => r.id)).filter((id) => !headIds.has(id));
  const rankedOf = new Map(results.map((r) => [r.result.id, r.ranked]));
  const [regular, extra] = await Promise.all([
    Promise.all(results.slice(0, RERANK).map(({ result, ranked }) => loadOne(result, ranked))),
    Promise.all([...new Set(extraIds)].map((id) => loadOne(byId.get(id)!, rankedOf.get(id)!))),
  ]);
  const namedExtra = extra.filter(({ hit }) => namedBy(hit, terms) > 0);
  // Among the first results: answers (keuzes, begrippen) before sections of long pages, overviews last.
  // The same head is reranked for the header (8 results) and /zoeken/ (20), so both show the same order.
  const first = namedFirst(byPrior([...regular, ...namedExtra], ({ hit }) => prior(hit)).map((x) => x.hit), terms);
  // A name typed as such ("Wet werk en bijstand") or left after dropping question words ("wat is een pgb").
  const loaded = pageWhenNamed(pageWhenNamed(first, searched, data), q, data);
  const head = exactFirst(exactFirst(loaded, searched), q);
  const inHead = new Set([...regular, ...namedExtra].map((x) => x.id));
  // After the head, the relaxed order without what the head already shows.
  const rest = results.filter(({ result }) => !inHead.has(result.id));
  const loadRest = async (from: number, n: number) => Promise.all(rest.slice(from, from + n).map(({ result, ranked }) => loadOne(result, ranked).then((x) => x.hit)));
  return {
    query: q,
    prepared,
    complete: full.length,
    total: results.length,
    unfiltered,
    hits: count > head.length ? [...head, ...(await loadRest(0, count - head.length))] : head.slice(0, count),
    // Later pages come from the reranked head first, then from the relaxed order.
    more: async (from, n) => {
      const start = Math.max(from, head.length);
      const later = from + n > start ? await loadRest(start - head.length, from + n - start) : [];
      return [...head.slice(from, from + n), ...later];
    },
  };
}

/** Starts loading the index chunks for what is being typed. */
export async function preload(query: string): Promise<void> {
  const q = dropStopwords(queryWords(cleanQuery(query))).kept.join(' ');
  if (q.length >= MIN_QUERY) await (await pagefind()).preload(q);
}
