/**
 * The kaart layout, computed at build time from the content: pure and
 * deterministic (the same content gives the same layout).
 *
 * Axes: levensfase from left to right (jeugd → 18 → 23 → AOW),
 * soort hulp from bottom to top (werk en inkomen → ondersteuning → zorg →
 * blijvend 24 uur). Each wet claims cells in its `kaart.gebied`; a cell
 * claimed by two wetten is split between them. Regions are the unions of
 * their pieces; scheidslijnen are drawn exactly where two regions meet.
 * Keuzes are markers in the cell of their `kaart` position, packed in slots
 * so that no two labels overlap and no label crosses a border.
 */
import { scaleLinear } from 'd3-scale';
import type { Entry } from '../content/graph.ts';
import { LEVENSFASEN, SOORTEN_HULP, type Beleidsruimte, type Keuze, type Scheidslijn, type Wet } from '../content/schema.ts';
import { bordersBetween, outline, rasterise, roundedPath, segmentsPath, type OwnedRect, type Rect, type Segment } from './geometry.ts';
import { regelBreedte, regels, regelsPassen, SHY, tekstBreedte } from '../tekst/index.ts';

type Levensfase = (typeof LEVENSFASEN)[number];
type SoortHulp = (typeof SOORTEN_HULP)[number];

export const KOLOMMEN: { id: Levensfase; label: string; gewicht: number }[] = [
  { id: 'jeugd', label: 'jeugd', gewicht: 0.24 },
  { id: 'jongvolwassen', label: '18 tot 23', gewicht: 0.22 },
  { id: 'volwassen', label: 'volwassen', gewicht: 0.24 },
  { id: 'oudere', label: 'AOW-leeftijd', gewicht: 0.24 },
];
/** Ticks on the levensfase axis, at the column boundaries. */
export const LEEFTIJDEN = ['0', '18', '23', 'AOW', ''];

/** Rows from top to bottom. */
export const RIJEN: { id: SoortHulp; label: string[]; gewicht: number }[] = [
  { id: 'langdurig', label: ['Blijvend 24 uur', 'zorg of toezicht'], gewicht: 0.8 },
  { id: 'zorg', label: ['Zorg en', 'behandeling'], gewicht: 1 },
  { id: 'ondersteuning', label: ['Ondersteuning,', 'wonen en', 'meedoen'], gewicht: 1.1 },
  { id: 'werk-inkomen', label: ['Werk en', 'inkomen'], gewicht: 1.1 },
];

/** The edges of the domain: neighbours that are not on the kaart as laws. */
export const BUREN: { levensfase: Levensfase; soortHulp: SoortHulp; label: string; sub: string }[] = [
  { levensfase: 'jeugd', soortHulp: 'werk-inkomen', label: 'Onderwijs', sub: 'passend onderwijs' },
  { levensfase: 'oudere', soortHulp: 'werk-inkomen', label: 'AOW', sub: 'Sociale Verzekeringsbank' },
];

/** One layout of the kaart. Both are computed at build time from the same content. */
export type VariantId = 'breed' | 'smal';
export interface Variant {
  id: VariantId;
  width: number;
  height: number;
  margin: { left: number; right: number; top: number; bottom: number };
  /** false: levensfase left to right, soort hulp bottom to top; true (portrait): levensfase top to bottom, soort hulp left to right. */
  staand: boolean;
  /** Size (kaart units) of axis text, region names and cell summaries: readable at overview on the smallest screen of this variant. */
  tekst: number;
  /** Font sizes tried for marker labels, largest first. A cell whose labels only fit small opens up on zoom. */
  fonts: number[];
  /** Smallest width (breed) or height (smal) of a piece with keuzes, and of a piece without. */
  minStuk: number;
  minLeeg: number;
  /** Weights of the soort-hulp columns in the portrait layout (werk-inkomen → langdurig). */
  kolomGewicht?: number[];
}

/**
 * breed: for screens from 1024 px (the kaart frame is then at least ~990 px wide, so 18 units render at ≥ 14 px).
 * smal: for narrower screens, portrait (the frame is at most 320 px wide at 320 px, so 16.5 units render at ≥ 12 px).
 */
