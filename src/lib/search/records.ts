/**
 * What search indexes, derived from the content graph (src/lib/content/graph.ts).
 *
 * Two kinds of results:
 *  - Pages, indexed from the built HTML (wetten, scheidslijnen, casussen and a
 *    few other pages). Their extra search terms come from `wetTerms`,
 *    `scheidslijnTerms` and `casusTerms`, rendered as hidden Pagefind meta
 *    fields by src/components/search/ZoekTermen.astro.
 *  - Records for the parts of a page that must be results of their own:
 *    every keuze (/wetten/wmo/#eigen-bijdrage) and every begrip
 *    (/begrippen/#keukentafelgesprek). Pagefind's sub-results cannot carry
 *    filters (filters belong to a page), so a keuze as a sub-result of its wet
 *    page could not be filtered on its beleidsruimte or found with
 *    "type: keuze". As records they can; the wet page and the begrippen page
 *    mark these parts data-pagefind-ignore so nothing is indexed twice.
 *
 * Meta fields, searched and weighted (weights in src/components/search/engine.ts):
 *  - title        the result's title
 *  - namen        names and abbreviations of a wet (Wlz, AWBZ, Wet langdurige zorg): strongest,
 *                 so that the short form finds the wet first
 *  - zoektermen   other names of the result itself: a begrip's aliases, a keuze's short label
 *                 and its `zoekwoorden` (lay words and synonyms: "rolstoel", "thuiszorg")
 *  - onderwerpen  related terms that are not the result's own name: the wet aliases that name
 *                 a begrip (the begrip owns those: "CIZ" finds the begrip CIZ first, the Wlz
 *                 next) and the two wetten of a scheidslijn
 *  - feiten       facts of a keuze shown on its card: who decides, instrument, who pays, article
 *  - varianten    compounds in parts (see terms.ts)
 * A query that is exactly the title, a name or a zoekterm of a result puts that
 * result first (engine.ts); onderwerpen and varianten never do.
 *
 * Pure TypeScript: no Astro, no DOM, no Pagefind.
 */
import type { Entry, Graph } from '../content/graph.ts';
import { wetVanKeuze } from '../content/graph.ts';
import type { Begrip, Beleidsruimte, Casus, Feit, Keuze, Oefening, Scheidslijn, Vraag, Wet } from '../content/schema.ts';
import { feitUrl, FEIT_PLACEHOLDER, formatFeit } from '../content/feiten.ts';
import { aspectLabel, beslisserLabel, betalerLabel, instrumentLabel, momentLabel } from '../labels.ts';
import { formatDatum, opsomming } from '../format.ts';
import { paths } from '../links.ts';
import { getalVarianten, inCijfers } from './getallen.ts';
import { compoundVariants as compoundParts, normTerm, textOf, uniq, vocabulary, type Vocabulary } from './terms.ts';

/**
 * A split whose second part is the suffix -lijk ("eigenlijk" → "eigen lijk", "tijdelijk" → "tijd lijk") is no
 * compound: nobody types it in parts, and its first part made the record match that word ("eigen") for nothing.
 */
const SUFFIX_SPLIT = / lijk[es]?$/;

/**
 * Search variants of a text: the parts of its compounds ("jeugdhulp aanbieder", terms.ts) and the digits of its
 * number words ("achttien" → "18", getallen.ts).
 */
export function compoundVariants(text: string | string[], vocab: Vocabulary): string[] {
  return [...compoundParts(text, vocab).filter((v) => !SUFFIX_SPLIT.test(v)), ...getalVarianten(text)];
}

/**
 * A title with number words, also in digits, as one of the result's own names (`zoektermen`, weighted as the title):
 * "Achttien worden midden in de jeugdhulp" is also "18 worden midden in de jeugdhulp", so a question with "18" and
 * "jeugdhulp" matches the whole title, as one with "achttien" does (getallen.ts inCijfers).
 */
export const titelInCijfers = (title: string): string[] => {
  const cijfers = inCijfers(title);
  return cijfers ? [cijfers] : [];
};

/** The result types, also the values of the "type" filter. */
export const ZOEK_TYPES = ['wet', 'keuze', 'scheidslijn', 'casus', 'begrip', 'feit', 'vraag', 'werksessie'] as const;
export type ZoekType = (typeof ZOEK_TYPES)[number];

/** Filter names as Pagefind knows them (and as they appear in /zoeken/?…). */
export const FILTERS = { type: 'type', wet: 'wet', beleidsruimte: 'beleidsruimte' } as const;

/** The language of every page and record: one index, Dutch stemming. */
export const TAAL = 'nl';

