/**
 * "Lees een stuk": from a document's text to the keuzes it touches (each with the sentence that matched), the
 * scheidslijnen and casussen, and, for a verordening, the items the law requires it to regulate as found (with
 * the document's own article) or not found.
 *
 * Pure TypeScript, no DOM and no Astro: the /lezen/ page (in a worker) and the griffie command use the same code.
 * Build the index once with `maakIndex`, then call `leesStuk` per document.
 *
 * How a keuze is matched (in this order of strength):
 * 1. an article reference that points at one keuze only, at the precision written ("artikel 2.1.6 Wmo 2015";
 *    "artikel 2.1.3" alone does not count, it carries several keuzes);
 * 2. a verordening item of the document's law that is found (by reference or by its terms) and belongs to the keuze;
 * 3. the keuze's own words (onderwerp, kaart label, zoekwoorden, lokale zoektermen, and the gemeente words of
 *    content/lezen/gemeentewoorden.yaml) with a score of at least 2: a word or phrase that only this keuze has counts 2
 *    when it is specific enough (two words or more, or one long word), as does a gemeente name ("pedagogische
 *    basis"); a shared or short word counts 1. A borrowed reference ("als bedoeld in artikel 22a") outside a
 *    begripsbepaling counts 1 for the keuze its article carries; a gemeente word named `HERHAALD` times counts 2.
 * 4. a verordening of the Jeugdwet, or one whose title names jeugdhulp or whose considerans cites Jeugdwet 2.9, is the
 *    keuze "Verordening jeugdhulp".
 *
 * Words must show that the document regulates or discusses the subject, not that it names it in passing
 * (`gewichtVan`). A word does not count when it is negated ("niet bedoeld als re-integratie-instrument"), when it
 * stands in a begripsbepaling (defined, not regulated; for a required item only a definition that borrows the law's
 * meaning, "… bedoeld in artikel 5 van de wet", is left out), when it names another document ("in het Beleidsplan
 * maatschappelijke ondersteuning 2015", "artikel 13 van de verordening Jeugdhulp 2020"), or when it is what a
 * verlaging applies to ("het verlagen van de bijstand en de langdurigheidstoeslag" is about the verlaging), or in a
 * list of abbreviations. A word in a list of many short items ("jeugd-ggz, jeugdbescherming en jeugdreclassering", or
 * line by line) or in a table of contents counts half. The same holds for the words of a required item. The rules
 * for documents the matcher has never seen are listed in README.md.
 */
import type { Kennis, KeuzeKennis } from './kennis.ts';
import type { Onderdeel } from './onderdelen.ts';
import { normaliseer, zinBij, zinnen, type Zin } from './tekst.ts';
import { parseVerwijzingen, verwijzingLabel, wetNamen, WET_IDS, type Verwijzing, type WetId } from './verwijzingen.ts';
import { escapeRegExp } from '../escape.ts';

export type Soort = 'verordening' | 'raadsvoorstel' | 'beleidsplan' | 'ander';

export interface Reden {
  soort: 'artikel' | 'onderdeel' | 'woorden';
  /** What matched: the reference as written, the item's title, or the words. */
  gevonden: string;
  /** The sentence it stands in, as written. */
  zin: string;
  /** The document's own article or chapter, or "aanhef". */
  plaats: string;
}

export interface KeuzeTreffer {
  id: string;
  wet: WetId;
  redenen: Reden[];
}

export interface OnderdeelUitkomst {
  id: string;
  wet: WetId;
  titel: string;
  uitleg: string;
  moet: boolean;
  /** "artikel 2.1.3, tweede lid, onder a" (and more when the law names several). */
  wetsartikel: string;
  gevonden: boolean;
  /** Where in the document: its own article, or "aanhef" for the considerations and "gelet op". */
  plaats?: string;
  reden?: Reden;
}

export interface Uitkomst {
  /** The document's own law, when one stands out. */
  wet?: WetId;
  soort: Soort;
  /** References to the five laws found in the document. */
  verwijzingen: Verwijzing[];
  keuzes: KeuzeTreffer[];
  scheidslijnen: { id: string; titel: string; zin: string; plaats: string }[];
  casussen: { id: string; titel: string; keuzes: string[] }[];
  /** The items of the document's law (empty when its law is unknown or has no items). */
  onderdelen: OnderdeelUitkomst[];
}

interface Doel {
  id: string;
  lid?: number;
  onderdeel?: string;
}

interface Term {
  /** Normalised stems that must all occur in one sentence. */
  delen: RegExp[];
  label: string;
  gewicht: number;
  /** For a gemeente word: all its mentions in a sentence; counts 2 when the document names it `HERHAALD` times or more. */
  herhaal?: RegExp;
}

/**
 * A gemeente word (content/lezen/gemeentewoorden.yaml) that the document names this many times (where it counts at
 * all: not negated, defined or another document's title) counts 2: a document that keeps returning to its "sociale
 * teams" discusses the toegang; one that names the team once in passing does not. Only a gemeente word of two words
 * or more, or a long compound ("gebiedsteam", "contractering"): a short word such as "aanbieder" is named again and
 * again in any document of the field.
 */
const HERHAALD = 3;

export interface Index {
  kennis: Kennis;
  /** "wet|artikel" → keuzes that rest on that article. */
  keuzeArtikelen: Map<string, Doel[]>;
  /** "wet|artikel" → items. */
  onderdeelArtikelen: Map<string, Doel[]>;
  onderdelen: Map<string, { wet: WetId; o: Onderdeel; termen: Term[] }>;
  keuzeTermen: Map<string, Term[]>;
  keuzes: Map<string, KeuzeKennis>;
  bekend: Partial<Record<WetId, string[]>>;
}