export const VARIANTEN: Record<VariantId, Variant> = {
  breed: {
    id: 'breed',
    width: 1200,
    height: 900,
    margin: { left: 158, right: 8, top: 8, bottom: 62 },
    staand: false,
    tekst: 18,
    fonts: [18, 16, 14, 12, 10, 8, 7, 6, 5, 4, 3.5, 3],
    minStuk: 136,
    minLeeg: 48,
  },
  smal: {
    id: 'smal',
    width: 420,
    height: 1240,
    margin: { left: 30, right: 4, top: 50, bottom: 4 },
    staand: true,
    tekst: 16.5,
    fonts: [16.5, 14, 12, 10, 8, 7, 6, 5, 4, 3.5, 3, 2.5],
    minStuk: 142,
    minLeeg: 34,
    kolomGewicht: [1.8, 1.05, 0.95, 0.8],
  },
};

/** Short column headings for the portrait layout (soort hulp, left to right). */
const KOP_SMAL: Record<SoortHulp, string[]> = {
  'werk-inkomen': ['Werk,', 'inkomen'],
  ondersteuning: ['Onder-', 'steuning'],
  zorg: ['Zorg'],
  langdurig: ['24 uur', 'zorg'],
};

const MAX_LINES = 3;

export interface KaartInput {
  wetten: Entry<Wet>[];
  keuzes: Entry<Keuze>[];
  scheidslijnen: Entry<Scheidslijn>[];
}

export interface RegionLayout {
  wet: string;
  kort: string;
  naam: string;
  bestuurslaag: 'gemeentelijk' | 'landelijk';
  pieces: (Rect & { levensfase: Levensfase; soortHulp: SoortHulp })[];
  path: string;
  label: { x: number; y: number; text: string; lines: string[]; fontSize: number; lineHeight: number; box: Rect };
}

export interface MarkerLayout {
  keuze: string;
  wet: string;
  onderwerp: string;
  beleidsruimte: Beleidsruimte;
  x: number;
  y: number;
  r: number;
  /** True when the keuze's own cell is not in its wet's region and it was placed in the nearest piece. */
  verplaatst: boolean;
  /** Static layout only: the number drawn instead of the name, in a vak too full for names (see namenlijst). */
  nummer?: number;
  /** The piece (vak) it sits in; see VakLayout. */
  vak: string;
  label: { lines: string[]; x: number; y: number; fontSize: number; lineHeight: number; box: Rect; truncated: boolean };
}

/**
 * A piece of a region in one cell. When its labels only fit in a font smaller
 * than the variant's `tekst`, it has a summary (count per grade) shown at
 * overview, and its markers show once they are large enough (semantic zoom).
 */
export interface VakLayout {
  id: string;
  wet: string;
  levensfase: Levensfase;
  soortHulp: SoortHulp;
  rect: Rect;
  /** Font of its marker labels. */
  font: number;
  aantal: Record<Beleidsruimte, number>;
  samenvatting?: {
    regels: { tekst: string; grade?: Beleidsruimte; x: number; y: number }[];
    fontSize: number;
    box: Rect;
    /** "12 keuzes · 5 ruim · 4 beperkt · 3 geen" */
    naam: string;
  };
}

export interface BorderLayout {
  scheidslijn: string;
  titel: string;
  tussen: [string, string];
  segments: Segment[];
  path: string;
}

export interface AsBand {
  id: string;
  label: string[];
  rect: Rect;
}

export interface KaartLayout {
  variant: VariantId;
  width: number;
  height: number;
  /** Size of axis text, region names and summaries. */
  tekst: number;
  plot: Rect;
  /** The bands of the levensfase axis (columns in breed, rows in smal) and of the soort-hulp axis. */
  levensfasen: AsBand[];
  soortenHulp: AsBand[];
  ticks: { x: number; label: string }[];
  buren: { label: string; sub: string; lines: string[]; rect: Rect }[];
  regions: RegionLayout[];
  vakken: VakLayout[];
  markers: MarkerLayout[];
  borders: BorderLayout[];
  /** Laid out for a static output (LayoutOpties.statisch). */
  statisch?: boolean;
}

export class KaartLayoutError extends Error {
  constructor(message: string) {
    super(`Kaart: ${message}`);
    this.name = 'KaartLayoutError';
  }
}