export interface PageTerms {
  namen: string[];
  zoektermen: string[];
  onderwerpen: string[];
  feiten: string[];
  varianten: string[];
}

/** The meta fields of PageTerms, in the order they are written. */
export const TERM_FIELDS = ['namen', 'zoektermen', 'onderwerpen', 'feiten', 'varianten'] as const;

export interface SearchRecord {
  url: string;
  type: ZoekType;
  title: string;
  /** Plain text that is searched and from which the excerpt is taken. */
  content: string;
  terms: PageTerms;
  filters: { type: [ZoekType]; wet: string[]; beleidsruimte?: [Beleidsruimte] };
}

/** Pagefind's custom record shape (pagefind's CustomRecord), kept here so this module stays pure. */
export interface CustomRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface Context {
  vocab: Vocabulary;
  /** Normalised terms and aliases of all begrippen. */
  begripTerms: Set<string>;
}

const contexts = new WeakMap<Graph, Context>();

/** Vocabulary and begrip terms of the whole content, computed once per graph. */
export function context(g: Graph): Context {
  let c = contexts.get(g);
  if (!c) {
    const all = [...g.wetten, ...g.keuzes, ...g.scheidslijnen, ...g.casussen, ...g.begrippen, ...g.wijzigingen];
    const extra = [...g.wetten.flatMap((w) => [w.data.naam, ...w.data.aliassen]), ...g.begrippen.flatMap((b) => [b.data.term, ...b.data.aliassen])];
    c = {
      vocab: vocabulary([...all.flatMap((e) => textOf(e.data)), ...extra]),
      begripTerms: new Set(g.begrippen.flatMap((b) => [b.data.term, ...b.data.aliassen].map(normTerm))),
    };
    contexts.set(g, c);
  }
  return c;
}

const kortVan = (g: Graph, wetId: string) => g.wet(wetId)?.data.kort ?? wetId;

/** A meta value: the terms in one line (Pagefind splits meta on whitespace). */
export const metaValue = (terms: string[]) => uniq(terms).join(', ');

/**
 * Search terms of a wet page. Its names and abbreviations are the strongest
 * terms of the site; an alias that is also a begrip ("zorgkantoor", "CIZ",
 * "beschermd wonen") is kept, but weaker, so that the begrip comes first.
 */
export function wetTerms(g: Graph, wet: Entry<Wet>, extraText: string[] = []): PageTerms {
  const { vocab, begripTerms } = context(g);
  const w = wet.data;
  const isBegrip = (a: string) => begripTerms.has(normTerm(a));
  const namen = uniq([w.kort, w.afkorting, w.naam, ...w.aliassen.filter((a) => !isBegrip(a))]);
  const onderwerpen = uniq(w.aliassen.filter(isBegrip));
  return { namen, zoektermen: [], onderwerpen, feiten: [], varianten: compoundVariants([...textOf(w), ...extraText, ...namen, ...onderwerpen], vocab) };
}

/** Search terms of a scheidslijn page: the full names of both wetten, so "wmo wlz" and the law names find it. */
export function scheidslijnTerms(g: Graph, s: Entry<Scheidslijn>, extraText: string[] = []): PageTerms {
  const { vocab } = context(g);
  const wetten = s.data.tussen.map((id) => g.wet(id)!.data);
  return {
    namen: [],
    zoektermen: [],
    onderwerpen: uniq(wetten.flatMap((w) => [w.kort, w.naam])),
    feiten: [],
    varianten: compoundVariants([...textOf(s.data), ...extraText], vocab),
  };
}

/** Search terms of a casus page: its `zoekwoorden` (how people describe the situation) and its compounds. */
export function casusTerms(g: Graph, c: Entry<Casus>, extraText: string[] = []): PageTerms {
  const { vocab } = context(g);
  return {
    namen: [],
    zoektermen: uniq([...titelInCijfers(c.data.titel), ...(c.data.zoekwoorden ?? [])]),
    onderwerpen: [],
    feiten: [],
    varianten: compoundVariants([...textOf(c.data), ...extraText], vocab),
  };
}

