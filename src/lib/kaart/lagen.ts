/**
 * The layers of the kaart: for each marker a category per layer, shown as a
 * letter in a circle plus its colour (never colour alone). Beleidsruimte is
 * the default layer and uses the grade symbols (src/lib/symbols.ts).
 */
import type { Keuze } from '../content/schema.ts';

/** `onzekeuzes` exists only in a gemeente edition (src/lib/lokaal/status.ts gives its categories). */
export const LAGEN = ['beleidsruimte', 'wiebeslist', 'wiebetaalt', 'regionaal', 'onzekeuzes'] as const;
export type Laag = (typeof LAGEN)[number];

export const laagLabel: Record<Laag, string> = {
  beleidsruimte: 'Beleidsruimte',
  wiebeslist: 'Wie beslist',
  wiebetaalt: 'Wie betaalt',
  regionaal: 'Regionaal of lokaal',
  onzekeuzes: 'Onze keuzes',
};

export interface Categorie {
  id: string;
  letter: string;
  label: string;
  kleur: string;
}

/** Categories per layer (not for beleidsruimte, which has its grades). */
export const CATEGORIEEN: Record<Exclude<Laag, 'beleidsruimte' | 'onzekeuzes'>, Categorie[]> = {
  wiebeslist: [
    { id: 'raad', letter: 'R', label: 'de gemeenteraad', kleur: '#1e6b34' },
    { id: 'college', letter: 'C', label: 'het college (binnen de kaders van de raad)', kleur: '#0b5566' },
    { id: 'regio', letter: 'G', label: 'samenwerkende gemeenten in de regio', kleur: '#7a4d00' },
    { id: 'ander', letter: 'L', label: 'landelijk of een ander (Rijk, CIZ, zorgkantoor, zorgverzekeraar, UWV, rechter …)', kleur: '#4d4d57' },
  ],
  wiebetaalt: [
    { id: 'gemeente', letter: 'G', label: 'de gemeente', kleur: '#1e6b34' },
    { id: 'zorgverzekeraar', letter: 'Z', label: 'de zorgverzekeraar (Zvw)', kleur: '#0b5566' },
    { id: 'wlz-fonds', letter: 'W', label: 'het Wlz-fonds', kleur: '#5b3a8c' },
    { id: 'rijk', letter: 'R', label: 'het Rijk of het UWV', kleur: '#4d4d57' },
    { id: 'anders', letter: 'A', label: 'anders (cliënt, onderwijs)', kleur: '#7a4d00' },
  ],
  regionaal: [
    { id: 'regionaal', letter: 'R', label: 'regionaal besloten, op afstand van de raad', kleur: '#7a4d00' },
    { id: 'lokaal', letter: 'G', label: 'lokaal besloten, door de eigen gemeente', kleur: '#1e6b34' },
    { id: 'landelijk', letter: 'L', label: 'landelijk of door een andere partij besloten', kleur: '#4d4d57' },
  ],
};

/** The category of a keuze in a layer. */
export function categorie(laag: keyof typeof CATEGORIEEN, k: Keuze): Categorie {
  const list = CATEGORIEEN[laag];
  const find = (id: string) => list.find((c) => c.id === id)!;
  switch (laag) {
    case 'wiebeslist':
      if (k.wieBeslist.includes('raad')) return find('raad');
      if (k.wieBeslist.includes('college')) return find('college');
      if (k.wieBeslist.includes('regio')) return find('regio');
      return find('ander');
    case 'wiebetaalt': {
      const first = k.wieBetaalt[0]!;
      if (first === 'gemeente' || first === 'zorgverzekeraar' || first === 'wlz-fonds') return find(first);
      if (first === 'rijk' || first === 'uwv') return find('rijk');
      return find('anders');
    }
    case 'regionaal':
      if (k.regionaal) return find('regionaal');
      return find(lokaalBesloten(k) ? 'lokaal' : 'landelijk');
  }
}

/** Is the keuze made by the gemeente itself (raad or college)? */
export function lokaalBesloten(k: Keuze): boolean {
  return k.wieBeslist.includes('raad') || k.wieBeslist.includes('college');
}