const sleutel = (wet: WetId, artikel: string) => `${wet}|${artikel}`;

/** At most this many quoted reasons per keuze: the page shows the first three and folds the rest. */
const MAX_REDENEN = 10;

/**
 * A stem as a regex on normalised text: words in order; a word of four letters may take a short ending
 * ("werk" → "werken"), a longer word any ending (compounds: "mantelzorg" → "mantelzorgers"). A single word of six
 * letters or more, or the first word (of eight letters or more) of a phrase, also matches at the end of a compound.
 */
function stam(s: string): RegExp {
  const woorden = normaliseer(s).replace(/['"()]/g, ' ').trim().split(/\s+/).filter(Boolean);
  const delen = woorden.map((w, i) => {
    // Dutch writes a final f as v before an ending: "preventief" → "preventieve", "actief" → "actieve".
    const e = escapeRegExp(w).replace(/-/g, '-?').replace(/(?<=\p{L}{3})f$/u, '[fv]');
    if (w.length < 4) return e;
    if (w.length < 5) return `${e}[\\p{L}]{0,2}`;
    // A single word may start a compound ("mantelzorg" in "mantelzorgwaardering"), but not one joined to it with the
    // linking s: "werkgeversservicepunt" is a servicepunt and "werkgeversbenadering" an approach, not the werkgever.
    if (woorden.length === 1) return `${e}(?!s\\p{L}{4})[\\p{L}\\d-]*`;
    return i === woorden.length - 1 ? `${e}[\\p{L}\\d-]*` : `${e}[\\p{L}]{0,3}`;
  });
  // Dutch compounds end in their head: a long first word may stand at the end of a compound ("tarief" in
  // "uurtarief", "beleidskader jeugd" in "meerjarenbeleidskader jeugd").
  const kopMag = woorden[0]!.length >= (woorden.length === 1 ? 6 : 8);
  const begin = kopMag ? '(?<![\\d])' : '(?<![\\p{L}\\d])';
  return new RegExp(`${begin}${delen.join('[\\s-]+')}(?![\\p{L}\\d])`, 'u');
}

function term(spec: string, gewicht: number): Term {
  return { delen: spec.split(/\s+\+\s+/).map(stam), label: spec.replace(/\s+\+\s+/g, ' … '), gewicht };
}

/** Builds what `leesStuk` needs from the knowledge; do this once. */
export function maakIndex(kennis: Kennis): Index {
  const keuzeArtikelen = new Map<string, Doel[]>();
  const onderdeelArtikelen = new Map<string, Doel[]>();
  const bekend: Partial<Record<WetId, Set<string>>> = {};
  const voeg = (map: Map<string, Doel[]>, wet: WetId, artikel: string, doel: Doel) => {
    const k = sleutel(wet, artikel);
    const lijst = map.get(k) ?? [];
    if (!lijst.some((d) => d.id === doel.id && d.lid === doel.lid && d.onderdeel === doel.onderdeel)) lijst.push(doel);
    map.set(k, lijst);
    (bekend[wet] ??= new Set()).add(artikel);
  };

  const onderdelen = new Map<string, { wet: WetId; o: Onderdeel; termen: Term[] }>();
  for (const wet of WET_IDS) {
    for (const o of kennis.onderdelen.wetten[wet]?.onderdelen ?? []) {
      onderdelen.set(o.id, { wet, o, termen: o.termen.map((t) => term(t, 2)) });
      for (const a of o.artikelen) voeg(onderdeelArtikelen, wet, a.artikel, { id: o.id, ...(a.lid !== undefined ? { lid: a.lid } : {}), ...(a.onderdeel ? { onderdeel: a.onderdeel } : {}) });
    }
  }

  const keuzes = new Map(kennis.keuzes.map((k) => [k.id, k]));
  for (const k of kennis.keuzes) {
    const refs = k.bronTeksten.flatMap((t) => parseVerwijzingen(t.replace(/\([^)]*\)/g, ''), { documentWet: k.wet })).filter((v) => v.wet);
    for (const v of refs) voeg(keuzeArtikelen, v.wet!, v.artikel, { id: k.id, ...(v.lid !== undefined ? { lid: v.lid } : {}), ...(v.onderdeel ? { onderdeel: v.onderdeel } : {}) });
    if (k.artikel) {
      const wet = refs.find((v) => v.artikel === k.artikel)?.wet ?? k.wet;
      voeg(keuzeArtikelen, wet, k.artikel, { id: k.id });
    }
  }

  // Words. The keuze's name (onderwerp, split at "en", commas and colons; what stands in brackets is a part too)
  // weighs 2 for a part of two words or more that is specific (below); every other word weighs 1
  // (one-word name parts, zoekwoorden, the kaart label, lokale zoektermen). A keuze needs 2, from words that do not
  // overlap in the text: two words, or one specific phrase.
  const delenVan = (onderwerp: string): string[] => {
    const n = normaliseer(onderwerp).replace(/['"?]/g, '');
    const ruw = n.split(/\s+en\s+|[,:()]/).map((d) => d.trim()).filter(Boolean);
    const extra = ruw.flatMap((d) => {
      const kop = d.split(/\s+(?:in|van|voor|bij|door|met|tot|via|op|naar|uit)\s+/)[0]!;
      return kop !== d && kop.includes(' ') ? [kop] : [];
    });
    return [...new Set([...ruw, ...extra])].filter((d) => d.length >= 3);
  };
  const overigVan = (k: KeuzeKennis) => {
    const naam = normaliseer(k.onderwerp);
    const ws = [...new Set([...k.woorden, ...(k.gemeenteWoorden ?? []), ...(k.samen?.length === 1 ? k.samen : [])].map((w) => normaliseer(w).trim()).filter((w) => w.length >= 3 && w !== naam))];
    // A word that starts with a shorter word of the same keuze adds nothing ("werkgever" covers "werkgevers").
    return ws.filter((w) => !ws.some((v) => v !== w && w.startsWith(v) && v.length >= 5));
  };
  // Specific means: no other keuze of the same law has it in its name (search words of other keuzes do not count:
  // "verordening jeugdhulp" is where to look for the reikwijdte, but it is the name of the keuze Verordening jeugdhulp).
  const gebruik = new Map<string, Set<string>>();
  for (const k of kennis.keuzes)
    for (const w of delenVan(k.onderwerp)) {
      const sl = `${k.wet}|${w}`;
      (gebruik.get(sl) ?? gebruik.set(sl, new Set()).get(sl)!).add(k.id);
    }
  const keuzeTermen = new Map<string, Term[]>();
  for (const k of kennis.keuzes) {
    const naam = delenVan(k.onderwerp).map((d) => term(d, d.includes(' ') && gebruik.get(`${k.wet}|${d}`)?.size === 1 ? 2 : 1));
    const eigen = new Set((k.gemeenteWoorden ?? []).map((w) => normaliseer(w).trim()));
    const overig = overigVan(k)
      .filter((w) => !naam.some((t) => t.label === w))
      .map((w) => {
        const t = term(w, 1);
        return eigen.has(w) && t.delen.length === 1 && (/\s/.test(w) || w.length >= 10) ? { ...t, herhaal: new RegExp(t.delen[0]!.source, 'gu') } : t;
      });
    const gemeente = (k.namen ?? []).map((w) => term(w, 2));
    const termen = [...naam, ...gemeente, ...overig];
    if (k.samen && k.samen.length > 1) termen.push(term(k.samen.join(' + '), 1));
    keuzeTermen.set(k.id, termen);
  }

  return {
    kennis,
    keuzeArtikelen,
    onderdeelArtikelen,
    onderdelen,
    keuzeTermen,
    keuzes,
    bekend: Object.fromEntries(Object.entries(bekend).map(([w, s]) => [w, [...s]])) as Partial<Record<WetId, string[]>>,
  };
}

/** The targets one reference points at, if it points at exactly one (see the module comment). */
function doelVan(v: Verwijzing, map: Map<string, Doel[]>): string | undefined {
  if (!v.wet) return undefined;
  const lijst = map.get(sleutel(v.wet, v.artikel)) ?? [];
  const past = lijst.filter((d) => (d.lid === undefined || v.lid === undefined || d.lid === v.lid) && (d.onderdeel === undefined || v.onderdeel === undefined || d.onderdeel === v.onderdeel));
  const precies = past.filter((d) => (v.lid === undefined || d.lid === v.lid) && (v.onderdeel === undefined || d.onderdeel === v.onderdeel));
  const ids = new Set((precies.length && (v.lid !== undefined || v.onderdeel !== undefined) ? precies : past).map((d) => d.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** The document's own law: the one named most (a definition "wet: Jeugdwet" and the title weigh more). */
const DOMEIN: [WetId, RegExp][] = [
  ['wmo', /maatschappelijke ondersteuning|mantelzorg|maatwerkvoorziening|beschermd wonen/g],
  ['jeugdwet', /jeugdhulp|jeugdzorg|jeugdige|jeugdbescherming/g],
  ['participatiewet', /bijstand|re-integratie|uitkering|arbeidsinschakeling|tegenprestatie/g],
];

/** A title that names the Jeugdwet's field: "Verordening Wmo en jeugdhulp", "… Jeugdwet …", "… jeugdzorg …". */
const JEUGD_TITEL = /\bjeugd(?:hulp|wet|zorg)\b/;

/** The first part of a document, where its title and considerans stand (a CVDR or Gemeenteblad copy starts with a site header). */
const KOPDEEL = 1500;

/** Lines of a site's furniture before a document's title: Gemeenteblad tables, CVDR's header, links. */
const MEUBEL = /^(?:.*\|.*\||gemeenteblad\b|datum publicatie|zoals vergunningen|adressen en contact|u bent hier|ziet u een fout|permanente link|naar de (?:actuele|door u)|geldend van|regeling vervallen|wetstechnische informatie|gegevens van de regeling|intitul[eé]$|[|\-\s]*$|[^\p{L}]*$)/iu;

/**
 * The document's own title: what follows CVDR's "Officiële naam regeling" or "Intitulé", else its first line that is
 * not a site's furniture (a Gemeenteblad table, "Ziet u een fout in deze regeling?", "Geldend van …").
 */
export function titelVan(tekst: string): string {
  const deel = tekst.slice(0, KOPDEEL * 2);
  const m = /offici[eë]le naam regeling[ \t]*:?[ \t]*\n?[ \t]*([^\n]{3,200})/i.exec(deel) ?? /\bintitul[eé][ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n]{3,200})/i.exec(deel);
  const regel = m ? m[1]! : (deel.split('\n').find((r) => !MEUBEL.test(r.trim())) ?? '');
  // A copy without line breaks has the whole document on its first line: the title ends where the text starts.
  return regel.slice(0, 200).split(/\s(?:hoofdstuk|artikel|de raad|het college|gelet op|gezien|gelezen)\b|citeertitel|vastgesteld door/i)[0]!.trim();
}

/**
 * The document's own law: the one named most. A definition ("wet: Jeugdwet") weighs 10, a name in the title 3,
 * another name 1, and the field's own words ("jeugdhulp", "maatschappelijke ondersteuning", "bijstand") half.
 */
export function documentWet(tekst: string): WetId | undefined {
  const score = new Map<WetId, number>();
  const tel = (w: WetId, n: number) => score.set(w, (score.get(w) ?? 0) + n);
  // The title, also after a site's header, and CVDR's "Wettelijke grondslag(en)" (or "Grondslagen") weigh more.
  const titel = titelVan(tekst);
  // The first 400 characters of the document itself, where its title and considerans start: counted from its title,
  // not from the top of a Gemeenteblad or CVDR page, whose header would push the considerans out.
  const begin = titel ? Math.max(0, tekst.indexOf(titel)) : 0;
  for (const n of wetNamen(tekst)) tel(n.wet, n.start - begin < 400 ? 3 : 1);
  for (const n of wetNamen(titel)) tel(n.wet, 3);
  for (const [w, re] of DOMEIN) if (normaliseer(titel).match(re)) tel(w, 2);
  // "Wettelijke grondslag: Participatiewet, artikel 8" in a raadsvoorstel has it on the same line.
  const grond = /(?:wettelijke grondslag(?:\(en\))?|\bgrondslagen)[^\n:]*:?[ \t]*\n?([\s\S]{0,300}?)(?:\n[ \t]*\n|regelgeving die|overzicht van|$)/i.exec(tekst.slice(0, KOPDEEL * 2));
  if (grond) for (const w of new Set(wetNamen(grond[1]!).map((n) => n.wet))) tel(w, 5);
  // The considerans names the laws the document rests on ("gelet op artikel 2.9 van de Jeugdwet"), wherever it starts.
  for (const g of tekst.slice(0, KOPDEEL * 2).matchAll(/\bgelet op\b[^;\n]{0,300}/gi)) for (const w of new Set(wetNamen(g[0]).map((n) => n.wet))) tel(w, 2);
  const def = /(?:^|\n|[-•;]\s*|[a-z]\.\s+)(?:de\s+)?wet\s*:\s*(?:de\s+)?([^\n;,.]{3,60})/gi;
  let m: RegExpExecArray | null;
  while ((m = def.exec(tekst))) {
    const n = wetNamen(m[1]!)[0];
    if (n) tel(n.wet, 10);
  }
  const normaal = normaliseer(tekst);
  for (const [w, re] of DOMEIN) for (const x of normaal.matchAll(re)) tel(w, (x.index ?? 0) < 400 ? 1 : 0.5);
  const rij = [...score].sort((a, b) => b[1] - a[1]);
  if (!rij.length || (rij[1] && rij[1][1] === rij[0]![1])) return undefined;
  return rij[0]![0];
}


/**
 * Whether the first part of a document shows it is itself a verordening:
 * - not when its title says it is a beleidsregel, nadere regels, a toelichting, richtlijnen or a college's besluit, or
 *   CVDR says it was "Vastgesteld door" the college (a verordening is the raad's);
 * - yes when its title names a verordening (also after a Gemeenteblad or CVDR header: `titelVan`), when Gemeenteblad
 *   files it under "Verordeningen", when a line of its own starts with "Verordening …", or when it says "besluit vast
 *   te stellen de (volgende) Verordening …"; and it has the shape of a regulation (a considerans or articles).
 * A verordening named inside a sentence ("de verordening jeugd is …") is not enough.
 */
export function isVerordening(tekst: string): boolean {
  const deel = tekst.slice(0, KOPDEEL);
  const ruim = tekst.slice(0, KOPDEEL * 2);
  const titel = titelVan(tekst);
  if (/^\W*(?:beleidsregel|nadere regel|toelichting|richtlijn|uitvoeringsregel|besluit\b(?!\s+van\s+de\s+(?:gemeente)?raad))/i.test(titel)) return false;
  if (/vastgesteld\s+door[ \t]*\n?[ \t]*(?:het\s+)?(?:college|burgemeester|dagelijks)/i.test(ruim)) return false;
  const regel = /(?:^|\n)[ \t]*(?:de\s+)?verordening\b[^\n]{0,160}(?:\n|$)/i;
  const vast = /\bvast\s+te\s+stellen\s*:?\s*(?:de|het)?\s*(?:volgende|navolgende)?\s*:?\s*(?:de\s+)?verordening\b/i;
  const blad = /rubriek[^\n]{0,80}\n?[^\n]{0,200}\bverordeningen\b|algemeen verbindend voorschrift \(verordening\)/i;
  if (!/verordening/i.test(titel) && !regel.test(deel) && !vast.test(deel) && !blad.test(deel) && !/verordening/i.test(deel.slice(0, 400))) return false;
  return /gelet op|besluit|artikel \d|hoofdstuk \d|begripsbepaling|begrippen/i.test(ruim);
}

/**
 * A document that is itself nadere regels, beleidsregels or uitvoeringsregels, made under a verordening: its title says
 * so ("Nadere regels jeugdhulp …", "Beleidsregels Wmo …"). It works a verordening out; it is not that verordening, so
 * a keuze whose subject is the verordening itself ("Verordening jeugdhulp") is not touched by its words or items.
 */
export function isUitwerking(tekst: string): boolean {
  return /^\W*(?:beleidsregel|nadere\s+regel|uitvoeringsregel|uitvoeringsbesluit)/i.test(titelVan(tekst));
}

/** A regulation that amends another ("Verordening tot tweede wijziging van de Verordening …", "Wijzigingsverordening"). */
export function isWijziging(tekst: string): boolean {
  return /\b(?:tot|houdende)\s+(?:\p{L}+\s+)?wijziging\s+van\s+de\b|\bwijzigingsverordening\b|\bwijziging\s+(?:van\s+)?de\s+verordening\b/iu.test(tekst.slice(0, 600));
}

/** What kind of document this is, from its first part (`KOPDEEL`). */
export function soortVan(tekst: string): Soort {
  const kop = normaliseer(tekst.slice(0, 1200));
  if (/raadsvoorstel|voorstel aan de (gemeente)?raad|geachte raad|beslispunt|geadviseerde beslissing|collegevoorstel|ontwerpbesluit/.test(kop)) return 'raadsvoorstel';
  if (/^\W*(?:beleidsregels?|nadere regels|toelichting)\b/.test(kop)) return 'ander';
  if (isVerordening(tekst)) return 'verordening';
  if (/beleidsplan|beleidskader|kadernota|visie|nota /.test(kop.slice(0, 400))) return 'beleidsplan';
  return 'ander';
}

/** "niet bedoeld als", "is geen", "valt niet onder" … just before a word: the document says it is not about it. */
const ONTKEND_VOOR =
  /(?:\bniet\s+(?:(?:zijn|is|wordt|worden|meer|uitsluitend|alleen)\s+)?(?:bedoeld|gericht|bestemd|aangemerkt|beschouwd|gezien)\s+(?:als|voor|op)|\b(?:is|zijn|vormt|vormen|betreft|betreffen)\s+(?:uitdrukkelijk\s+|nadrukkelijk\s+)?geen|\bgeen\s+(?:sprake\s+(?:is\s+)?van|onderdeel\s+van|vorm\s+van)|\b(?:valt|vallen)\s+niet\s+onder|\bniet\s+onder)\s+(?:(?:een|de|het)\s+)?[^,;:.()]{0,25}$/;
/** "… valt hier niet onder", "… is niet bedoeld": just after a word. */
const ONTKEND_NA = /^[^,;:.()]{0,20}?\s(?:valt|vallen|is|zijn|wordt|worden)\s+(?:hier\s+|daarbij\s+|dus\s+|uitdrukkelijk\s+)?(?:niet\s+(?:onder|bedoeld|aan\s+de\s+orde)|buiten)/;
/** "in het Beleidsplan …", "zoals verwoord in de Nota …": the name of another document. */
const VERWIJZEND_VOOR = /(?:\b(?:in|uit|volgens|conform)\s+(?:het|de|onze|ons)|\b(?:zoals|als)\s+(?:verwoord|beschreven|omschreven|vastgelegd|opgenomen|genoemd)\s+in\s+(?:het|de))\s+$/;
/**
 * "artikel 13 van de verordening Jeugdhulp 2020", "op grond van de Verordening …": the legal basis a document cites
 * is another regulation; its title names that regulation's subject, not what this document regulates.
 */
const CITAAT_VOOR = /(?:\bartikel(?:en)?\s+\d[^.;:]{0,80}?\s(?:van|uit)|\bop\s+grond\s+van|\bter\s+uitvoering\s+van|\bgelet\s+op)\s+(?:de|het)\s+$/;
const REGELING = /^(?:verordening|beleidsregel|nadere regel|regeling|besluit)/;
/**
 * "nieuwe instrumenten, zoals de loonkostensubsidie en de garantiebanen", "mensen, waaronder mensen met een
 * arbeidsbeperking": a word given as an example is named, not regulated or discussed; it counts half, like a short item
 * of a list. Not "zoals bedoeld in" (a borrowed definition) or "zoals verwoord in" (another document).
 */
const VOORBEELD_VOOR = /\b(?:zoals|waaronder|bijvoorbeeld|bv\.|bijv\.|onder (?:andere|meer)|o\.a\.)(?!\s+(?:bedoeld|omschreven|genoemd|verwoord|beschreven|vastgelegd|opgenomen|vermeld|aangegeven|gebruikelijk)\b)\s+[^,;:.()]{0,60}$/;
/** Between an abbreviation and its full form in brackets: "wsw (wet sociale werkvoorziening)", "pgb (persoonsgebonden budget)". */
const UITGESCHREVEN = /^\s*\(\s*(?:de\s+|het\s+)?(?:wet\s+)?$/;
/** "het verlagen van de bijstand en de langdurigheidstoeslag": the word is what a verlaging applies to. */
const VERLAGING_VAN = /\bverlag\w*\s+van\s+[^,;:.]{0,50}$/;
/** Where a begripsbepaling starts: "In deze verordening wordt verstaan onder:", "Artikel 1 Begrippen". */
const BEGRIPPEN = /verstaan onder|begripsbepaling|begripsomschrijving|\bbegrippen\b/;

interface Context {
  /**
   * Per sentence: from which offset it stands in a begripsbepaling (defined, not regulated); 0 for the whole
   * sentence, Infinity for none. A copy without line breaks can hold a whole verordening in one "sentence": only what
   * follows "wordt verstaan onder" is a definition there.
   */
  begrip: number[];
  /** The sentences as written, to see a capital where a document's name starts. */
  zinnen: readonly Zin[];
  /**
   * Per sentence: the normalised end of the sentence before it when this one goes on from it (it starts in lower case
   * after a line a PDF or page break cut off: "… zoals de" + blank line + "loonkostensubsidie en …"), else ''.
   */
  vervolg?: readonly string[];
}

/** Sentences that are part of a begripsbepaling: from "wordt verstaan onder" (or an article "Begrippen") to the next article. */
function begripZinnen(zs: readonly Zin[], normaal: readonly string[]): number[] {
  let sinds: string | undefined;
  return zs.map((z, i) => {
    const n = normaal[i]!;
    if (/begrip/i.test(z.plaats)) return 0;
    if (sinds !== undefined && z.plaats !== sinds) sinds = undefined;
    const m = BEGRIPPEN.exec(n);
    if (m) {
      sinds = z.plaats;
      return m.index;
    }
    return sinds !== undefined && /^\s*(?:[-•*]\s*)?(?:\(?[a-z0-9]{1,3}[.)°]\s*)?(?:[-•*]\s*)?[^:;]{2,80}?:\s/u.test(n) ? 0 : Infinity;
  });
}

/**
 * How much one occurrence of a word counts (see the module comment): 0 when negated, defined, another document's
 * name or the object of a verlaging; 0.5 in a list of many short items; 1 otherwise.
 */
function gewichtVan(z: string, van: number, tot: number, label: string, opties: { begrip?: boolean; zoals?: string; vervolg?: string } = {}): number {
  if (opties.begrip) return 0;
  const voor = ((van < 90 ? (opties.vervolg ?? '') : '') + z.slice(Math.max(0, van - 90), van)).slice(-90).split(/[.;:!?]\s/).pop()!;
  if (ONTKEND_VOOR.test(voor) || ONTKEND_NA.test(z.slice(tot, tot + 60))) return 0;
  if (VERWIJZEND_VOOR.test(voor) && /^\p{Lu}/u.test((opties.zoals ?? '').slice(van, van + 1))) return 0;
  if (REGELING.test(label) && CITAAT_VOOR.test(voor)) return 0;
  if (!/verlag/.test(label) && VERLAGING_VAN.test(voor)) return 0;
  if (VOORBEELD_VOOR.test(voor)) return 0.5;
  // A list of abbreviations names words; a table of contents names subjects discussed elsewhere in the document.
  if (/^\W*(?:afkortingen|lijst van afkortingen)/.test(z)) return 0;
  if (/^\W*inhoud(?:sopgave)?\b/.test(z)) return 0.5;
  // A short item of a list set out line by line ("- maatwerkdeel jeugdgezondheidszorg;"): a list of many short items.
  if (/^\s*(?:[-•*]|\(?[a-z0-9]{1,3}[.)°])\s+[^,;:.]{0,60}[;,]?\s*$/.test(z) && z.trim().split(/\s+/).length <= 6) return 0.5;
  // A list: three separators or more, and the word stands in a short item of it.
  const scheid = [...z.matchAll(/[,;]/g)].map((m) => m.index!);
  if (scheid.length >= 3) {
    const a = Math.max(-1, ...scheid.filter((x) => x < van));
    const b = Math.min(z.length, ...scheid.filter((x) => x >= tot));
    const item = z.slice(a + 1, b).replace(/^\s*(?:en|of)\s+/, '').trim();
    if (item.split(/\s+/).length <= 5) return 0.5;
  }
  return 1;
}

/** Where term `t` stands in sentence `i` and how much it counts there; undefined when it does not count at all. */
function vind(t: Term, z: string, i: number, ctx: Context): { van: number; tot: number; gewicht: number } | undefined {
  const spans: [number, number][] = [];
  for (const d of t.delen) {
    const m = d.exec(z);
    if (!m) return undefined;
    spans.push([m.index, m.index + m[0].length]);
  }
  let factor = 1;
  for (const [van, tot] of spans) factor = Math.min(factor, gewichtVan(z, van, tot, t.label, { begrip: van >= (ctx.begrip[i] ?? Infinity), zoals: ctx.zinnen[i]!.tekst, vervolg: ctx.vervolg?.[i] ?? '' }));
  if (!factor) return undefined;
  return { van: Math.min(...spans.map((x) => x[0])), tot: Math.max(...spans.map((x) => x[1])), gewicht: t.gewicht * factor };
}

/** Reads a document. `opties.wet` overrides the detected law of the document. */
export function leesStuk(tekst: string, index: Index, opties: { wet?: WetId } = {}): Uitkomst {
  const schoon = tekst.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const wet = opties.wet ?? documentWet(schoon);
  const soort = soortVan(schoon);
  const zs = zinnen(schoon);
  const normaal = zs.map((z) => normaliseer(z.tekst));
  // An amending regulation that changes or adds a definition changes what is regulated: there such a sentence counts.
  const wijzigt = isWijziging(schoon);
  const begrip = begripZinnen(zs, normaal).map((b, i) => (wijzigt && /gewijzigd|komt te luiden|vervangen door|toegevoegd|ingevoegd/.test(normaal[i]!) ? Infinity : b));
  // For a required item a definition the document writes itself ("individuele voorziening: op de jeugdige
  // toegesneden …") does count; one that only borrows the law's meaning ("… bedoeld in artikel 5 van de wet") does not.
  const leent = (n: string) => /bedoeld in (?:de )?(?:artikel|art\.|hoofdstuk|paragraaf)[^;]*\b(?:van|uit) de(?:ze)? wet\b/.test(n);
  // A sentence that starts in lower case after one without a closing mark goes on from it (a PDF or page break).
  const vervolg = zs.map((z, i) => (i > 0 && /^\p{Ll}/u.test(z.tekst) && !/[.;:!?]["”']?$/.test(zs[i - 1]!.tekst) ? `${normaal[i - 1]!} ` : ''));
  const ctx: Context & { item: Context } = {
    begrip,
    zinnen: zs,
    vervolg,
    item: { begrip: begrip.map((b, i) => (leent(normaal[i]!.slice(Number.isFinite(b) ? b : normaal[i]!.length)) ? b : Infinity)), zinnen: zs, vervolg },
  };
  // A reference with no law named at all, in a sentence that names exactly one of the five laws, refers to that law:
  // "De Jeugdwet schrijft in artikel 2.9 voor dat …". Without such a sentence it is the document's own article.
  const verwijzingen = parseVerwijzingen(schoon, { ...(wet ? { documentWet: wet } : {}), bekend: index.bekend }).flatMap((v) => {
    if (v.wet) return [v];
    if (!v.zonderNaam) return [];
    const z = zinBij(zs, v.start);
    const namen = z ? [...new Set(wetNamen(z.tekst).map((n) => n.wet))] : [];
    return namen.length === 1 ? [{ ...v, wet: namen[0]! }] : [];
  });

  const redenen = new Map<string, Reden[]>();
  const geef = (id: string, r: Reden) => {
    const lijst = redenen.get(id) ?? [];
    if (!lijst.some((x) => x.gevonden === r.gevonden && x.zin === r.zin)) lijst.push(r);
    redenen.set(id, lijst);
  };
  const zinVan = (pos: number): Zin => zinBij(zs, pos) ?? { tekst: '', start: 0, eind: 0, plaats: 'aanhef' };

  // 1. References. One that only borrows a definition ("als bedoeld in artikel 2.3, eerste lid, van de wet") says
  // nothing about what the document regulates, and counts neither for keuzes nor for items.
  const lenend = (v: Verwijzing) => /(?:als|zoals)\s+(?:bedoeld|omschreven|genoemd)\s+in\s+(?:de\s+)?$/i.test(schoon.slice(Math.max(0, v.start - 40), v.start));
  const telt = verwijzingen.filter((v) => !lenend(v));
  // A borrowed reference outside a begripsbepaling ("De kostendelersnorm als bedoeld in artikel 22a van de
  // Participatiewet is van toepassing") names the keuze's subject through its law: it counts as one word of that
  // keuze (weight 1), so with the keuze's own word in the document it is found; alone it is not.
  const geleend = new Map<string, Reden>();
  for (const v of verwijzingen) {
    if (!lenend(v)) continue;
    const k = doelVan(v, index.keuzeArtikelen);
    const i = zs.findIndex((z) => z.start <= v.start && v.start < z.eind);
    if (!k || i < 0 || geleend.has(k) || Number.isFinite(begrip[i]!)) continue;
    geleend.set(k, { soort: 'artikel', gevonden: v.tekst.replace(/\s+/g, ' '), zin: zs[i]!.tekst, plaats: zs[i]!.plaats });
  }
  for (const v of telt) {
    const k = doelVan(v, index.keuzeArtikelen);
    if (k) {
      const z = zinVan(v.start);
      geef(k, { soort: 'artikel', gevonden: v.tekst.replace(/\s+/g, ' '), zin: z.tekst, plaats: z.plaats });
    }
  }

  // A document that works out a verordening (nadere regels, beleidsregels) is not that verordening.
  const uitwerking = isUitwerking(schoon);
  const isDeVerordening = (id: string) => /^verordening\b/i.test(index.keuzes.get(id)?.onderwerp ?? '');
  const magKeuze = (id: string) => !(uitwerking && isDeVerordening(id));

  // 2. Items of the document's law.
  const onderdelen: OnderdeelUitkomst[] = [];
  for (const [id, { wet: w, o, termen }] of index.onderdelen) {
    if (w !== wet) continue;
    let reden: Reden | undefined;
    for (const v of telt) {
      if (doelVan(v, index.onderdeelArtikelen) === id) {
        const z = zinVan(v.start);
        reden = { soort: 'artikel', gevonden: v.tekst.replace(/\s+/g, ' '), zin: z.tekst, plaats: z.plaats };
        break;
      }
    }
    if (!reden)
      for (let i = 0; i < zs.length && !reden; i++) {
        const t = termen.find((t) => vind(t, normaal[i]!, i, ctx.item));
        if (t) reden = { soort: 'woorden', gevonden: t.label, zin: zs[i]!.tekst, plaats: zs[i]!.plaats };
      }
    onderdelen.push({
      id,
      wet: w,
      titel: o.titel,
      uitleg: o.uitleg,
      moet: o.moet,
      wetsartikel: o.artikelen.filter((a) => !a.vroeger).map(verwijzingLabel).join('; '),
      gevonden: !!reden,
      ...(reden ? { plaats: reden.plaats, reden } : {}),
    });
    if (reden) for (const k of o.keuzes.filter(magKeuze)) geef(k, { soort: 'onderdeel', gevonden: o.titel, zin: reden.zin, plaats: reden.plaats });
  }

  // 3. The keuzes' own words.
  // A keuze of another law than the document's counts only in a sentence that names its law: "hulpmiddelen" in a
  // Wmo verordening are Wmo hulpmiddelen, not the Zvw keuze.
  const namen = zs.map((z) => new Set(wetNamen(z.tekst).map((n) => n.wet)));
  for (const [id, termen] of index.keuzeTermen) {
    if (!magKeuze(id)) continue;
    const kw = index.keuzes.get(id)!.wet;
    const magZin = (i: number) => !wet || kw === wet || namen[i]!.has(kw);
    const treffers: { zin: number; van: number; tot: number; gewicht: number; reden: Reden }[] = [];
    // Besides the first place a word counts, the first place in an article of the document: a quote to show for a
    // keuze found otherwise (by article or item), where the document regulates it rather than names it in its title.
    const inArtikel: Reden[] = [];
    for (const t of termen) {
      let eerste: (typeof treffers)[number] | undefined;
      let keer = 0;
      let artikel = false;
      for (let i = 0; i < normaal.length; i++) {
        if (!magZin(i)) continue;
        const v = vind(t, normaal[i]!, i, ctx);
        if (!v) continue;
        // Each mention counts, also several in one sentence: a table of contents with a chapter and its sections on the
        // "Sociaal Team" discusses it.
        if (t.herhaal) keer += normaal[i]!.match(t.herhaal)?.length ?? 1;
        const reden: Reden = { soort: 'woorden', gevonden: t.label, zin: zs[i]!.tekst, plaats: zs[i]!.plaats };
        if (!eerste) treffers.push((eerste = { zin: i, ...v, reden }));
        if (!artikel && /^Artikel\b/.test(reden.plaats)) {
          inArtikel.push(reden);
          artikel = true;
        }
        if (artikel && (!t.herhaal || keer >= HERHAALD)) break;
      }
      if (eerste && t.herhaal && keer >= HERHAALD) eerste.gewicht = Math.max(eerste.gewicht, 2);
    }
    // Words that overlap in the same sentence ("maatregel", "maatregelen") are one piece of evidence; so are an
    // abbreviation and its full form in brackets right after it ("de Wsw (Wet sociale werkvoorziening)").
    treffers.sort((a, b) => a.zin - b.zin || a.van - b.van);
    let score = 0;
    let groep: { zin: number; tot: number; gewicht: number } | undefined;
    for (const t of treffers) {
      if (groep && groep.zin === t.zin && (t.van < groep.tot || UITGESCHREVEN.test(normaal[t.zin]!.slice(groep.tot, t.van)))) {
        groep.tot = Math.max(groep.tot, t.tot);
        groep.gewicht = Math.max(groep.gewicht, t.gewicht);
      } else {
        if (groep) score += groep.gewicht;
        groep = { zin: t.zin, tot: t.tot, gewicht: t.gewicht };
      }
    }
    if (groep) score += groep.gewicht;
    const leen = geleend.get(id);
    if (leen && treffers.length) score += 1;
    const gevonden = [...(leen && treffers.length ? [leen] : []), ...treffers.map((t) => t.reden)];
    if (score >= 2) for (const r of gevonden) geef(id, r);
    else if (redenen.has(id)) for (const r of [...inArtikel, ...gevonden]) geef(id, r);
  }

  // 4. A verordening of the Jeugdwet is the verordening jeugdhulp, whatever words it uses.
  const vj = 'jeugdwet/verordening-jeugdhulp';
  // So is one for the Wmo and the Jeugdwet together: its title names jeugdhulp or the Jeugdwet ("Verordening
  // maatschappelijke ondersteuning en jeugdhulp"), or its considerans rests on the Jeugdwet's own article for that
  // verordening ("gelet op de artikelen 2.9, 2.10, 2.12 van de Jeugdwet en …"). Another Jeugdwet article in the
  // considerans (2.10, the participation of inwoners, in a verordening for an adviesraad) is not enough.
  const jeugdTitel = JEUGD_TITEL.test(normaliseer(titelVan(tekst)));
  const opJeugdwet = telt.some((v) => v.wet === 'jeugdwet' && v.artikel === '2.9' && /gelet op/i.test(zinVan(v.start).tekst) && zinVan(v.start).plaats === 'aanhef');
  if (soort === 'verordening' && (wet === 'jeugdwet' || opJeugdwet || jeugdTitel) && index.keuzes.has(vj) && !redenen.has(vj)) {
    const i = Math.max(0, normaal.findIndex((z) => /verordening/.test(z)));
    if (zs[i]) geef(vj, { soort: 'woorden', gevonden: 'een verordening onder de Jeugdwet', zin: zs[i]!.tekst, plaats: zs[i]!.plaats });
  }

  const keuzes: KeuzeTreffer[] = [...redenen]
    .filter(([id]) => index.keuzes.has(id))
    .map(([id, rs]) => ({ id, wet: index.keuzes.get(id)!.wet, redenen: rs.slice(0, MAX_REDENEN) }))
    .sort((a, b) => (a.wet === wet ? 0 : 1) - (b.wet === wet ? 0 : 1) || a.id.localeCompare(b.id));

  // Scheidslijnen: a sentence that names both laws.
  const scheidslijnen: Uitkomst['scheidslijnen'] = [];
  const namenPerZin = namen;
  for (const s of index.kennis.scheidslijnen) {
    const i = namenPerZin.findIndex((n) => n.has(s.tussen[0]) && n.has(s.tussen[1]));
    if (i >= 0) scheidslijnen.push({ id: s.id, titel: s.titel, zin: zs[i]!.tekst, plaats: zs[i]!.plaats });
  }
  const geraakt = new Set(keuzes.map((k) => k.id));
  const lijnen = new Set(scheidslijnen.map((s) => s.id));
  const casussen = index.kennis.casussen.flatMap((c) => {
    const ks = c.keuzes.filter((k) => geraakt.has(k));
    return ks.length >= 2 || (ks.length === 1 && c.scheidslijnen.some((s) => lijnen.has(s))) ? [{ id: c.id, titel: c.titel, keuzes: ks }] : [];
  });

  return { ...(wet ? { wet } : {}), soort, verwijzingen, keuzes, scheidslijnen, casussen, onderdelen };
}
