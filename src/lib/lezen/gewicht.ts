/**
 * Mentioned once, or discussed (`matcher.ts`): how much one occurrence of a word counts where it stands. A word does
 * not count when it is negated, defined in a begripsbepaling, another document's name or the object of a verlaging;
 * it counts half in a list of short items, a table of contents or as an example ("zoals de …"). Pure TypeScript.
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
export function vind(t: Term, z: string, i: number, ctx: Context): { van: number; tot: number; gewicht: number } | undefined {
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
