/**
 * Werksessie (issue 13), the pure parts: casus route geometry and SVG, the
 * tour data and its URL parsing, and the kaart export for slides.
 * The route snapshot is a picture to open: tests/snapshots/route-fixture.svg
 * (renew after an intended change: npx vitest run --project unit tests/unit/werksessie.test.ts -u).
 */
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/lib/kaart/layout.ts';
import { renderKaartSvg } from '../../src/lib/kaart/svg.ts';
import { renderRoute, routePunten, withRoute } from '../../src/lib/kaart/route.ts';
import { EXPORT_FONT, exportSvg, legendaIndeling, legendaItems } from '../../src/lib/kaart/export.ts';
import { KERN_LAGEN } from '../../src/lib/kaart/lagen.ts';
import { tekstBreedte } from '../../src/lib/tekst/meten.ts';
import { parseStap, rondleidingenData } from '../../src/lib/werksessie/rondleidingen.ts';
import { buildGraph } from '../../src/lib/content/graph.ts';
import { loadContent } from '../helpers/content.ts';
import { contentWith } from '../helpers/fixtures.ts';
import { hostileQueries } from '../helpers/hostile.ts';

const real = loadContent('content');
const layout = computeLayout(real);
const casus = (id: string) => real.casussen.find((c) => c.id === id)!;

