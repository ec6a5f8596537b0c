/**
 * Reading an article letter in the law text of the document's own date (issue 26, a fix found on the first run of
 * the held-out set nieuw7). A verordening of 2015 that cites "artikel 8, lid 1, sub c" of the Participatiewet means
 * the individuele studietoeslag; in the text of 2026 onderdeel c is the verlaging after an ingetrokken ontheffing.
 *
 * - `eenheidKaart` (computed, never typed): the units (lid, onderdeel) of an article in an older and the current
 *   version whose texts are the same after normalising are the same unit; a unit of the older version without a
 *   counterpart maps to nothing. Only units whose key changes are kept.
 * - `documentDatum`: the date a document gives itself (inwerkingtreding, vaststelling, ondertekening, the year in
 *   its citeertitel), the latest one found; undefined when it gives none (then today's reading stays).
 * - `herlees`: a reference read through the stored version in force on that date (any number of stored versions),
 *   mapped to the current unit or dropped, with the reason as a Dutch sentence naming that version. Between two
 *   stored versions a letter both give the same unit of today is read with confidence; one they give different
 *   units is unsure, and is not counted alone.
 *
 * Pure TypeScript: the versions are built at build time (laden.ts) and travel in the worker's knowledge.
 */
import type { Verwijzing, WetId } from './verwijzingen.ts';

/**
 * One stored version of one article (older texts and the newest one), for an article whose units changed between
 * them. The versions of an article, sorted by `van`, cut time into spans: a document's date picks the latest version
 * in force on it.
 */
export interface ArtikelVersie {
  wet: WetId;
  artikel: string;
  /** The date this stored text took effect (ISO). */
  van: string;
  /** Units whose key differs in the current text: "1 e" → "1 c", "1 c" → null (no counterpart). Empty for the newest. */
  kaart: Record<string, string | null>;
  /** The units (lid "1", onderdeel "1 c") this text has: a letter it lacks cannot be meant in it. */
  eenheden: string[];
  /** This text of each unit that some stored version maps elsewhere, for the reason shown on the page. */
  tekst: Record<string, string>;
  /** This text on wetten.overheid.nl (the stored file's `url`): the source the page links. */
  bron: string;
}

