import { byPrior, CONTEXT_WEIGHT, dropStopwords, factUp, jaarFeit, needsLexicon, prepareQuery, queryWords, rankRelaxed, SOORT_TYPE, type Lexicon, type PreparedQuery, type Ranked, type Scored } from '../../lib/search/query.ts';
import { exactFirst, namedBy, namedFirst, pageWhenNamed, prior, toHit, type Hit, type PagefindResultData } from '../../lib/search/rank.ts';
// Where the integration writes the bundle and the lexicon (same origin: nothing is fetched from elsewhere).
import { LEXICON_URL, pagefind, type PagefindResult, type PagefindSearch, type PagefindApi } from './warm.ts';
import { singleSpaces } from '../../lib/normalise.ts';

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


/**
 * How many of the first results are reranked (named and exact results first, answers before page sections), the same
 * for the header and /zoeken/; the header shows exactly these. Each needs its data (Pagefind's fragment, about 1 KB
 * gzipped) before the order is known, so this is what a first search downloads besides Pagefind and the search code
 * (issue 24). 10 and 8 ranked no golden or blind question better than 7; 6 ranked two worse.
 */
export const RERANK = 7;

export type { Hit, ResultType } from '../../lib/search/rank.ts';
export { pagefind } from './warm.ts';

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

/** Pagefind filters: any of the chosen values within a group, all groups together. */
function pagefindFilters(f: Filters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [k, v] of Object.entries(f)) if (v?.length) out[k] = { any: v };
  return out;
}

/** Normalises what someone typed: trimmed, single spaces. */
export const cleanQuery = singleSpaces;

/** Queries shorter than this are not searched (one letter matches nearly everything). */
export const MIN_QUERY = 2;

/** How many of the first results of each term's own search may join the reranked head when a term names them. */
export const NAMED_PER_TERM = 2;

/** The page a gemeente name points to: how to look up what a gemeente chose. */
export const LOKALE_REGELS_URL = '/lokale-regels/';

let lexicon: Promise<Lexicon | undefined> | undefined;

/**
 * The lexicon, fetched once and only when a word needs repairing, with the code that repairs words (herstel.ts, a
 * chunk of its own) and the Dutch stemmer: all three are needed only for a query with a long word, so a first search
 * for "wlz" loads none of them. A failed fetch repairs nothing; without the repair code there is no lexicon.
 */
function loadLexicon(): Promise<Lexicon | undefined> {
  lexicon ??= Promise.all([
    fetch(LEXICON_URL)
      .then((r) => (r.ok ? (r.json() as Promise<Omit<Lexicon, 'herstel'>>) : { woorden: [], termen: [] }))
      .catch(() => ({ woorden: [], termen: [] })),
    import('../../lib/search/herstel.ts').then((m) => m.HERSTEL).catch(() => undefined),
    import('@orama/stemmers/dutch').then((m) => memo(m.stemmer)).catch(() => undefined),
  ]).then(([lex, herstel, stem]) => (mark('lexicon-ready'), herstel ? { ...lex, herstel, ...(stem ? { stem } : {}) } : undefined));
  return lexicon;
}

/** What a caller of search() can add: a signal that ends a search no longer wanted, a look at the prepared query. */
export interface SearchOptions {
  /**
   * Aborted when the query is no longer wanted (a newer one was typed): the search stops before its index chunks and
   * before its results' data, and rejects with the signal's reason. Typing "beschermd wonen" starts a search at every
   * letter; only the ones still wanted download anything beyond Pagefind itself (issue 24).
   */
  signal?: AbortSignal;
  /** Called with the prepared query before Pagefind searches it (to load what the UI will show with it meanwhile). */
  onPrepared?: (prepared: PreparedQuery) => void;
}

/**
 * A function that remembers its answers: the ranking stems the same words again and again (the question's words and
 * the names of every result in the head, for each rule), and the stemmer took a twentieth of a first search.
 */
function memo(f: (w: string) => string): (w: string) => string {
  const seen = new Map<string, string>();
  return (w) => {
    let s = seen.get(w);
    if (s === undefined) seen.set(w, (s = f(w)));
    return s;
  };
}

