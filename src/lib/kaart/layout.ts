/**
 * The kaart layout, computed at build time from the content: pure and
 * deterministic (the same content gives the same layout).
 *
 * Axes (design.md §4): levensfase from left to right (jeugd → 18 → 23 → AOW),
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
import { textWidth, wrap } from '../svg.ts';

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

export const SIZE = { width: 1200, height: 860, left: 118, right: 8, top: 8, bottom: 52 };
const PAD = 6;
const HEADER = 26;
const R = 7;
const MIN_STRIP = 118;
const MIN_EMPTY_STRIP = 48;
const FONT = [12, 11] as const;
const MAX_LINES = 3;

export interface KaartInput {
  wetten: Entry<Wet>[];
  keuzes: Entry<Keuze>[];
  scheidslijnen: Entry<Scheidslijn>[];
}

export interface Cell {
  levensfase: Levensfase;
  soortHulp: SoortHulp;
  rect: Rect;
}

export interface RegionLayout {
  wet: string;
  kort: string;
  naam: string;
  bestuurslaag: 'gemeentelijk' | 'landelijk';
  pieces: (Rect & { levensfase: Levensfase; soortHulp: SoortHulp })[];
  path: string;
  label: { x: number; y: number; text: string; box: Rect };
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
  label: { lines: string[]; x: number; y: number; fontSize: number; lineHeight: number; box: Rect; truncated: boolean };
}

export interface BorderLayout {
  scheidslijn: string;
  titel: string;
  tussen: [string, string];
  segments: Segment[];
  path: string;
}

export interface KaartLayout {
  width: number;
  height: number;
  plot: Rect;
  columns: { id: Levensfase; label: string; x0: number; x1: number }[];
  ticks: { x: number; label: string }[];
  rows: { id: SoortHulp; label: string[]; y0: number; y1: number }[];
  buren: { label: string; sub: string; rect: Rect }[];
  regions: RegionLayout[];
  markers: MarkerLayout[];
  borders: BorderLayout[];
}

export class KaartLayoutError extends Error {
  constructor(message: string) {
    super(`Kaart: ${message}`);
    this.name = 'KaartLayoutError';
  }
}

const GRADE_ORDER: Record<Beleidsruimte, number> = { ruim: 0, beperkt: 1, geen: 2 };
const wetOf = (keuzeId: string) => keuzeId.split('/')[0]!;

export function computeLayout(input: KaartInput): KaartLayout {
  const { width, height, left, right, top, bottom } = SIZE;
  const plot: Rect = { x: left, y: top, w: width - left - right, h: height - top - bottom };

  // Columns: a piecewise-linear scale from column index to x. A column is as
  // wide as its fullest cell needs (square root of its number of keuzes),
  // never narrower than its base weight.
  const fullest = (lf: Levensfase) =>
    Math.max(0, ...SOORTEN_HULP.map((sh) => input.keuzes.filter((k) => k.data.kaart.levensfase === lf && k.data.kaart.soortHulp === sh).length));
  const colWeights = KOLOMMEN.map((k) => Math.max(k.gewicht * 10, Math.sqrt(fullest(k.id))));
  const cum = colWeights.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1]! + w], [0]);
  const x = scaleLinear()
    .domain(cum.map((_, i) => i))
    .range(cum.map((c) => plot.x + (c / cum[cum.length - 1]!) * plot.w));
  const rowCum = RIJEN.reduce<number[]>((acc, r) => [...acc, acc[acc.length - 1]! + r.gewicht], [0]);
  const y = scaleLinear()
    .domain(rowCum.map((_, i) => i))
    .range(rowCum.map((c) => plot.y + (c / rowCum[rowCum.length - 1]!) * plot.h));
  const columns = KOLOMMEN.map((k, i) => ({ id: k.id, label: k.label, x0: x(i), x1: x(i + 1) }));
  const rows = RIJEN.map((r, i) => ({ id: r.id, label: r.label, y0: y(i), y1: y(i + 1) }));
  const cellRect = (lf: Levensfase, sh: SoortHulp): Rect => {
    const c = columns.find((k) => k.id === lf)!;
    const r = rows.find((k) => k.id === sh)!;
    return { x: c.x0, y: r.y0, w: c.x1 - c.x0, h: r.y1 - r.y0 };
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

  // Pieces: each claimed cell, split in vertical strips between the wetten that share it.
  const pieces: (OwnedRect & { levensfase: Levensfase; soortHulp: SoortHulp })[] = [];
  for (const lf of LEVENSFASEN)
    for (const { id: sh } of RIJEN) {
      const owners = wetten
        .filter((w) => cellsOf.get(w.id)!.some((c) => c.lf === lf && c.sh === sh))
        .sort((a, b) => meanCol.get(a.id)! - meanCol.get(b.id)! || a.data.volgorde - b.data.volgorde);
      if (!owners.length) continue;
      const rect = cellRect(lf, sh);
      // Share by number of keuzes, but never narrower than MIN_STRIP (room for a label).
      const weights = owners.map((w) => keuzesIn(w.id, lf, sh) + 1);
      const total = weights.reduce((a, b) => a + b, 0);
      // A piece without keuzes (only there to join regions) may be narrow.
      const mins = owners.map((w) => Math.min(keuzesIn(w.id, lf, sh) ? MIN_STRIP : MIN_EMPTY_STRIP, rect.w / owners.length));
      const raw = weights.map((wt) => (rect.w * wt) / total);
      const short = raw.reduce((a, v, i) => a + Math.max(0, mins[i]! - v), 0);
      const spare = raw.reduce((a, v, i) => a + Math.max(0, v - mins[i]!), 0);
      const widths = raw.map((v, i) => (v < mins[i]! ? mins[i]! : v - (spare ? ((v - mins[i]!) / spare) * short : 0)));
      let xCursor = rect.x;
      owners.forEach((w, i) => {
        const wdt = i === owners.length - 1 ? rect.x + rect.w - xCursor : widths[i]!;
        pieces.push({ owner: w.id, x: xCursor, y: rect.y, w: wdt, h: rect.h, levensfase: lf, soortHulp: sh });
        xCursor += wdt;
      });
    }

  const raster = rasterise(pieces);

  // Regions and where their name goes: top-left of their largest piece.
  const labelHost = new Map<string, (typeof pieces)[number]>();
  const regions: RegionLayout[] = wetten.map((w) => {
    const own = pieces.filter((p) => p.owner === w.id);
    if (!own.length) throw new KaartLayoutError(`wet "${w.id}" heeft geen gebied op de kaart (kaart.gebied)`);
    // The name goes at the top of the largest piece it fits in.
    const text = w.data.bestuurslaag === 'landelijk' ? `${w.data.kort} (landelijk)` : w.data.kort;
    const size = 17;
    const fits = own.filter((p) => p.w >= textWidth(text, size) + 2 * PAD + 8);
    const host = [...(fits.length ? fits : own)].sort((a, b) => b.w * b.h - a.w * a.h || a.x - b.x || a.y - b.y)[0]!;
    labelHost.set(w.id, host);
    const box = { x: host.x + PAD + 2, y: host.y + 4, w: textWidth(text, size) + 2, h: HEADER - 6 };
    return {
      wet: w.id,
      kort: w.data.kort,
      naam: w.data.naam,
      bestuurslaag: w.data.bestuurslaag,
      pieces: own.map(({ owner: _o, ...rest }) => rest),
      path: roundedPath(outline(raster, w.id), 10),
      label: { x: box.x, y: host.y + 4 + size, text, box },
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
  for (const piece of pieces) {
    const items = (byPiece.get(piece) ?? []).sort(
      (a, b) =>
        GRADE_ORDER[a.keuze.data.beleidsruimte] - GRADE_ORDER[b.keuze.data.beleidsruimte] ||
        a.keuze.data.volgorde - b.keuze.data.volgorde ||
        a.keuze.id.localeCompare(b.keuze.id),
    );
    if (!items.length) continue;
    const headerH = labelHost.get(piece.owner) === piece ? HEADER : 0;
    const area: Rect = { x: piece.x + PAD, y: piece.y + PAD + headerH, w: piece.w - 2 * PAD, h: piece.h - 2 * PAD - headerH };
    markers.push(...pack(items, area, piece));
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

  const buren = BUREN.filter((b) => !pieces.some((p) => p.levensfase === b.levensfase && p.soortHulp === b.soortHulp)).map((b) => ({
    label: b.label,
    sub: b.sub,
    rect: cellRect(b.levensfase, b.soortHulp),
  }));

  return {
    width,
    height,
    plot,
    columns,
    ticks: LEEFTIJDEN.map((label, i) => ({ x: x(i), label })).filter((t) => t.label),
    rows,
    buren,
    regions,
    markers,
    borders,
  };
}

function avg(ns: number[]): number {
  return ns.reduce((a, b) => a + b, 0) / ns.length;
}

/**
 * Places markers with their labels in a grid of slots inside `area`. Tries
 * one to four columns and two font sizes; takes the first arrangement in
 * which every label fits unshortened, else the one that shortens least.
 */
