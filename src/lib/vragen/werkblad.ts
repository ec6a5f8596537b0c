/**
 * The werkblad of the question instrument: what a user fills in per question
 * (the four columns of the Parkstad instrument (2013): prioriteit, wie, hoe, wanneer), as one
 * versioned record, and its two file formats (JSON and CSV for Dutch Excel).
 *
 * Pure TypeScript without dependencies: it runs in the browser (the /vragen/
 * client script) and in the unit tests. Everything that comes from outside
 * (a file, localStorage, a gemeente's defaults) goes through `leesWerkblad`
 * or `leesBestand`, which either return a clean record or a Dutch message and
 * never throw.
 */

/** The `formaat` of our files: anything else is "not ours". */
export const FORMAAT = 'staalkaart-vragen';
/** The version of the record. Raise it when the shape changes, and read the old one too. */
export const VERSIE = 1;

export const PRIORITEITEN = ['hoog', 'middel', 'laag'] as const;
export type Prioriteit = (typeof PRIORITEITEN)[number];

/** Limits against damaged or hostile files. */
export const MAX_BESTAND = 1024 * 1024;
export const MAX_ANTWOORDEN = 2000;
export const MAX_TEKST = 500;

export interface Antwoord {
  prioriteit: Prioriteit | '';
  wie: string;
  hoe: string;
  /** A moment of the cycle (its label), a date, or other words. */
  wanneer: string;
  /** The question as it read when the answer was given, so an answer outlives a renamed question. */
  vraag?: string;
}

export interface Werkblad {
  formaat: typeof FORMAAT;
  versie: typeof VERSIE;
  /** ISO time of the last change. */
  gewijzigd: string;
  /** By question id (the file name in content/vragen/). */
  antwoorden: Record<string, Antwoord>;
}

export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; melding: string };

export const KOLOMMEN = ['prioriteit', 'wie', 'hoe', 'wanneer'] as const;
export type Kolom = (typeof KOLOMMEN)[number];
export const KOLOM_LABEL: Record<Kolom, string> = { prioriteit: 'Prioriteit', wie: 'Wie', hoe: 'Hoe', wanneer: 'Wanneer' };

const ID = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?(?:\/[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?)?$/;

export const leegWerkblad = (gewijzigd = new Date(0).toISOString()): Werkblad => ({ formaat: FORMAAT, versie: VERSIE, gewijzigd, antwoorden: {} });

/** Control characters (except tab and newline), bidi overrides and the like are removed; length is capped. */
export function schoon(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim().slice(0, MAX_TEKST);
}

export const isLeeg = (a: Antwoord) => !a.prioriteit && !a.wie && !a.hoe && !a.wanneer;

/** Two answers say the same (the question text is not an answer). */
export const gelijk = (a: Antwoord | undefined, b: Antwoord | undefined) =>
  KOLOMMEN.every((k) => (a?.[k] ?? '') === (b?.[k] ?? ''));

/** One answer from unknown input; undefined when it is not an answer at all. */
function leesAntwoord(v: unknown): Antwoord | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const tekst = (x: unknown) => (typeof x === 'string' ? schoon(x) : '');
  const p = tekst(o.prioriteit).toLowerCase();
  const a: Antwoord = {
    prioriteit: (PRIORITEITEN as readonly string[]).includes(p) ? (p as Prioriteit) : '',
    wie: tekst(o.wie),
    hoe: tekst(o.hoe),
    wanneer: tekst(o.wanneer),
  };
  const vraag = tekst(o.vraag);
  if (vraag) a.vraag = vraag;
  return a;
}

const NIET_ONS = 'Dit bestand is geen werkblad van de staalkaart. Kies een bestand dat u hier eerder hebt bewaard (.json of .csv).';
/** A workbook (xlsx and ods are zip files, the old xls an OLE file): the werkblad saved in a spreadsheet's own format. */
const SPREADSHEET = /^(PK\u0003\u0004|\u00d0\u00cf\u0011\u00e0)/;
const SPREADSHEET_MELDING =
  'Dit is een spreadsheetbestand (zoals .xlsx of .ods), geen CSV. Sla het in Excel of LibreOffice op als CSV (Opslaan als, dan CSV) en lees dat bestand hier in. Er is niets veranderd.';

/**
 * A werkblad from parsed JSON (a file, localStorage or a gemeente's defaults).
 * Unknown fields are ignored; answers that are not answers make the whole
 * record refused, so a damaged file never half-applies.
 */
