/**
 * Mentioned once, or discussed (`matcher.ts`): how much one occurrence of a word counts where it stands. A word does
 * not count when it is negated, defined in a begripsbepaling, another document's name or the object of a verlaging;
 * it counts half in a list of short items, a table of contents, a table of amounts or as an example ("zoals de …").
 * Pure TypeScript.
 */
import type { Term } from './termen.ts';
import type { Zin } from './tekst.ts';

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
 * Seventh round: a regulation named as the object of its adoption ("vaststelling van een nieuwe verordening jeugd",
 * "vast te stellen de verordening …", "we stellen een nieuwe verordening … op") is decided or proposed here, not named
 * in passing: its name counts 2.
 */
const VASTSTELLING_VOOR = /(?:\bvaststell(?:ing|en)\s+van|\bvast\s+te\s+stellen|\b(?:opstellen|opstelling|invoering|invoeren)\s+van|\bstellen\s+(?:we|wij)|\bbesluit\s+tot)\s+(?:de|een|het)\s+(?:nieuwe\s+|gewijzigde\s+|eigen\s+)?$/;
/**
 * Eighth round: a document that calls itself the plan ("Ook voor de opstelling van dit concept beleidsplan heeft de
 * Wmo-cliëntenraad …", "In dit beleidsplan wordt ingegaan op …") is that plan, whatever its title says ("Wmo in
 * Beemster 2008-2011"): the plan's name after "dit" or "deze" counts 2.
 */
const PLAN = /^(?:beleidsplan|beleidskader|kadernota|plan)\b/;
const ZELF_VOOR = /\b(?:dit|deze)\s+(?:concept[- ]?)?$/;
/**
 * "nieuwe instrumenten, zoals de loonkostensubsidie en de garantiebanen", "mensen, waaronder mensen met een
 * arbeidsbeperking": a word given as an example is named, not regulated or discussed; it counts half, like a short item
 * of a list. Not "zoals bedoeld in" (a borrowed definition) or "zoals verwoord in" (another document).
 */
const VOORBEELD_VOOR = /\b(?:zoals|waaronder|bijvoorbeeld|bv\.|bijv\.|onder (?:andere|meer)|o\.a\.)(?!\s+(?:bedoeld|omschreven|genoemd|verwoord|beschreven|vastgelegd|opgenomen|vermeld|aangegeven|gebruikelijk)\b)\s+[^,;:.()]{0,60}$/;
/** Between an abbreviation and its full form in brackets: "wsw (wet sociale werkvoorziening)", "pgb (persoonsgebonden budget)". */
export const UITGESCHREVEN = /^\s*\(\s*(?:de\s+|het\s+)?(?:wet\s+)?$/;
/** "het verlagen van de bijstand en de langdurigheidstoeslag": the word is what a verlaging applies to. */
const VERLAGING_VAN = /\bverlag\w*\s+van\s+[^,;:.]{0,50}$/;
/** Where a begripsbepaling starts: "In deze verordening wordt verstaan onder:", "Artikel 1 Begrippen". */
const BEGRIPPEN = /verstaan onder|begripsbepaling|begripsomschrijving|\bbegrippen\b/;

export interface Context {
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
  /**
   * Per sentence: the part (normalised offsets) that is a list of headings or titles (`titelLijsten`), where a word
   * counts half, or undefined.
   */
  titels?: readonly (TitelLijst | undefined)[];
  /**
   * Per sentence: it stands in the aanhef of a verordening (its considerans, before the first article), where a clause
   * that repeats the law's own words (`WETSFORMULE`) counts nothing. Only for a keuze's words: for a required item a
   * consideration on its subject counts (the sets' rule).
   */
  aanhef?: readonly boolean[];
  /**
   * Per sentence: it is part of a table of amounts (`tabelZin`), where a row's title names a budget line; a word there
   * counts half.
   */
  tabel?: readonly boolean[];
  /**
   * Per sentence: from which normalised offset the Wmo's own words of its criterion (`ZELF_OPLOSSEN`, artikel 2.3.5,
   * derde lid) count nothing: 0 in the aanhef of a verordening, the start of its begripsbepaling (`begrip`) elsewhere,
   * Infinity for none. For a keuze's words and a required item's alike (tenth round).
   */
  wetswoorden?: readonly number[];
  /**
   * Look for the law's own list of its tasks (`TAKENLIJST`) in every sentence, not only in a considerans; a word in
   * such a clause counts nothing. Only for a keuze's words.
   */
  takenlijst?: boolean;
  /**
   * Per sentence: the part (normalised offsets) that lists the verordeningen a besluit adopts (`vastTeStellen`), where
   * a keuze's word in a verordening's title counts 2.
   */
  vastgesteld?: readonly ([number, number] | undefined)[];
}

/** "De volgende verordeningen met ingang van 1 januari 2015 vast te stellen:", "de verordeningen vast te stellen:". */
const LIJST_VASTSTELLING = /\b(?:de\s+)?(?:volgende|navolgende|hierna\s+genoemde)?\s*verordeningen\b[^.;:]{0,80}?\bvast\s+te\s+stellen\s*:/;
/** Where such a list ends: the verordeningen it withdraws, or what else the besluit does. */
const LIJST_EINDE = /\bin\s+te\s+trekken\b|\bte\s+wijzigen\b|\bbesluit\b/;
/** A line of such a list: "1. Verordening tegenprestatie …", "- Re-integratieverordening …". */
const LIJST_REGEL = /^\s*(?:\d+[.)]|[-•*]|[a-z][.)])?\s*(?:[\w-]*verordening\b|$)/;

