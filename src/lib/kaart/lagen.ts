/**
 * The layers of the kaart, defined in one list. Each layer (but the default,
 * beleidsruimte, which uses the grade symbols of src/lib/symbols.ts) gives a
 * marker a category, drawn as a mark of the layer's own shape with a code
 * that no other layer uses, plus a colour (never colour alone):
 *   wie beslist  → circle  with R, C, S, A
 *   wie betaalt  → square  with €G, €Z, €W, €R, €A
 *   regionaal    → pill    with RG, LO, NL
 * To add a layer: add an entry to LAAG_DEFINITIES (id, label, vorm,
 * categorieen with unique codes, and `van` that picks the category of a
 * keuze). The controls, legend, markers, list and URL state follow; the unit
 * test in tests/unit/kaart-lagen.test.ts checks that the codes stay unique.
 */
import type { Keuze } from '../content/schema.ts';
import { GRADE_KLEUR } from '../kleuren.ts';

export interface Categorie {
  id: string;
  /** The code in the mark; unique over all layers. */
  letter: string;
  label: string;
  kleur: string;
}

export type Vorm = 'cirkel' | 'vierkant' | 'pil' | 'ruit';

export interface LaagDefinitie {
  id: string;
  label: string;
  vorm: Vorm;
  categorieen: Categorie[];
  /** The category id of a keuze in this layer. */
  van: (k: Keuze) => string;
}

/** Is the keuze made by the gemeente itself (raad or college)? */
export function lokaalBesloten(k: Keuze): boolean {
  return k.wieBeslist.includes('raad') || k.wieBeslist.includes('college');
}

export const LAAG_DEFINITIES = [
  {
    id: 'wiebeslist',
    label: 'Wie beslist',
    vorm: 'cirkel',
    categorieen: [
      { id: 'raad', letter: 'R', label: 'de gemeenteraad', kleur: GRADE_KLEUR.ruim },
      { id: 'college', letter: 'C', label: 'het college (binnen de kaders van de raad)', kleur: '#0b5566' },
      { id: 'regio', letter: 'S', label: 'samenwerkende gemeenten in de regio', kleur: GRADE_KLEUR.beperkt },
      { id: 'ander', letter: 'A', label: 'een ander: Rijk, CIZ, zorgkantoor, zorgverzekeraar, UWV, rechter …', kleur: GRADE_KLEUR.geen },
    ],
    van: (k) => (k.wieBeslist.includes('raad') ? 'raad' : k.wieBeslist.includes('college') ? 'college' : k.wieBeslist.includes('regio') ? 'regio' : 'ander'),
  },
  {
    id: 'wiebetaalt',
    label: 'Wie betaalt',
    vorm: 'vierkant',
    categorieen: [
      { id: 'gemeente', letter: '€G', label: 'de gemeente', kleur: GRADE_KLEUR.ruim },
      { id: 'zorgverzekeraar', letter: '€Z', label: 'de zorgverzekeraar (Zvw)', kleur: '#0b5566' },
      { id: 'wlz-fonds', letter: '€W', label: 'het Wlz-fonds', kleur: '#5b3a8c' },
      { id: 'rijk', letter: '€R', label: 'het Rijk of het UWV', kleur: GRADE_KLEUR.geen },
      { id: 'anders', letter: '€A', label: 'anders (cliënt, onderwijs)', kleur: GRADE_KLEUR.beperkt },
    ],
    van: (k) => {
      const first = k.wieBetaalt[0]!;
      if (first === 'gemeente' || first === 'zorgverzekeraar' || first === 'wlz-fonds') return first;
      return first === 'rijk' || first === 'uwv' ? 'rijk' : 'anders';
    },
  },
  {
    id: 'regionaal',
    label: 'Regionaal of lokaal',
    vorm: 'pil',
    categorieen: [
      { id: 'regionaal', letter: 'RG', label: 'regionaal besloten, op afstand van de raad', kleur: GRADE_KLEUR.beperkt },
      { id: 'lokaal', letter: 'LO', label: 'lokaal besloten, door de eigen gemeente', kleur: GRADE_KLEUR.ruim },
      { id: 'landelijk', letter: 'NL', label: 'landelijk of door een andere partij besloten', kleur: GRADE_KLEUR.geen },
    ],
    van: (k) => (k.regionaal ? 'regionaal' : lokaalBesloten(k) ? 'lokaal' : 'landelijk'),
  },
] as const satisfies readonly LaagDefinitie[];

export type CategorieLaag = (typeof LAAG_DEFINITIES)[number]['id'];

/**
 * A layer as the renderer and the legends draw it: the core layers above, plus whatever a caller registers
 * (an editie registers "Onze keuzes" through src/data.ts, kaartLagen()); the kaart code itself
 * knows no editie. `categorieVan` gives a keuze's category id, or undefined for no mark.
 */
export interface KaartLaag {
  id: string;
  label: string;
  /** Title in the legend, e.g. "wie beslist" or "wat Voorbeeldgemeente koos". */
  titel: string;
  vorm: Vorm;
  categorieen: Categorie[];
  categorieVan: (keuzeId: string, k: Keuze) => string | undefined;
}

