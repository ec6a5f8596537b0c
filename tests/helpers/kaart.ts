/** Geometry checks on a computed kaart layout, shared by the layout tests (real content and synthetic growth). */
import { outline, overlaps, rasterise, segmentHitsRect, type Rect, type Segment } from '../../src/lib/kaart/geometry.ts';
import type { KaartLayout } from '../../src/lib/kaart/layout.ts';

export const within = (p: { x: number; y: number }, r: Rect, margin = 0) =>
  p.x >= r.x + margin && p.x <= r.x + r.w - margin && p.y >= r.y + margin && p.y <= r.y + r.h - margin;
export const boxWithin = (b: Rect, r: Rect) => b.x >= r.x - 0.01 && b.y >= r.y - 0.01 && b.x + b.w <= r.x + r.w + 0.01 && b.y + b.h <= r.y + r.h + 0.01;

/** Which wet owns the point, by the layout's own pieces. */
export function ownerAt(l: KaartLayout, x: number, y: number): string | undefined {
  return l.regions.find((r) => r.pieces.some((p) => x > p.x && x < p.x + p.w && y > p.y && y < p.y + p.h))?.wet;
}

/** Every edge of every region outline, as segments. */
export function outlineSegments(l: KaartLayout): Segment[] {
  const raster = rasterise(l.regions.flatMap((r) => r.pieces.map((p) => ({ ...p, owner: r.wet }))));
  return l.regions.flatMap((r) =>
    outline(raster, r.wet).flatMap((loop) =>
      loop.map((pt, i) => {
        const next = loop[(i + 1) % loop.length]!;
        return { x1: pt[0], y1: pt[1], x2: next[0], y2: next[1] };
      }),
    ),
  );
}

/** Pairs of boxes that overlap, by id. */
export function clashes(boxes: { id: string; box: Rect }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!.box, boxes[j]!.box)) out.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
  return out;
}

/** Boxes that a border or region edge crosses. */
export function crossings(l: KaartLayout, boxes: { id: string; box: Rect }[]): string[] {
  const edges = [...outlineSegments(l), ...l.borders.flatMap((b) => b.segments)];
  return boxes.flatMap((b) => edges.filter((e) => segmentHitsRect(e, b.box)).map((e) => `${b.id} × ${JSON.stringify(e)}`));
}