export function leesWerkblad(data: unknown): Uitkomst<Werkblad> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, melding: NIET_ONS };
  const o = data as Record<string, unknown>;
  if (o.formaat !== FORMAAT) return { ok: false, melding: NIET_ONS };
  if (o.versie !== VERSIE)
    return {
      ok: false,
      melding:
        typeof o.versie === 'number' && o.versie > VERSIE
          ? `Dit werkblad is gemaakt met een nieuwere versie van de staalkaart (versie ${o.versie}; deze pagina kent versie ${VERSIE}). Laad de pagina opnieuw en probeer het nog eens.`
          : `Dit werkblad heeft een onbekende versie (${JSON.stringify(o.versie)?.slice(0, 20) ?? 'geen'}). Er is niets veranderd.`,
    };
  const ruw = o.antwoorden;
  if (!ruw || typeof ruw !== 'object' || Array.isArray(ruw)) return { ok: false, melding: 'Dit werkblad is beschadigd: de antwoorden ontbreken. Er is niets veranderd.' };
  const ids = Object.keys(ruw);
  if (ids.length > MAX_ANTWOORDEN) return { ok: false, melding: `Dit werkblad heeft te veel antwoorden (${ids.length}; hoogstens ${MAX_ANTWOORDEN}). Er is niets veranderd.` };
  const antwoorden: Record<string, Antwoord> = {};
  for (const id of ids) {
    if (!ID.test(id)) return { ok: false, melding: `Dit werkblad is beschadigd: "${schoon(id).slice(0, 40)}" is geen vraag. Er is niets veranderd.` };
    const a = leesAntwoord((ruw as Record<string, unknown>)[id]);
    if (!a) return { ok: false, melding: `Dit werkblad is beschadigd: het antwoord bij "${id}" is onleesbaar. Er is niets veranderd.` };
    if (!isLeeg(a)) antwoorden[id] = a;
  }
  const gewijzigd = typeof o.gewijzigd === 'string' && !Number.isNaN(Date.parse(o.gewijzigd)) ? new Date(o.gewijzigd).toISOString() : new Date(0).toISOString();
  return { ok: true, waarde: { formaat: FORMAAT, versie: VERSIE, gewijzigd, antwoorden } };
}

/** The JSON file: the full record. */
export function naarJson(w: Werkblad): string {
  return `${JSON.stringify(w, null, 2)}\n`;
}

// CSV -----------------------------------------------------------------------

/** First line of our CSV: names the format and version. Optional on import: a file is recognised by its column headers. */
export const CSV_KOP = `# ${FORMAAT} versie ${VERSIE}`;
/** The columns of the export: the question, where it belongs (to sort and filter in a spreadsheet), the four answers. */
export const CSV_KOLOMMEN = ['vraag-id', 'vraag', 'wet', 'aspect', 'moment', 'prioriteit', 'wie', 'hoe', 'wanneer'] as const;
/** The columns an import needs; the others (vraag, wet, aspect, moment) are for people and are not read back. */
const CSV_NODIG = ['vraag-id', 'prioriteit', 'wie', 'hoe', 'wanneer'] as const;

