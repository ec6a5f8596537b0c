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
 * line by line), in a table of contents or given as an example ("zoals de loonkostensubsidie") counts half. The same
 * holds for the words of a required item. The rules for documents the matcher has never seen are listed in README.md.
 *
 * The rules live in modules per kind: which document and which law in `document.ts`, how a keuze's words become
 * terms in `termen.ts`, how much one occurrence counts where it stands in `gewicht.ts`; this module puts them together.
 */
import type { Kennis, KeuzeKennis } from './kennis.ts';
import type { Onderdeel } from './onderdelen.ts';
import { letOpBij, type LetOp } from './letop.ts';
import { documentWet, isUitwerking, isWijziging, JEUGD_TITEL, kopWetten, soortVan, titelVan, wetDelen, type Soort } from './document.ts';
import { begripZinnen, titelLijsten, UITGESCHREVEN, tabelZinnen, vastTeStellen, vind, type Context } from './gewicht.ts';
import { HERHAALD, keuzeTermenVan, term, type Term } from './termen.ts';
import { normaliseer, zinBij, zinnen, type Zin } from './tekst.ts';
import { documentDatum, herlees, type Herlezing } from './versies.ts';
import { parseVerwijzingen, verwijzingLabel, wetNamen, WET_IDS, type Verwijzing, type WetId } from './verwijzingen.ts';

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
  /**
   * A verordening made under two or three laws at once (a "verordening sociaal domein"): those laws, the document's own
   * law first. Then `onderdelen` holds the items of each of them (tenth round; see `verordeningWetten`).
   */
  wetten?: WetId[];
  soort: Soort;
  /** A note for a kind of document in which the matcher finds less (a begroting, jaarverslag, rapportage). */
  letOp?: LetOp;
  /** References to the five laws found in the document. */
  verwijzingen: Verwijzing[];
  /** References read in the law text of the document's own date: mapped to today's unit, dropped, or unsure (versies.ts). */
  herlezen?: Herlezing[];
  keuzes: KeuzeTreffer[];
  scheidslijnen: { id: string; titel: string; zin: string; plaats: string }[];
  casussen: { id: string; titel: string; keuzes: string[] }[];
  /** The items of the document's law, or of each law of a combined verordening (empty when its law is unknown or has no items). */
  onderdelen: OnderdeelUitkomst[];
}

interface Doel {
  id: string;
  lid?: number;
  onderdeel?: string;
}

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

/** "… de Verordening … jeugdhulp … vastgesteld", "besluit vast te stellen de Verordening Wmo en jeugdhulp …". */
const VASTGESTELD =
  /\bverordening\b[^.;:]{0,80}?\bjeugd(?:hulp|wet|zorg)\b[^.;:]{0,100}?\b(?:vastgesteld|vast te stellen|vaststellen)\b|\b(?:vastgesteld|vast te stellen|vaststellen)\b[^.;:]{0,30}?\bverordening\b[^.;:]{0,80}?\bjeugd(?:hulp|wet|zorg)\b/;

