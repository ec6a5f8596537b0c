/**
 * Semantic zoom without a browser: when a full piece opens, and how far a tour step zooms so that its keuzes show
 * by name (src/lib/kaart/lod.ts).
 */
import { describe, expect, it } from 'vitest';
import { drempel, leesbaar, toonZoom, TOUR_PX, type ToonKeuze } from '../../src/lib/kaart/lod.ts';
import { viewBox, type Box } from '../../src/lib/kaart/view.ts';
import { ZOOM_MAX } from '../../src/lib/kaart/state.ts';

const m = { W: 1200, H: 900 };
const inView = ([x, y, w, h]: Box, [bx, by, bw, bh]: Box) => x >= bx - 1e-6 && y >= by - 1e-6 && x + w <= bx + bw + 1e-6 && y + h <= by + bh + 1e-6;
const keuze = (x: number, y: number, font = 12, open = true): ToonKeuze => ({
  box: open ? [x - 6, y - 6, 120, 20] : [0, 0, 0, 0],
  centre: { x, y },
  font,
});

describe('when a full piece opens', () => {
  it('needs larger labels on the beamer than on a laptop, and the least on a phone', () => {
    expect(drempel(true, 390)).toBe(16);
    expect(drempel(false, 1366)).toBe(14);
    expect(drempel(false, 1024)).toBe(14);
    expect(drempel(false, 1023)).toBe(12);
  });

  it('opens once the labels render at the threshold (a rounding hair below still counts)', () => {
    // Labels of 10 kaart units at 1.2 px per unit: 12 px.
    expect(leesbaar(10, 1.2, 12)).toBe(true);
    expect(leesbaar(10, 1.1995, 12)).toBe(true);
    expect(leesbaar(10, 1.1, 12)).toBe(false);
  });
});

describe("a tour step's zoom", () => {
  it('shows the whole kaart for a step without keuzes', () => {
    expect(toonZoom(m, [], [], undefined, 1, 14)).toEqual({ zoom: undefined, open: [] });
  });

  it('zooms until the labels reach the tour size, and keeps every keuze in view', () => {
    const ks = [keuze(300, 300), keuze(420, 360)];
    // 0.5 px per unit, labels of 12 units: 6 px at zoom 1, TOUR_PX needs zoom 4.
    const { zoom, open } = toonZoom(m, ks, [], undefined, 0.5, 14);
    expect(zoom!.k).toBeCloseTo(TOUR_PX / (12 * 0.5), 6);
    for (const k of ks) expect(inView(k.box, viewBox(m, zoom))).toBe(true);
    expect(open).toEqual([]);
  });

  it('zooms no further than all of its keuzes fit; a piece then still too small opens anyway', () => {
    const ks = [keuze(100, 100, 4), keuze(1000, 100, 4)];
    const { zoom, open } = toonZoom(m, ks, [{ id: 'wmo-thuis', lod: 4 }], undefined, 1, 14);
    // The labels would need 3.5×; the keuzes far apart allow only about 1.2×.
    expect(zoom!.k).toBeLessThan(1.3);
    for (const k of ks) expect(inView(k.box, viewBox(m, zoom))).toBe(true);
    expect(open).toEqual(['wmo-thuis']);
  });

  it('a piece that opens at the zoom chosen is not forced open', () => {
    const { zoom, open } = toonZoom(m, [keuze(600, 450, 10)], [{ id: 'a', lod: 10 }], undefined, 0.5, 14);
    expect(zoom!.k).toBeGreaterThanOrEqual(14 / (10 * 0.5) - 1e-9);
    expect(open).toEqual([]);
  });

  it('keeps the box `ook` (a casus route) in view too', () => {
    const ook: Box = [800, 600, 200, 100];
    const { zoom } = toonZoom(m, [keuze(300, 300)], [], ook, 0.5, 14);
    expect(inView(ook, viewBox(m, zoom))).toBe(true);
  });

  it('leaves room for the label of a keuze whose piece is still closed', () => {
    const { zoom } = toonZoom(m, [keuze(300, 300, 12, false)], [], undefined, 0.5, 14);
    // The label is drawn right of the symbol: up to 160 units of it must be in view.
    expect(inView([280, 280, 180, 50], viewBox(m, zoom))).toBe(true);
  });

  it('never zooms beyond the limit', () => {
    const { zoom } = toonZoom(m, [keuze(600, 450, 1)], [], undefined, 0.1, 14);
    expect(zoom!.k).toBeLessThanOrEqual(ZOOM_MAX);
  });
});