/**
 * Issue 26, ninth round: a raadsvoorstel that adopts several verordeningen in one besluit ("De volgende verordeningen
 * met ingang van 1 januari 2015 vast te stellen: … Verordening loonkostensubsidie Participatiewet …") decides on each:
 * a verordening in that list is adopted here, as "vast te stellen de verordening …" is (`VASTSTELLING_VOOR`), not named
 * in passing. The list runs from the colon to the verordeningen it withdraws ("in te trekken") or the end of the
 * sentence, and on over the lines that follow when each names a verordening (a number alone, "1.", is part of its line).
 */
export function vastTeStellen(normaal: readonly string[]): ([number, number] | undefined)[] {
  const uit: ([number, number] | undefined)[] = normaal.map(() => undefined);
  for (let i = 0; i < normaal.length; i++) {
    const m = LIJST_VASTSTELLING.exec(normaal[i]!);
    if (!m) continue;
    const van = m.index + m[0].length;
    const einde = LIJST_EINDE.exec(normaal[i]!.slice(van));
    uit[i] = [van, einde ? van + einde.index : normaal[i]!.length];
    for (let j = i + 1; j < normaal.length && !einde && LIJST_REGEL.test(normaal[j]!); j++) uit[j] = [0, normaal[j]!.length];
  }
  return uit;
}

/** An amount or number standing alone ("-150", "1.234", "12,5", "-PM"). */
const GETAL = /(?<![\p{L}\d])(?:[-−–]?\d+(?:[.,]\d+)*|-?PM)(?![\p{L}\d])/gu;
/**
 * A line that ends with an amount ("-5.500", "100", "12,5", "-PM") or a page number; not with a year ("Verordening
 * loonkostensubsidie Participatiewet 2015", "d.d. 12-03-2015") nor with an article, lid or section number ("gelet op
 * artikel 2.1.3", "lid 2", "3.2.1"), which prose and lists of references end with.
 */
const EINDIGT_OP_GETAL =
  /(?<![\p{L}\d.,-])(?<!\b(?:artikel|artikelen|art\.|lid|leden|hoofdstuk|paragraaf|afdeling|onderdeel|sub|en|tot en met|t\/m)\s+)(?:[-−–]?(?!(?:19|20)\d\d\s*$)\d+(?:\.\d{3})*(?:,\d+)?|-?PM)\s*$/iu;

/** Among a line and this many non-empty lines either side, at least `TABEL_MIN` that end with an amount make a table. */
const TABEL_OM = 3;
const TABEL_MIN = 3;

/**
 * Issue 26, ninth round: the sentences that are part of a table of amounts. A line lies in a table when, among it and
 * the three non-empty lines either side, three or more end with an amount ("Collectieve ziektekostenverzekering 100",
 * "Beschut werk -Effect 'cao aan de slag' -150 -150 -150", "-5.500"); a line of its own with four numbers or more, at
 * least one word in four a number, is a row too. A sentence lies in a table when half its lines or more do. A row's
 * title names a budget line (a perspectiefnota's "Beschut werk", "Aanpak energiearmoede"); it neither decides nor
 * discusses it.
 */
