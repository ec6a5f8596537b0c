/**
 * The messages between the /lezen/ page and its worker, and the worker's answer as a pure function: the worker file
 * only builds the index once from the knowledge JSON and passes each message through `beantwoord`. Anything that is
 * not a well-formed question gets a Dutch error, never an exception.
 */
import type { Kennis } from './kennis.ts';
import { controleerTekst, type Bestandsoort } from './invoer.ts';
import { leesStuk, maakIndex, type Index, type Uitkomst } from './matcher.ts';
import { WET_IDS, type WetId } from './verwijzingen.ts';

export interface LeesVraag {
  soort: 'lees';
  /** Echoed in the answer, so the page can drop answers to questions it no longer asks. */
  id: number;
  tekst: string;
  bron: Bestandsoort | 'plakken';
  /** Pages of a PDF, to recognise a scan. */
  paginas?: number;
  /** The user's choice of law, overriding the detected one. */
  wet?: WetId;
}

export type LeesAntwoord = { soort: 'klaar'; id: number; uitkomst: Uitkomst } | { soort: 'fout'; id: number; bericht: string };

const BRONNEN = ['pdf', 'docx', 'tekst', 'plakken'];

/** The answer to one message (see the module comment). */
export function beantwoord(vraag: unknown, index: Index): LeesAntwoord {
  const v = vraag as Partial<LeesVraag> | null;
  const id = typeof v?.id === 'number' && Number.isFinite(v.id) ? v.id : -1;
  if (!v || typeof v !== 'object' || v.soort !== 'lees' || typeof v.tekst !== 'string' || !BRONNEN.includes(String(v.bron)))
    return { soort: 'fout', id, bericht: 'De pagina kreeg een vraag die zij niet begrijpt. Laad de pagina opnieuw.' };
  if (v.wet !== undefined && !(WET_IDS as readonly string[]).includes(v.wet)) return { soort: 'fout', id, bericht: 'Kies een wet uit de lijst.' };
  const t = controleerTekst(v.tekst, v.bron!, typeof v.paginas === 'number' ? v.paginas : undefined);
  if (!t.ok) return { soort: 'fout', id, bericht: t.fout };
  try {
    return { soort: 'klaar', id, uitkomst: leesStuk(t.waarde, index, v.wet ? { wet: v.wet } : {}) };
  } catch {
    return { soort: 'fout', id, bericht: 'Het lezen van dit stuk ging mis. Probeer een kleiner deel van de tekst.' };
  }
}

/** The index from the knowledge JSON the page ships (built from content at build time). */
export function indexUitJson(json: unknown): Index {
  return maakIndex(json as Kennis);
}