/** The core layers (not beleidsruimte, which has its grade symbols) as KaartLaag. */
export const KERN_LAGEN: KaartLaag[] = LAAG_DEFINITIES.map((l) => ({
  id: l.id,
  label: l.label,
  titel: l.label.toLowerCase(),
  vorm: l.vorm,
  categorieen: [...l.categorieen],
  categorieVan: (_id: string, k: Keuze) => (l.van as (k: Keuze) => string)(k),
}));

/** The categories of a layer that some keuze actually has, in the layer's order: a legend names only codes in use. */
export function gebruikteCategorieen(laag: KaartLaag, keuzes: ReadonlyMap<string, Keuze>): Categorie[] {
  const used = new Set([...keuzes].map(([id, k]) => laag.categorieVan(id, k)));
  return laag.categorieen.filter((c) => used.has(c.id));
}
/**
 * `onzekeuzes` exists only in an editie: its categories come from the editie, not from the keuze
 * (src/lib/editie/status.ts, ONZE_KEUZES_CATEGORIEEN), drawn as a diamond.
 */
export const ONZE_KEUZES_LAAG = { id: 'onzekeuzes', label: 'Onze keuzes', vorm: 'ruit' } as const;
export const LAGEN = ['beleidsruimte', ...LAAG_DEFINITIES.map((l) => l.id), ONZE_KEUZES_LAAG.id] as ['beleidsruimte', ...CategorieLaag[], 'onzekeuzes'];
export type Laag = 'beleidsruimte' | CategorieLaag | 'onzekeuzes';

export const laagLabel = Object.fromEntries([
  ['beleidsruimte', 'Beleidsruimte'],
  ...LAAG_DEFINITIES.map((l) => [l.id, l.label]),
  [ONZE_KEUZES_LAAG.id, ONZE_KEUZES_LAAG.label],
]) as Record<Laag, string>;

export const laagDefinitie = (laag: CategorieLaag): LaagDefinitie => LAAG_DEFINITIES.find((l) => l.id === laag)!;

/** The category of a keuze in a layer. */
export function categorie(laag: CategorieLaag, k: Keuze): Categorie {
  const def = laagDefinitie(laag);
  const id = def.van(k);
  return def.categorieen.find((c) => c.id === id)!;
}

/** Measures text in px (the kaart font; see src/lib/tekst/meten.ts): width of `text` at `size` px, bold. */
type CodeMeter = (text: string, size: number, gewicht: 700) => number;

/** Cap height of the kaart font in em (Source Sans 3: 0.66), with a little room. */
const CODE_KAPHOOGTE = 0.7;

/**
 * The box (width, height) a code may fill, centred in a mark of radius r: inside the circle, square, pill or diamond
 * with some room to spare (tests/unit/kaart-lagen.test.ts checks every code against the shape itself).
 */
function codeRuimte(vorm: Vorm, r: number): { w: number; h: number } {
  const s = r + 1;
  return vorm === 'cirkel' ? { w: 1.5 * s, h: 1.2 * s } : vorm === 'vierkant' ? { w: 1.7 * s, h: 1.3 * s } : vorm === 'pil' ? { w: 2 * s, h: s } : { w: 1.2 * s, h: s };
}

/**
 * The font size of a code in a mark of radius r. Measured (at build time): as large as the shape holds it, at most
 * 1.5 r, so "€G" reads at about the size of the labels beside it. Unmeasured (a legend drawn in the page's own font):
 * the fixed sizes that fit any sans-serif.
 */
export function codeGrootte(vorm: Vorm, letter: string, r: number, meet?: CodeMeter): number {
  if (!meet) return letter.length > 1 ? r * 0.95 : r * 1.3;
  const ruimte = codeRuimte(vorm, r);
  return Math.min(1.5 * r, ruimte.w / meet(letter, 1, 700), ruimte.h / CODE_KAPHOOGTE);
}

/**
 * SVG markup of a layer's mark centred on (0,0), radius r: the layer's shape, its colour and the category's code.
 * With `meet` the code is sized to fill the shape (codeGrootte).
 */
export function laagTeken(vorm: Vorm, c: Categorie, r: number, meet?: CodeMeter): string {
  const s = r + 1;
  const f = Math.floor(codeGrootte(vorm, c.letter, r, meet) * 100) / 100;
  const shape =
    vorm === 'cirkel'
      ? `<circle r="${s}" fill="${c.kleur}"/>`
      : vorm === 'vierkant'
        ? `<rect x="${-s}" y="${-s}" width="${2 * s}" height="${2 * s}" fill="${c.kleur}"/>`
        : vorm === 'pil'
          ? `<rect x="${-s * 1.25}" y="${-s * 0.8}" width="${2.5 * s}" height="${1.6 * s}" rx="${0.8 * s}" fill="${c.kleur}"/>`
          : `<path d="M0 ${-s * 1.3}L${s * 1.3} 0L0 ${s * 1.3}L${-s * 1.3} 0Z" fill="${c.kleur}"/>`;
  return `${shape}<text y="${Math.round(f * 0.36 * 100) / 100}" text-anchor="middle" font-size="${f}" font-weight="bold" fill="#ffffff">${c.letter}</text>`;
}