export function tabelZinnen(zs: readonly Zin[], tekst: string): boolean[] {
  const regels: { start: number; eind: number; getal: boolean }[] = [];
  let pos = 0;
  for (const r of tekst.split('\n')) {
    const t = r.trim();
    if (t) {
      const woorden = t.split(/\s+/).length;
      const getallen = t.match(GETAL)?.length ?? 0;
      regels.push({ start: pos, eind: pos + r.length, getal: EINDIGT_OP_GETAL.test(t) || (getallen >= 4 && getallen * 4 >= woorden) });
    }
    pos += r.length + 1;
  }
  const inTabel = regels.map((_, i) => regels.slice(Math.max(0, i - TABEL_OM), i + TABEL_OM + 1).filter((r) => r.getal).length >= TABEL_MIN);
  return zs.map((z) => {
    const hier = regels.map((r, i) => [r, inTabel[i]] as const).filter(([r]) => r.eind > z.start && r.start < z.eind);
    return hier.length > 0 && hier.filter(([, t]) => t).length * 2 >= hier.length;
  });
}

/**
 * Issue 26, eighth round: a considerans that repeats what the Wmo 2015 itself says the gemeente must do (the VNG model:
 * "overwegende dat het noodzakelijk is om cliënten met psychische of psychosociale problemen en cliënten die de
 * thuissituatie hebben verlaten … te ondersteunen bij het zich handhaven in de samenleving", the definition of opvang
 * and beschermd wonen in artikel 1.1.1; "regels vast te stellen ter uitvoering van het beleidsplan … met betrekking tot
 * de ondersteuning bij de versterking van de zelfredzaamheid en participatie van personen met een beperking of met
 * chronische psychische of psychosociale problemen, beschermd wonen en opvang", artikel 2.1.2) names the law's tasks,
 * which every gemeente has; it does not decide on one. The clause (between semicolons or bullets) that holds the
 * formula counts nothing for a keuze.
 */
const WETSFORMULE = /\bzich\s+(?:op\s+eigen\s+kracht\s+)?(?:te\s+)?handhaven\s+in\s+de\s+samenleving|\bzelfredzaamheid\s+en\s+(?:de\s+)?participatie\s+van\s+personen\s+met\s+een\s+beperking/;
/**
 * Issue 26, ninth round: the Wmo 2015's own list of what a maatwerkvoorziening is for (artikel 1.1.1: "ten behoeve van
 * zelfredzaamheid, … participatie, … beschermd wonen en opvang"), anywhere in a document: "of de cliënt voor een
 * maatwerkvoorziening voor zelfredzaamheid, participatie, beschermd wonen of opvang in aanmerking komt" names the
 * law's four tasks together, as the considerans formula above does; it decides on none of them. A clause that names
 * zelfredzaamheid, participatie and "beschermd wonen en (of) opvang" counts nothing for a keuze.
 */
const TAKENLIJST = /\bzelfredzaamheid\b(?=.*\bparticipatie\b)(?=.*\bbeschermd\s+wonen,?\s+(?:en|of|en\/of)\s+(?:de\s+)?opvang\b)/;

/**
 * Issue 26, tenth round: the Wmo 2015's own words of its criterion for a maatwerkvoorziening (artikel 2.3.5, derde lid:
 * "voor zover de cliënt … niet op eigen kracht, met gebruikelijke hulp, met mantelzorg of met hulp van andere personen
 * uit zijn sociale netwerk dan wel met gebruikmaking van algemene voorzieningen …"), as the VNG model considerans
 * repeats them ("het noodzakelijk is om cliënten te ondersteunen als zij … niet op eigen kracht, met gebruikelijke
 * hulp, met mantelzorg … of met gebruikmaking van algemene voorzieningen hierin … kunnen voorzien") or a definition
 * does. Repeated in a considerans or a definition they decide nothing: not the keuze algemene voorziening of maatwerk,
 * nor the item on the criteria for maatwerk. In an article that applies them they still count.
 */
const ZELF_OPLOSSEN = /\bop\s+eigen\s+kracht\b.{0,80}?\bgebruikelijke\s+hulp\b.{0,40}?\bmantelzorg\b/;

/** Where a clause of a considerans ends: a semicolon, a bullet or a dash that starts a new "dat …". */
const CLAUSULE = /[;•]|\s-\s/g;

/** The clause of `z` around [van, tot): from the clause boundary before it to the one after it (`CLAUSULE`). */
function clausule(z: string, van: number, tot: number): string {
  let a = 0;
  let b = z.length;
  for (const m of z.matchAll(CLAUSULE)) {
    if (m.index! < van) a = m.index! + m[0].length;
    else if (m.index! >= tot) {
      b = m.index!;
      break;
    }
  }
  return z.slice(a, b);
}