const LABEL = /^\s*(?:\d+[a-z]?\s+|[a-z]{1,3}\.\s+|\d+°\.?\s+|-\s+)/;
const normaal = (s: string) =>
  s
    .replace(LABEL, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const woorden = (s: string) => new Set(normaal(s).split(' ').filter(Boolean));
function gelijkenis(a: string, b: string): number {
  const x = woorden(a);
  const y = woorden(b);
  let gedeeld = 0;
  for (const w of x) if (y.has(w)) gedeeld++;
  return gedeeld / (x.size + y.size - gedeeld || 1);
}

/** Nearly the same words (a reference added in passing): still the same unit. */
const ZELFDE = 0.8;

/**
 * Which unit of the current text each unit of the older text is. `oud` and `nieuw` are the units of one article
 * (`splitArtikel` in src/lib/content/wetteksten.ts: key "1" for a lid, "1 c" for an onderdeel); a unit's own text is
 * its first line. Same text after normalising is the same unit; else the one unit of the same level with nearly the
 * same words (80 % of the words shared); else none. Only changed keys are returned.
 */
export function eenheidKaart(oud: Map<string, string>, nieuw: Map<string, string>): Record<string, string | null> {
  const kaart: Record<string, string | null> = {};
  const niveau = (k: string) => k.split(' ').length;
  const eigen = (t: string) => t.split('\n')[0]!;
  const kandidaten = [...nieuw].filter(([k]) => k && niveau(k) <= 2);
  for (const [k, t] of oud) {
    if (!k || niveau(k) > 2) continue;
    const zelfde = kandidaten.filter(([n, u]) => niveau(n) === niveau(k) && normaal(eigen(u)) === normaal(eigen(t)));
    let doel: string | null = null;
    if (zelfde.length) doel = (zelfde.find(([n]) => n === k) ?? zelfde[0]!)[0];
    else {
      const scores = kandidaten.filter(([n]) => niveau(n) === niveau(k)).map(([n, u]) => [n, gelijkenis(eigen(u), eigen(t))] as const);
      const goed = scores.filter(([, s]) => s >= ZELFDE);
      if (goed.length === 1) doel = goed[0]![0];
    }
    if (doel !== k) kaart[k] = doel;
  }
  return kaart;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DATUM = String.raw`(\d{1,2})[\s-]+(${MAANDEN.join('|')}|\d{1,2})[\s-]+((?:19|20)\d{2})`;
/** Where a document says its own date: inwerkingtreding, vaststelling, ondertekening, besluit. */
const DATUM_SIGNALEN = [
  new RegExp(String.raw`datum\s+inwerking-?\s*treding[\s:•]*${DATUM}`, 'gi'),
  new RegExp(String.raw`datum\s+ondertekening[\s:•]*${DATUM}`, 'gi'),
  // CVDR's table "Overzicht van in de tekst verwerkte wijzigingen": its first column is the datum inwerkingtreding.
  new RegExp(String.raw`verwerkte\s+wijzigingen[^]{0,400}?${DATUM}`, 'gi'),
  new RegExp(String.raw`in\s+werking\s+(?:op|met\s+ingang\s+van)\s+${DATUM}`, 'gi'),
  // A raadsbesluit's own heading: "Raadsvergadering 4 december 2014", "raadsvergadering van 4 december 2014" (issue 26,
  // tenth round: the raadsbesluit of Putten gives its date only there).
  new RegExp(String.raw`\braadsvergadering\s+(?:van\s+|d\.d\.\s+)?${DATUM}`, 'gi'),
  new RegExp(String.raw`vastgesteld\s+(?:door\s+de\s+(?:gemeente)?raad\s+)?(?:in\s+de\s+(?:openbare\s+)?(?:raads)?vergadering\s+)?(?:van|op|d\.d\.)\s+${DATUM}`, 'gi'),
];

/**
 * The date a document gives itself, as ISO: the latest of its dates of inwerkingtreding, ondertekening and
 * vaststelling; else 1 January of the year at the end of its citeertitel or first line ("Verordening individuele
 * studietoeslag Participatiewet 2015 gemeente Koggenland" has its year inside). Undefined when it gives none.
 */
export function documentDatum(tekst: string): string | undefined {
  const gevonden: string[] = [];
  for (const re of DATUM_SIGNALEN) {
    for (const m of tekst.matchAll(re)) {
      const dag = Number(m[1]);
      const maand = /^\d+$/.test(m[2]!) ? Number(m[2]) : MAANDEN.indexOf(m[2]!.toLowerCase()) + 1;
      if (maand >= 1 && maand <= 12 && dag >= 1 && dag <= 31) gevonden.push(`${m[3]}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`);
    }
  }
  if (gevonden.length) return gevonden.sort().pop();
  const titel = /citeertitel[:\s]*([^\n]+)/i.exec(tekst)?.[1] ?? tekst.split('\n').find((r) => r.trim())?.trim() ?? '';
  const jaar = /\b((?:19|20)\d{2})\b(?!.*\b(?:19|20)\d{2}\b)/.exec(titel)?.[1];
  return jaar && /verordening|regeling|beleidsregel|besluit/i.test(titel) ? `${jaar}-01-01` : undefined;
}

/** A reference read in the text of the document's date: what was changed and why, in Dutch. */
export interface Herlezing {
  /** The reference as written. */
  verwijzing: string;
  /** "artikel 8, lid 1, onder c in de tekst van 2015: het verlenen van een individuele studietoeslag …". */
  uitleg: string;
  /** What the matcher did with it. */
  wat: 'vertaald' | 'vervallen' | 'onzeker';
  /** The older law text it was read in, on wetten.overheid.nl. */
  bron: string;
}

const jaarVan = (iso: string) => iso.slice(0, 4);
/** "24 augustus 2015": the date of a stored text, so two texts of one year stay apart. */
const datumNl = (iso: string) => `${Number(iso.slice(8, 10))} ${MAANDEN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const eenheidLabel = (artikel: string, k: string) => {
  const [lid, onderdeel] = k.split(' ');
  return `artikel ${artikel}${lid ? `, lid ${lid}` : ''}${onderdeel ? `, onder ${onderdeel}` : ''}`;
};

/** A unit the text does not have. */
const ONTBREEKT = Symbol('ontbreekt');
/** What unit `k` of version `x` is today: a key of the current text, null (none), or ONTBREEKT. */
function betekenis(x: ArtikelVersie, k: string): string | null | typeof ONTBREEKT {
  if (!x.eenheden.includes(k)) return ONTBREEKT;
  return k in x.kaart ? (x.kaart[k] ?? null) : k;
}
const eigenTekst = (x: ArtikelVersie, k: string) => (x.tekst[k] ?? '').replace(LABEL, '').replace(/[;.:]$/, '');

/**
 * Reads one reference in the text of `datum`. Returns the reference to count (undefined: count nothing) and, when it
 * was read differently than today, why. The versions of the reference's article (`versies`: every stored text of it,
 * the newest included) cut time into spans:
 * - a date on a stored version's own date reads the letter in that version; a date before the oldest reads the oldest
 *   (for the Participatiewet: the law of 2015); a date on or after the newest keeps today's reading;
 * - a date between two stored versions reads the letter in the earlier one when both give it the same unit of today
 *   (or only one of them has that letter: a document cites a letter that exists), and is unsure otherwise (the law
 *   may have changed on any day between): then the letter is not counted alone (the reference keeps its article and
 *   lid).
 */
export function herlees(v: Verwijzing, datum: string | undefined, versies: readonly ArtikelVersie[]): { v?: Verwijzing; herlezing?: Herlezing } {
  if (!datum || !v.wet || v.lid === undefined) return { v };
  const eigen = versies.filter((x) => x.wet === v.wet && x.artikel === v.artikel).sort((a, b) => (a.van < b.van ? -1 : 1));
  const nu = eigen.at(-1);
  if (eigen.length < 2 || !nu || datum >= nu.van) return { v };
  const k = [v.lid, v.onderdeel].filter((x) => x !== undefined).join(' ');
  const label = eenheidLabel(v.artikel, k);
  const verwijzing = v.tekst.replace(/\s+/g, ' ');

  /** The reference read in stored version `x`. */
  const lees = (x: ArtikelVersie): { v?: Verwijzing; herlezing?: Herlezing } => {
    const doel = betekenis(x, k);
    if (doel === ONTBREEKT || doel === k) return { v };
    const inTekst = `${label} in de tekst van ${datumNl(x.van)}: ${eigenTekst(x, k)}`;
    if (doel === null) return { herlezing: { verwijzing, uitleg: `${inTekst}; ${k.includes(' ') ? 'dat onderdeel' : 'dat lid'} staat niet meer in de wet`, wat: 'vervallen', bron: x.bron } };
    const [lid, onderdeel] = doel.split(' ');
    const nieuw: Verwijzing = { ...v, lid: Number(lid) };
    if (onderdeel) nieuw.onderdeel = onderdeel;
    else delete nieuw.onderdeel;
    return { v: nieuw, herlezing: { verwijzing, uitleg: `${inTekst}; nu ${eenheidLabel(v.artikel, doel)}`, wat: 'vertaald', bron: x.bron } };
  };

  const i = eigen.findLastIndex((x) => x.van <= datum);
  if (i < 0) return lees(eigen[0]!);
  const a = eigen[i]!;
  if (a.van === datum) return lees(a);
  const b = eigen[i + 1]!;
  const [ma, mb] = [betekenis(a, k), betekenis(b, k)];
  if (ma === ONTBREEKT) return lees(b);
  if (mb === ONTBREEKT) return lees(a);
  // Both texts give the letter the same unit of today (and, when neither has one, the same words): no doubt.
  if (ma === mb && (ma !== null || normaal(eigenTekst(a, k)) === normaal(eigenTekst(b, k)))) return lees(a);
  // Unsure: the text may have changed on any day between the two stored versions.
  const { onderdeel: _weg, ...zonder } = v;
  const daar = (x: ArtikelVersie) => (x.tekst[k] ? eigenTekst(x, k) : 'de tekst van nu');
  const uitleg = `${label}: het stuk is van ${jaarVan(datum)}, tussen de tekst van ${datumNl(a.van)} (daar: ${daar(a)}) en die van ${datumNl(b.van)} (daar: ${daar(b)}); welk onderdeel bedoeld is, is niet zeker, dus telt de letter niet mee`;
  return { v: k.includes(' ') ? zonder : undefined, herlezing: { verwijzing, uitleg, wat: 'onzeker', bron: a.bron } };
}
