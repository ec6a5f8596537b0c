/**
 * The words of "Lees een stuk" (`matcher.ts`): how a keuze's name, search words and gemeente words become terms that
 * are looked for in a document's sentences, and how much each weighs. Pure TypeScript.
 *
 * A keuze's name (onderwerp, split at "en", commas and colons; what stands in brackets is a part too) weighs 2 for a
 * part of two words or more that is specific (no other keuze of the same law has it in its name); every other word
 * weighs 1 (one-word name parts, zoekwoorden, the kaart label, lokale zoektermen). A keuze needs 2, from words that do
 * not overlap in the text: two words, or one specific phrase. A gemeente name (content/lezen/gemeentewoorden.yaml,
 * `namen`) weighs 2, a gemeente word 1, and 2 when the document names it `HERHAALD` times.
 */
import type { Kennis, KeuzeKennis } from './kennis.ts';
import { normaliseer } from './tekst.ts';
import { escapeRegExp } from '../escape.ts';

export interface Term {
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
export const HERHAALD = 3;

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

export function term(spec: string, gewicht: number): Term {
  return { delen: spec.split(/\s+\+\s+/).map(stam), label: spec.replace(/\s+\+\s+/g, ' … '), gewicht };
}

/**
 * Eighth round: a search word that names another law than the five: the Wet sociale werkvoorziening ("Wsw",
 * "sociale werkvoorziening"), closed to newcomers since 2015, whose place beschut werk in the Participatiewet took. On
 * the site it helps a searcher find beschut werk; in a document it names that other law ("de gevolgen van de gewijzigde
 * Wet sociale werkvoorziening", "de uitvoeringsorganisatie voor de Wsw"), not the Participatiewet's keuze, as a keuze
 * of another law is not counted. So it is no term here.
 */
const ANDERE_WET = /^(?:wet\s+)?(?:sociale\s+werkvoorziening|wsw)$/;

/** The terms of every keuze, by id; `maakIndex` calls this once. */
export function keuzeTermenVan(kennis: Kennis): Map<string, Term[]> {
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
    const ws = [...new Set([...k.woorden, ...(k.gemeenteWoorden ?? []), ...(k.samen?.length === 1 ? k.samen : [])].map((w) => normaliseer(w).trim()).filter((w) => w.length >= 3 && w !== naam && !ANDERE_WET.test(w)))];
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
    // A name of two long words joined by a preposition ("samenwerking in de arbeidsmarktregio", "tegemoetkoming in
    // meerkosten") is also said with both words in one sentence: "een nauwe samenwerking met onze partners in de
    // arbeidsmarktregio". Both words must be long (ten letters or more): "hulp naar werk" is any sentence on work.
    const gesplitst = delenVan(k.onderwerp).flatMap((d) => {
      const m = /^(\S{10,}) (?:in|van|voor|bij|door|met|tot|via|op|naar|uit)(?: de| het)? (\S{10,})$/.exec(d);
      return m && gebruik.get(`${k.wet}|${d}`)?.size === 1 ? [term(`${m[1]} + ${m[2]}`, 2)] : [];
    });
    const termen = [...naam, ...gesplitst, ...gemeente, ...overig];
    if (k.samen && k.samen.length > 1) termen.push(term(k.samen.join(' + '), 1));
    keuzeTermen.set(k.id, termen);
  }
  return keuzeTermen;
}