/** Whether the clause of `z` around [van, tot) repeats the law's own words (`WETSFORMULE`). */
const herhaaltWet = (z: string, van: number, tot: number): boolean => WETSFORMULE.test(clausule(z, van, tot));

/** Whether the clause of `z` around [van, tot) is the Wmo's list of its four tasks (`TAKENLIJST`). */
const noemtTaken = (z: string, van: number, tot: number): boolean => TAKENLIJST.test(clausule(z, van, tot));

/** Part of a sentence (normalised offsets) that is a table of contents (`inhoud`) or a list of titles (`titels`). */
export type TitelLijst = [number, number, 'inhoud' | 'titels'];

/**
 * A heading in a table of contents written on one line: "artikel 2. Melding", "HOOFDSTUK 3. MAATWERKVOORZIENING",
 * "3.2.4 Kadernota …" (a section number with a dot inside), each followed by a capital.
 */
const KOPNUMMER = /(?:\b[Aa]rtikel\s+\d+[a-z]?\.?|\b(?:HOOFDSTUK|Hoofdstuk|PARAGRAAF|Paragraaf)\s+\d+[a-z]?\.?|(?<![\d.,])\d+(?:\.\d+)+\.?)\s+(?=\p{Lu})/gu;
/** At least this many headings, each within `KOP_AFSTAND` characters of the one before, make a table of contents. */
const KOPPEN_MIN = 5;
const KOP_AFSTAND = 150;
const KOP_WOORDEN = 12;
/** A field of a voorstel's header ("Onderwerp Financiële draagkracht …", "Kenmerk Z/21/…"): its subject, not a list. */
const VELD = /^(?:onderwerp|kenmerk|registratienummer|zaaknummer|agendapunt|agendanummer|portefeuille(?:houder)?|opsteller|steller|vergadering|datum)\b/i;

/**
 * Issue 26, sixth round: where a sentence is a list of headings or titles, which names subjects and decides nothing.
 * - A table of contents on one line without the word "inhoud" ("… artikel 2. Melding 3 artikel 3. Cliëntondersteuning
 *   3 artikel 4. Persoonlijk plan 3 …", "2.1 Verkennersgroep 2.2 Activiteiten 3 Historie 3.1 …"): five headings or
 *   more, each with at most twelve words (a title and a page number) after the one before; from the first heading to
 *   just after the last, in every sentence it runs through (a sentence ends at "artikel 2." inside it).
 * - Lines set out one under the other that are all short titles (each starts with a capital or a year, twelve words at
 *   most, none has a punctuation mark at its end or a colon): the taakvelden of a begroting, its list of nota's and
 *   verordeningen ("2014 Beleidsplan Nieuwe Wmo", "2024 Verordening Individuele inkomenstoeslag"); five lines or more,
 *   not the document's first lines (its title page: "Beleidsplan Jeugd / Cirkels rondom het gezin / Gemeente …"), not
 *   a header of fields ("Onderwerp : Verordening Jeugdhulp", "Onderwerp Financiële draagkracht huishoudelijke hulp"); the
 *   whole sentence. A title names a regeling, it does
 *   not decide on it.
 * A body of text keeps its article headings apart (the articles' sentences stand between them), and
 * prose broken into lines by a PDF has lines that start in lower case or end with a mark.
 */
