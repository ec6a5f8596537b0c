/**
 * View-box maths of the interactive kaart: zoom, pan and the mapping between
 * screen points and kaart units. Pure (no DOM), so every rule is unit-tested
 * (tests/unit/kaart-view.test.ts); the client script only applies the result.
 *
 * A zoom is { k, x, y }: factor k (1–8) and the centre of the visible box in
 * kaart units. No zoom (undefined) is the whole kaart.
 */
import { ZOOM_MAX, ZOOM_MIN, type KaartState } from './state.ts';

export type Zoom = NonNullable<KaartState['zoom']>;
export interface Punt {
  x: number;
  y: number;
}
/** The kaart's size in kaart units (the SVG's own viewBox). */
export interface Maat {
  W: number;
  H: number;
}
export type Box = [x: number, y: number, w: number, h: number];

export const clampZoomFactor = (k: number) => Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, k));

/** The visible box for a zoom: w = W/k, h = H/k around the centre, kept inside the kaart. */
export function viewBox(m: Maat, z?: Zoom): Box {
  const { k, x: cx, y: cy } = z ?? { k: 1, x: m.W / 2, y: m.H / 2 };
  const w = m.W / k;
  const h = m.H / k;
  return [Math.max(0, Math.min(m.W - w, cx - w / 2)), Math.max(0, Math.min(m.H - h, cy - h / 2)), w, h];
}

/** A zoom with its factor clamped and its centre kept so the box stays inside the kaart; factor 1 is no zoom. */
export function normalise(m: Maat, k: number, x: number, y: number): Zoom | undefined {
  const nk = clampZoomFactor(k);
  if (nk <= ZOOM_MIN) return undefined;
  const w = m.W / nk;
  const h = m.H / nk;
  return { k: nk, x: Math.max(w / 2, Math.min(m.W - w / 2, x)), y: Math.max(h / 2, Math.min(m.H - h / 2, y)) };
}

/**
 * Zooms to factor k. With a point p (kaart units): `centreOn` puts p in the middle, otherwise p stays where it is
 * on screen (the box's centre moves towards p by the zoom ratio). Without p, around the current centre.
 */
export function zoomTo(m: Maat, z: Zoom | undefined, k: number, p?: Punt, centreOn = false): Zoom | undefined {
  const from = z ?? { k: 1, x: m.W / 2, y: m.H / 2 };
  const nk = clampZoomFactor(k);
  const [bx, by, bw, bh] = viewBox(m, z);
  const cx = bx + bw / 2;
  const cy = by + bh / 2;
  const f = from.k / nk;
  const x = p ? (centreOn ? p.x : p.x + (cx - p.x) * f) : cx;
  const y = p ? (centreOn ? p.y : p.y + (cy - p.y) * f) : cy;
  return normalise(m, nk, x, y);
}

/** Pans a quarter of the visible box in a direction (dx, dy in −1, 0, 1). Without zoom there is nothing to pan. */
export function pan(m: Maat, z: Zoom | undefined, dx: number, dy: number): Zoom | undefined {
  if (!z) return undefined;
  const [bx, by, bw, bh] = viewBox(m, z);
  return normalise(m, z.k, bx + bw / 2 + dx * bw * 0.25, by + bh / 2 + dy * bh * 0.25);
}

/** The frame of the SVG on screen. */
export interface Scherm {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A screen point in kaart units, for a box drawn into a frame with preserveAspectRatio="xMidYMid meet". */
export function toKaart(frame: Scherm, box: Box, clientX: number, clientY: number): Punt {
  const [bx, by, bw, bh] = box;
  const scale = Math.min(frame.width / bw, frame.height / bh);
  const ox = frame.left + (frame.width - bw * scale) / 2;
  const oy = frame.top + (frame.height - bh * scale) / 2;
  return { x: bx + (clientX - ox) / scale, y: by + (clientY - oy) / scale };
}

/** CSS px per kaart unit at zoom 1 (the whole kaart drawn into the frame). */
export const baseScale = (frame: Pick<Scherm, 'width' | 'height'>, m: Maat) => Math.min(frame.width / m.W, frame.height / m.H) || 1;

/** The centre of a box. */
export const midden = ([x, y, w, h]: Box): Punt => ({ x: x + w / 2, y: y + h / 2 });

/** Whether rectangle r lies wholly in the box, give or take `margin` (a marker and its name, not cut by the view). */
export const binnen = (r: Box, [bx, by, bw, bh]: Box, margin = 0.5) =>
  r[0] >= bx - margin && r[1] >= by - margin && r[0] + r[2] <= bx + bw + margin && r[1] + r[3] <= by + bh + margin;

/** The point of an SVG `translate(x y)` transform (where a marker's symbol sits), or undefined. */
export function translateVan(transform: string): Punt | undefined {
  const m = /translate\(([\d.-]+) ([\d.-]+)\)/.exec(transform);
  return m ? { x: Number(m[1]), y: Number(m[2]) } : undefined;
}

/** A step of the zoom animation: the box a fraction p (0–1) of the way from `from` to `to`. */
export const tussen = (from: readonly number[], to: readonly number[], p: number) => from.map((f, i) => f + (to[i]! - f) * p);

/** Whether a point lies in the box, with a margin (kaart units). */
export const inBox = (p: Punt, [bx, by, bw, bh]: Box, margin = 0) => p.x >= bx - margin && p.y >= by - margin && p.x <= bx + bw + margin && p.y <= by + bh + margin;

/** The part of rectangle r inside the box, or undefined when they do not meet. */
export function clip(r: Box, box: Box): Box | undefined {
  const x0 = Math.max(r[0], box[0]);
  const y0 = Math.max(r[1], box[1]);
  const x1 = Math.min(r[0] + r[2], box[0] + box[2]);
  const y1 = Math.min(r[1] + r[3], box[1] + box[3]);
  return x1 > x0 && y1 > y0 ? [x0, y0, x1 - x0, y1 - y0] : undefined;
}

/**
 * The zoom at which a crowded piece opens: its labels (font f kaart units) must render at `minPx` CSS px, with
 * `scale` CSS px per kaart unit at zoom 1. Rounded up to 0.05 so the piece is surely open; centred on p.
 */
export function openUpZoom(m: Maat, z: Zoom | undefined, f: number, scale: number, minPx: number, p: Punt): Zoom | undefined {
  const need = minPx / (f * scale);
  return zoomTo(m, z, Math.max(z?.k ?? 1, Math.ceil(need * 20) / 20), p, true);
}

/** The smallest zoom that shows every point with a margin (a tour step's keuzes), centred on them. */
export function fitPoints(m: Maat, pts: Punt[], margin: number): Zoom | undefined {
  if (!pts.length) return undefined;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x0 = Math.min(...xs) - margin;
  const x1 = Math.max(...xs) + margin;
  const y0 = Math.min(...ys) - margin;
  const y1 = Math.max(...ys) + margin;
  const k = Math.min(m.W / (x1 - x0), m.H / (y1 - y0));
  return normalise(m, k, (x0 + x1) / 2, (y0 + y1) / 2);
}