const GRADE_ORDER: Record<Beleidsruimte, number> = { ruim: 0, beperkt: 1, geen: 2 };
const GRADES: Beleidsruimte[] = ['ruim', 'beperkt', 'geen'];
const wetOf = (keuzeId: string) => keuzeId.split('/')[0]!;
const cumulative = (ws: number[]) => ws.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1]! + w], [0]);

/** Smallest label font (kaart units) a static output may use for a name: 12 of 1200 prints at 9.3 pt on the A3 poster and is 24 px in the PNG. */
export const STATISCH_MIN_FONT: Record<VariantId, number> = { breed: 12, smal: 12 };

export interface LayoutOpties {
  /**
   * For outputs that cannot be zoomed (poster, download, print, casus route): every marker's label is at least
   * STATISCH_MIN_FONT. A vak whose names do not fit at that size gets numbers instead, and `namenlijst` lists
   * the names per number (the poster prints it on a second sheet, the download below the legend).
   */
  statisch?: boolean;
}

export function computeLayout(input: KaartInput, variantId: VariantId = 'breed', opties: LayoutOpties = {}): KaartLayout {
  const v = VARIANTEN[variantId];
  const { width, height, margin, staand, tekst } = v;
  const plot: Rect = { x: margin.left, y: margin.top, w: width - margin.left - margin.right, h: height - margin.top - margin.bottom };
  const lineT = Math.round(tekst * 1.2 * 100) / 100;

  // The levensfase bands are as long as their fullest cell needs (square root of its number of keuzes),
  // never shorter than their base weight.
  const fullest = (lf: Levensfase) =>
    Math.max(0, ...SOORTEN_HULP.map((sh) => input.keuzes.filter((k) => k.data.kaart.levensfase === lf && k.data.kaart.soortHulp === sh).length));
  const lfWeights = KOLOMMEN.map((k) => Math.max(k.gewicht * 10, Math.sqrt(fullest(k.id))));
  const soorten = staand ? [...RIJEN].reverse() : RIJEN;
  const shWeights = staand ? soorten.map((_, i) => v.kolomGewicht?.[i] ?? 1) : soorten.map((r) => r.gewicht);
  const [xWeights, yWeights] = staand ? [shWeights, lfWeights] : [lfWeights, shWeights];
  const cx = cumulative(xWeights);
  const cy = cumulative(yWeights);
  const x = scaleLinear()
    .domain(cx.map((_, i) => i))
    .range(cx.map((c) => plot.x + (c / cx[cx.length - 1]!) * plot.w));
  const y = scaleLinear()
    .domain(cy.map((_, i) => i))
    .range(cy.map((c) => plot.y + (c / cy[cy.length - 1]!) * plot.h));
  const lfBand = (i: number): Rect => (staand ? { x: plot.x, y: y(i), w: plot.w, h: y(i + 1) - y(i) } : { x: x(i), y: plot.y, w: x(i + 1) - x(i), h: plot.h });
  const shBand = (i: number): Rect => (staand ? { x: x(i), y: plot.y, w: x(i + 1) - x(i), h: plot.h } : { x: plot.x, y: y(i), w: plot.w, h: y(i + 1) - y(i) });
  const levensfasen: AsBand[] = KOLOMMEN.map((k, i) => ({ id: k.id, label: [k.label], rect: lfBand(i) }));
  const soortenHulp: AsBand[] = soorten.map((r, i) => ({ id: r.id, label: staand ? KOP_SMAL[r.id] : r.label, rect: shBand(i) }));
  const cellRect = (lf: Levensfase, sh: SoortHulp): Rect => {
    const a = levensfasen.find((k) => k.id === lf)!.rect;
    const b = soortenHulp.find((k) => k.id === sh)!.rect;
    return staand ? { x: b.x, y: a.y, w: b.w, h: a.h } : { x: a.x, y: b.y, w: a.w, h: b.h };
  };
  const colIndex = (lf: Levensfase) => LEVENSFASEN.indexOf(lf);
  const rowIndex = (sh: SoortHulp) => RIJEN.findIndex((r) => r.id === sh);

  const wetten = [...input.wetten].sort((a, b) => a.data.volgorde - b.data.volgorde);
  const cellsOf = new Map(
    wetten.map((w) => [
      w.id,
      w.data.kaart.gebied.flatMap((blok) => blok.levensfasen.flatMap((lf) => blok.soortenHulp.map((sh) => ({ lf, sh })))),
    ]),
  );
  const meanCol = new Map(wetten.map((w) => [w.id, avg(cellsOf.get(w.id)!.map((c) => colIndex(c.lf)))]));

  // Which keuzes sit in which (wet, cell), before pieces exist (for sharing cells by weight).
  const keuzesIn = (wet: string, lf: Levensfase, sh: SoortHulp) =>
    input.keuzes.filter((k) => wetOf(k.id) === wet && k.data.kaart.levensfase === lf && k.data.kaart.soortHulp === sh).length;

  // Pieces: each claimed cell, split between the wetten that share it: in vertical strips (breed) or horizontal bands (smal).
  const pieces: (OwnedRect & { levensfase: Levensfase; soortHulp: SoortHulp })[] = [];
  for (const lf of LEVENSFASEN)
    for (const { id: sh } of RIJEN) {
      const owners = wetten
        .filter((w) => cellsOf.get(w.id)!.some((c) => c.lf === lf && c.sh === sh))
        .sort((a, b) => meanCol.get(a.id)! - meanCol.get(b.id)! || a.data.volgorde - b.data.volgorde);
      if (!owners.length) continue;
      const rect = cellRect(lf, sh);
      const len = staand ? rect.h : rect.w;
      // Share by number of keuzes, but never smaller than the minimum (room for a label or summary).
      const weights = owners.map((w) => keuzesIn(w.id, lf, sh) + 1);
      const total = weights.reduce((a, b) => a + b, 0);
      const mins = owners.map((w) => Math.min(keuzesIn(w.id, lf, sh) ? v.minStuk : v.minLeeg, len / owners.length));
      const raw = weights.map((wt) => (len * wt) / total);
      const short = raw.reduce((a, val, i) => a + Math.max(0, mins[i]! - val), 0);
      const spare = raw.reduce((a, val, i) => a + Math.max(0, val - mins[i]!), 0);
      const sizes = raw.map((val, i) => (val < mins[i]! ? mins[i]! : val - (spare ? ((val - mins[i]!) / spare) * short : 0)));
      let cursor = staand ? rect.y : rect.x;
      const end = staand ? rect.y + rect.h : rect.x + rect.w;
      owners.forEach((w, i) => {
        const size = i === owners.length - 1 ? end - cursor : sizes[i]!;
        const r = staand ? { x: rect.x, y: cursor, w: rect.w, h: size } : { x: cursor, y: rect.y, w: size, h: rect.h };
        pieces.push({ owner: w.id, ...r, levensfase: lf, soortHulp: sh });
        cursor += size;
      });
    }

  const raster = rasterise(pieces);
  const PAD = 6;

  // Regions and where their name goes: top-left of their largest piece.
  const labelHost = new Map<string, { piece: (typeof pieces)[number]; h: number }>();
  const regionFont = staand ? tekst : tekst + 2;
  const regionLineH = Math.round(regionFont * 1.15 * 100) / 100;
  const regions: RegionLayout[] = wetten.map((w) => {
    const own = pieces.filter((p) => p.owner === w.id);
    if (!own.length) throw new KaartLayoutError(`wet "${w.id}" heeft geen gebied op de kaart (kaart.gebied)`);
    const text = w.data.bestuurslaag === 'landelijk' && !staand ? `${w.data.kort} (landelijk)` : w.data.kort;
    const fits = own.filter((p) => p.w >= tekstBreedte(text, regionFont, 700) + 2 * PAD + 8);
    const host = [...(fits.length ? fits : own)].sort((a, b) => b.w * b.h - a.w * a.h || a.x - b.x || a.y - b.y)[0]!;
    const lines = wrapName(text, host.w - (staand ? 10 : 2 * PAD + 6), regionFont);
    const boxW = Math.max(...lines.map((l) => regelBreedte(l, regionFont, 700))) + 2;
    const box = { x: host.x + PAD + 2, y: host.y + 4, w: boxW, h: lines.length * regionLineH + 2 };
    labelHost.set(w.id, { piece: host, h: box.h + 6 });
    return {
      wet: w.id,
      kort: w.data.kort,
      naam: w.data.naam,
      bestuurslaag: w.data.bestuurslaag,
      pieces: own.map(({ owner: _o, ...rest }) => rest),
      path: roundedPath(outline(raster, w.id), 10),
      label: { x: box.x, y: host.y + 4 + regionFont * 0.9, text, lines, fontSize: regionFont, lineHeight: regionLineH, box },
    };
  });

  // Markers: each keuze in its own piece, or the nearest piece of its wet.
  const byPiece = new Map<(typeof pieces)[number], { keuze: Entry<Keuze>; verplaatst: boolean }[]>();
  for (const k of input.keuzes) {
    const wet = wetOf(k.id);
    const own = pieces.filter((p) => p.owner === wet);
    if (!own.length) throw new KaartLayoutError(`keuze "${k.id}" hoort bij wet "${wet}", die geen gebied op de kaart heeft`);
    const exact = own.find((p) => p.levensfase === k.data.kaart.levensfase && p.soortHulp === k.data.kaart.soortHulp);
    const dist = (p: (typeof own)[number]) =>
      Math.abs(colIndex(p.levensfase) - colIndex(k.data.kaart.levensfase)) + Math.abs(rowIndex(p.soortHulp) - rowIndex(k.data.kaart.soortHulp));
    const piece = exact ?? [...own].sort((a, b) => dist(a) - dist(b) || a.x - b.x || a.y - b.y)[0]!;
    const list = byPiece.get(piece) ?? [];
    list.push({ keuze: k, verplaatst: !exact });
    byPiece.set(piece, list);
  }

  const markers: MarkerLayout[] = [];
  const vakken: VakLayout[] = [];
  let nummer = 0;
  for (const piece of pieces) {
    const items = (byPiece.get(piece) ?? []).sort(
      (a, b) =>
        GRADE_ORDER[a.keuze.data.beleidsruimte] - GRADE_ORDER[b.keuze.data.beleidsruimte] ||
        a.keuze.data.volgorde - b.keuze.data.volgorde ||
        a.keuze.id.localeCompare(b.keuze.id),
    );
    if (!items.length) continue;
    const host = labelHost.get(piece.owner);
    const headerH = host?.piece === piece ? host.h : 0;
    const area: Rect = { x: piece.x + PAD, y: piece.y + PAD + headerH, w: piece.w - 2 * PAD, h: piece.h - 2 * PAD - headerH };
    const id = `${piece.owner}:${piece.levensfase}:${piece.soortHulp}`;
    let packed: { font: number; markers: MarkerLayout[] } | undefined;
    if (opties.statisch) {
      packed = pack(items, area, piece, v.fonts.filter((f) => f >= STATISCH_MIN_FONT[v.id]), id, { heel: true });
      // The names do not fit at a readable size: numbers, listed with their names in the namenlijst.
      if (!packed) {
        const eerste = nummer + 1;
        packed = pack(items, area, piece, v.fonts, id, { label: (_, i) => String(eerste + i) })!;
        packed.markers.forEach((m, i) => (m.nummer = eerste + i));
        nummer += items.length;
      }
    } else packed = pack(items, area, piece, v.fonts, id)!;
    markers.push(...packed.markers);
    const aantal = { ruim: 0, beperkt: 0, geen: 0 } as Record<Beleidsruimte, number>;
    for (const it of items) aantal[it.keuze.data.beleidsruimte]++;
    const vak: VakLayout = { id, wet: piece.owner, levensfase: piece.levensfase, soortHulp: piece.soortHulp, rect: { x: piece.x, y: piece.y, w: piece.w, h: piece.h }, font: packed.font, aantal };
    if (packed.font < tekst) vak.samenvatting = summary(items.length, aantal, area, tekst, lineT, staand);
    vakken.push(vak);
  }

  const borders: BorderLayout[] = [...input.scheidslijnen].sort((a, b) => a.id.localeCompare(b.id)).map((s) => {
    const [a, b] = s.data.tussen;
    const segments = bordersBetween(raster, a, b);
    if (!segments.length)
      throw new KaartLayoutError(
        `scheidslijn "${s.id}": de gebieden van ${a} en ${b} raken elkaar niet op de kaart; pas kaart.gebied van een van beide wetten aan`,
      );
    return { scheidslijn: s.id, titel: s.data.titel, tussen: [a, b], segments, path: segmentsPath(segments) };
  });

  const buren = BUREN.filter((b) => !pieces.some((p) => p.levensfase === b.levensfase && p.soortHulp === b.soortHulp)).map((b) => {
    const rect = cellRect(b.levensfase, b.soortHulp);
    return { label: b.label, sub: b.sub, lines: [...regels(b.label, rect.w - 16, tekst), ...regels(`${b.sub} (buur)`, rect.w - 16, tekst)], rect };
  });

  return {
    variant: v.id,
    width,
    height,
    tekst,
    plot,
    levensfasen,
    soortenHulp,
    ticks: staand ? [] : LEEFTIJDEN.map((label, i) => ({ x: x(i), label })).filter((t) => t.label),
    ...(opties.statisch ? { statisch: true } : {}),
    buren,
    regions,
    vakken,
    markers,
    borders,
  };
}

