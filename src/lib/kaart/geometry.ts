/**
 * Geometry for the kaart: regions are unions of axis-aligned rectangles.
 * A plane divided into rectangles owned by laws is rasterised into its
 * elementary cells (between all distinct x and y coordinates); outlines and
 * the borders between two owners are read off that raster, so every border
 * lies exactly between the two regions it separates.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OwnedRect extends Rect {
  owner: string;
}

/** A straight segment; for borders, `left`/`right` (or `above`/`below`) owners are recorded. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const EPS = 1e-6;
const uniq = (v: number[]) => [...new Set(v.map((n) => Math.round(n * 1000) / 1000))].sort((a, b) => a - b);

export interface Raster {
  xs: number[];
  ys: number[];
  /** owner per elementary cell, [row][col], or undefined */
  owner: (string | undefined)[][];
}

export function rasterise(rects: OwnedRect[]): Raster {
  const xs = uniq(rects.flatMap((r) => [r.x, r.x + r.w]));
  const ys = uniq(rects.flatMap((r) => [r.y, r.y + r.h]));
  const owner: (string | undefined)[][] = [];
  for (let j = 0; j < ys.length - 1; j++) {
    const row: (string | undefined)[] = [];
    const cy = (ys[j]! + ys[j + 1]!) / 2;
    for (let i = 0; i < xs.length - 1; i++) {
      const cx = (xs[i]! + xs[i + 1]!) / 2;
      row.push(rects.find((r) => cx > r.x && cx < r.x + r.w && cy > r.y && cy < r.y + r.h)?.owner);
    }
    owner.push(row);
  }
  return { xs, ys, owner };
}

const at = (r: Raster, j: number, i: number) => (j < 0 || i < 0 || j >= r.ys.length - 1 || i >= r.xs.length - 1 ? undefined : r.owner[j]![i]);

/** Joins touching collinear segments into longer ones. */
export function mergeSegments(segments: Segment[]): Segment[] {
  const horizontal = segments.filter((s) => Math.abs(s.y1 - s.y2) < EPS).map((s) => ({ ...s, x1: Math.min(s.x1, s.x2), x2: Math.max(s.x1, s.x2) }));
  const vertical = segments.filter((s) => Math.abs(s.x1 - s.x2) < EPS).map((s) => ({ ...s, y1: Math.min(s.y1, s.y2), y2: Math.max(s.y1, s.y2) }));
  const out: Segment[] = [];
  horizontal.sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1);
  for (const s of horizontal) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y1 - s.y1) < EPS && Math.abs(last.y2 - s.y2) < EPS && Math.abs(last.x2 - s.x1) < EPS && Math.abs(last.y1 - last.y2) < EPS) last.x2 = s.x2;
    else out.push({ ...s });
  }
  const vStart = out.length;
  vertical.sort((a, b) => a.x1 - b.x1 || a.y1 - b.y1);
  for (const s of vertical) {
    const last = out.length > vStart ? out[out.length - 1] : undefined;
    if (last && Math.abs(last.x1 - s.x1) < EPS && Math.abs(last.y2 - s.y1) < EPS) last.y2 = s.y2;
    else out.push({ ...s });
  }
  return out;
}

/** The segments where owner `a` meets owner `b` (either side). */
export function bordersBetween(r: Raster, a: string, b: string): Segment[] {
  const segs: Segment[] = [];
  const pair = (p: string | undefined, q: string | undefined) => (p === a && q === b) || (p === b && q === a);
  for (let j = 0; j < r.ys.length - 1; j++)
    for (let i = 0; i < r.xs.length - 1; i++) {
      // right edge of cell (j,i)
      if (pair(at(r, j, i), at(r, j, i + 1))) segs.push({ x1: r.xs[i + 1]!, y1: r.ys[j]!, x2: r.xs[i + 1]!, y2: r.ys[j + 1]! });
      // bottom edge of cell (j,i)
      if (pair(at(r, j, i), at(r, j + 1, i))) segs.push({ x1: r.xs[i]!, y1: r.ys[j + 1]!, x2: r.xs[i + 1]!, y2: r.ys[j + 1]! });
    }
  return mergeSegments(segs);
}

/**
 * The outline of everything `owner` holds, as closed loops of points
 * (clockwise in screen coordinates), collinear points removed.
 */
