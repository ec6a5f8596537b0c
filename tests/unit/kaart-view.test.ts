/**
 * The interactive kaart's maths, without a browser: the visible box for a
 * zoom, zooming about a point, panning, screen ↔ kaart units, opening a
 * crowded piece, and the gestures (wheel, pinch, drag) built on them.
 */
import { describe, expect, it } from 'vitest';
import { baseScale, binnen, clip, fitPoints, inBox, midden, normalise, openUpZoom, pan, toKaart, translateVan, tussen, viewBox, zoomTo, type Box } from '../../src/lib/kaart/view.ts';
import { anchor, isDrag, pinchOf, wheel } from '../../src/lib/kaart/gebaren.ts';
import { ZOOM_MAX } from '../../src/lib/kaart/state.ts';

const m = { W: 1200, H: 900 };
/** A 600 × 450 frame at (100, 50): exactly half size, no letterbox. */
const frame = { left: 100, top: 50, width: 600, height: 450 };
const near = (a: number[], b: number[]) => a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!, 6));

describe('view box', () => {
  it('is the whole kaart without zoom, and W/k × H/k around the centre with zoom', () => {
    expect(viewBox(m)).toEqual([0, 0, 1200, 900]);
    expect(viewBox(m, { k: 2, x: 600, y: 450 })).toEqual([300, 225, 600, 450]);
  });

  it('stays inside the kaart when the centre is near an edge', () => {
    expect(viewBox(m, { k: 2, x: 10, y: 890 })).toEqual([0, 450, 600, 450]);
  });

  it('normalises: the factor is clamped to 1–8, factor 1 is no zoom, the centre keeps the box inside', () => {
    expect(normalise(m, 1, 0, 0)).toBeUndefined();
    expect(normalise(m, 0.3, 600, 450)).toBeUndefined();
    expect(normalise(m, 50, 600, 450)).toEqual({ k: ZOOM_MAX, x: 600, y: 450 });
    expect(normalise(m, 2, 0, 2000)).toEqual({ k: 2, x: 300, y: 675 });
  });
});

describe('zoom and pan', () => {
  it('zooming about a point keeps that point where it is on screen', () => {
    const p = { x: 300, y: 200 };
    const before = viewBox(m);
    const z = zoomTo(m, undefined, 2, p)!;
    const after = viewBox(m, z);
    // The point's relative position in the visible box is the same before and after.
    expect((p.x - after[0]) / after[2]).toBeCloseTo((p.x - before[0]) / before[2], 6);
    expect((p.y - after[1]) / after[3]).toBeCloseTo((p.y - before[1]) / before[3], 6);
  });

  it('centreOn puts the point in the middle (as far as the edges allow)', () => {
    expect(zoomTo(m, undefined, 3, { x: 700, y: 400 }, true)).toEqual({ k: 3, x: 700, y: 400 });
    expect(zoomTo(m, undefined, 3, { x: 5, y: 5 }, true)).toEqual({ k: 3, x: 200, y: 150 });
  });

  it('zooming out to factor 1 or below is the whole kaart again', () => {
    expect(zoomTo(m, { k: 1.5, x: 600, y: 450 }, 1.5 / 1.5)).toBeUndefined();
  });

  it('pans a quarter of the visible box, and not at all without zoom', () => {
    expect(pan(m, undefined, 1, 0)).toBeUndefined();
    expect(pan(m, { k: 2, x: 600, y: 450 }, 1, 0)).toEqual({ k: 2, x: 750, y: 450 });
    expect(pan(m, { k: 2, x: 600, y: 450 }, 0, -1)).toEqual({ k: 2, x: 600, y: 337.5 });
    // At the edge it stops.
    expect(pan(m, { k: 2, x: 900, y: 450 }, 1, 0)).toEqual({ k: 2, x: 900, y: 450 });
  });
});

describe('screen and kaart units', () => {
  it('maps a screen point into the visible box, letterboxed frames included', () => {
    near(Object.values(toKaart(frame, viewBox(m), 100, 50)), [0, 0]);
    near(Object.values(toKaart(frame, viewBox(m), 400, 275)), [600, 450]);
    near(Object.values(toKaart(frame, [300, 225, 600, 450], 400, 275)), [600, 450]);
    // A frame twice as wide as needed: the kaart is centred with 300 px on each side.
    near(Object.values(toKaart({ left: 0, top: 0, width: 1200, height: 450 }, viewBox(m), 300, 0)), [0, 0]);
    expect(baseScale(frame, m)).toBe(0.5);
  });

  it('tells what is in view', () => {
    const b: Box = [300, 225, 600, 450];
    expect(inBox({ x: 310, y: 230 }, b)).toBe(true);
    expect(inBox({ x: 295, y: 230 }, b)).toBe(false);
    expect(inBox({ x: 295, y: 230 }, b, 10)).toBe(true);
    expect(clip([0, 0, 400, 300], b)).toEqual([300, 225, 100, 75]);
    expect(clip([0, 0, 100, 100], b)).toBeUndefined();
  });
});

