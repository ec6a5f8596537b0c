/**
 * Legal maxima that a local amount may not exceed, in one place. The content
 * check refuses a local entry (`bedrag`) above the maximum of its keuze.
 *
 * When the fact store (content/feiten/, issue "Eén waarheid") lands, point
 * `bedrag` at the fact named in `feit` instead of typing it here.
 */
export interface WettelijkMaximum {
  /** Euro. */
  bedrag: number;
  eenheid: string;
  /** The year the amount applies to. */
  jaar: number;
  /** The id the fact will have in content/feiten/. */
  feit: string;
  bron: string;
}

const ABONNEMENTSTARIEF: WettelijkMaximum = {
  bedrag: 21.8,
  eenheid: 'per maand per huishouden',
  jaar: 2026,
  feit: 'wmo-abonnementstarief',
  bron: 'Wmo 2015, artikel 2.1.4a (redactionele noot: € 21,80 per 1 januari 2026), https://wetten.overheid.nl/BWBR0035362/2026-01-01',
};

/** Keuze id → the maximum a local amount for it may have. */
export const WETTELIJKE_MAXIMA: Readonly<Record<string, WettelijkMaximum>> = {
  'wmo/eigen-bijdrage': ABONNEMENTSTARIEF,
};

export function formatEuro(bedrag: number): string {
  return `€ ${bedrag.toFixed(2).replace('.', ',')}`;
}
