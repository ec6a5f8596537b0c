/**
 * The names behind the numbers of a static layout: when a vak is too full to name its keuzes at a readable
 * size, the static kaart draws numbers there, and this list gives each number its name, grouped per vak
 * (wet · levensfase · soort hulp). Empty when every keuze has its name on the kaart.
 */
import type { Keuze } from '../content/schema.ts';
import { KOLOMMEN, RIJEN, type KaartLayout } from './layout.ts';

export interface NamenGroep {
  kop: string;
  namen: { nummer: number; naam: string; keuze: string }[];
}

export function namenlijst(layout: KaartLayout, keuzes: Map<string, Keuze>): NamenGroep[] {
  const groepen = new Map<string, NamenGroep>();
  for (const m of layout.markers) {
    if (m.nummer === undefined) continue;
    const vak = layout.vakken.find((v) => v.id === m.vak)!;
    const kort = layout.regions.find((r) => r.wet === m.wet)?.kort ?? m.wet;
    const kop = `${kort} · ${KOLOMMEN.find((k) => k.id === vak.levensfase)!.label} · ${RIJEN.find((r) => r.id === vak.soortHulp)!.label.join(' ')}`;
    const g = groepen.get(m.vak) ?? { kop, namen: [] };
    g.namen.push({ nummer: m.nummer, naam: keuzes.get(m.keuze)?.onderwerp ?? m.onderwerp, keuze: m.keuze });
    groepen.set(m.vak, g);
  }
  return [...groepen.values()];
}
