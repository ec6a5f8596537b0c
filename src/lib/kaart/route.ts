/**
 * A casus route on the kaart: the path a person takes through the laws
 * (content/casussen/*.mdx, field `route`), drawn as numbered steps joined by
 * arrows across the regions. Pure: from the layout geometry to SVG markup,
 * so the casus page, the presentation mode and the snapshot test draw the
 * same thing. (Issue 13, werksessie.)
 *
 * A step sits on its keuze's marker when it names one, otherwise in the
 * middle of its wet's largest piece. A step that returns to a place already
 * visited is moved a little aside, so "heen en weer" shows as separate
 * numbers; each leg bends to its own side, so A→B and B→A do not overlap.
 */
import type { Casus } from '../content/schema.ts';
import { esc, r2 } from '../svg.ts';
import { tekstBreedte } from '../tekst/meten.ts';
import { overlaps, type Rect } from './geometry.ts';
import type { KaartLayout } from './layout.ts';
import type { KaartOverlay } from './render/overlays.ts';

export type Route = NonNullable<Casus['route']>;

export interface RoutePunt {
  nummer: number;
  wet: string;
  keuze?: string;
  x: number;
  y: number;
  label: string;
}

const STAP_R = 15;
const LABEL_SIZE = 14;
const BEND = 0.18;
export const ROUTE_KLEUR = '#6a1b9a';

/** Where each step of a route lies on the kaart, in the order given. */
export function routePunten(layout: KaartLayout, route: Route): RoutePunt[] {
  const used: { x: number; y: number }[] = [];
  // What a step circle must not cover: names, markers, region names, count boxes, other steps.
  const bezet: Rect[] = [
    ...layout.markers.flatMap((m) => [m.label.box, { x: m.x - m.r - 3, y: m.y - m.r - 3, w: 2 * m.r + 6, h: 2 * m.r + 6 }]),
    ...layout.regions.map((r) => r.label.box),
    ...layout.vakken.flatMap((v) => (v.samenvatting ? [v.samenvatting.box] : [])),
  ];
  const M = STAP_R + 4;
  const vrij = (x: number, y: number) =>
    !bezet.some((r) => overlaps({ x: x - M, y: y - M, w: 2 * M, h: 2 * M }, r)) && !used.some((p) => Math.hypot(p.x - x, p.y - y) < STAP_R * 2.2);
  /** The free spot nearest to (x, y) inside the region's pieces, or undefined. */
  const vrijePlek = (pieces: Rect[], x: number, y: number) => {
    const kandidaten: { x: number; y: number; d: number }[] = [];
    for (const p of pieces)
      for (let cx = p.x + M; cx <= p.x + p.w - M; cx += 6)
        for (let cy = p.y + M; cy <= p.y + p.h - M; cy += 6) kandidaten.push({ x: cx, y: cy, d: Math.hypot(cx - x, cy - y) });
    return kandidaten.sort((a, b) => a.d - b.d).find((k) => vrij(k.x, k.y));
  };
  return route.map((stap, i) => {
    const region = layout.regions.find((r) => r.wet === stap.wet);
    if (!region) throw new Error(`route: de wet "${stap.wet}" staat niet op de kaart`);
    const marker = stap.keuze ? layout.markers.find((m) => m.keuze === stap.keuze) : undefined;
    let x: number;
    let y: number;
    if (marker && !used.some((p) => Math.hypot(p.x - marker.x, p.y - marker.y) < STAP_R * 2.2)) {
      // On its keuze's marker (which it covers on purpose).
      x = marker.x;
      y = marker.y;
    } else {
      // In the region: the free spot nearest to the keuze (a return visit) or to the middle of the largest piece.
      const piece = [...region.pieces].sort((a, b) => b.w * b.h - a.w * a.h)[0]!;
      const doel = marker ?? { x: piece.x + piece.w / 2, y: piece.y + piece.h / 2 };
      const plek = vrijePlek(region.pieces, doel.x, doel.y);
      x = plek?.x ?? doel.x;
      y = plek?.y ?? doel.y;
      // Never two steps on one spot, even where no free spot was found.
      for (let tries = 0; used.some((p) => Math.hypot(p.x - x, p.y - y) < STAP_R * 2.2) && tries < 8; tries++) {
        x += STAP_R * 1.6;
        y += STAP_R * 1.6;
      }
    }
    used.push({ x, y });
    return { nummer: i + 1, wet: stap.wet, keuze: stap.keuze, x, y, label: stap.label ?? region.kort };
  });
}

