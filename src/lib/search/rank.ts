/**
 * Ranking of the first results, the pure part of the browser engine
 * (src/components/search/engine.ts): from Pagefind's result data to a Hit,
 * and the rules that reorder the first results (exact names, names that a
 * question's words make up, the kind of result and what the question asks
 * for). Shared by the header search and /zoeken/, unit-tested without a
 * browser (tests/unit/search.test.ts, tests/unit/search-query.test.ts).
 *
 * Pure TypeScript: no DOM, no Pagefind.
 */
import { stem as stemOf, STOPWOORDEN, type Intent, type Lexicon } from './query.ts';
import { fold } from '../normalise.ts';

export type ResultType = 'wet' | 'keuze' | 'scheidslijn' | 'casus' | 'begrip' | 'feit' | 'vraag' | 'werksessie' | 'pagina';

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

/** Pagefind's data of a result, as far as the ranking reads it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
  /** The headings with an id (and other anchors) of a page, with the place of their first word in `content`. */
  anchors?: { element: string; id: string; text?: string; location: number }[];
}

/** Meta fields holding a result's own names: a query equal to one of them puts the result first. */
const NAME_FIELDS = ['title', 'namen', 'zoektermen'] as const;

const TYPES: ResultType[] = ['wet', 'keuze', 'scheidslijn', 'casus', 'begrip', 'feit', 'vraag', 'werksessie'];

/** For comparing names: lowercase, no diacritics, no punctuation. */
export const normName = (s: string) =>
  fold(s)
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

/** The part of a wet page that says what the raad can do (its heading's id). */
export const RAAD_SECTIE = 'wat-kan-de-raad-wel';

/**
 * The section of a page that answers: the sub-result (a part under a heading
 * with an id) holding most of the matched words, if that is not the top of
 * the page. For a raad question, the part "Wat kan de raad wel?" when the
 * page has one.
 */
function bestSection(d: PagefindResultData, intent?: Intent): PagefindSubResult | undefined {
  const raad = intent?.raad ? (d.sub_results?.find((s) => s.url.endsWith(`#${RAAD_SECTIE}`)) ?? raadSectie(d)) : undefined;
  if (raad) return raad;
  const subs = (d.sub_results ?? []).filter((s) => (s.locations?.length ?? 0) > 0);
  const best = subs.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  return best && best.url.includes('#') && best.url !== d.url ? best : undefined;
}

/** Escapes text for an excerpt (Pagefind's excerpts are HTML: escaped text and <mark>). */
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How many words an excerpt made from a page's text has (Pagefind's excerptLength, warm.ts). */
const EXCERPT_WORDS = 22;

/**
 * The part "Wat kan de raad wel?" of a page as a section, also when none of the searched words is in it (Pagefind only
 * makes sub-results of parts that hold a searched word: "wet langdurige zorg" has no "langdurige" there). Its excerpt
 * is its first words.
 */
function raadSectie(d: PagefindResultData): PagefindSubResult | undefined {
  const anchor = d.anchors?.find((a) => a.id === RAAD_SECTIE && /^h\d$/i.test(a.element));
  if (!anchor?.text) return undefined;
  const words = d.content.split(/\s+/).filter(Boolean);
  const start = anchor.location + anchor.text.split(/\s+/).filter(Boolean).length;
  const body = words.slice(start, start + EXCERPT_WORDS);
  if (!body.length) return undefined;
  return { title: anchor.text, url: `${d.url}#${anchor.id}`, excerpt: `${escapeHtml(body.join(' '))}${start + EXCERPT_WORDS < words.length ? '…' : ''}` };
}

/**
 * Whether a hit points at the part of its page that the question asks for, so that naming the page ("wlz" in "wat mag
 * de raad beslissen over de wlz") does not turn it back into the whole page (engine.ts pageWhenNamed): the part "Wat
 * kan de raad wel?" for a raad question.
 */
