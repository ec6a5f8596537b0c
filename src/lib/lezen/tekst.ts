/**
 * The text of a document as the matcher reads it: sentences with their offsets and the document's own article
 * they stand in ("Artikel 4 Mantelzorgwaardering"), and a normal form for matching words. Pure TypeScript.
 */

export interface Zin {
  /** The sentence as written (whitespace collapsed). */
  tekst: string;
  /** Offsets in the document text. */
  start: number;
  eind: number;
  /** The document's own article or chapter the sentence stands in ("Artikel 2.1 Algemeen"), or "aanhef". */
  plaats: string;
}

/** Lower case, no diacritics, one kind of apostrophe and dash, single spaces: for matching, never for showing. */
export function normaliseer(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * A heading of the document itself: "Artikel 3. Begrippen", "Artikel 2:1 Melding", "Hoofdstuk 2 Toegang"; also in
 * square brackets, as a concept or model verordening marks an optional article ("[Artikel 7. Mantelzorgwaardering]").
 * Not a line of a considerans that starts with a list of references ("artikel 8, 8a, 8b, 10b lid 7 en 47 van de
 * Participatiewet, en"; tenth round).
 */
const KOP = /^\s*(?:[-•*]\s*)?\[?\s*((?:artikel|art\.)\s+\d+(?:[.:]\d+)*[a-z]?|hoofdstuk\s+[\dIVX]+[a-z]?|paragraaf\s+[\d.]+|§\s*[\d.]+)\b(?![,.]?\s*(?:lid|van|onder|eerste|tweede|derde|vierde|vijfde)\b)(?!\s*(?:,|en|tot en met|t\/m)\s*\d)[.:]?\s*(.{0,80})$/i;
const LIJST = /^\s*(?:[-•*]|\(?[a-z0-9]{1,3}[.)°]|\d+\.)\s+/i;

/** The document's own headings, with the offset of their line. */
export function koppen(tekst: string): { start: number; kop: string; artikel: boolean }[] {
  const uit: { start: number; kop: string; artikel: boolean }[] = [];
  let start = 0;
  for (const regel of tekst.split('\n')) {
    const m = KOP.exec(regel);
    if (m && regel.length < 140) {
      const titel = m[2]!.replace(/\s+/g, ' ').replace(/\]\s*$/, '').trim();
      const kop = `${m[1]!.replace(/\s+/g, ' ').replace(/^art\./i, 'Artikel')}${titel && !/^(?:van|de|het|lid)\b/i.test(titel) ? ` ${titel}` : ''}`;
      uit.push({ start, kop: kop.charAt(0).toUpperCase() + kop.slice(1), artikel: /^art/i.test(m[1]!) });
    }
    start += regel.length + 1;
  }
  return uit;
}

/**
 * Splits a document into sentences. Lines that a PDF or a web page broke in the middle of a sentence are joined;
 * a blank line, a list item or a heading always starts a new sentence.
 */
export function zinnen(tekst: string): Zin[] {
  const kops = koppen(tekst);
  const uit: Zin[] = [];
  // Units: runs of lines that belong together.
  const regels: { tekst: string; start: number }[] = [];
  let pos = 0;
  for (const regel of tekst.split('\n')) {
    regels.push({ tekst: regel, start: pos });
    pos += regel.length + 1;
  }
  const blokken: { start: number; eind: number }[] = [];
  let huidig: { start: number; eind: number } | undefined;
  for (let i = 0; i < regels.length; i++) {
    const r = regels[i]!;
    const leeg = !r.tekst.trim();
    const nieuw = leeg || LIJST.test(r.tekst) || KOP.test(r.tekst) || !huidig || /[.;:!?]\s*$/.test(regels[i - 1]?.tekst ?? '') || (regels[i - 1] && KOP.test(regels[i - 1]!.tekst));
    if (leeg) {
      huidig = undefined;
      continue;
    }
    if (nieuw || !huidig) {
      huidig = { start: r.start, eind: r.start + r.tekst.length };
      blokken.push(huidig);
    } else huidig.eind = r.start + r.tekst.length;
  }
  for (const b of blokken) {
    const stuk = tekst.slice(b.start, b.eind);
    // A sentence ends at . ; ! ? followed by a space and a capital, digit or quote; not after "art." or "nr." etc.
    const grens = /(?<!\b(?:art|artt|nr|jo|o\.a|d\.d|i\.v\.m|m\.b\.t|t\.a\.v|bijv|e\.d|ca|mr|dhr|mw|drs|ir|prof|blz|pag|lid|sub|jl))([.;!?])\s+(?=[\p{Lu}\d"“'(])/gu;
    let s = 0;
    let m: RegExpExecArray | null;
    const delen: [number, number][] = [];
    while ((m = grens.exec(stuk))) {
      delen.push([s, m.index + 1]);
      s = m.index + m[0].length;
    }
    delen.push([s, stuk.length]);
    for (const [a, e] of delen) {
      const ruw = stuk.slice(a, e);
      const t = ruw.replace(/\s+/g, ' ').trim();
      if (!t) continue;
      const start = b.start + a;
      let plaats = 'aanhef';
      for (const k of kops) if (k.start <= start) plaats = k.kop;
      uit.push({ tekst: t, start, eind: b.start + e, plaats });
    }
  }
  return uit;
}

/** The sentence that contains offset `pos` (or the nearest one before it). */
export function zinBij(zs: readonly Zin[], pos: number): Zin | undefined {
  let best: Zin | undefined;
  for (const z of zs) {
    if (z.start <= pos) best = z;
    else break;
  }
  return best;
}