function pack(items: { keuze: Entry<Keuze>; verplaatst: boolean }[], area: Rect, piece: { owner: string; levensfase: string; soortHulp: string }): MarkerLayout[] {
  type Option = { cols: number; font: number; score: number; rowsH: number[]; slotW: number; labels: { lines: string[]; truncated: boolean }[] };
  // Every arrangement that fits is scored: shortened labels cost most, then
  // words broken with a hyphen, then extra lines; a larger font wins ties.
  let best: Option | undefined;
  for (const font of FONT) {
    const lineH = font + 2;
    for (let cols = 1; cols <= 4; cols++) {
      const slotW = area.w / cols;
      const textW = slotW - 2 * R - 8;
      if (textW < 40) break;
      const labels = items.map(({ keuze }) => {
        const text = keuze.data.kaart.label ?? keuze.data.onderwerp;
        const lines = wrap(text, textW, font);
        if (lines.length <= MAX_LINES) return { lines, truncated: false };
        let last = lines[MAX_LINES - 1]!;
        while (last.length > 1 && textWidth(`${last}…`, font) > textW) last = last.slice(0, -1);
        return { lines: [...lines.slice(0, MAX_LINES - 1), `${last.replace(/-$/, '').trimEnd()}…`], truncated: true };
      });
      const rows = Math.ceil(items.length / cols);
      const rowsH = Array.from({ length: rows }, (_, r) => Math.max(...labels.slice(r * cols, r * cols + cols).map((l) => l.lines.length)) * lineH + 8);
      if (rowsH.reduce((a, b) => a + b, 0) > area.h) continue;
      const broken = labels.reduce((n, l) => n + l.lines.filter((x) => x.endsWith('-')).length, 0);
      const lineCount = labels.reduce((n, l) => n + l.lines.length, 0);
      const score = labels.filter((l) => l.truncated).length * 1000 + broken * 50 + lineCount + (font === FONT[0] ? 0 : 5);
      if (!best || score < best.score) best = { cols, font, score, rowsH, slotW, labels };
    }
  }
  if (!best)
    throw new KaartLayoutError(
      `te veel keuzes (${items.length}) in één vak: wet "${piece.owner}", ${piece.levensfase} × ${piece.soortHulp}; verdeel ze over meer vakken (kaart.levensfase / kaart.soortHulp)`,
    );
  const { cols, font, rowsH, slotW, labels } = best;
  const lineH = font + 2;
  // Spread rows over the height, so markers do not bunch at the top.
  const spare = (area.h - rowsH.reduce((a, b) => a + b, 0)) / (rowsH.length + 1);
  const out: MarkerLayout[] = [];
  let yCursor = area.y + Math.min(spare, 14);
  rowsH.forEach((rowH, r) => {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const item = items[i];
      if (!item) break;
      const label = labels[i]!;
      const sx = area.x + c * slotW;
      const cx = sx + R + 1;
      const cy = yCursor + 4 + lineH / 2;
      const lx = cx + R + 5;
      const boxW = Math.max(...label.lines.map((l) => textWidth(l, font)));
      out.push({
        keuze: item.keuze.id,
        wet: wetOf(item.keuze.id),
        onderwerp: item.keuze.data.onderwerp,
        beleidsruimte: item.keuze.data.beleidsruimte,
        x: cx,
        y: cy,
        r: R,
        verplaatst: item.verplaatst,
        label: {
          lines: label.lines,
          x: lx,
          y: yCursor + 4 + font - 1,
          fontSize: font,
          lineHeight: lineH,
          box: { x: lx, y: yCursor + 4, w: boxW, h: label.lines.length * lineH },
          truncated: label.truncated,
        },
      });
    }
    yCursor += rowH + Math.min(spare, 14);
  });
  return out;
}
