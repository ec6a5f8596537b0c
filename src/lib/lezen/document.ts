/**
 * Which document and which law (`matcher.ts`): the document's title, its own law, whether it is a verordening, an
 * amending regulation or the uitwerking of one (nadere regels, beleidsregels), and its kind. Pure TypeScript. The
 * rules are listed in README.md ("Which document, which law").
 */
import { normaliseer } from './tekst.ts';
import { wetNamen, type WetId } from './verwijzingen.ts';

/**
 * The kind of document. `begroting` stands for the planning and control documents: a (programma)begroting, a
 * begrotingswijziging or voorjaarsnota, and their verantwoording (jaarstukken, jaarrekening, jaarverslag,
 * bestuursrapportage), where the matcher finds less (`isBegroting`).
 */
export type Soort = 'verordening' | 'raadsvoorstel' | 'beleidsplan' | 'begroting' | 'ander';

/** The document's own law: the one named most (a definition "wet: Jeugdwet" and the title weigh more). */
const DOMEIN: [WetId, RegExp][] = [
  ['wmo', /maatschappelijke ondersteuning|mantelzorg|maatwerkvoorziening|beschermd wonen/g],
  ['jeugdwet', /jeugdhulp|jeugdzorg|jeugdige|jeugdbescherming/g],
  ['participatiewet', /bijstand|re-integratie|uitkering|arbeidsinschakeling|tegenprestatie|minimabeleid|armoedebeleid/g],
];

/**
 * The laws a title or heading names: by name ("Participatiewet", "Wmo"; also an earlier name, the Wet werk en bijstand)
 * or by the field's own words ("jeugdhulp", "maatschappelijke ondersteuning", "bijstand"; `DOMEIN`). "Verordening sociaal
 * domein" names none; "Verordening maatschappelijke ondersteuning en jeugdhulp" names two.
 */
export function kopWetten(kop: string): Set<WetId> {
  const uit = new Set(wetNamen(kop).map((n) => n.wet));
  const n = normaliseer(kop);
  for (const [w, re] of DOMEIN) if (new RegExp(re.source).test(n)) uit.add(w);
  return uit;
}

/**
 * A chapter's heading at the start of a line ("Hoofdstuk 3 Jeugdhulp", "HOOFDSTUK 4. PARTICIPATIEWET", "Afdeling 2 –
 * Maatschappelijke ondersteuning"): a combined verordening sets out the part for each law in its own chapter.
 */
const HOOFDSTUK = /(?:^|\n)[ \t]*(?:[Hh]oofdstuk|HOOFDSTUK|[Aa]fdeling|AFDELING|[Dd]eel|DEEL)[ \t]+\d+[a-z]?\.?[ \t]*[:.–-]?[ \t]*(\p{Lu}[^\n]{0,100})/gu;

/**
 * Issue 26, tenth round: the parts of a verordening per law. Each chapter heading that names exactly one law
 * (`kopWetten`) opens that law's part, up to the next chapter heading; every other chapter (general provisions,
 * toegang for all, slotbepalingen) and the text before the first chapter belong to every law. Returns the chapters
 * that belong to one law, as [start, end, law], in order.
 */
export function wetDelen(tekst: string): [number, number, WetId][] {
  const koppen = [...tekst.matchAll(HOOFDSTUK)].map((m) => ({ start: m.index!, wetten: kopWetten(m[1]!) }));
  return koppen.flatMap((k, i) => (k.wetten.size === 1 ? [[k.start, koppen[i + 1]?.start ?? tekst.length, [...k.wetten][0]!] as [number, number, WetId]] : []));
}

/** A title that names the Jeugdwet's field: "Verordening Wmo en jeugdhulp", "… Jeugdwet …", "… jeugdzorg …". */
export const JEUGD_TITEL = /\bjeugd(?:hulp|wet|zorg)\b/;

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
  // "Besluit nadere regels jeugdhulp en maatschappelijke ondersteuning Venlo 2017": the college's besluit that holds
  // the nadere regels says so after "Besluit" (a plain bug found on nieuw8's first run).
  return /^\W*(?:besluit\s+(?:tot\s+vaststelling\s+van\s+(?:de\s+)?)?)?(?:beleidsregel|nadere\s+regel|uitvoeringsregel|uitvoeringsbesluit)/i.test(titelVan(tekst));
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
  if (isBegroting(tekst)) return 'begroting';
  if (/beleidsplan|beleidskader|kadernota|visie|nota /.test(kop.slice(0, 400))) return 'beleidsplan';
  return 'ander';
}