/**
 * The summary of a crowded piece: its number of keuzes and the number per
 * grade, each grade with its symbol. In the portrait layout only the numbers
 * (the symbols say the grade; the accessible name says it in words).
 */
function summary(n: number, aantal: Record<Beleidsruimte, number>, area: Rect, font: number, lineH: number, kort: boolean): NonNullable<VakLayout['samenvatting']> {
  const long = summaryLines(n, aantal, area, font, lineH, false);
  return kort || long.box.w + 2 > area.w ? summaryLines(n, aantal, area, font, lineH, true) : long;
}

function summaryLines(n: number, aantal: Record<Beleidsruimte, number>, area: Rect, font: number, lineH: number, kort: boolean): NonNullable<VakLayout['samenvatting']> {
  const naam = [`${n} ${n === 1 ? 'keuze' : 'keuzes'}`, ...GRADES.filter((g) => aantal[g]).map((g) => `${aantal[g]} ${beleidsruimteWoord[g]}`)].join(' · ');
  const lines: { tekst: string; grade?: Beleidsruimte }[] = [
    { tekst: kort ? String(n) : `${n} ${n === 1 ? 'keuze' : 'keuzes'}` },
    ...GRADES.filter((g) => aantal[g]).map((g) => ({ grade: g, tekst: kort ? String(aantal[g]) : `${aantal[g]} ${beleidsruimteWoord[g]}` })),
  ];
  const sym = font * 1.1;
  const widths = lines.map((l) => tekstBreedte(l.tekst, font, l.grade ? 400 : 700) + (l.grade ? sym : 0));
  const w = Math.max(...widths);
  const h = lines.length * lineH;
  const x0 = area.x + 4;
  const y0 = area.y + Math.max(0, Math.min(14, (area.h - h) / 2));
  return {
    regels: lines.map((l, i) => ({ ...l, x: x0 + (l.grade ? sym : 0), y: y0 + i * lineH + font * 0.9 })),
    fontSize: font,
    box: { x: x0 - 1, y: y0, w: w + 2, h },
    naam,
  };
}