/** A leg from a to b as a quadratic curve, bent to the left of its direction and stopping at the circles. */
function leg(a: RoutePunt, b: RoutePunt): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const sx = a.x + ux * STAP_R;
  const sy = a.y + uy * STAP_R;
  const ex = b.x - ux * (STAP_R + 4);
  const ey = b.y - uy * (STAP_R + 4);
  const cx = (a.x + b.x) / 2 + uy * len * BEND;
  const cy = (a.y + b.y) / 2 - ux * len * BEND;
  return `M${r2(sx)} ${r2(sy)}Q${r2(cx)} ${r2(cy)} ${r2(ex)} ${r2(ey)}`;
}

export interface RouteOpties {
  /** Prefix for ids inside the SVG (unique per page). */
  id?: string;
  casus: string;
  titel: string;
  /** Font size of the step labels (14 on the page; larger in presentation mode). */
  labelSize?: number;
}

/** The route as an SVG group to place as the last child of the kaart's <svg>. */
export function renderRoute(layout: KaartLayout, route: Route, opties: RouteOpties): string {
  const id = `${opties.id ?? 'kaart'}-route-${opties.casus}`;
  const punten = routePunten(layout, route);
  const size = opties.labelSize ?? LABEL_SIZE;
  const out: string[] = [];
  out.push(`<g class="kaart-route" data-casus="${esc(opties.casus)}" aria-label="${esc(`Route: ${opties.titel}`)}" role="group">`);
  out.push(
    `<defs><marker id="${id}-pijl" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${ROUTE_KLEUR}"/></marker></defs>`,
  );
  for (let i = 1; i < punten.length; i++) {
    const d = leg(punten[i - 1]!, punten[i]!);
    out.push(`<path class="route-halo" d="${d}" fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round" aria-hidden="true"/>`);
    out.push(
      `<path class="route-been" data-van="${i}" d="${d}" fill="none" stroke="${ROUTE_KLEUR}" stroke-width="4" stroke-linecap="round" stroke-dasharray="10 5" marker-end="url(#${id}-pijl)" aria-hidden="true"/>`,
    );
  }
  // Each label goes where it covers no kaart label, marker or other step: right, left, below or above its circle.
  const taken: Rect[] = [
    ...layout.markers.flatMap((m) => [m.label.box, { x: m.x - m.r - 3, y: m.y - m.r - 3, w: 2 * m.r + 6, h: 2 * m.r + 6 }]),
    ...layout.regions.map((r) => r.label.box),
    ...layout.vakken.flatMap((v) => (v.samenvatting ? [v.samenvatting.box] : [])),
    ...punten.map((p) => ({ x: p.x - STAP_R, y: p.y - STAP_R, w: 2 * STAP_R, h: 2 * STAP_R })),
    // The axes: their labels live in the margins left of and below the plot.
    { x: 0, y: 0, w: layout.plot.x, h: layout.height },
    { x: 0, y: layout.plot.y + layout.plot.h, w: layout.width, h: layout.height - layout.plot.y - layout.plot.h },
    // Scheidslijnen: a label never sits across one.
    ...layout.borders.flatMap((b) => b.segments.map((g) => ({ x: Math.min(g.x1, g.x2) - 3, y: Math.min(g.y1, g.y2) - 3, w: Math.abs(g.x2 - g.x1) + 6, h: Math.abs(g.y2 - g.y1) + 6 }))),
  ];
  for (const p of punten) {
    const w = tekstBreedte(p.label, size, 700) + 10;
    const h = size + 8;
    const kandidaten: Rect[] = [
      { x: p.x + STAP_R + 4, y: p.y - h / 2, w, h },
      { x: p.x - STAP_R - 4 - w, y: p.y - h / 2, w, h },
      { x: p.x - w / 2, y: p.y + STAP_R + 4, w, h },
      { x: p.x - w / 2, y: p.y - STAP_R - 4 - h, w, h },
      { x: p.x + STAP_R * 0.7, y: p.y + STAP_R * 0.7, w, h },
      { x: p.x + STAP_R * 0.7, y: p.y - STAP_R * 0.7 - h, w, h },
      { x: p.x - STAP_R * 0.7 - w, y: p.y + STAP_R * 0.7, w, h },
      { x: p.x - STAP_R * 0.7 - w, y: p.y - STAP_R * 0.7 - h, w, h },
      // Further out, when all close places are taken.
      ...[1.5, 2.5].flatMap((f) => [
        { x: p.x - w / 2, y: p.y + STAP_R * f + 4, w, h },
        { x: p.x - w / 2, y: p.y - STAP_R * f - 4 - h, w, h },
        { x: p.x + STAP_R * f + 4, y: p.y - h / 2, w, h },
        { x: p.x - STAP_R * f - 4 - w, y: p.y - h / 2, w, h },
      ]),
    ].filter((b) => b.x >= 0 && b.y >= 0 && b.x + b.w <= layout.width && b.y + b.h <= layout.height);
    const cover = (b: Rect) => taken.reduce((a, t) => a + Math.max(0, Math.min(b.x + b.w, t.x + t.w) - Math.max(b.x, t.x)) * Math.max(0, Math.min(b.y + b.h, t.y + t.h) - Math.max(b.y, t.y)), 0);
    let box = [...kandidaten].sort((a, b) => cover(a) - cover(b))[0] ?? { x: p.x + STAP_R + 4, y: p.y - h / 2, w, h };
    if (cover(box) > 0) {
      // Every place beside the circle is taken: the nearest free place around it, joined to the circle by a line.
      const verder: (Rect & { d: number })[] = [];
      for (let dx = -260; dx <= 260; dx += 10)
        for (let dy = -160; dy <= 160; dy += 8) {
          const b = { x: p.x + dx - w / 2, y: p.y + dy - h / 2, w, h };
          if (b.x >= 0 && b.y >= 0 && b.x + b.w <= layout.width && b.y + b.h <= layout.height) verder.push({ ...b, d: Math.hypot(dx, dy) });
        }
      const vrij = verder.sort((a, b) => a.d - b.d).find((b) => cover(b) === 0);
      if (vrij) box = { x: vrij.x, y: vrij.y, w, h };
    }
    taken.push(box);
    // A step on a keuze covers that keuze's marker on purpose (data-bedekt), never the start of its name.
    const marker = p.keuze ? layout.markers.find((m) => m.keuze === p.keuze && m.x === p.x && m.y === p.y) : undefined;
    const r = marker ? Math.min(STAP_R, marker.label.x - marker.x - 3.5) : STAP_R;
    const nummerSize = Math.min(17, r * 1.15);
    out.push(`<g class="route-stap" data-stap="${p.nummer}" data-wet="${esc(p.wet)}"${marker ? ` data-bedekt="keuze:${esc(marker.keuze)}"` : ''} transform="translate(${r2(p.x)} ${r2(p.y)})">`);
    const bx = Math.max(box.x, Math.min(p.x, box.x + w));
    const by = Math.max(box.y, Math.min(p.y, box.y + h));
    if (Math.hypot(bx - p.x, by - p.y) > r + 8) out.push(`<line class="route-verwijzing" x1="0" y1="0" x2="${r2(bx - p.x)}" y2="${r2(by - p.y)}" stroke="${ROUTE_KLEUR}" stroke-width="2"/>`);
    out.push(`<circle r="${r2(r)}" fill="${ROUTE_KLEUR}" stroke="#ffffff" stroke-width="3"/>`);
    out.push(`<text y="${r2(nummerSize * 0.35)}" text-anchor="middle" font-size="${r2(nummerSize)}" font-weight="bold" fill="#ffffff">${p.nummer}</text>`);
    out.push(`<rect x="${r2(box.x - p.x)}" y="${r2(box.y - p.y)}" width="${r2(w)}" height="${r2(h)}" rx="4" fill="#ffffff" stroke="${ROUTE_KLEUR}" stroke-width="1.5"/>`);
    out.push(`<text class="route-label" x="${r2(box.x - p.x + 5)}" y="${r2(box.y - p.y + h / 2 + size * 0.36)}" font-size="${size}" font-weight="bold" fill="#1b1b1f">${esc(p.label)}</text>`);
    out.push(`</g>`);
  }
  out.push(`</g>`);
  return out.join('\n');
}

/** The route as an overlay for the renderer (renderKaartSvg(…, { overlays: [routeOverlay(…)] })). */
export function routeOverlay(route: Route, opties: RouteOpties): KaartOverlay {
  return { id: `route-${opties.casus}`, svg: (layout) => renderRoute(layout, route, opties) };
}

/**
 * The kaart SVG with a route drawn on top (inserted before the closing tag). Only for markup made
 * elsewhere (the presentation mode adds a tour step's route to the page's kaart); use routeOverlay when rendering.
 */
export function withRoute(svg: string, routeSvg: string): string {
  const end = svg.lastIndexOf('</svg>');
  return `${svg.slice(0, end)}${routeSvg}\n${svg.slice(end)}`;
}