/**
 * Title words of a planning and control document, at the start of a line near the top: a (programma)begroting,
 * begrotingswijziging, voorjaarsnota, jaarstukken, jaarrekening, jaarverslag, bestuurs- or tussenrapportage; also a
 * document that opens with a programme's heading ("Programma 3 - Sociaal domein", "Programmaplan"), which is how the
 * chapter of a begroting or jaarverslag on the sociaal domein starts.
 */
const PC_TITEL = /^(?:[^\n]*\n){0,3}?[ \t]*(?:\d{4}\s+)?(?:(?:eerste|tweede|derde|\d+e)\s+)?(?:(?:ontwerp-?|concept-?)?programmabegroting|(?:ontwerp)?begroting\s+(?:\d{4}|en\s+meerjarenraming)|begrotingswijziging|voorjaarsnota|najaarsnota|perspectiefnota|programmaplan|programma\s*\d+\b|jaarstukken|jaarrekening|jaarverslag|(?:bestuurs|tussen|voortgangs)rapportage|burap|turap|marap)\b/i;

/**
 * The signals of a planning and control document in its body, each counted once: the three questions of a programme
 * ("Wat willen we bereiken?", "Wat gaan we daarvoor doen?", "Wat mag het kosten?") and their looking-back forms, lasten
 * and baten, taakvelden, a column of a begroting or rekening, "realisatie", a begrotingswijziging or afwijkingen,
 * beleidsindicatoren or verbonden partijen, and a table of amounts (five lines with two amounts or more).
 */
const PC_SIGNALEN: RegExp[] = [
  /\bwat willen we (?:bereiken|doen)\b/i,
  /\bwat gaan we (?:er|daar)voor doen\b/i,
  /\bwat mag (?:het|dat) kosten\b/i,
  /\bwat hebben we (?:bereikt|(?:er|daar)voor gedaan)\b|\bwat heeft het gekost\b/i,
  /\b(?:lasten en baten|baten en lasten)\b|(?:^|\n)[ \t]*(?:totaal\s+)?lasten\b[^\n]*\d[^\n]*\n(?:[^\n]*\n){0,3}[ \t]*(?:totaal\s+)?baten\b/i,
  /\btaakveld(?:en)?\b/i,
  /\b(?:primitieve|actuele|gewijzigde) begroting\b|\brekening \d{4}\b|\bbedragen (?:x|in) (?:€|euro)/i,
  /\brealisatie\b/i,
  /\bbegrotingswijziging\b|\b(?:begrotings|budget)afwijking|\bbeleids- en beheersmatige afwijkingen\b/i,
  /\bbeleidsindicatoren\b|\bverbonden partijen\b/i,
];

/** A line with two amounts or more ("Lasten 89.926 N | 84.307 N", "€ 1.250.000  € 1.300.000"). */
const BEDRAGENREGEL = /(?:€\s*)?-?\d{1,3}(?:\.\d{3})+(?:,\d+)?\b[^\n]*?(?:€\s*)?-?\d{1,3}(?:\.\d{3})+(?:,\d+)?\b/;

/**
 * Whether a document is a begroting or a verantwoording of one (jaarstukken, jaarrekening, jaarverslag,
 * bestuursrapportage): its title or a programme's heading says so in its first lines (`PC_TITEL`), or its body shows
 * three of the signals above. A verordening is never one (`soortVan` asks that first). Such a document mostly says what
 * the gemeente wants to reach, did and spent; the choices of the raad stand in the verordeningen and plans it refers
 * to, so the matcher finds fewer of them and finds some in titles and lists, and the page says so.
 */
export function isBegroting(tekst: string): boolean {
  if (PC_TITEL.test(tekst.slice(0, 400).replace(/^(?:[ \t]*\n)+/, ''))) return true;
  let signalen = PC_SIGNALEN.filter((re) => re.test(tekst)).length;
  if (tekst.split('\n').filter((r) => BEDRAGENREGEL.test(r)).length >= 5) signalen++;
  return signalen >= 3;
}