/** Searches and loads the data of the first `count` hits. */
export async function search(query: string, filters: Filters = {}, count = 8, { signal, onPrepared }: SearchOptions = {}): Promise<Outcome> {
  const q = cleanQuery(query);
  const typed = q.length >= MIN_QUERY ? q : '';
  // Pagefind and the lexicon load side by side; the lexicon only for a query with a word long enough to be
  // misspelt, in another form, or a compound.
  const [pf, lex] = await Promise.all([pagefind(), needsLexicon(typed) ? loadLexicon() : undefined]);
  signal?.throwIfAborted();
  const pfFilters = { filters: pagefindFilters(filters) };
  const prepared = prepareQuery(typed, lex);
  onPrepared?.(prepared);
  const terms = prepared.terms.map((t) => t.search);
  const { intent } = prepared;
  // Pagefind drops an index chunk it could not fetch without a word (pagefind.js loadChunk: `.catch(() => {})`) and
  // searches without it, so a dropped request on a slow or flaky connection reads as "Geen resultaten", or loses the
  // results of a word, for a question whose words are on the site. It forgets the failed chunk, so searching again
  // fetches it again: when the search with all terms, or a term on its own, finds nothing (not even without the
  // filters), the searches that found nothing are run once more (those that found something are kept). One question in
  // ten of the golden and blind sets has such a word ("zoon", "eraan"): the cost is a search of chunks already loaded.
  let found = await searchAll(pf, prepared, pfFilters);
  if (terms.length && [found.res, ...found.perTerm].some((p) => !p?.unfilteredResultCount)) {
    const kept = new Map<string, Promise<PagefindSearch | null>>();
    for (const [text, s] of found.searches) if ((await s)?.unfilteredResultCount) kept.set(text, s);
    found = await searchAll(pf, prepared, pfFilters, kept);
  }
  signal?.throwIfAborted();
  const { res, perTerm, weak, lokaal, soort, overzicht } = found;
  const full = res?.results ?? [];
  const byId = new Map<string, PagefindResult>();
  for (const r of [...full, ...perTerm.flatMap((p) => p?.results ?? [])]) if (!byId.has(r.id)) byId.set(r.id, r);
  const scored = (list: PagefindResult[]): Scored[] => list.map((r) => ({ id: r.id, score: r.score }));
  const factors = prepared.terms.map((t) => (t.topical === false ? CONTEXT_WEIGHT : 1));
  const persons = prepared.weak.map((w) => prepared.personen.includes(w));
  const order = rankRelaxed(scored(full), perTerm.map((p) => scored(p?.results ?? [])), byId.size, weak.map((p) => scored(p?.results ?? [])), factors, persons);
  const results = order.map((r) => ({ result: byId.get(r.id)!, ranked: r }));
  const unfiltered = Math.max(res?.unfilteredResultCount ?? 0, ...perTerm.map((p) => p?.unfilteredResultCount ?? 0));

  const data = new Map<Hit, PagefindResultData>();
  const loadOne = async (result: PagefindResult, ranked: Ranked) => {
    const d = await result.data();
    const hit = toHit(d, intent);
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
  // The best results of the kind the question names join the head as they are (prior() puts that kind first).
  const kindIds = (soort?.results ?? []).slice(0, NAMED_PER_TERM).map((r) => r.id).filter((id) => !headIds.has(id) && byId.has(id));
  const rankedOf = new Map(results.map((r) => [r.result.id, r.ranked]));
  const [regular, extra] = await Promise.all([
    Promise.all(results.slice(0, RERANK).map(({ result, ranked }) => loadOne(result, ranked))),
    Promise.all([...new Set([...extraIds, ...kindIds])].map((id) => loadOne(byId.get(id)!, rankedOf.get(id)!))),
  ]);
  // A year with an amount ("eigen bijdrage wmo 2025"): a fact of that year joins when the head has none (factUp).
  const jaar = /\b20[2-3]\d\b/.exec(q)?.[0];
  const geenJaar = !regular.some(({ hit }) => jaarFeit(hit, jaar) > 0);
  const namedExtra = extra.filter(({ hit, id }) => namedBy(hit, terms, lex) > 0 || kindIds.includes(id) || (geenJaar && jaarFeit(hit, jaar) > 0));
  // Among the first results: answers (keuzes, begrippen) before sections of long pages, overviews last, and
  // what the question asks for (a fact, werksessie material, what the raad may decide) with the answers.
  // The same head is reranked for the header (RERANK results) and /zoeken/ (20), so both show the same order.
  const first = namedFirst(byPrior([...regular, ...namedExtra], ({ hit }) => prior(hit, intent)).map((x) => x.hit), terms, lex);
  // A name typed as such ("Wet werk en bijstand") or left after dropping question words ("wat is een pgb").
  const loaded = pageWhenNamed(pageWhenNamed(first, searched, data, intent), q, data, intent);
  const named = factUp(exactFirst(exactFirst(loaded, searched), q), intent, [...regular, ...namedExtra], jaar);
  // A gemeente name: the page on lokale regels first (the message itself is shown by the UI, see render.ts); a list
  // question ("lijst van alle casussen"): the overview of that kind first (overzichtVraag in lijstvraag.ts, reached through herstel.ts).
  const pinned = [lokaal, overzicht?.hit].filter((h): h is Hit => !!h);
  const pinnedPages = new Set(pinned.map((h) => h.url));
  const head = [...pinned, ...named.filter((h) => !pinnedPages.has(h.url.replace(/#.*$/, '')))];
  const inHead = new Set([...regular, ...namedExtra].map((x) => x.id));
  if (overzicht) inHead.add(overzicht.id);
  // After the head, the relaxed order without what the head already shows.
  const rest = results.filter(({ result }) => !inHead.has(result.id));
  const loadRest = async (from: number, n: number) => Promise.all(rest.slice(from, from + n).map(({ result, ranked }) => loadOne(result, ranked).then((x) => x.hit)));
  const total = results.length + pinned.filter((p) => !named.some((h) => h.url.replace(/#.*$/, '') === p.url) && !(p === overzicht?.hit && byId.has(overzicht.id))).length;
  return {
    query: q,
    prepared,
    complete: full.length,
    total,
    unfiltered: Math.max(unfiltered, total),
    hits: count > head.length ? [...head, ...(await loadRest(0, count - head.length))] : head.slice(0, count),
    // Later pages come from the reranked head first, then from the relaxed order.
    more: async (from, n) => {
      const start = Math.max(from, head.length);
      const later = from + n > start ? await loadRest(start - head.length, from + n - start) : [];
      return [...head.slice(from, from + n), ...later];
    },
  };
}

/**
 * Every search of a prepared query at once: all terms, each term on its own (relaxation, with two or more terms), each
 * weak word, and for a gemeente name the page on lokale regels. A term with other forms (Term.forms: its synonym, its
 * stem) is searched in each; their results are merged. The search with all terms runs twice: as typed, and with each
 * term's first other form.
 */
async function searchAll(pf: PagefindApi, prepared: PreparedQuery, pfFilters: { filters: Record<string, { any: string[] }> }, done = new Map<string, Promise<PagefindSearch | null>>()) {
  const terms = prepared.terms.map((t) => t.search);
  const hasForms = prepared.terms.some((t) => t.forms?.length);
  const union = async (searches: Promise<PagefindSearch | null>[]) => (await Promise.all(searches)).reduce<PagefindSearch | null>((a, b) => (b ? merged(a, b) : a), null);
  // Each distinct text is searched once: a term's form can be another term, or the full search with forms the same
  // as the one without (Pagefind's work grows with every search, and a first search is CPU-bound).
  // `done`: searches of an earlier round that are kept.
  const searches = new Map(done);
  const find = (text: string) => {
    let s = searches.get(text);
    if (!s) searches.set(text, (s = timed(pf.search(text, pfFilters))));
    return s;
  };
  const overzichtUrl = prepared.intent.overzicht;
  const [res, perTerm, weak, lokaal, soort, overzicht] = await Promise.all([
    terms.length ? union([find(terms.join(' ')), ...(hasForms ? [find(prepared.terms.map((t) => t.forms?.[0] ?? t.search).join(' '))] : [])]) : null,
    terms.length > 1 ? Promise.all(prepared.terms.map((t) => union([t.search, ...(t.forms ?? [])].map(find)))) : [],
    terms.length ? Promise.all(prepared.weak.map(find)) : [],
    prepared.plaats ? pageHit(pf, 'lokale regels', LOKALE_REGELS_URL).then((p) => p?.hit) : undefined,
    ofKind(pf, prepared, pfFilters),
    overzichtUrl ? pageHit(pf, overzichtUrl.replace(/\/$/, '').split('/').pop()!, overzichtUrl, pfFilters) : undefined,
  ]);
  return { res, perTerm, weak, lokaal, soort, overzicht, searches };
}

/**
 * A question that names a kind of result ("casus over 18 jaar worden", "casus voor training over beschermd wonen")
 * searches that kind on its own too (Pagefind's type filter), so that its best results of that kind reach the head
 * even when broader results of other kinds hold the same words more often. Not when the user filters on type already.
 */
async function ofKind(pf: PagefindApi, prepared: PreparedQuery, pfFilters: { filters: Record<string, { any: string[] }> }) {
  const soort = prepared.intent.soort;
  if (!soort || !prepared.terms.length || pfFilters.filters.type) return null;
  return timed(pf.search(prepared.terms.map((t) => t.search).join(' '), { filters: { ...pfFilters.filters, type: { any: [SOORT_TYPE[soort]] } } }));
}

/** The results of two searches as one: each result once, with its better score, best first. */
function merged(a: PagefindSearch | null, b: PagefindSearch): PagefindSearch {
  const byId = new Map<string, PagefindResult>();
  for (const r of [...(a?.results ?? []), ...b.results]) if ((byId.get(r.id)?.score ?? -1) < r.score) byId.set(r.id, r);
  return { results: [...byId.values()].sort((x, y) => y.score - x.score), unfilteredResultCount: Math.max(a?.unfilteredResultCount ?? 0, b.unfilteredResultCount) };
}

/** How many results of its own words are looked through for a page that is shown first (pageHit). */
const PAGE_HIT_SCAN = 8;

/**
 * A page as a hit of its own, found through its own words: the page on lokale regels for a query that names a gemeente,
 * an overview for a list question ("lijst van alle casussen": /casussen/, found by "casussen"). The whole page, never
 * a section of it. `filters`: the page's filters, so that an overview is not shown above results it does not belong to
 * ("lijst van alle casussen" with the filter Wlz: /casussen/ belongs to no wet).
 */
async function pageHit(pf: PagefindApi, text: string, url: string, filters?: { filters: Record<string, { any: string[] }> }): Promise<{ hit: Hit; id: string } | undefined> {
  const res = await timed(pf.search(text, filters));
  for (const r of (res?.results ?? []).slice(0, PAGE_HIT_SCAN)) {
    const d = await r.data();
    if (d.url === url) return { hit: { ...toHit(d), url, section: undefined, excerpt: d.excerpt }, id: r.id };
  }
  return undefined;
}

/**
 * A performance mark ("sk:" and `name`) on the way of a first search, read by `npm run bench:search` for its waterfall
 * (where a pasted question waits; issue 24). Here, not in warm.ts: that loads with every page, within its JS budget.
 */
const mark = (name: string): void => void performance.mark(`sk:${name}`);

/** A Pagefind search between two marks, "sk:search-start" and "sk:search-end" (see mark). */
function timed<T>(search: Promise<T>): Promise<T> {
  mark('search-start');
  return search.finally(() => mark('search-end'));
}

/** Starts loading the index chunks for what is being typed. */
export async function preload(query: string): Promise<void> {
  const q = dropStopwords(queryWords(cleanQuery(query))).kept.join(' ');
  if (q.length >= MIN_QUERY) await (await pagefind()).preload(q);
}