export const askedSection = (hit: Hit, intent?: Intent): boolean => !!intent?.raad && !!hit.section && hit.url.endsWith(`#${RAAD_SECTIE}`);

export function toHit(d: PagefindResultData, intent?: Intent): Hit {
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
  const section = d.url.includes('#') ? undefined : bestSection(d, intent);
  if (section) Object.assign(hit, { url: section.url, section: section.title, excerpt: section.excerpt });
  return hit;
}

/**
 * An exact name puts the whole page first, not a section of it ("wlz" shows the Wlz page, not its part that holds the
 * word most often), unless the section is what the question asks for (askedSection: "wat mag de raad beslissen over
 * de wlz" shows "Wet langdurige zorg: Wat kan de raad wel?"). `data`: each hit's Pagefind data.
 */
export function pageWhenNamed(hits: Hit[], query: string, data: ReadonlyMap<Hit, PagefindResultData>, intent?: Intent): Hit[] {
  const q = normName(query);
  return hits.map((h) => {
    const d = data.get(h);
    return d && h.section && h.names.includes(q) && !askedSection(h, intent) ? { ...h, url: d.url, excerpt: d.excerpt, section: undefined } : h;
  });
}

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
 * van mijn gemeente"), in any of its forms (the Dutch stem: "oefeningen" for
 * "oefening"); the words of such names are counted once. Only names
 * whose words all have five letters or more count: "pgb", "wmo" or "18 jaar"
 * name a whole wet, begrip or age, not the answer to a question about them.
 */
export function namedBy(hit: Hit, terms: string[], lexicon?: Pick<Lexicon, 'stem'>): number {
  const stem = (w: string) => stemOf(w, lexicon);
  const normed = terms.map(normName);
  // A term typed with a hyphen is also one word: "hand-out" asks for the names "handout …" of the hand-outs.
  const asked = new Set(normed.flatMap((t) => [...t.split(' '), t.replace(/ /g, '')]).map(stem));
  const covered = new Set<string>();
  // A term that is a name as a whole ("huishoudelijke hulp", a phrase of the site kept together).
  for (const t of normed) if (t.length >= 5 && hit.names.includes(t)) for (const w of t.split(' ')) covered.add(stem(w));
  for (const name of hit.names) {
    const words = name.split(' ').filter((w) => !STOPWOORDEN.has(w));
    if (words.length && words.every((w) => w.length >= 5 && asked.has(stem(w)))) for (const w of words) covered.add(stem(w));
  }
  return covered.size;
}

/**
 * Results named by a term of the question come first, most such terms first:
 * "huishoudelijke hulp beperken" puts the keuze labelled "Huishoudelijke
 * hulp" up, "wie betaalt een rolstoel" the keuze with the zoekwoord
 * "rolstoel" (see namedBy).
 */
export function namedFirst(hits: Hit[], terms: string[], lexicon?: Pick<Lexicon, 'stem'>): Hit[] {
  if (terms.length < 2) return hits;
  // A summary part of a named wet page ("In 30 seconden" of the Wlz, named "verpleeghuis") is not lifted: it sums up
  // the page, it does not answer. (/wijzigingen/ named "wetswijzigingen" is the answer itself, whichever year.)
  return hits
    .map((h, i) => ({ h, i, n: SAMENVATTINGEN.some((r) => r.test(h.url)) ? 0 : namedBy(h, terms, lexicon) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ h }) => h);
}

/**
 * Overview pages (the kaart, the lists, the home page) mention nearly every
 * subject; they follow the specific answers among the first results, unless
 * they are what was asked for by name (exactFirst runs after this).
 * /scheidslijnen/ is not one: only its introduction is indexed (its matrix and
 * list are data-pagefind-ignore), so it answers "waar houdt de ene wet op".
 */
export const OVERZICHTEN: ReadonlySet<string> = new Set(['/', '/kaart/', '/wetten/', '/casussen/', '/begrippen/', '/bronnen/']);

