/**
 * Stored law texts (content/wetteksten/<BWB id>/<datum>.yaml): the official
 * text of every article the content cites, as published on wetten.overheid.nl
 * for that date. The content check resolves every citation against them (does
 * the article, lid and onderdeel exist; is a fact's quote in it), and the
 * jaarwissel compares two dates to list what cites a changed article.
 *
 * One file per law and date:
 *
 *   bwb: BWBR0034925
 *   titel: Jeugdwet
 *   datum: 2026-07-01          # the date the file stands for (the peildatum)
 *   geldigVanaf: 2026-01-01    # start of the version in force on that date
 *   url: https://wetten.overheid.nl/BWBR0034925/2026-07-01
 *   artikelen:
 *     "1.1":
 *       alleen: [jeugdige]     # optional: a long list of begrippen, only these stored
 *       tekst: |-
 *         In deze wet … wordt verstaan onder:
 *         - jeugdige: persoon die:
 *           1°. de leeftijd van achttien jaar nog niet heeft bereikt;
 *
 * In `tekst` every unit starts a line: a lid with its number ("1 De raad …"),
 * an onderdeel with its letter ("a. …"), a begrip of a definition article
 * ("- jeugdige: …"), a sub-onderdeel with its number ("1°. …"). Any other line
 * continues the unit above it.
 *
 * Pure TypeScript (node:fs only for reading): no Astro, no DOM.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { escapeRegExp } from '../escape.ts';
import { isoDate } from '../format.ts';
import { WETTEN_OVERHEID } from '../links.ts';
import { singleSpaces } from '../normalise.ts';

export interface OpgeslagenArtikel {
  nummer: string;
  tekst: string;
  /** For a long definition article: the only begrippen stored. */
  alleen?: string[];
  /** The article is in the text but not in force yet on the date (BWB status "nogniet"). */
  inWerking?: Date;
  /** Units by path: "" (the whole article), "1", "1 a", "1 a 2°", "jeugdige", "jeugdige 3°". */
  delen: Map<string, string>;
}

export interface Wettekst {
  /** Path relative to the project root, for messages. */
  file: string;
  bwb: string;
  titel: string;
  datum: Date;
  geldigVanaf: Date;
  url: string;
  artikelen: Map<string, OpgeslagenArtikel>;
  /**
   * Articles that exist in the law but whose text could not be stored, with the reason
   * (`"2.17": { ontbreekt: "…" }`). A citation of one is counted as not machine-checked, not as an error.
   */
  ontbrekend: Map<string, string>;
  /**
   * For an article in `ontbrekend`: places in stored official text that name it
   * (`genoemdIn`), proof that the article exists on the date. The check reads
   * each quote in its unit; an article-level citation then counts as resolved on
   * existence, though its words are not stored.
   */
  genoemd: Map<string, GenoemdIn[]>;
}

/** A place in a stored text that names an article whose own text is not stored. */
export interface GenoemdIn {
  /** The field, for messages: "artikelen.2.17.genoemdIn[0]". */
  field: string;
  bwb: string;
  nummer: string;
  lid?: number;
  onderdeel?: string;
  /** Words in that unit that name the article ("regio als bedoeld in artikel 2.17"). */
  citaat: string;
}

export interface ContentProblemLike {
  file: string;
  field: string;
  expected: string;
}

const iso = isoDate;

const asDate = (v: unknown): Date | undefined => {
  if (v instanceof Date) return v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    return iso(d) === v ? d : undefined;
  }
  return undefined;
};

const LID = /^(\d+[a-z]?)\s+(?=\S)/;
const ONDERDEEL = /^\s*([a-z]{1,3})\.\s+/;
const BEGRIP = /^\s*-\s+([^:]+?):\s*/;
const SUB = /^\s*(\d+°)\.?\s+/;

/**
 * Splits an article text into its units. A lid resets the onderdeel; an
 * onderdeel or begrip resets the sub-onderdeel. Each unit's text includes the
 * units below it.
 */
