/**
 * The kaart layout, computed from the real content and from fixtures:
 * regions non-empty, markers inside their own law's region, every
 * scheidslijn between exactly its two laws, no overlapping labels,
 * nothing crossing a border, and the same content giving the same layout.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLayout, KaartLayoutError, type KaartLayout } from '../../src/lib/kaart/layout.ts';
import { overlaps, segmentHitsRect } from '../../src/lib/kaart/geometry.ts';
import { boxWithin, outlineSegments, ownerAt, within } from '../helpers/kaart.ts';
import { renderKaartSvg } from '../../src/lib/kaart/svg.ts';
import { loadContent } from '../helpers/content.ts';
import { contentWith } from '../helpers/fixtures.ts';

const content = loadContent('content');
const layout = computeLayout(content);

describe('kaart layout of the content', () => {
  it('has a non-empty region for each of the five wetten', () => {
    expect(layout.regions.map((r) => r.wet).sort()).toEqual(['jeugdwet', 'participatiewet', 'wlz', 'wmo', 'zvw']);
    for (const r of layout.regions) {
      expect(r.pieces.length, r.wet).toBeGreaterThan(0);
      expect(r.pieces.reduce((a, p) => a + p.w * p.h, 0), r.wet).toBeGreaterThan(10_000);
      expect(r.path).toMatch(/^M[\d.]+,[\d.]+/);
    }
  });

  it('groups the regions into gemeentelijk and landelijk', () => {
    const by = (laag: string) => layout.regions.filter((r) => r.bestuurslaag === laag).map((r) => r.wet).sort();
    expect(by('gemeentelijk')).toEqual(['jeugdwet', 'participatiewet', 'wmo']);
    expect(by('landelijk')).toEqual(['wlz', 'zvw']);
  });

  it('has a marker for every keuze, at least 25', () => {
    expect(layout.markers.length).toBe(content.keuzes.length);
    expect(layout.markers.length).toBeGreaterThanOrEqual(25);
    expect(new Set(layout.markers.map((m) => m.keuze)).size).toBe(content.keuzes.length);
  });

  it('puts every marker inside its own law’s region', () => {
    for (const m of layout.markers) {
      const region = layout.regions.find((r) => r.wet === m.wet)!;
      const piece = region.pieces.find((p) => within(m, p, m.r));
      expect(piece, `${m.keuze} at ${m.x},${m.y}`).toBeDefined();
      expect(ownerAt(layout, m.x, m.y)).toBe(m.wet);
    }
  });

  it('keeps markers in the cell of their levensfase and soort hulp', () => {
    const moved = layout.markers.filter((m) => m.verplaatst).map((m) => m.keuze);
    expect(moved).toEqual([]);
  });

  it('draws every scheidslijn between exactly its two laws', () => {
    expect(layout.borders.map((b) => b.scheidslijn).sort()).toEqual(content.scheidslijnen.map((s) => s.id).sort());
    for (const b of layout.borders) {
      expect(b.segments.length, b.scheidslijn).toBeGreaterThan(0);
      for (const s of b.segments) {
        const mx = (s.x1 + s.x2) / 2;
        const my = (s.y1 + s.y2) / 2;
        const vertical = s.x1 === s.x2;
        const sides = vertical ? [ownerAt(layout, mx - 2, my), ownerAt(layout, mx + 2, my)] : [ownerAt(layout, mx, my - 2), ownerAt(layout, mx, my + 2)];
        expect(sides.sort(), `${b.scheidslijn} segment ${JSON.stringify(s)}`).toEqual([...b.tussen].sort());
        expect(Math.hypot(s.x2 - s.x1, s.y2 - s.y1)).toBeGreaterThan(10);
      }
    }
  });

  it('overlaps no two labels, and no label with a marker', () => {
    const boxes = [
      ...layout.markers.map((m) => ({ id: m.keuze, box: m.label.box })),
      ...layout.regions.map((r) => ({ id: `regio ${r.wet}`, box: r.label.box })),
    ];
    const markers = layout.markers.map((m) => ({ id: m.keuze, box: { x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r } }));
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!.box, boxes[j]!.box)) clashes.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
      for (const m of markers) if (overlaps(boxes[i]!.box, m.box)) clashes.push(`${boxes[i]!.id} × marker ${m.id}`);
    }
    expect(clashes).toEqual([]);
  });

  it('lets no label cross a border or a region edge, and keeps labels in their own region', () => {
    const edges = [...outlineSegments(layout), ...layout.borders.flatMap((b) => b.segments)];
    const crossing: string[] = [];
    for (const m of layout.markers) {
      for (const e of edges) if (segmentHitsRect(e, m.label.box)) crossing.push(`${m.keuze} × ${JSON.stringify(e)}`);
      const region = layout.regions.find((r) => r.wet === m.wet)!;
      expect(region.pieces.some((p) => boxWithin(m.label.box, p)), `${m.keuze} label in its region`).toBe(true);
    }
    for (const r of layout.regions) {
      for (const e of edges) if (segmentHitsRect(e, r.label.box)) crossing.push(`regio ${r.wet} × ${JSON.stringify(e)}`);
      expect(r.pieces.some((p) => boxWithin(r.label.box, p)), `name of ${r.wet} in its region`).toBe(true);
    }
    expect(crossing).toEqual([]);
  });

  it('shortens no label', () => {
    expect(layout.markers.filter((m) => m.label.truncated).map((m) => m.keuze)).toEqual([]);
  });

  it('is deterministic: the same content, in any order, gives the same layout and SVG', () => {
    const again = computeLayout(loadContent('content'));
    expect(again).toEqual(layout);
    const shuffled = computeLayout({
      wetten: [...content.wetten].reverse(),
      keuzes: [...content.keuzes].reverse(),
      scheidslijnen: [...content.scheidslijnen].reverse(),
    });
    const keuzes = new Map(content.keuzes.map((k) => [k.id, k.data]));
    expect(renderKaartSvg(shuffled, keuzes)).toBe(renderKaartSvg(layout, keuzes));
  });
});

describe('kaart layout is driven by the content', () => {
  it('shows a keuze added in content/ with no code change', () => {
    const dir = contentWith();
    const before = computeLayout(loadContent(dir));
    cpSync(`${dir}/keuzes/wmo/eigen-bijdrage.yaml`, `${dir}/keuzes/wmo/mantelzorg.yaml`);
    const after = computeLayout(loadContent(dir));
    expect(after.markers.length).toBe(before.markers.length + 1);
    expect(after.markers.map((m) => m.keuze)).toContain('wmo/mantelzorg');
  });

  it('stops with a clear message when a scheidslijn joins two regions that do not touch', () => {
    const dir = contentWith();
    writeFileSync(
      `${dir}/wetten/wmo.mdx`,
      readFileSync(`${dir}/wetten/wmo.mdx`, 'utf8')
        .replace(/    - levensfasen: \[oudere\]\n      soortenHulp: \[zorg\]\n/, ''),
    );
    expect(() => computeLayout(loadContent(dir))).toThrow(KaartLayoutError);
    expect(() => computeLayout(loadContent(dir))).toThrow(/scheidslijn "wmo-wlz": de gebieden van wmo en wlz raken elkaar niet/);
  });
});
