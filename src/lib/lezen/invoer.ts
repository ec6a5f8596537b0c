/**
 * What the /lezen/ page accepts, before and after a file is read: the kind of file (by its first bytes, not by its
 * name), the size limits, and the text that came out (empty, a scan without text, too long). Every refusal is a
 * Dutch sentence that says what to do instead. Pure: the page and its worker call these; nothing is thrown.
 */

/** A file larger than this is refused before it is read: 20 MB holds a PDF of several hundred pages. */
export const MAX_BESTAND_BYTES = 20 * 1024 * 1024;
/** Text longer than this is refused: about 500 pages. Reading it takes about a second (npm run bench:lezen). */
export const MAX_TEKENS = 1_500_000;
/** A PDF with fewer characters per page than this is a scan (images of pages) or nearly empty. */
export const MIN_TEKENS_PER_PAGINA = 40;

export type Bestandsoort = 'pdf' | 'docx' | 'tekst';
export type Uitslag<T> = { ok: true; waarde: T } | { ok: false; fout: string };

const ok = <T>(waarde: T): Uitslag<T> => ({ ok: true, waarde });
const fout = <T>(f: string): Uitslag<T> => ({ ok: false, fout: f });

const begintMet = (kop: Uint8Array, ...bytes: number[]) => bytes.every((b, i) => kop[i] === b);
const extensie = (naam: string) => /\.([a-z0-9]{1,5})$/i.exec(naam)?.[1]?.toLowerCase() ?? '';

/** The limit in words, for messages. */
export function grensTekst(bytes = MAX_BESTAND_BYTES): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * The kind of a file from its name, size and first bytes (at least 8). A file whose name and content disagree is
 * refused: "a file that is not what it says".
 */
export function herkenBestand(naam: string, grootte: number, kop: Uint8Array): Uitslag<Bestandsoort> {
  const ext = extensie(naam);
  if (grootte === 0) return fout('Dit bestand is leeg. Kies een ander bestand of plak de tekst.');
  if (grootte > MAX_BESTAND_BYTES)
    return fout(`Dit bestand is groter dan ${grensTekst()}; zo groot kan de pagina niet lezen. Open een kleiner deel, of kopieer de tekst die u nodig hebt en plak die.`);
  const pdf = begintMet(kop, 0x25, 0x50, 0x44, 0x46, 0x2d); // %PDF-
  const zip = begintMet(kop, 0x50, 0x4b, 0x03, 0x04); // PK.. (a .docx is a zip)
  const ole = begintMet(kop, 0xd0, 0xcf, 0x11, 0xe0); // Word 97-2003 and other old Office files
  if (ext === 'doc' || (ole && ext !== 'pdf' && ext !== 'docx'))
    return fout('Dit is een oud Word-bestand (.doc). Sla het in Word op als .docx of als PDF, en open dat.');
  if (ext === 'pdf' && !pdf) return fout(`Dit bestand heet "${naam}", maar het is geen PDF. Open de echte PDF, of kopieer de tekst en plak die.`);
  if (ext === 'docx' && !zip) return fout(`Dit bestand heet "${naam}", maar het is geen Word-bestand (.docx). Open het echte bestand, of kopieer de tekst en plak die.`);
  if (pdf) return ok('pdf');
  if (zip && ext === 'docx') return ok('docx');
  if (zip) return fout('Dit is een zip-bestand of een ander soort document. De pagina leest PDF, Word (.docx) en tekst.');
  if (['txt', 'text', 'md', ''].includes(ext) && !kop.slice(0, 512).includes(0)) return ok('tekst');
  return fout('Dit soort bestand kan de pagina niet lezen. Open een PDF, een Word-bestand (.docx) of een tekstbestand, of plak de tekst.');
}

/** The text that came out of a file or was pasted: trimmed, or a refusal. `paginas`: the page count of a PDF. */
export function controleerTekst(tekst: string, bron: Bestandsoort | 'plakken', paginas?: number): Uitslag<string> {
  const schoon = tekst.replace(/\u0000/g, '').trim();
  const zonderWit = schoon.replace(/\s+/g, '').length;
  if (bron === 'pdf' && paginas && zonderWit < MIN_TEKENS_PER_PAGINA * paginas)
    return fout(
      zonderWit === 0
        ? 'In deze PDF staat geen tekst die de pagina kan lezen: het is waarschijnlijk een scan (foto’s van bladzijden). Vraag de griffie om een PDF met tekst, of zoek het stuk op in het raadsinformatiesysteem.'
        : 'In deze PDF staat bijna geen tekst: het is waarschijnlijk voor het grootste deel een scan. De pagina leest alleen tekst; vraag de griffie om een PDF met tekst.',
    );
  if (!zonderWit) return fout(bron === 'plakken' ? 'Er staat nog geen tekst in het vak. Plak de tekst van een stuk, of open een bestand.' : 'In dit bestand staat geen tekst.');
  if (schoon.length > MAX_TEKENS)
    return fout(
      `Dit stuk is te lang: meer dan ${MAX_TEKENS.toLocaleString('nl-NL')} tekens (ongeveer 500 bladzijden). Open of plak een deel, bijvoorbeeld alleen de verordening of het raadsvoorstel.`,
    );
  return ok(schoon);
}

/** What reading a file gave: its text (and page count for a PDF), or a Dutch message. */
export type Gelezen = { ok: true; tekst: string; paginas?: number } | { ok: false; fout: string };