export function splitArtikel(tekst: string): Map<string, string> {
  const delen = new Map<string, string>([['', '']]);
  let lid = '';
  let onderdeel = '';
  let sub = '';
  const add = (key: string, line: string) => delen.set(key, `${delen.get(key) ?? ''}${delen.has(key) && delen.get(key) ? '\n' : ''}${line}`);
  for (const line of tekst.split('\n')) {
    if (!line.trim()) continue;
    let m: RegExpExecArray | null;
    if ((m = LID.exec(line)) && !line.startsWith(' ')) {
      lid = m[1]!;
      onderdeel = '';
      sub = '';
    } else if ((m = BEGRIP.exec(line)) || (m = ONDERDEEL.exec(line))) {
      onderdeel = m[1]!.trim().toLowerCase();
      sub = '';
    } else if ((m = SUB.exec(line)) && onderdeel) {
      sub = m[1]!;
    }
    const keys = ['', lid, [lid, onderdeel].filter(Boolean).join(' '), [lid, onderdeel, sub].filter(Boolean).join(' ')];
    for (const key of new Set(keys)) if (key || keys.indexOf(key) === 0) add(key, line);
  }
  return delen;
}

/** Reads one stored law text; problems name the file and field. */
export function parseWettekst(source: string, file: string): { tekst?: Wettekst; problems: ContentProblemLike[] } {
  const problems: ContentProblemLike[] = [];
  let data: Record<string, unknown>;
  try {
    data = (parseYaml(source) ?? {}) as Record<string, unknown>;
  } catch (e) {
    return { problems: [{ file, field: '(bestand)', expected: `geldige YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const need = (field: string, ok: boolean, expected: string) => {
    if (!ok) problems.push({ file, field, expected });
    return ok;
  };
  const bwb = data.bwb;
  need('bwb', typeof bwb === 'string' && /^BWB[RV]\d{7}$/.test(bwb), 'een BWB-id zoals BWBR0035362');
  need('titel', typeof data.titel === 'string' && data.titel.trim() !== '', 'de titel van de wet of regeling');
  const datum = asDate(data.datum);
  const geldigVanaf = asDate(data.geldigVanaf);
  need('datum', !!datum, 'de datum waarvoor deze tekst geldt (JJJJ-MM-DD), dezelfde als de bestandsnaam');
  need('geldigVanaf', !!geldigVanaf, 'de begindatum van de versie die op die datum geldt (JJJJ-MM-DD)');
  if (datum && geldigVanaf) need('geldigVanaf', geldigVanaf <= datum, `een datum op of vóór ${iso(datum)}`);
  const name = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  if (datum) need('datum', name === iso(datum), `${name} (de naam van het bestand)`);
  const folder = file.split('/').slice(-2, -1)[0];
  if (typeof bwb === 'string') need('bwb', folder === bwb, `${folder} (de naam van de map)`);
  need('url', typeof data.url === 'string' && data.url.startsWith(`${WETTEN_OVERHEID}/`), 'het adres op wetten.overheid.nl');
  const artikelen = new Map<string, OpgeslagenArtikel>();
  const raw = data.artikelen;
  if (!need('artikelen', !!raw && typeof raw === 'object' && !Array.isArray(raw), 'een lijst artikelen: "nummer": { tekst: … }')) return { problems };
  const ontbrekend = new Map<string, string>();
  const genoemd = new Map<string, GenoemdIn[]>();
  for (const [nummer, value] of Object.entries(raw as Record<string, unknown>)) {
    const field = `artikelen.${nummer}`;
    const v = (typeof value === 'string' ? { tekst: value } : value) as Record<string, unknown> | null;
    if (v && v.ontbreekt !== undefined) {
      if (need(`${field}.ontbreekt`, typeof v.ontbreekt === 'string' && v.ontbreekt.trim().length > 10, 'waarom de tekst van dit artikel niet is opgeslagen'))
        ontbrekend.set(nummer, v.ontbreekt as string);
      if (v.genoemdIn !== undefined) {
        const lijst = parseGenoemdIn(v.genoemdIn, `${field}.genoemdIn`, need);
        if (lijst) genoemd.set(nummer, lijst);
      }
      continue;
    }
    need(`${field}.genoemdIn`, v?.genoemdIn === undefined, 'genoemdIn alleen bij een artikel met ontbreekt (van dit artikel is de tekst opgeslagen)');
    if (!need(`${field}.tekst`, !!v && typeof v.tekst === 'string' && v.tekst.trim() !== '', 'de tekst van het artikel')) continue;
    const alleen = v!.alleen;
    if (alleen !== undefined) need(`${field}.alleen`, Array.isArray(alleen) && alleen.every((a) => typeof a === 'string'), 'een lijst begrippen');
    const inWerking = v!.inWerking === undefined ? undefined : asDate(v!.inWerking);
    if (v!.inWerking !== undefined) need(`${field}.inWerking`, !!inWerking, 'een datum JJJJ-MM-DD');
    artikelen.set(nummer, {
      nummer,
      tekst: v!.tekst as string,
      ...(Array.isArray(alleen) ? { alleen: alleen as string[] } : {}),
      ...(inWerking ? { inWerking } : {}),
      delen: splitArtikel(v!.tekst as string),
    });
  }
  if (problems.length) return { problems };
  return {
    tekst: { file, bwb: bwb as string, titel: data.titel as string, datum: datum!, geldigVanaf: geldigVanaf!, url: data.url as string, artikelen, ontbrekend, genoemd },
    problems,
  };
}

/** Reads `genoemdIn: [{ bwb, nummer, lid?, onderdeel?, citaat }]`; undefined (with problems) when malformed. */
function parseGenoemdIn(raw: unknown, field: string, need: (field: string, ok: boolean, expected: string) => boolean): GenoemdIn[] | undefined {
  if (!need(field, Array.isArray(raw) && raw.length > 0, 'een lijst plaatsen in opgeslagen wettekst die dit artikel noemen: { bwb, nummer, lid, onderdeel, citaat }'))
    return undefined;
  const out: GenoemdIn[] = [];
  let ok = true;
  (raw as unknown[]).forEach((item, i) => {
    const f = `${field}[${i}]`;
    const g = (item ?? {}) as Record<string, unknown>;
    const nummer = typeof g.nummer === 'number' ? String(g.nummer) : g.nummer;
    ok = need(`${f}.bwb`, typeof g.bwb === 'string' && /^BWB[RV]\d{7}$/.test(g.bwb), 'een BWB-id zoals BWBR0035779') && ok;
    ok = need(`${f}.nummer`, typeof nummer === 'string' && nummer.trim() !== '', 'het nummer van het artikel dat dit artikel noemt') && ok;
    ok = need(`${f}.lid`, g.lid === undefined || (typeof g.lid === 'number' && Number.isInteger(g.lid)), 'een lidnummer') && ok;
    ok = need(`${f}.onderdeel`, g.onderdeel === undefined || typeof g.onderdeel === 'string', 'een onderdeel zoals a of regio') && ok;
    ok = need(`${f}.citaat`, typeof g.citaat === 'string' && g.citaat.trim() !== '', 'de woorden die dit artikel noemen') && ok;
    if (ok)
      out.push({
        field: f,
        bwb: g.bwb as string,
        nummer: nummer as string,
        ...(g.lid !== undefined ? { lid: g.lid as number } : {}),
        ...(g.onderdeel !== undefined ? { onderdeel: g.onderdeel as string } : {}),
        citaat: g.citaat as string,
      });
  });
  return ok ? out : undefined;
}

export interface Wetteksten {
  /** All stored texts, by BWB id, oldest first. */
  perBwb: Map<string, Wettekst[]>;
  problems: ContentProblemLike[];
}

/** Reads content/wetteksten/ (or any folder of that layout). A missing folder is an empty store. */
export function readWetteksten(dir: string, root = process.cwd()): Wetteksten {
  const perBwb = new Map<string, Wettekst[]>();
  const problems: ContentProblemLike[] = [];
  let folders: string[] = [];
  try {
    folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());
  } catch {
    return { perBwb, problems };
  }
  for (const folder of folders.sort()) {
    for (const name of readdirSync(join(dir, folder)).sort()) {
      const path = join(dir, folder, name);
      const file = relative(root, path).split(sep).join('/');
      if (!/\.ya?ml$/.test(name)) {
        problems.push({ file, field: '(bestand)', expected: 'een bestand <datum>.yaml' });
        continue;
      }
      const r = parseWettekst(readFileSync(path, 'utf8'), file);
      problems.push(...r.problems);
      if (r.tekst) perBwb.set(r.tekst.bwb, [...(perBwb.get(r.tekst.bwb) ?? []), r.tekst].sort((a, b) => a.datum.getTime() - b.datum.getTime()));
    }
  }
  return { perBwb, problems };
}

/** The stored text of a law as it stood on `datum`: the newest file dated on or before it. */
export function tekstOp(store: Wetteksten, bwb: string, datum: Date): Wettekst | undefined {
  return (store.perBwb.get(bwb) ?? []).filter((t) => t.datum.getTime() <= datum.getTime()).pop();
}

/** The newest date of any stored text: the peildatum when the content names none. */
export function laatsteDatum(store: Wetteksten): Date | undefined {
  const all = [...store.perBwb.values()].flat().map((t) => t.datum.getTime());
  return all.length ? new Date(Math.max(...all)) : undefined;
}

// ---------------------------------------------------------------------------
// Citations: where the content cites an article.

export type VerwijzingSoort = 'artikel' | 'feit' | 'brontitel';

export interface Verwijzing {
  /** File of the content entry, for messages. */
  file: string;
  collection: string;
  id: string;
  /** The field the citation is in: "artikel", "artikelen[2]", "bronnen[0].titel". */
  field: string;
  soort: VerwijzingSoort;
  bwb: string;
  nummer: string;
  lid?: number;
  onderdeel?: string;
  /** A fact's quote of the words it rests on. */
  citaat?: string;
}

const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10, elfde: 11, twaalfde: 12,
};

const NUMMER = '\\d+(?:\\.\\d+)*[a-z]{0,3}';

/**
 * The articles named in the title of a source on wetten.overheid.nl:
 * "Wmo 2015, artikel 2.1.3 lid 2 onder b en artikel 2.3.6 (geldend op 1 juli 2026)",
 * "Participatiewet, artikelen 35, 51 en 69", "artikel 41, vierde en elfde lid".
 * Text in brackets is left out; a range "2.6.3 tot en met 2.6.7a" gives its two ends.
 */
export function artikelenInTitel(titel: string): { nummer: string; lid?: number; onderdeel?: string }[] {
  const zonderHaakjes = titel.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ');
  const out: { nummer: string; lid?: number; onderdeel?: string }[] = [];
  const start = /\b(?:artikel(?:en)?|art\.)\s+/gi;
  let m: RegExpExecArray | null;
  while ((m = start.exec(zonderHaakjes))) {
    let rest = zonderHaakjes.slice(m.index + m[0].length);
    for (;;) {
      const item = new RegExp(
        `^(${NUMMER})(?![\\d.,]*\\d)(?:,?\\s+(?:lid\\s+(\\d+)(?:\\s+(?:en|of)\\s+(?:lid\\s+)?(\\d+))*|(${Object.keys(ORDINALS).join('|')})(?:\\s+en\\s+(?:${Object.keys(ORDINALS).join('|')}))*\\s+lid))?(?:,?\\s+onder(?:deel)?\\s+([a-z]|\\d+°)\\b(?:\\s+en\\s+([a-z])\\b)?)?`,
      ).exec(rest);
      if (!item) break;
      const nummer = item[1]!;
      // A year or an amount is not an article: articles of these laws are below 1000.
      if (/^\d{4,}$/.test(nummer)) break;
      const lid = item[2] ? Number(item[2]) : item[4] ? ORDINALS[item[4]] : undefined;
      const onderdelen = [item[5], item[6]].filter(Boolean) as string[];
      if (onderdelen.length) for (const o of onderdelen) out.push({ nummer, ...(lid ? { lid } : {}), onderdeel: o });
      else out.push({ nummer, ...(lid ? { lid } : {}) });
      rest = rest.slice(item[0].length);
      const sep = /^(?:,\s*|\s+(?:en|tot en met|of)\s+)(?:(?:artikel(?:en)?|art\.)\s+)?/.exec(rest);
      if (!sep) break;
      rest = rest.slice(sep[0].length);
    }
    // Go on after what the list consumed, so "… en artikel 2.3.6" is not read twice.
    start.lastIndex = zonderHaakjes.length - rest.length;
  }
  return out;
}

/** The BWB id in an address on wetten.overheid.nl (/BWBR…/… or jci1.3:c:BWBR…). */
export function bwbInUrl(url: string): { bwb: string; artikel?: string; lid?: number } | undefined {
  const m = /^https:\/\/wetten\.overheid\.nl\/(?:jci1\.3:c:)?(BWB[RV]\d{7})(?:&artikel=([^&]+))?(?:&lid=(\d+))?/.exec(url);
  if (!m) return undefined;
  return { bwb: m[1]!, ...(m[2] ? { artikel: decodeURIComponent(m[2]) } : {}), ...(m[3] ? { lid: Number(m[3]) } : {}) };
}

// ---------------------------------------------------------------------------
// Resolving a citation.

/** Text compared without case, spacing, typographic quotes or link brackets. */
export const vergelijkbaar = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface Gevonden {
  tekst: Wettekst;
  artikel: OpgeslagenArtikel;
  /** The text of the unit cited (article, lid, onderdeel). */
  deel: string;
  /** How the unit is named in messages: "artikel 1.1, onderdeel jeugdige 3°". */
  naam: string;
}

/** The lids of an article, in order. */
const leden = (a: OpgeslagenArtikel) => [...a.delen.keys()].filter((k) => /^\d+[a-z]?$/.test(k));

/** What is wrong with a citation, or the unit it names. */
export function zoekDeel(
  tekst: Wettekst,
  v: { nummer: string; lid?: number; onderdeel?: string },
): { gevonden: Gevonden } | { veld: 'nummer' | 'lid' | 'onderdeel'; verwacht: string } | { ontbreekt: string } {
  const waar = `${tekst.titel} zoals geldend op ${iso(tekst.datum)} (${tekst.file})`;
  const reden = tekst.ontbrekend.get(v.nummer);
  if (reden) return { ontbreekt: reden };
  const artikel = tekst.artikelen.get(v.nummer);
  if (!artikel)
    return {
      veld: 'nummer',
      verwacht: `een artikel dat in de opgeslagen tekst van de ${waar} staat; artikel ${v.nummer} staat er niet in (bestaat het wel, voeg het dan toe: zie CONTRIBUTING, "Wetteksten")`,
    };
  let key = '';
  let naam = `artikel ${v.nummer}`;
  if (v.lid !== undefined) {
    const lids = leden(artikel);
    if (!artikel.delen.has(String(v.lid)))
      return {
        veld: 'lid',
        verwacht: `een lid dat bestaat in artikel ${v.nummer} van de ${waar}: ${lids.length ? `lid ${lids.join(', ')}` : 'het artikel heeft geen leden'}, niet ${v.lid}`,
      };
    key = String(v.lid);
    naam += ` lid ${v.lid}`;
  }
  if (v.onderdeel) {
    const pad = singleSpaces(v.onderdeel.toLowerCase());
    let full = [key, pad].filter(Boolean).join(' ');
    // Without a lid, an onderdeel of the only lid that has it (1.1.1 lid 1, begrip cliëntondersteuning).
    if (!artikel.delen.has(full) && v.lid === undefined) {
      const hit = [...artikel.delen.keys()].filter((k) => k.endsWith(` ${pad}`) && /^\d+[a-z]? /.test(k));
      if (hit.length === 1) full = hit[0]!;
    }
    if (!artikel.delen.has(full)) {
      const binnen = [...artikel.delen.keys()]
        .filter((k) => k && (key ? k.startsWith(`${key} `) : !/^\d+[a-z]?$/.test(k)))
        .map((k) => (key ? k.slice(key.length + 1) : k));
      const alleen = artikel.alleen ? ` (opgeslagen zijn alleen de begrippen ${artikel.alleen.join(', ')})` : '';
      return {
        veld: 'onderdeel',
        verwacht: `een onderdeel dat bestaat in ${naam} van de ${waar}${alleen}: ${binnen.length ? binnen.join(', ') : 'er zijn geen onderdelen'}, niet "${v.onderdeel}"`,
      };
    }
    key = full;
    naam += `, onderdeel ${v.onderdeel}`;
  }
  return { gevonden: { tekst, artikel, deel: artikel.delen.get(key)!, naam } };
}

/** Dutch number words for the ages and counts a law writes out ("eenentwintig jaar"). */
const TELWOORDEN: Record<number, string> = {
  1: 'een', 2: 'twee', 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 7: 'zeven', 8: 'acht', 9: 'negen', 10: 'tien', 11: 'elf', 12: 'twaalf',
  13: 'dertien', 14: 'veertien', 15: 'vijftien', 16: 'zestien', 17: 'zeventien', 18: 'achttien', 19: 'negentien', 20: 'twintig',
  21: 'eenentwintig', 22: 'tweeëntwintig', 23: 'drieëntwintig', 24: 'vierentwintig', 25: 'vijfentwintig', 26: 'zesentwintig',
  27: 'zevenentwintig', 28: 'achtentwintig', 29: 'negenentwintig', 30: 'dertig', 41: 'eenenveertig', 42: 'tweeënveertig', 43: 'drieënveertig',
  65: 'vijfenzestig',
};

/** How a number can be written in a law: "1.401,93", "1401,93", "385", "eenentwintig". */
export function schrijfwijzen(n: number): string[] {
  const [heel, dec] = n.toFixed(2).split('.') as [string, string];
  const punt = heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const vormen = dec === '00' ? [heel, punt, `${heel},00`, `${punt},00`, `${heel},-`, `${punt},-`] : [`${heel},${dec}`, `${punt},${dec}`];
  if (Number.isInteger(n) && TELWOORDEN[n]) vormen.push(TELWOORDEN[n]!);
  return [...new Set(vormen)];
}

/** Whether the quote names the value of a fact (for amounts, counts, ages and percentages). */
export function citaatNoemtWaarde(citaat: string, waarde: number): boolean {
  const c = vergelijkbaar(citaat);
  return schrijfwijzen(waarde).some((v) => new RegExp(`(^|[^\\d.,])${escapeRegExp(v)}(?![\\d]|,\\d)`).test(c));
}

// ---------------------------------------------------------------------------
// Comparing two dates (jaarwissel).

export interface ArtikelWijziging {
  bwb: string;
  titel: string;
  nummer: string;
  van: Wettekst;
  /** The newer text; undefined when no text of the new date is stored for this law. */
  naar?: Wettekst;
  wat: 'gewijzigd' | 'vervallen' | 'niet opgeslagen';
}

/**
 * Every stored article whose text differs between the text in force at `van`
 * and the text stored for `naar`. A law without a text for the new date is
 * listed once per article as "niet opgeslagen": store it first.
 */
export function gewijzigdeArtikelen(store: Wetteksten, van: Date, naar: Date): ArtikelWijziging[] {
  const out: ArtikelWijziging[] = [];
  for (const bwb of [...store.perBwb.keys()].sort()) {
    const oud = tekstOp(store, bwb, van);
    if (!oud) continue;
    const nieuw = tekstOp(store, bwb, naar);
    const heeftNieuw = nieuw && nieuw.datum.getTime() > oud.datum.getTime();
    for (const [nummer, a] of oud.artikelen) {
      if (!heeftNieuw) {
        out.push({ bwb, titel: oud.titel, nummer, van: oud, wat: 'niet opgeslagen' });
        continue;
      }
      const b = nieuw.artikelen.get(nummer);
      if (!b) out.push({ bwb, titel: oud.titel, nummer, van: oud, naar: nieuw, wat: 'vervallen' });
      else if (vergelijkbaar(a.tekst) !== vergelijkbaar(b.tekst) || a.inWerking?.getTime() !== b.inWerking?.getTime())
        out.push({ bwb, titel: oud.titel, nummer, van: oud, naar: nieuw, wat: 'gewijzigd' });
    }
  }
  return out;
}

export { iso as isoDatum };