/** Excel runs a cell that starts with = + - @ as a formula: such cells get a leading apostrophe. */
function csvCel(s: string): string {
  const veilig = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[";,\r\n]/.test(veilig) || veilig !== veilig.trim() ? `"${veilig.replace(/"/g, '""')}"` : veilig;
}

/** A question as the export lists it: its text and, in words, its wetten, aspect and moments. */
export interface CsvVraag {
  id: string;
  vraag: string;
  wet?: string;
  aspect?: string;
  moment?: string;
}

/**
 * CSV for Dutch Excel and LibreOffice: UTF-8 with a byte order mark, `;` between cells, CRLF. One row per
 * question in `vragen` (the current filter), answered or not, in that order. With `verweesd` (no filter),
 * answers to questions that no longer exist follow at the end, so nothing is lost.
 */
export function naarCsv(w: Werkblad, vragen: CsvVraag[] = [], { verweesd = true } = {}): string {
  const bekend = new Set(vragen.map((v) => v.id));
  const leeg: Antwoord = { prioriteit: '', wie: '', hoe: '', wanneer: '' };
  const rijen: string[][] = vragen.map((v) => {
    const a = w.antwoorden[v.id] ?? leeg;
    return [v.id, v.vraag, v.wet ?? '', v.aspect ?? '', v.moment ?? '', a.prioriteit, a.wie, a.hoe, a.wanneer];
  });
  if (verweesd)
    for (const id of Object.keys(w.antwoorden).filter((id) => !bekend.has(id)).sort()) {
      const a = w.antwoorden[id]!;
      rijen.push([id, a.vraag ?? '', '', '', '', a.prioriteit, a.wie, a.hoe, a.wanneer]);
    }
  return `\ufeff${[[CSV_KOP], [...CSV_KOLOMMEN], ...rijen].map((r) => r.map(csvCel).join(';')).join('\r\n')}\r\n`;
}

/**
 * The text of a file's bytes: UTF-8 (with or without byte order mark), else Windows-1252, which Excel writes
 * for "CSV (gescheiden door lijstscheidingsteken)". Bytes that are not valid UTF-8 are never turned into �.
 */
export function decodeer(bytes: Uint8Array): { tekst: string; codering: 'utf-8' | 'windows-1252' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { tekst: new TextDecoder('utf-8').decode(bytes.subarray(3)), codering: 'utf-8' };
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes), codering: 'utf-8' };
  } catch {
    return { tekst: new TextDecoder('windows-1252').decode(bytes), codering: 'windows-1252' };
  }
}

/** RFC 4180 cells with a given separator; undefined when quotes are not closed. */
export function parseCsv(text: string, scheiding = ';'): string[][] | undefined {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = '';
  let i = 0;
  let gequote = false;
  while (i < text.length) {
    const c = text[i]!;
    if (gequote) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cel += '"';
          i += 2;
          continue;
        }
        gequote = false;
      } else cel += c;
      i++;
      continue;
    }
    if (c === '"' && cel === '') gequote = true;
    else if (c === scheiding) {
      rij.push(cel);
      cel = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rij.push(cel);
      rijen.push(rij);
      rij = [];
      cel = '';
    } else cel += c;
    i++;
  }
  if (gequote) return undefined;
  if (cel !== '' || rij.length) {
    rij.push(cel);
    rijen.push(rij);
  }
  return rijen;
}

const zonderApostrof = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

const VERSIE_RIJ = /^# staalkaart-vragen versie (\S+)$/;

/** Cells in `regel` outside quotes that are `teken`. */
function telBuitenQuotes(regel: string, teken: string): number {
  let n = 0;
  let gequote = false;
  for (const c of regel) {
    if (c === '"') gequote = !gequote;
    else if (c === teken && !gequote) n++;
  }
  return n;
}

/**
 * A werkblad from our CSV, also after a spreadsheet program saved it again: `;` or `,` between cells (told from
 * the header row), every cell quoted or not, trailing empty cells, with or without the version row. The file is
 * recognised by its column headers (vraag-id, prioriteit, wie, hoe, wanneer), in any order.
 */
export function leesCsv(text: string): Uitkomst<Werkblad> {
  const regels = text.split(/\r\n|\n|\r/);
  const kopIndex = regels.findIndex((r) => /(^|[;,"])\s*vraag-id\s*("|[;,]|$)/i.test(r));
  if (kopIndex < 0) return { ok: false, melding: NIET_ONS };
  const kopRegel = regels[kopIndex]!;
  const scheiding = telBuitenQuotes(kopRegel, ';') >= telBuitenQuotes(kopRegel, ',') ? ';' : ',';
  const rijen = parseCsv(text, scheiding);
  if (!rijen) return { ok: false, melding: 'Dit CSV-bestand is beschadigd: een aanhalingsteken is niet gesloten. Er is niets veranderd.' };
  const vol = rijen.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  const kop = vol.findIndex((r) => r.some((c) => c.toLowerCase() === 'vraag-id'));
  if (kop < 0) return { ok: false, melding: NIET_ONS };
  // A version row before the headers: only this version can be read.
  for (const r of vol.slice(0, kop)) {
    const m = VERSIE_RIJ.exec(r[0] ?? '');
    if (m && m[1] !== String(VERSIE))
      return { ok: false, melding: `Dit werkblad heeft een onbekende versie (${schoon(m[1]!).slice(0, 20)}; deze pagina kent versie ${VERSIE}). Er is niets veranderd.` };
  }
  const namen = vol[kop]!.map((c) => c.toLowerCase());
  const kolom = (naam: string) => namen.indexOf(naam);
  const mist = CSV_NODIG.filter((k) => kolom(k) < 0);
  if (mist.length) return { ok: false, melding: `Dit CSV-bestand mist kolommen: ${mist.join(', ')}. Nodig zijn: ${CSV_NODIG.join(', ')}. Er is niets veranderd.` };
  const data = vol.slice(kop + 1);
  if (data.length > MAX_ANTWOORDEN) return { ok: false, melding: `Dit werkblad heeft te veel regels (${data.length}; hoogstens ${MAX_ANTWOORDEN}). Er is niets veranderd.` };
  const antwoorden: Record<string, unknown> = {};
  for (const r of data) {
    const cel = (k: string) => (kolom(k) < 0 ? '' : zonderApostrof(r[kolom(k)] ?? ''));
    const id = cel('vraag-id');
    if (!ID.test(id)) return { ok: false, melding: `Dit CSV-bestand is beschadigd: "${schoon(id).slice(0, 40)}" is geen vraag. Er is niets veranderd.` };
    const p = cel('prioriteit').toLowerCase();
    if (p && !(PRIORITEITEN as readonly string[]).includes(p))
      return { ok: false, melding: `Bij vraag "${id}" staat prioriteit "${schoon(p).slice(0, 20)}". Kies hoog, middel of laag (of laat het leeg). Er is niets veranderd.` };
    antwoorden[id] = { prioriteit: p, wie: cel('wie'), hoe: cel('hoe'), wanneer: cel('wanneer'), vraag: cel('vraag') };
  }
  return leesWerkblad({ formaat: FORMAAT, versie: VERSIE, gewijzigd: new Date().toISOString(), antwoorden });
}

/**
 * A file the user chose: JSON or CSV, told apart by content; too large, empty or unreadable gives a message.
 * Pass the bytes (a Uint8Array) to have the encoding detected (see `decodeer`), or text that is decoded already.
 */
export function leesBestand(inhoud: string | Uint8Array, grootte = inhoud.length): Uitkomst<Werkblad> {
  const text = typeof inhoud === 'string' ? inhoud : decodeer(inhoud).tekst;
  if (SPREADSHEET.test(typeof inhoud === 'string' ? inhoud : String.fromCharCode(...inhoud.subarray(0, 4)))) return { ok: false, melding: SPREADSHEET_MELDING };
  if (grootte > MAX_BESTAND)
    return { ok: false, melding: `Dit bestand is te groot (${Math.ceil(grootte / 1024)} kB; een werkblad is hoogstens ${MAX_BESTAND / 1024} kB). Er is niets veranderd.` };
  const t = text.replace(/^\ufeff/, '');
  if (!t.trim()) return { ok: false, melding: 'Dit bestand is leeg. Er is niets veranderd.' };
  if (/^\s*[{[]/.test(t)) {
    let data: unknown;
    try {
      data = JSON.parse(t);
    } catch {
      return { ok: false, melding: 'Dit bestand is beschadigd: het is geen geldige JSON. Er is niets veranderd.' };
    }
    return leesWerkblad(data);
  }
  if (t.includes('\u0000')) return { ok: false, melding: NIET_ONS };
  return leesCsv(t);
}

// Changes -------------------------------------------------------------------

export interface Verandering {
  id: string;
  oud: Antwoord;
  nieuw: Antwoord;
}

/** What an import would overwrite: answers that exist now and would read differently. */
export function veranderingen(huidig: Werkblad, nieuw: Werkblad): Verandering[] {
  return Object.entries(nieuw.antwoorden)
    .filter(([id, a]) => huidig.antwoorden[id] && !gelijk(huidig.antwoorden[id], a))
    .map(([id, a]) => ({ id, oud: huidig.antwoorden[id]!, nieuw: a }));
}

/** An import: the file's answers replace those of the same questions; all others stay. */
export function voegSamen(huidig: Werkblad, nieuw: Werkblad, nu = new Date()): Werkblad {
  return { ...huidig, gewijzigd: nu.toISOString(), antwoorden: { ...huidig.antwoorden, ...nieuw.antwoorden } };
}

/** One answer set (or cleared when empty). */
export function metAntwoord(w: Werkblad, id: string, a: Antwoord, nu = new Date()): Werkblad {
  const antwoorden = { ...w.antwoorden };
  const schoonA = leesAntwoord(a)!;
  if (isLeeg(schoonA)) delete antwoorden[id];
  else antwoorden[id] = schoonA;
  return { ...w, gewijzigd: nu.toISOString(), antwoorden };
}

/** Answers to questions that exist, and those to questions that no longer do (kept, shown apart). */
export function splits(w: Werkblad, bekend: Iterable<string>): { bekend: string[]; verweesd: string[] } {
  const ids = new Set(bekend);
  const alle = Object.keys(w.antwoorden);
  return { bekend: alle.filter((id) => ids.has(id)), verweesd: alle.filter((id) => !ids.has(id)).sort() };
}

/** One line per answer, for the confirmation before an import overwrites. */
export function beschrijf(a: Antwoord): string {
  const delen = KOLOMMEN.filter((k) => a[k]).map((k) => `${KOLOM_LABEL[k].toLowerCase()}: ${a[k]}`);
  return delen.join(', ') || '(leeg)';
}