/** A law's name on as few lines as fit; a compound "…wet" breaks before "wet" first (Jeugd-/wet). */
function wrapName(text: string, width: number, font: number): string[] {
  if (tekstBreedte(text, font, 700) <= width) return [text];
  const m = /^(\S+)(wet)$/.exec(text);
  if (m && tekstBreedte(`${m[1]}-`, font, 700) <= width) return [`${m[1]}${SHY}`, m[2]!];
  return regels(text, width, font, 700);
}

const beleidsruimteWoord: Record<Beleidsruimte, string> = { ruim: 'ruim', beperkt: 'beperkt', geen: 'geen' };

function avg(ns: number[]): number {
  return ns.reduce((a, b) => a + b, 0) / ns.length;
}

/**
 * Places markers with their labels in a grid of slots inside `area`. Tries
 * the fonts largest first and one to eight columns per font; takes the
 * largest font at which every label fits unshortened (the best arrangement
 * at that font), else the smallest font, shortening least. Marker size and
 * spacing scale with the font, so a zoomed-in crowded piece looks like a
 * roomy one.
 */
function pack(
  items: { keuze: Entry<Keuze>; verplaatst: boolean }[],
  area: Rect,
  piece: { owner: string; levensfase: string; soortHulp: string },
  fonts: number[],
  vak: string,
  o: { heel?: boolean; label?: (k: Entry<Keuze>, i: number) => string } = {},
): { font: number; markers: MarkerLayout[] } | undefined {
  type Option = { cols: number; font: number; score: number; rowsH: number[]; slotW: number; labels: { lines: string[]; truncated: boolean }[] };
  const geometry = (font: number) => ({ r: Math.max(2, Math.round(font * 0.58 * 100) / 100), lineH: Math.round(font * 1.17 * 100) / 100, gap: font * 0.6 });
  let chosen: Option | undefined;
  for (const [fi, font] of fonts.entries()) {
    const last = fi === fonts.length - 1;
    const { r, lineH, gap } = geometry(font);
    let best: Option | undefined;
    for (let cols = 1; cols <= 8; cols++) {
      const slotW = area.w / cols;
      const textW = slotW - 2 * r - gap * 1.6;
      if (textW < font * 3.5) break;
      const labels = items.map(({ keuze }) => {
        const text = o.label ? o.label(keuze, items.findIndex((x) => x.keuze === keuze)) : (keuze.data.kaart.label ?? keuze.data.onderwerp);
        const lines = regels(text, textW, font);
        if (lines.length <= MAX_LINES && regelsPassen(lines, textW, font)) return { lines, truncated: false };
        // Shortened (only at the smallest font, in a piece that shows a summary until zoomed): whole words, then an ellipsis.
        const words = lines.slice(MAX_LINES - 1).join(' ').replaceAll(SHY, '').split(' ');
        while (words.length > 1 && tekstBreedte(`${words.join(' ')}…`, font) > textW) words.pop();
        return { lines: [...lines.slice(0, MAX_LINES - 1), `${words.join(' ')}…`], truncated: true };
      });
      const truncated = labels.filter((l) => l.truncated).length;
      if (truncated && (!last || o.heel)) continue;
      const rows = Math.ceil(items.length / cols);
      const rowsH = Array.from({ length: rows }, (_, i) => Math.max(...labels.slice(i * cols, i * cols + cols).map((l) => l.lines.length)) * lineH + gap);
      if (rowsH.reduce((a, b) => a + b, 0) > area.h) continue;
      const broken = labels.reduce((n, l) => n + l.lines.filter((x) => x.endsWith(SHY) || x.endsWith('-')).length, 0);
      const lineCount = labels.reduce((n, l) => n + l.lines.length, 0);
      const score = truncated * 1000 + broken * 50 + lineCount;
      if (!best || score < best.score) best = { cols, font, score, rowsH, slotW, labels };
    }
    if (best) {
      chosen = best;
      break;
    }
  }
  if (!chosen && o.heel) return undefined;
  if (!chosen)
    throw new KaartLayoutError(
      `te veel keuzes (${items.length}) in één vak: wet "${piece.owner}", ${piece.levensfase} × ${piece.soortHulp}; verdeel ze over meer vakken (kaart.levensfase / kaart.soortHulp)`,
    );
  const { cols, font, rowsH, slotW, labels } = chosen;
  const { r: R, lineH, gap } = geometry(font);
  // Spread rows over the height, so markers do not bunch at the top.
  const spare = (area.h - rowsH.reduce((a, b) => a + b, 0)) / (rowsH.length + 1);
  const step = Math.min(spare, font * 1.2);
  const out: MarkerLayout[] = [];
  let yCursor = area.y + step;
  const rd = (n: number) => Math.round(n * 100) / 100;
  rowsH.forEach((rowH, row) => {
    for (let c = 0; c < cols; c++) {
      const i = row * cols + c;
      const item = items[i];
      if (!item) break;
      const label = labels[i]!;
      const sx = area.x + c * slotW;
      const cx = sx + R + 1;
      const cy = yCursor + gap / 2 + lineH / 2;
      const lx = cx + R + gap * 0.7;
      const boxW = Math.max(...label.lines.map((l) => regelBreedte(l, font)));
      out.push({
        keuze: item.keuze.id,
        wet: wetOf(item.keuze.id),
        onderwerp: item.keuze.data.onderwerp,
        beleidsruimte: item.keuze.data.beleidsruimte,
        x: rd(cx),
        y: rd(cy),
        r: R,
        verplaatst: item.verplaatst,
        vak,
        label: {
          lines: label.lines,
          x: rd(lx),
          y: rd(yCursor + gap / 2 + font * 0.92),
          fontSize: font,
          lineHeight: lineH,
          box: { x: rd(lx), y: rd(yCursor + gap / 2), w: boxW, h: label.lines.length * lineH },
          truncated: label.truncated,
        },
      });
    }
    yCursor += rowH + step;
  });
  return { font, markers: out };
}