describe('casus route on the kaart', () => {
  it('puts each step on its keuze marker, or in its wet region, in the order given', () => {
    const c = casus('verstandelijke-beperking-en-verslaving');
    const punten = routePunten(layout, c.data.route!);
    expect(punten.map((p) => p.wet)).toEqual(['wmo', 'zvw', 'wlz', 'wmo']);
    const marker = layout.markers.find((m) => m.keuze === 'wmo/toegang')!;
    expect([punten[0]!.x, punten[0]!.y]).toEqual([marker.x, marker.y]);
    // The last step (no keuze) lies inside a piece of the Wmo region.
    const wmo = layout.regions.find((r) => r.wet === 'wmo')!;
    const last = punten[3]!;
    expect(wmo.pieces.some((p) => last.x >= p.x && last.x <= p.x + p.w && last.y >= p.y && last.y <= p.y + p.h)).toBe(true);
  });

  it('never puts two steps on one spot, also when a route returns to a wet', () => {
    for (const c of real.casussen.filter((x) => x.data.route)) {
      const p = routePunten(layout, c.data.route!);
      for (let i = 0; i < p.length; i++)
        for (let j = i + 1; j < p.length; j++) expect(Math.hypot(p[i]!.x - p[j]!.x, p[i]!.y - p[j]!.y), `${c.id} ${i}/${j}`).toBeGreaterThan(30);
    }
  });

  it('draws numbered steps and one arrow per leg', () => {
    const c = casus('wachten-op-een-plek-in-het-verpleeghuis');
    const svg = renderRoute(layout, c.data.route!, { casus: c.id, titel: c.data.titel });
    expect([...svg.matchAll(/data-stap="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(svg.match(/class="route-been"/g)).toHaveLength(2);
    expect(svg).toContain('marker-end="url(#kaart-route-wachten-op-een-plek-in-het-verpleeghuis-pijl)"');
  });

  it('matches the route snapshot of the fixture', async () => {
    const dir = contentWith();
    const c = loadContent(dir);
    const l = computeLayout(c);
    const wachten = c.casussen.find((x) => x.id === 'wachten-op-wlz')!;
    const svg = withRoute(
      renderKaartSvg(l, new Map(c.keuzes.map((k) => [k.id, k.data]))),
      renderRoute(l, wachten.data.route!, { casus: wachten.id, titel: wachten.data.titel }),
    );
    await expect(svg.replace(/>\s*</g, '>\n<') + '\n').toMatchFileSnapshot('../snapshots/route-fixture.svg');
  });
});

describe('rondleidingen', () => {
  const tours = rondleidingenData(buildGraph(real), layout, renderRoute);
  const known = new Map(tours.map((t) => [t.id, t.stappen.length]));

  it('has a tour per wet and one along the scheidslijnen, each step with text and a question', () => {
    expect(tours.map((t) => t.id)).toEqual(['jeugdwet', 'wmo', 'participatiewet', 'wlz', 'zvw', 'waar-de-wetten-elkaar-raken']);
    for (const t of tours)
      for (const s of t.stappen) {
        expect(s.tekst.length).toBeGreaterThan(20);
        expect(s.vraag).toMatch(/\?$/);
        expect(s.gebieden.length + s.scheidslijnen.length + s.keuzes.length + (s.casus ? 1 : 0)).toBeGreaterThan(0);
      }
  });

  it('carries the route SVG of a casus step, drawn with large labels', () => {
    const stap = tours.find((t) => t.id === 'zvw')!.stappen.find((s) => s.casus)!;
    expect(stap.casus!.id).toBe('verstandelijke-beperking-en-verslaving');
    expect(stap.casus!.route).toContain('font-size="20"');
  });

  it('reads the tour and step from the URL, clamps the step, ignores anything else', () => {
    expect(parseStap('?rondleiding=jeugdwet&stap=4', known)).toEqual({ rondleiding: 'jeugdwet', stap: 4 });
    expect(parseStap('?rondleiding=jeugdwet', known)).toEqual({ rondleiding: 'jeugdwet', stap: 1 });
    expect(parseStap('?rondleiding=jeugdwet&stap=99', known)).toEqual({ rondleiding: 'jeugdwet', stap: known.get('jeugdwet') });
    expect(parseStap('?rondleiding=jeugdwet&stap=-3', known)).toEqual({ rondleiding: 'jeugdwet', stap: 1 });
    expect(parseStap('?rondleiding=onbekend&stap=2', known)).toBeUndefined();
    expect(parseStap('?rondleiding=wmo&rondleiding=zvw', known)).toBeUndefined();
    expect(parseStap(undefined, known)).toBeUndefined();
    for (const q of hostileQueries(200, 13)) expect(() => parseStap(q, known)).not.toThrow();
  });
});

describe('kaart export for slides', () => {
  const kaart = renderKaartSvg(layout, new Map(real.keuzes.map((k) => [k.id, k.data])), { statisch: true });
  const bron = 'Bron: Staalkaart sociaal domein, https://staalkaart.example.org/kaart/ · peildatum 1 november 2026';
  const wiebetaalt = KERN_LAGEN.find((l) => l.id === 'wiebetaalt')!;
  const wiebeslist = KERN_LAGEN.find((l) => l.id === 'wiebeslist')!;

  it('has the legend of the layer shown and the source line', () => {
    const items = legendaItems(wiebetaalt, new Set(['gemeente', 'wlz-fonds']));
    const svg = exportSvg({ kaart, width: layout.width, height: layout.height, titel: 'Legenda — punten: wie betaalt', items, bron, meet: tekstBreedte });
    expect(svg).toContain('Legenda — punten: wie betaalt');
    expect(svg).toContain('het Wlz-fonds');
    expect(svg).toContain('scheidslijn: hier raken twee wetten elkaar');
    expect(svg).toContain('peildatum 1 november 2026');
    expect(svg.match(/<svg\b/g)!.length).toBe(2);
  });

  it('names only the codes in use: no S when no keuze is decided by a regio', () => {
    const items = legendaItems(wiebeslist, new Set(['raad', 'ander'])).map((i) => i.tekst);
    expect(items.filter((t) => /^[A-Z€]+: /.test(t))).toEqual(['R: de gemeenteraad', 'A: een ander: Rijk, CIZ, zorgkantoor, zorgverzekeraar, UWV, rechter …']);
  });

  it('lists only the grades that are shown in the beleidsruimte legend', () => {
    const items = legendaItems('beleidsruimte', new Set(['ruim'])).map((i) => i.tekst);
    expect(items[0]).toMatch(/^ruim: /);
    expect(items.some((t) => t.startsWith('geen: '))).toBe(false);
  });

  it('fits the legend: every line within its column, in as many columns as fit', () => {
    const items = legendaItems(wiebeslist, new Set(['raad', 'college', 'regio', 'ander']));
    for (const width of [420, 800, 1200]) {
      const { geplaatst } = legendaIndeling(items, width, tekstBreedte);
      const xs = [...new Set(geplaatst.map((g) => g.x))].sort((a, b) => a - b);
      const colW = xs.length > 1 ? xs[1]! - xs[0]! - 24 : width - 40;
      for (const g of geplaatst) for (const l of g.lines) expect(g.x + 38 + tekstBreedte(l, EXPORT_FONT), `${width}: ${l}`).toBeLessThanOrEqual(g.x + colW + 0.01);
      expect(Math.max(...geplaatst.map((g) => g.x)) + colW).toBeLessThanOrEqual(width - 20 + 0.01);
    }
  });

  it('draws every keuze by name in the static kaart it exports', () => {
    for (const k of real.keuzes) expect(kaart, k.id).toContain(`data-item="keuze:${k.id}"`);
    expect(kaart).not.toContain('class="vak-samenvatting"');
  });
});