const sentence = (s: string) => (/[.!?:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** A keuze as a record of its own, at its anchor on the wet page. */
export function keuzeRecord(g: Graph, keuze: Entry<Keuze>): SearchRecord {
  const { vocab } = context(g);
  const k = keuze.data;
  const wet = g.wet(wetVanKeuze(keuze.id))!.data;
  // The prose is the content (searched, and the excerpt comes from it); the facts are meta, so
  // that "Wie beslist: gemeenteraad" or the wet's name never crowd out the excerpt. The "Let op, niet zeker" note is
  // left out: it says what was (not) read, not what the keuze is, and every first search that shows the keuze
  // downloaded it (issue 24: about a sixth of a keuze's result data; no golden question needs it).
  const content = [
    sentence(k.samenvatting),
    ...k.waartussen.map((o) => `${sentence(o.optie)} Risico: ${sentence(o.risico)}`),
    ...(k.watKanDeRaadWel ? [sentence(k.watKanDeRaadWel)] : []),
    ...k.vragenVoorDeRaad.map(sentence),
  ].join(' ');
  // Only the values: labels such as "wie beslist:" on every keuze made a question's "beslist" or
  // "betaalt" match all of them alike.
  const feiten = [
    opsomming(k.wieBeslist.map((b) => beslisserLabel[b] ?? b)),
    opsomming(k.instrument.map((i) => instrumentLabel[i] ?? i)),
    opsomming(k.wieBetaalt.map((b) => betalerLabel[b] ?? b)),
    g.keuzeArtikel(keuze).label,
  ];
  // The keuze's own short label and the lay words people type for it ("rolstoel", "thuiszorg").
  const zoektermen = uniq([k.kaart.label ?? '', ...titelInCijfers(k.onderwerp), ...k.zoekwoorden]);
  return {
    url: paths.keuze(keuze.id),
    type: 'keuze',
    title: k.onderwerp,
    content,
    terms: {
      namen: [],
      zoektermen,
      onderwerpen: uniq([wet.kort, wet.naam]),
      feiten,
      varianten: compoundVariants([...textOf(k), ...zoektermen], vocab),
    },
    filters: { type: ['keuze'], wet: [wet.kort], beleidsruimte: [k.beleidsruimte] },
  };
}

/** A begrip as a record of its own, at its anchor on the begrippen page. */
export function begripRecord(g: Graph, begrip: Entry<Begrip>): SearchRecord {
  const { vocab } = context(g);
  const b = begrip.data;
  const zoektermen = uniq([b.term, ...titelInCijfers(b.term), ...b.aliassen]);
  return {
    url: paths.begrip(begrip.id),
    type: 'begrip',
    title: b.term,
    content: sentence(b.definitie),
    terms: {
      namen: [],
      zoektermen,
      onderwerpen: uniq(b.wetten.map((w) => kortVan(g, w))),
      feiten: [],
      varianten: compoundVariants([b.term, b.definitie, ...zoektermen], vocab),
    },
    filters: { type: ['begrip'], wet: b.wetten.map((w) => kortVan(g, w)) },
  };
}

/**
 * A question of the werkblad as a record of its own, at its anchor on /vragen/. The keuzes it points to are not in
 * its text: each is a record of its own, and their titles made the question match the keuze's words a second time
 * (issue 24; no golden or blind question needed them). Only a question with no text of its own names them, so that
 * its excerpt still says something.
 */
export function vraagRecord(g: Graph, vraag: Entry<Vraag>): SearchRecord {
  const { vocab } = context(g);
  const v = vraag.data;
  const eigen = [...(v.toelichting ? [sentence(v.toelichting)] : []), ...(v.bandbreedte ?? []).map((b) => `${sentence(b.antwoord)} Risico: ${sentence(b.risico)}`)];
  const content = (eigen.length ? eigen : v.keuzes.map((id) => `Zie de keuze: ${sentence(g.keuze(id)?.data.onderwerp ?? id)}`)).join(' ');
  const wetten = g.wettenVanVraag(vraag).map((w) => kortVan(g, w));
  return {
    url: paths.vraag(vraag.id),
    type: 'vraag',
    title: v.vraag,
    content,
    terms: {
      namen: [],
      zoektermen: titelInCijfers(v.vraag),
      onderwerpen: uniq([aspectLabel[v.aspect] ?? v.aspect, ...v.momenten.map((m) => momentLabel[m] ?? m), 'werkblad']),
      feiten: [],
      varianten: compoundVariants([...textOf(v)], vocab),
    },
    filters: { type: ['vraag'], wet: wetten },
  };
}

/** Words that say what kind of value a fact is, so "bedrag", "leeftijd" or "hoe oud" find it. */
const FEIT_SOORT_WOORDEN: Record<string, string[]> = {
  bedrag: ['bedrag', 'euro', 'hoogte'],
  datum: ['datum'],
  aantal: ['aantal'],
  leeftijd: ['leeftijd', 'jaar oud'],
  percentage: ['percentage', 'procent'],
  tekst: [],
};

/** The entries whose text uses a fact (`{feit:id}`): keuzes, begrippen, scheidslijnen, casussen, wetten. */
function usersOf(g: Graph): Map<string, { titel: string; zoekwoorden: string[]; wet?: string }[]> {
  const out = new Map<string, { titel: string; zoekwoorden: string[]; wet?: string }[]>();
  const add = (text: string[], user: { titel: string; zoekwoorden: string[]; wet?: string }) => {
    for (const t of text) for (const m of t.matchAll(FEIT_PLACEHOLDER)) {
      const list = out.get(m[1]!) ?? [];
      if (!list.some((u) => u.titel === user.titel)) list.push(user);
      out.set(m[1]!, list);
    }
  };
  for (const k of g.keuzes) add(textOf(k.data), { titel: k.data.onderwerp, zoekwoorden: k.data.zoekwoorden, wet: kortVan(g, wetVanKeuze(k.id)) });
  for (const b of g.begrippen) add(textOf(b.data), { titel: b.data.term, zoekwoorden: b.data.aliassen });
  return out;
}

/**
 * A fact of /feiten/ as a record of its own, at its row (/feiten/#<id>): its label and value, its own lay words
 * (`zoekwoorden`: "hoeveel spaargeld mag je hebben", "bijstand voor een stel"; its own names, so that a question in
 * those words finds the amount before the section that states it), the words for its kind ("bedrag", "leeftijd"),
 * its recognition words, and the names of the keuzes and begrippen that use it (so "spaargeld" finds the
 * vermogensgrens). The facts table on /feiten/ is not indexed as page text.
 */
export function feitRecord(g: Graph, feit: Entry<Feit>, users = usersOf(g).get(feit.id) ?? []): SearchRecord {
  const { vocab } = context(g);
  const f = feit.data;
  const value = formatFeit(f);
  // The value also as plain digits ("1419" of "€ 1.419,46"), as people type it.
  const digits = typeof f.waarde === 'number' ? [String(Math.trunc(f.waarde))] : [];
  const wetten = uniq(users.map((u) => u.wet ?? '').filter(Boolean));
  const content = [
    // The label leads the record already (toCustomRecord): the value follows it.
    `${sentence(value)}`,
    `Peildatum ${formatDatum(f.peildatum)}.`,
    ...(f.onzeker ? [`Niet zeker: ${sentence(f.onzeker)}`] : []),
    ...(users.length ? [`Gebruikt bij ${sentence(opsomming(users.map((u) => u.titel)))}`] : []),
  ].join(' ');
  return {
    url: feitUrl(feit.id),
    type: 'feit',
    title: f.label,
    content,
    terms: {
      namen: [],
      zoektermen: uniq([...f.zoekwoorden, ...titelInCijfers(f.label)]),
      onderwerpen: uniq([...users.map((u) => u.titel), ...FEIT_SOORT_WOORDEN[f.soort]!, ...f.herkenning.map((h) => h.join(' '))]),
      // Weaker: the value, and the lay words and wetten of what uses the fact (so "spaargeld" or "Zorgverzekeringswet" find it).
      feiten: uniq([value, ...digits, ...users.flatMap((u) => u.zoekwoorden), ...wetten.flatMap((w) => [w, g.wetten.find((x) => x.data.kort === w)?.data.naam ?? ''])]),
      varianten: compoundVariants([f.label, ...f.zoekwoorden, ...users.map((u) => u.titel)], vocab),
    },
    filters: { type: ['feit'], wet: wetten },
  };
}

/** Words trainers use for the werksessie material: searched with every hand-out, the poster and each oefening. */
export const TRAINER_WOORDEN = ['werksessie', 'training', 'trainer', 'raadsleden trainen', 'printen', 'afdrukken', 'uitdelen', 'op papier', 'werkvorm', 'groepsopdracht', 'cursus'];

/** The hand-out of a wet (/werksessie/handout/<wet>/), as a record: the page itself repeats the wet page, so only what it is and for which wet. */
export function handoutRecord(g: Graph, wet: Entry<Wet>): SearchRecord {
  const w = wet.data;
  const namen = uniq([w.kort, w.afkorting, w.naam]);
  return {
    url: paths.handout(wet.id),
    type: 'werksessie',
    title: `Hand-out ${w.kort}`,
    content: `Hand-out ${w.naam} voor een werksessie of training: de ${w.kort} in 30 seconden en de keuzes voor de raad, met beleidsruimte en wie beslist, op één A4 om te printen en uit te delen.`,
    terms: {
      namen: [],
      zoektermen: uniq(namen.flatMap((n) => [`hand-out ${n}`, `handout ${n}`])),
      // The wet's aliases: a hand-out is asked for by its subject ("hand-out bijstand", "handout jeugdzorg").
      onderwerpen: uniq([...namen, ...w.aliassen, 'hand-out', 'handout', 'samenvatting', ...TRAINER_WOORDEN]),
      feiten: [],
      varianten: [],
    },
    filters: { type: ['werksessie'], wet: [w.kort] },
  };
}

/** The kaart as an A3 poster (/werksessie/poster/), as a record: the page is the kaart itself. */
export function posterRecord(g: Graph): SearchRecord {
  return {
    url: paths.poster(),
    type: 'werksessie',
    title: 'De kaart als poster (A3)',
    content: `De staalkaart sociaal domein als poster: de kaart met legenda op A3 liggend, om af te drukken en op te hangen in een werksessie of training. ${g.keuzes.length} onderwerpen en ${g.scheidslijnen.length} scheidslijnen.`,
    terms: {
      namen: [],
      zoektermen: ['poster', 'kaart als poster', 'kaart afdrukken', 'kaart printen', 'a3'],
      onderwerpen: uniq(['kaart', 'plaat', 'plaatje', 'wandkaart', 'wandplaat', ...TRAINER_WOORDEN]),
      feiten: [],
      varianten: [],
    },
    filters: { type: ['werksessie'], wet: [] },
  };
}

/** The anchor of an oefening on /werksessie/oefeningen/ (its heading's id). */
export const oefeningUrl = (id: string) => `${paths.oefeningen()}#oef-${id}`;

/** One oefening (exercise card) as a record of its own, at its card on /werksessie/oefeningen/. */
export function oefeningRecord(g: Graph, oefening: Entry<Oefening>): SearchRecord {
  const { vocab } = context(g);
  const o = oefening.data;
  const casus = g.casus(o.casus)?.data;
  const wetten = o.antwoord.wetten.map((w) => kortVan(g, w));
  return {
    url: oefeningUrl(oefening.id),
    type: 'werksessie',
    title: `Oefening: ${o.titel}`,
    content: [sentence(o.situatie), 'Welke wet, welke waarde, waar ligt de keuze?', sentence(o.antwoord.keuze)].join(' '),
    terms: {
      namen: [],
      zoektermen: ['oefening', 'oefenkaart', 'opdracht', 'oefenen', ...titelInCijfers(o.titel)],
      onderwerpen: uniq([
        ...(casus ? [`casus ${casus.titel}`] : []),
        ...o.scheidslijnen.map((s) => g.scheidslijn(s)?.data.titel ?? s),
        ...(o.scheidslijnen.length ? ['scheidslijnen'] : []),
        ...wetten,
        ...TRAINER_WOORDEN,
      ]),
      feiten: [],
      varianten: compoundVariants([o.titel, o.situatie, o.antwoord.keuze], vocab),
    },
    filters: { type: ['werksessie'], wet: wetten },
  };
}

/**
 * Every record that is not a built page: all keuzes, begrippen, facts and questions of the werkblad, and the
 * werksessie material (hand-outs, poster, oefeningen).
 */
export function searchRecords(g: Graph): SearchRecord[] {
  const users = usersOf(g);
  return [
    ...g.keuzes.map((k) => keuzeRecord(g, k)),
    ...g.begrippen.map((b) => begripRecord(g, b)),
    ...g.feiten.map((f) => feitRecord(g, f, users.get(f.id) ?? [])),
    ...g.vragen.map((v) => vraagRecord(g, v)),
    ...g.wetten.map((w) => handoutRecord(g, w)),
    posterRecord(g),
    ...g.oefeningen.map((o) => oefeningRecord(g, o)),
  ];
}

/** Meta fields of a record or page: only non-empty ones. */
export function termMeta(terms: PageTerms): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const field of TERM_FIELDS) if (terms[field].length) meta[field] = metaValue(terms[field]);
  return meta;
}

/** The record in the shape of Pagefind's `addCustomRecord`. */
export function toCustomRecord(r: SearchRecord): CustomRecord {
  const filters: Record<string, string[]> = { [FILTERS.type]: [...r.filters.type] };
  if (r.filters.wet.length) filters[FILTERS.wet] = [...r.filters.wet];
  if (r.filters.beleidsruimte) filters[FILTERS.beleidsruimte] = [...r.filters.beleidsruimte];
  // The title leads the content too: Pagefind's excerpt and BM25 only see the content.
  return { url: r.url, content: `${sentence(r.title)} ${r.content}`, language: TAAL, meta: { title: r.title, ...termMeta(r.terms) }, filters };
}
