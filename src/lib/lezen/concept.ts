/**
 * Draft entries for an editie (content/edities/<gemeente>/keuzes/<wet>/<keuze>.yaml) from what the matcher
 * found in a regulation: the regulation's title, the document's own article and its address, marked
 * `concept: true`. The content check stops on a draft until a person has checked it and removed that line
 * (src/lib/editie/check.ts), so a draft is never published. Pure: returns paths and text, writes nothing.
 */
import { stringify } from 'yaml';
import type { KeuzeTreffer, Reden, Uitkomst } from './matcher.ts';

export interface ConceptBron {
  titel: string;
  url: string;
  /** Today, JJJJ-MM-DD: written in the header. */
  vandaag: string;
  /** The laws' names ("Jeugdwet"), for the header of a draft from a verordening made under several laws. */
  wetNamen?: Partial<Record<string, string>>;
}

export interface ConceptBestand {
  keuze: string;
  /** Relative to the gemeente folder: "keuzes/wmo/mantelzorgwaardering.yaml". */
  pad: string;
  tekst: string;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The date the regulation was adopted, when the text says so ("vastgesteld in de raadsvergadering van 25 maart 2024"). */
export function besluitDatum(tekst: string): string | undefined {
  const m = /vastgesteld\s+(?:door\s+de\s+(?:gemeente)?raad\s+)?(?:in\s+de\s+(?:openbare\s+)?(?:raads)?vergadering\s+)?(?:van|op|d\.d\.)\s+(\d{1,2})[\s-]+([a-z]+|\d{1,2})[\s-]+(\d{4})/i.exec(tekst);
  if (!m) return undefined;
  const dag = Number(m[1]);
  const maand = /^\d+$/.test(m[2]!) ? Number(m[2]) : MAANDEN.indexOf(m[2]!.toLowerCase()) + 1;
  const jaar = Number(m[3]);
  if (!(maand >= 1 && maand <= 12 && dag >= 1 && dag <= 31 && jaar > 1990 && jaar < 2100)) return undefined;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** The document's own article number from a place ("Artikel 4 Mantelzorgwaardering" → "4"). */
export function artikelNummer(plaats: string): string | undefined {
  return /^Artikel\s+(\d+(?:[.:]\d+)*[a-z]?)/i.exec(plaats)?.[1];
}

/** The best reason to show: one in an article of the document before one in the aanhef. */
function besteReden(k: KeuzeTreffer): Reden {
  return k.redenen.find((r) => artikelNummer(r.plaats)) ?? k.redenen[0]!;
}

const kort = (s: string, n = 180) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One draft per keuze the document touches. */
export function conceptBestanden(uitkomst: Uitkomst, bron: ConceptBron, volledigeTekst: string): ConceptBestand[] {
  const besluit = besluitDatum(volledigeTekst);
  const status = uitkomst.soort === 'raadsvoorstel' ? 'in-voorbereiding' : 'besloten';
  return uitkomst.keuzes.map((k) => {
    const r = besteReden(k);
    const artikel = artikelNummer(r.plaats);
    const data = {
      concept: true,
      status,
      regeling: { titel: bron.titel, ...(artikel ? { artikel } : {}), url: bron.url },
      ...(besluit && status !== 'in-voorbereiding' ? { besluit } : {}),
      volgende: { moment: 'verordening' },
    };
    const kop = [
      `# CONCEPT van npm run griffie:lees (${bron.vandaag}) uit: ${kort(bron.titel, 120)}`,
      `# Gevonden in ${r.plaats}: "${kort(r.zin).replace(/\n/g, ' ')}"`,
      `# (${r.soort === 'artikel' ? 'artikelverwijzing' : r.soort === 'onderdeel' ? 'verplicht onderdeel' : 'woorden'}: ${kort(r.gevonden, 80)})`,
      // A verordening made under several laws: the draft says which law's part it belongs to (issue 26, tenth round).
      ...(uitkomst.wetten
        ? [`# Eén verordening voor ${uitkomst.wetten.map((w) => bron.wetNamen?.[w] ?? w).join(', ').replace(/, ([^,]*)$/, ' en $1')}; deze keuze hoort bij het deel ${bron.wetNamen?.[k.wet] ?? k.wet}.`]
        : []),
      '# Controleer dit tegen de regeling: klopt de keuze, het artikel en de status? Kies de optie (optie: nummer of',
      '# begin van de tekst, of eigen: in eigen woorden), vul de datum van het besluit in en haal dan de regel',
      '# "concept: true" weg. Zolang die regel er staat, stopt de content-check bij dit bestand.',
    ];
    return { keuze: k.id, pad: `keuzes/${k.id}.yaml`, tekst: `${kop.join('\n')}\n${stringify(data, { lineWidth: 0 })}` };
  });
}