describe('opening a crowded piece', () => {
  it('zooms until labels of font f render at the minimum size, centred on the piece', () => {
    // f = 7 units at 0.5 px per unit is 3.5 px; 14 px needs factor 4.
    expect(openUpZoom(m, undefined, 7, 0.5, 14, { x: 600, y: 450 })).toEqual({ k: 4, x: 600, y: 450 });
    // Already zoomed in further: the zoom does not go back.
    expect(openUpZoom(m, { k: 6, x: 600, y: 450 }, 7, 0.5, 14, { x: 600, y: 450 })!.k).toBe(6);
    // Beyond the limit it stops at the limit (the client then opens the piece anyway).
    expect(openUpZoom(m, undefined, 1, 0.5, 14, { x: 600, y: 450 })!.k).toBe(ZOOM_MAX);
  });

  it('fits a set of points with a margin', () => {
    const z = fitPoints(m, [{ x: 100, y: 100 }, { x: 300, y: 250 }], 50)!;
    const b = viewBox(m, z);
    for (const p of [{ x: 100, y: 100 }, { x: 300, y: 250 }]) expect(inBox(p, b)).toBe(true);
    expect(z.k).toBeCloseTo(Math.min(1200 / 300, 900 / 250), 6);
    expect(fitPoints(m, [], 10)).toBeUndefined();
  });
});

describe('gestures', () => {
  it('a plain wheel on the whole kaart scrolls the page and says how to zoom; Ctrl + wheel zooms', () => {
    expect(wheel(1, 100, false)).toEqual({ doe: 'hint' });
    const z = wheel(1, -100, true);
    expect(z.doe).toBe('zoom');
    expect(z.doe === 'zoom' && z.k).toBeGreaterThan(1);
    // Zoomed in, a plain wheel zooms; at the limit, zooming further in lets the page scroll.
    expect(wheel(2, 50, false).doe).toBe('zoom');
    expect(wheel(ZOOM_MAX, -50, false)).toEqual({ doe: 'pagina' });
    // A huge wheel step is capped.
    const a = wheel(2, 10_000, true);
    const b = wheel(2, 100, true);
    expect(a).toEqual(b);
  });

  it('anchor keeps the grabbed kaart point under the pointer (drag and pinch)', () => {
    const p = { x: 500, y: 400 };
    for (const k of [1.5, 2, 4]) {
      const at = { x: 380, y: 260 };
      const z = anchor(m, frame, k, p, at)!;
      near(Object.values(toKaart(frame, viewBox(m, z), at.x, at.y)), [p.x, p.y]);
    }
    // At factor 1 there is nothing to move.
    expect(anchor(m, frame, 1, p, { x: 0, y: 0 })).toBeUndefined();
  });

  it('pinch: distance and midpoint; a tiny move is a tap, not a drag', () => {
    expect(pinchOf({ x: 0, y: 0 }, { x: 30, y: 40 })).toEqual({ d: 50, mid: { x: 15, y: 20 } });
    expect(pinchOf({ x: 5, y: 5 }, { x: 5, y: 5 }).d).toBe(1);
    expect(isDrag({ x: 0, y: 0 }, { x: 3, y: 3 })).toBe(false);
    expect(isDrag({ x: 0, y: 0 }, { x: 6, y: 0 })).toBe(true);
  });
});

describe('boxes and points', () => {
  it('midden is the centre of a box', () => {
    expect(midden([100, 50, 200, 100])).toEqual({ x: 200, y: 100 });
  });

  it('binnen: a marker with its name is whole in the view, half a unit of rounding allowed', () => {
    const view: Box = [100, 100, 400, 300];
    expect(binnen([100, 100, 50, 20], view)).toBe(true);
    expect(binnen([99.6, 100, 50, 20], view)).toBe(true);
    expect(binnen([99, 100, 50, 20], view)).toBe(false);
    // Its name runs over the right edge: cut, so not whole.
    expect(binnen([460, 200, 60, 20], view)).toBe(false);
    expect(binnen([460, 200, 60, 20], view, 30)).toBe(true);
  });

  it('translateVan reads where a marker symbol sits, and nothing from other transforms', () => {
    expect(translateVan('translate(120.5 -30)')).toEqual({ x: 120.5, y: -30 });
    expect(translateVan('translate(1 2) scale(2)')).toEqual({ x: 1, y: 2 });
    expect(translateVan('scale(2)')).toBeUndefined();
    expect(translateVan('')).toBeUndefined();
  });

  it('tussen: the animated view box moves from one box to the other', () => {
    expect(tussen([0, 0, 1200, 900], [300, 225, 600, 450], 0)).toEqual([0, 0, 1200, 900]);
    expect(tussen([0, 0, 1200, 900], [300, 225, 600, 450], 0.5)).toEqual([150, 112.5, 900, 675]);
    expect(tussen([0, 0, 1200, 900], [300, 225, 600, 450], 1)).toEqual([300, 225, 600, 450]);
  });
});
