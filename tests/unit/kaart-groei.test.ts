/**
 * The kaart grows with its content: synthetic content at 1× and 5× today's
 * keuzes (up to 55 in one cell), in both layouts. It builds; at overview
 * (region names, summaries of crowded pieces, labels of roomy pieces) and
 * zoomed in (every marker and label) nothing overlaps and no text crosses a
 * border; every crowded piece can be zoomed until its labels are readable.
 */
import { describe, expect, it } from 'vitest';
import { computeLayout, VARIANTEN, type KaartLayout } from '../../src/lib/kaart/layout.ts';
import { MIN_LABEL_PX } from '../../src/lib/kaart/svg.ts';
import { ZOOM_MAX } from '../../src/lib/kaart/state.ts';
import { syntheticContent } from '../../scripts/synthetic-content.ts';
import { loadContent } from '../helpers/content.ts';
import { boxWithin, clashes, crossings, ownerAt } from '../helpers/kaart.ts';

/** The narrowest kaart frame (CSS px) each layout is shown in: 320 px phone (edge to edge), 1024 px screen. */
const SMALLEST_FRAME = { smal: 320, breed: 990 };

for (const factor of [1, 5]) {
  const content = loadContent(syntheticContent(factor));
  for (const variant of ['breed', 'smal'] as const) {
    describe(`kaart at ${factor}× content (${content.keuzes.length} keuzes), ${variant}`, () => {
      const l: KaartLayout = computeLayout(content, variant);
      const regionBox = l.regions.map((r) => ({ id: `regio ${r.wet}`, box: r.label.box }));
      const summaries = l.vakken.filter((v) => v.samenvatting).map((v) => ({ id: `samenvatting ${v.id}`, box: v.samenvatting!.box }));
      const open = new Set(l.vakken.filter((v) => !v.samenvatting).map((v) => v.id));
      const labels = l.markers.map((m) => ({ id: m.keuze, box: m.label.box, vak: m.vak }));
      const dots = l.markers.map((m) => ({ id: `punt ${m.keuze}`, box: { x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r }, vak: m.vak }));

      it('places every keuze', () => {
        expect(l.markers.length).toBe(content.keuzes.length);
        if (factor === 5) expect(Math.max(...l.vakken.map((v) => v.aantal.ruim + v.aantal.beperkt + v.aantal.geen))).toBeGreaterThanOrEqual(40);
      });

      it('at overview: region names, summaries and the labels of roomy pieces do not overlap', () => {
        const shown = [...regionBox, ...summaries, ...labels.filter((b) => open.has(b.vak)), ...dots.filter((b) => open.has(b.vak))];
        expect(clashes(shown)).toEqual([]);
      });

      it('zoomed in: no two markers or labels overlap, and none overlaps a region name', () => {
        expect(clashes([...regionBox, ...labels, ...dots])).toEqual([]);
      });

      it('no label, summary or name crosses a border, and each stays in its own region', () => {
        expect(crossings(l, [...regionBox, ...summaries, ...labels])).toEqual([]);
        for (const m of l.markers) {
          const region = l.regions.find((r) => r.wet === m.wet)!;
          expect(region.pieces.some((p) => boxWithin(m.label.box, p)), `${m.keuze} label in its region`).toBe(true);
          expect(ownerAt(l, m.x, m.y)).toBe(m.wet);
        }
        for (const v of l.vakken.filter((x) => x.samenvatting)) expect(boxWithin(v.samenvatting!.box, v.rect), v.id).toBe(true);
      });

      it('a crowded piece shows its count per grade, and zooming makes its labels readable', () => {
        const min = variant === 'breed' ? MIN_LABEL_PX.breed : MIN_LABEL_PX.smal;
        const scale = SMALLEST_FRAME[variant] / VARIANTEN[variant].width;
        expect(l.tekst * scale).toBeGreaterThanOrEqual(min);
        for (const v of l.vakken) {
          if (v.font * scale < min) expect(v.samenvatting, v.id).toBeDefined();
          expect(min / (v.font * scale), `${v.id}: zoom needed`).toBeLessThanOrEqual(ZOOM_MAX);
          if (v.samenvatting) {
            const n = v.aantal.ruim + v.aantal.beperkt + v.aantal.geen;
            expect(v.samenvatting.naam).toMatch(new RegExp(`^${n} keuzes?( · \\d+ (ruim|beperkt|geen))+$`));
          }
        }
      });
    });
  }
}