export function titelLijsten(zs: readonly Zin[], tekst: string): (TitelLijst | undefined)[] {
  // Runs of headings: each within `KOP_AFSTAND` characters and at most `KOP_WOORDEN` words of the one before.
  const koppen: [number, number][] = [];
  let run: { start: number; eind: number; n: number } | undefined;
  const sluit = () => run && run.n >= KOPPEN_MIN && koppen.push([run.start, run.eind]);
  for (const m of tekst.matchAll(KOPNUMMER)) {
    const tussen = run ? tekst.slice(run.eind, m.index!) : '';
    if (run && (m.index! - run.eind > KOP_AFSTAND || tussen.trim().split(/\s+/).length > KOP_WOORDEN)) {
      sluit();
      run = undefined;
    }
    const eind = m.index! + m[0].length;
    run = run ? { ...run, eind, n: run.n + 1 } : { start: m.index!, eind, n: 1 };
  }
  sluit();
  for (const k of koppen) k[1] = Math.min(tekst.length, k[1] + KOP_AFSTAND);
  return zs.map((z, i) => {
    const regels = tekst.slice(z.start, z.eind).split('\n').map((r) => r.trim()).filter(Boolean);
    const velden = regels.some((r) => VELD.test(r));
    if (i > 0 && !velden && regels.length >= 5 && regels.every((r) => /^[\p{Lu}\d]/u.test(r) && r.split(/\s+/).length <= 12 && !/[.;:,!?]$|:/.test(r)))
      return [0, z.tekst.length, 'titels'];
    // Headings of a table of contents in the document's text (a sentence may end inside it: "… artikel 2."), mapped
    // to offsets in this sentence as written (whitespace collapsed).
    const ruw = tekst.slice(z.start, z.eind);
    const lead = ruw.length - ruw.trimStart().length;
    const hier = (d: number) => ruw.slice(lead, Math.max(lead, d - z.start)).replace(/\s+/g, ' ').length;
    const delen = koppen.filter(([a, b]) => a < z.eind && b > z.start);
    return delen.length ? [hier(Math.max(z.start, delen[0]![0])), Math.min(z.tekst.length, hier(Math.min(z.eind, delen[delen.length - 1]![1]))), 'inhoud'] : undefined;
  });
}

/** Sentences that are part of a begripsbepaling: from "wordt verstaan onder" (or an article "Begrippen") to the next article. */
export function begripZinnen(zs: readonly Zin[], normaal: readonly string[]): number[] {
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
  if (REGELING.test(label) && VASTSTELLING_VOOR.test(voor)) return 2;
  if (PLAN.test(label) && ZELF_VOOR.test(voor)) return 2;
  if (!/verlag/.test(label) && VERLAGING_VAN.test(voor)) return 0;
  if (VOORBEELD_VOOR.test(voor)) return 0.5;
  // A list of abbreviations names words; a table of contents names subjects discussed elsewhere in the document.
  if (/^\W*(?:afkortingen|lijst van afkortingen)/.test(z)) return 0;
  if (/^\W*inhoud(?:sopgave)?\b/.test(z)) return 0.5;
  // A short item of a list set out line by line ("- maatwerkdeel jeugdgezondheidszorg;"): a list of many short items.
  // The last item of such a list ends with a full stop ("• Beschermd wonen."; a plain bug found on nieuw8's first run).
  if (/^\s*(?:[-•*]|\(?[a-z0-9]{1,3}[.)°])\s+[^,;:.]{0,60}[;,.]?\s*$/.test(z) && z.trim().split(/\s+/).length <= 6) return 0.5;
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
export function vind(t: Term, z: string, i: number, ctx: Context): { van: number; tot: number; gewicht: number } | undefined {
  const spans: [number, number][] = [];
  for (const d of t.delen) {
    const m = d.exec(z);
    if (!m) return undefined;
    spans.push([m.index, m.index + m[0].length]);
  }
  // The lowest factor of its parts; one above 1 only where every part says so (a regulation being adopted).
  let factor = Infinity;
  for (const [van, tot] of spans) factor = Math.min(factor, gewichtVan(z, van, tot, t.label, { begrip: van >= (ctx.begrip[i] ?? Infinity), zoals: ctx.zinnen[i]!.tekst, vervolg: ctx.vervolg?.[i] ?? '' }));
  if (ctx.aanhef?.[i] && spans.some(([van, tot]) => herhaaltWet(z, van, tot))) return undefined;
  if (ctx.takenlijst && spans.some(([van, tot]) => noemtTaken(z, van, tot))) return undefined;
  const wetswoorden = ctx.wetswoorden?.[i] ?? Infinity;
  if (spans.some(([van, tot]) => van >= wetswoorden && ZELF_OPLOSSEN.test(clausule(z, van, tot)))) return undefined;
  const lijst = ctx.titels?.[i];
  if (lijst && spans.some(([van]) => van >= lijst[0] && van < lijst[1])) factor = Math.min(factor, 0.5);
  if (ctx.tabel?.[i]) factor = Math.min(factor, 0.5);
  if (!factor) return undefined;
  const lijst2 = ctx.vastgesteld?.[i];
  if (lijst2 && spans.every(([van]) => van >= lijst2[0] && van < lijst2[1])) factor = Math.max(factor, 2 / t.gewicht);
  return { van: Math.min(...spans.map((x) => x[0])), tot: Math.max(...spans.map((x) => x[1])), gewicht: t.gewicht * factor };
}