export function outline(r: Raster, owner: string): [number, number][][] {
  // Directed boundary edges with the owned cell on the right-hand side (screen coords, y down → clockwise).
  const edges = new Map<string, [number, number][]>();
  const key = (p: [number, number]) => `${p[0]},${p[1]}`;
  const add = (from: [number, number], to: [number, number]) => {
    const list = edges.get(key(from)) ?? [];
    list.push(to);
    edges.set(key(from), list);
  };
  for (let j = 0; j < r.ys.length - 1; j++)
    for (let i = 0; i < r.xs.length - 1; i++) {
      if (at(r, j, i) !== owner) continue;
      const [x0, x1, y0, y1] = [r.xs[i]!, r.xs[i + 1]!, r.ys[j]!, r.ys[j + 1]!];
      if (at(r, j - 1, i) !== owner) add([x0, y0], [x1, y0]);
      if (at(r, j, i + 1) !== owner) add([x1, y0], [x1, y1]);
      if (at(r, j + 1, i) !== owner) add([x1, y1], [x0, y1]);
      if (at(r, j, i - 1) !== owner) add([x0, y1], [x0, y0]);
    }
  const loops: [number, number][][] = [];
  const starts = [...edges.keys()].sort();
  for (const startKey of starts) {
    while ((edges.get(startKey)?.length ?? 0) > 0) {
      const start = startKey.split(',').map(Number) as [number, number];
      const loop: [number, number][] = [start];
      let cur = start;
      for (let guard = 0; guard < 100000; guard++) {
        const list = edges.get(key(cur))!;
        const next = list.shift()!;
        if (key(next) === startKey) break;
        loop.push(next);
        cur = next;
      }
      loops.push(simplify(loop));
    }
  }
  return loops;
}

function simplify(loop: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  const n = loop.length;
  for (let k = 0; k < n; k++) {
    const prev = loop[(k - 1 + n) % n]!;
    const cur = loop[k]!;
    const next = loop[(k + 1) % n]!;
    const collinear = (Math.abs(prev[0] - cur[0]) < EPS && Math.abs(cur[0] - next[0]) < EPS) || (Math.abs(prev[1] - cur[1]) < EPS && Math.abs(cur[1] - next[1]) < EPS);
    if (!collinear) out.push(cur);
  }
  return out;
}

/**
 * SVG path of closed loops with rounded corners of radius `radius` (smaller
 * where an edge is short), so regions read as shapes on a map.
 */
export function roundedPath(loops: [number, number][][], radius: number): string {
  const f = (n: number) => String(Math.round(n * 100) / 100);
  return loops
    .map((loop) => {
      const n = loop.length;
      const parts: string[] = [];
      for (let k = 0; k < n; k++) {
        const prev = loop[(k - 1 + n) % n]!;
        const cur = loop[k]!;
        const next = loop[(k + 1) % n]!;
        const dIn = Math.hypot(cur[0] - prev[0], cur[1] - prev[1]);
        const dOut = Math.hypot(next[0] - cur[0], next[1] - cur[1]);
        const rr = Math.min(radius, dIn / 2, dOut / 2);
        const a: [number, number] = [cur[0] - ((cur[0] - prev[0]) / dIn) * rr, cur[1] - ((cur[1] - prev[1]) / dIn) * rr];
        const b: [number, number] = [cur[0] + ((next[0] - cur[0]) / dOut) * rr, cur[1] + ((next[1] - cur[1]) / dOut) * rr];
        parts.push(`${k === 0 ? 'M' : 'L'}${f(a[0])},${f(a[1])}Q${f(cur[0])},${f(cur[1])} ${f(b[0])},${f(b[1])}`);
      }
      return `${parts.join('')}Z`;
    })
    .join('');
}

export const segmentsPath = (segs: Segment[]) =>
  segs.map((s) => `M${Math.round(s.x1 * 100) / 100},${Math.round(s.y1 * 100) / 100}L${Math.round(s.x2 * 100) / 100},${Math.round(s.y2 * 100) / 100}`).join('');

export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Does the segment cross or touch the inside of the rectangle? */
export function segmentHitsRect(s: Segment, r: Rect): boolean {
  if (Math.abs(s.y1 - s.y2) < EPS) return s.y1 > r.y && s.y1 < r.y + r.h && Math.max(s.x1, s.x2) > r.x && Math.min(s.x1, s.x2) < r.x + r.w;
  return s.x1 > r.x && s.x1 < r.x + r.w && Math.max(s.y1, s.y2) > r.y && Math.min(s.y1, s.y2) < r.y + r.h;
}