/** At most this many quoted reasons per keuze: the page shows the first three and folds the rest. */
const MAX_REDENEN = 10;

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

  const keuzeTermen = keuzeTermenVan(kennis);

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
  const titels = titelLijsten(zs, schoon);
  const wetswoorden = zs.map((z, i) => (soort === 'verordening' && z.plaats === 'aanhef' ? 0 : begrip[i]!));
  const ctx: Context & { item: Context } = {
    begrip,
    zinnen: zs,
    vervolg,
    titels,
    // Eighth round: the aanhef of a verordening (before its first article), where the law's own words count nothing.
    aanhef: zs.map((z) => soort === 'verordening' && z.plaats === 'aanhef'),
    // Ninth round: a row of a table of amounts names a budget line, it says nothing about it.
    tabel: tabelZinnen(zs, schoon),
    // Ninth round: the Wmo's list of its four tasks ("voor zelfredzaamheid, participatie, beschermd wonen of opvang").
    takenlijst: true,
    // Ninth round: the verordeningen a besluit adopts, in a list ("De volgende verordeningen … vast te stellen: …").
    vastgesteld: vastTeStellen(normaal),
    // Tenth round: the Wmo's own words of its criterion (2.3.5, derde lid) in the aanhef or a begripsbepaling.
    wetswoorden,
    item: { begrip: begrip.map((b, i) => (leent(normaal[i]!.slice(Number.isFinite(b) ? b : normaal[i]!.length)) ? b : Infinity)), zinnen: zs, vervolg, wetswoorden },
  };
  // A reference with no law named at all, in a sentence that names exactly one of the five laws, refers to that law:
  // "De Jeugdwet schrijft in artikel 2.9 voor dat …". Without such a sentence it is the document's own article.
  // Tenth round: a document that names its own law only by an earlier name (the Wet werk en bijstand, never the
  // Participatiewet) means that earlier law by "de wet" ("de toeslag die is bedoeld in artikel 36 van de wet"): its
  // article numbers are the earlier law's, as with "artikel 18 WWB", so "de wet" resolves to no law of ours.
  const namenAlle = wet ? wetNamen(schoon).filter((n) => n.wet === wet) : [];
  const deWet = wet && !(namenAlle.length && namenAlle.every((n) => n.vroeger)) ? wet : undefined;
  const gelezen = parseVerwijzingen(schoon, { ...(deWet ? { documentWet: deWet } : {}), bekend: index.bekend }).flatMap((v) => {
    if (v.wet) return [v];
    if (!v.zonderNaam) return [];
    const z = zinBij(zs, v.start);
    // Only a current name: the WWB numbered its articles differently ("artikel 18, lid 1 WWB").
    const namen = z ? [...new Set(wetNamen(z.tekst).filter((n) => !n.vroeger).map((n) => n.wet))] : [];
    return namen.length === 1 ? [{ ...v, wet: namen[0]! }] : [];
  });
  // A letter read in the law text of the document's own date (versies.ts; after nieuw7's first run): a 2015
  // verordening's "artikel 8, lid 1, sub c" is the studietoeslag, not today's onderdeel c. Mapped or dropped, with why.
  const datum = index.kennis.versies?.length ? documentDatum(schoon) : undefined;
  const herlezen: Herlezing[] = [];
  const waarom = new Map<Verwijzing, Herlezing>();
  const verwijzingen = gelezen.flatMap((v) => {
    const r = herlees(v, datum, index.kennis.versies ?? []);
    if (r.herlezing) herlezen.push(r.herlezing);
    if (r.v && r.herlezing) waarom.set(r.v, r.herlezing);
    return r.v ? [r.v] : [];
  });
  const zoalsGelezen = (v: Verwijzing) => `${v.tekst.replace(/\s+/g, ' ')}${waarom.has(v) ? ` (${waarom.get(v)!.uitleg})` : ''}`;

  const redenen = new Map<string, Reden[]>();
  const geef = (id: string, r: Reden) => {
    const lijst = redenen.get(id) ?? [];
    if (!lijst.some((x) => x.gevonden === r.gevonden && x.zin === r.zin)) lijst.push(r);
    redenen.set(id, lijst);
  };
  const zinVan = (pos: number): Zin => zinBij(zs, pos) ?? { tekst: '', start: 0, eind: 0, plaats: 'aanhef' };

  // 1. References. One that only borrows a definition ("als bedoeld in artikel 2.3, eerste lid, van de wet") says
  // nothing about what the document regulates, and counts neither for keuzes nor for items.
  // Also "de toeslag die is bedoeld in artikel 36 van de wet" (a plain bug found on nieuw8's first run).
  const lenend = (v: Verwijzing) => /(?:als|zoals|die\s+(?:is|wordt|zijn|worden)|dat\s+(?:is|wordt))\s+(?:bedoeld|omschreven|genoemd)\s+in\s+(?:de\s+)?$/i.test(schoon.slice(Math.max(0, v.start - 40), v.start));
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
    geleend.set(k, { soort: 'artikel', gevonden: zoalsGelezen(v), zin: zs[i]!.tekst, plaats: zs[i]!.plaats });
  }
  for (const v of telt) {
    const k = doelVan(v, index.keuzeArtikelen);
    if (k) {
      const z = zinVan(v.start);
      geef(k, { soort: 'artikel', gevonden: zoalsGelezen(v), zin: z.tekst, plaats: z.plaats });
    }
  }

  // A document that works out a verordening (nadere regels, beleidsregels) is not that verordening.
  const uitwerking = isUitwerking(schoon);
  const isDeVerordening = (id: string) => /^verordening\b/i.test(index.keuzes.get(id)?.onderwerp ?? '');
  const magKeuze = (id: string) => !(uitwerking && isDeVerordening(id));

  // Tenth round: a verordening made under several laws at once has a part per law (`verordeningWetten`). In it a
  // sentence of a chapter of one law belongs to that law, any other sentence to all of them.
  const wetten = soort === 'verordening' && !uitwerking ? verordeningWetten(schoon, wet, telt, zs, index) : [];
  const delen = wetten.length ? wetDelen(schoon) : [];
  const deelVan = zs.map((z) => delen.find(([a, b]) => z.start >= a && z.start < b)?.[2]);
  const inDeel = (i: number, w: WetId) => deelVan[i] === undefined || deelVan[i] === w;

  // 2. Items of the document's law, or of each law of a combined verordening (words only in that law's part).
  const onderdelen: OnderdeelUitkomst[] = [];
  const lijstWetten: (WetId | undefined)[] = wetten.length ? wetten : [wet];
  for (const [id, { wet: w, o, termen }] of [...index.onderdelen].sort(([, a], [, b]) => lijstWetten.indexOf(a.wet) - lijstWetten.indexOf(b.wet))) {
    if (!lijstWetten.includes(w)) continue;
    let reden: Reden | undefined;
    for (const v of telt) {
      if (doelVan(v, index.onderdeelArtikelen) === id) {
        const z = zinVan(v.start);
        reden = { soort: 'artikel', gevonden: zoalsGelezen(v), zin: z.tekst, plaats: z.plaats };
        break;
      }
    }
    if (!reden)
      for (let i = 0; i < zs.length && !reden; i++) {
        // The title of another regulation in a list of titles does not show what this document regulates.
        if (titels[i]?.[2] === 'titels' || (wetten.length && !inDeel(i, w))) continue;
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
    // Seventh round: a begroting or jaarverslag regulates nothing; an item's words there ("de budgetten … voor de
    // uitvoering") are no provision, so only an article reference makes its keuze; the keuze's own words still count.
    if (reden && (soort !== 'begroting' || reden.soort === 'artikel')) for (const k of o.keuzes.filter(magKeuze)) geef(k, { soort: 'onderdeel', gevonden: o.titel, zin: reden.zin, plaats: reden.plaats });
  }

  // 3. The keuzes' own words.
  // A keuze of another law than the document's counts only in a sentence that names its law: "hulpmiddelen" in a
  // Wmo verordening are Wmo hulpmiddelen, not the Zvw keuze.
  const namen = zs.map((z) => new Set(wetNamen(z.tekst).map((n) => n.wet)));
  // Eighth round: a document that never names jeugd (the Jeugdwet, jeugdhulp, jeugdigen, jeugdbeleid …) is about
  // something broader when its words are a Jeugdwet keuze's ("de regionale samenwerking in de Drechtsteden op het
  // sociaal domein", "het beleidsplan sociaal domein … vastgesteld", "Jongerenwerk"): those words do not make that keuze.
  const veld: Partial<Record<WetId, boolean>> = { jeugdwet: /jeugd/.test(normaliseer(schoon)) };
  for (const [id, termen] of index.keuzeTermen) {
    if (!magKeuze(id)) continue;
    const kw = index.keuzes.get(id)!.wet;
    if (veld[kw] === false) continue;
    // In a combined verordening a keuze of one of its laws counts in that law's part and in the parts of all; one of
    // another law only in a sentence that names it.
    const magZin = wetten.length ? (i: number) => namen[i]!.has(kw) || (wetten.includes(kw) && inDeel(i, kw)) : (i: number) => !wet || kw === wet || namen[i]!.has(kw);
    const treffers: { zin: number; van: number; tot: number; gewicht: number; reden: Reden }[] = [];
    // Besides the first place a word counts, the first place in an article of the document: a quote to show for a
    // keuze found otherwise (by article or item), where the document regulates it rather than names it in its title.
    const inArtikel: Reden[] = [];
    for (const t of termen) {
      let eerste: (typeof treffers)[number] | undefined;
      let keer = 0;
      let artikel = false;
      // A gemeente word that a sentence ties to the keuze's law ("de participatieraad is een afspiegeling van de bij de
      // Participatiewet, de Wet maatschappelijke ondersteuning en de Jeugdwet betrokken personen") names the same
      // body or team wherever the document names it: then every mention counts, also in a document of another law.
      const gebonden = !!t.herhaal && normaal.some((n, i) => !!wet && kw !== wet && namen[i]!.has(kw) && !!vind(t, n, i, ctx));
      for (let i = 0; i < normaal.length; i++) {
        if (!magZin(i) && !gebonden) continue;
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
  // Sixth round: a document that opens with the adoption of such a verordening (a notice, a raadsbesluit: "De
  // gemeenteraad heeft op 2 februari 2023 de Verordening maatschappelijke ondersteuning en jeugdhulp … vastgesteld")
  // is about that decision; its first 400 characters, so a verordening adopted long ago and named further on is not.
  const vastgesteld = normaal.findIndex((n, i) => zs[i]!.start < 400 && VASTGESTELD.test(n));
  if (vastgesteld >= 0 && magKeuze(vj) && index.keuzes.has(vj) && !redenen.has(vj))
    geef(vj, { soort: 'woorden', gevonden: 'de vaststelling van een verordening jeugdhulp', zin: zs[vastgesteld]!.tekst, plaats: zs[vastgesteld]!.plaats });

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

  const letOp = letOpBij(soort);
  // A begroting or jaarverslag is no verordening: the list of what the law asks a verordening to regulate would show
  // "niet gevonden" for every item, which says nothing about it. Its items still point at keuzes (step 2).
  return { ...(wet ? { wet } : {}), ...(wetten.length ? { wetten } : {}), soort, ...(letOp ? { letOp } : {}), verwijzingen, ...(herlezen.length ? { herlezen } : {}), keuzes, scheidslijnen, casussen, onderdelen: soort === 'begroting' ? [] : onderdelen };
}

/**
 * Issue 26, tenth round: the laws a verordening is made under, when it is two or three (a "Verordening sociaal domein",
 * a "Verordening maatschappelijke ondersteuning en jeugdhulp"): each law its title names (`kopWetten`: by name or by the
 * field's own words), each law whose article for a required item its aanhef cites (the considerans "gelet op …", or
 * CVDR's "Wettelijke grondslag(en)", which stand before the first article: "gelet op de artikelen 2.9, 2.10, 2.12 … van
 * de Jeugdwet; gelet op de artikelen 2.1.3, 2.1.4 … van de Wmo 2015; gelet op de artikelen 8a … van de
 * Participatiewet"), and each law a chapter of its own is for ("Hoofdstuk 4 Participatiewet"). The document's own law
 * first, then the others in the order of the five laws; empty when there is only one.
 */
function verordeningWetten(tekst: string, wet: WetId | undefined, telt: Verwijzing[], zs: Zin[], index: Index): WetId[] {
  const uit = kopWetten(titelVan(tekst));
  for (const v of telt)
    if (v.wet && index.onderdeelArtikelen.has(sleutel(v.wet, v.artikel)) && zinBij(zs, v.start)?.plaats === 'aanhef') uit.add(v.wet);
  for (const [, , w] of wetDelen(tekst)) uit.add(w);
  if (uit.size < 2) return [];
  return [...uit].sort((a, b) => (a === wet ? -1 : b === wet ? 1 : WET_IDS.indexOf(a) - WET_IDS.indexOf(b)));
}
