/**
 * Legal maxima that a local amount may not exceed. The amounts themselves live
 * once, as facts in content/feiten/ (the fact store); this module only says
 * which fact caps which keuze. The content check refuses a local entry
 * (`bedrag`) above the maximum of its keuze.
 */
import type { Feit } from '../content/schema.ts';

export interface WettelijkMaximum {
  /** Euro. */
  bedrag: number;
  eenheid: string;
  /** The peildatum of the fact, as the year the amount applies to. */
  jaar: number;
  /** The fact's id in content/feiten/. */
  feit: string;
  bron: string;
}

/** Keuze id → the fact (content/feiten/<id>.yaml) that caps a local amount for it. */
export const MAXIMUM_FEITEN: Readonly<Record<string, { feit: string; eenheid: string }>> = {
  'wmo/eigen-bijdrage': { feit: 'abonnementstarief', eenheid: 'per maand per huishouden' },
};

/** The maximum for a keuze, from the validated fact store (facts by id); undefined when none applies. */
export function wettelijkMaximum(feiten: ReadonlyMap<string, Feit>, keuzeId: string): WettelijkMaximum | undefined {
  const m = MAXIMUM_FEITEN[keuzeId];
  if (!m) return undefined;
  const feit = feiten.get(m.feit);
  // A missing or broken fact is reported by the content check under its own file.
  if (typeof feit?.waarde !== 'number') return undefined;
  const bron = feit.bronnen[0]!;
  return {
    bedrag: Number(feit.waarde),
    eenheid: m.eenheid,
    jaar: new Date(feit.peildatum).getUTCFullYear(),
    feit: m.feit,
    bron: `${bron.titel}, ${bron.url}`,
  };
}