/**
 * Catch-all sections: parts that sum up many subjects at once (the year lists
 * of /wijzigingen/, a wet's "In 30 seconden" and "Wat verandert", the tours
 * on /werksessie/, the legend of the kaart). A specific keuze, begrip, fact
 * or casus that matches ranks above them.
 */
export const VERZAMELDELEN: readonly RegExp[] = [/^\/wijzigingen\/#/, /^\/wetten\/[^/]+\/#(samenvatting|wat-verandert)$/, /^\/werksessie\/#tour-/, /^\/kaart\/#/];

/** The summary parts of a wet page and the tours of /werksessie/: catch-all parts of a page named for its subject. */
const SAMENVATTINGEN: readonly RegExp[] = [/^\/wetten\/[^/]+\/#(samenvatting|wat-verandert)$/, /^\/werksessie\/#tour-/];

/** Where the hand-outs are (one per wet: /werksessie/handout/<wet>/). */
export const HANDOUT_PREFIX = '/werksessie/handout/';

/** Weights of the kinds of result among the first ones (see byPrior in query.ts). */
export const PRIOR = {
  antwoord: 1,
  situatie: 0.9,
  pagina: 0.65,
  feit: 0.55,
  vraag: 0.5,
  verzameldeel: 0.35,
  werksessie: 0.3,
  overzicht: 0.2,
  /** A fact when the question asks for an amount, age, count or year. */
  feitGevraagd: 2.5,
  /** Werksessie material when the question is a trainer's. */
  werksessieGevraagd: 1.3,
  /** A keuze, or a wet page's "Wat kan de raad wel?", for a raad question. */
  raadGevraagd: 1.4,
  /** A scheidslijn or casus for an "X of Y" question. */
  tussenGevraagd: 1.3,
  /** The kind of result a question names ("casus over …"). */
  soortGevraagd: 1.5,
} as const;

/**
 * How much a result answers, by its kind and what the question asks for: keuzes and begrippen answer; a casus or
 * scheidslijn describes a situation; a wet page section or other page is context; a question of the werkblad points
 * onward to the keuzes that answer it; catch-all sections and overview pages come after specific answers; facts and
 * werksessie material rank with the answers when the question asks for them (Intent).
 */
export function prior(hit: Hit, intent?: Intent): number {
  const page = hit.url.replace(/#.*$/, '');
  if (intent?.soort && hit.type === intent.soort) return PRIOR.soortGevraagd;
  // "hand-out bijstand": the hand-outs, not the other werksessie material (SOORT_TYPE: their type is werksessie).
  if (intent?.soort === 'handout' && page.startsWith(HANDOUT_PREFIX)) return PRIOR.soortGevraagd;
  if (intent?.raad && (hit.type === 'keuze' || hit.url.endsWith(`#${RAAD_SECTIE}`))) return PRIOR.raadGevraagd;
  if (OVERZICHTEN.has(page)) return PRIOR.overzicht;
  if (intent?.tussen && (hit.type === 'scheidslijn' || hit.type === 'casus')) return PRIOR.tussenGevraagd;
  if (VERZAMELDELEN.some((r) => r.test(hit.url))) return PRIOR.verzameldeel;
  if (hit.type === 'feit') return intent?.bedrag ? PRIOR.feitGevraagd : intent?.getal ? PRIOR.antwoord : PRIOR.feit;
  if (hit.type === 'werksessie' || page.startsWith('/werksessie/')) return intent?.trainer ? PRIOR.werksessieGevraagd : PRIOR.werksessie;
  if (hit.type === 'keuze' || hit.type === 'begrip') return PRIOR.antwoord;
  if (hit.type === 'vraag') return PRIOR.vraag;
  return hit.type === 'casus' || hit.type === 'scheidslijn' ? PRIOR.situatie : PRIOR.pagina;
}
