/**
 * The kaart renderer's parts (src/lib/kaart/render/): layers registered by a
 * caller, static outputs, clean accessible names, and the rule that the kaart
 * code knows no editie.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLayout, STATISCH_MIN_FONT } from '../../src/lib/kaart/layout.ts';
import { namenlijst } from '../../src/lib/kaart/namenlijst.ts';
import { exportSvg, legendaItems } from '../../src/lib/kaart/export.ts';
import { tekstBreedte } from '../../src/lib/tekst/meten.ts';
import { walk } from '../../src/lib/files.ts';
import { renderKaartSvg } from '../../src/lib/kaart/svg.ts';
import { gebruikteCategorieen, KERN_LAGEN, type KaartLaag } from '../../src/lib/kaart/lagen.ts';
import { loadContent } from '../helpers/content.ts';
import { contentWith } from '../helpers/fixtures.ts';
import { syntheticContent } from '../../scripts/synthetic-content.ts';

const c = loadContent(syntheticContent(8, contentWith()));
const keuzes = new Map(c.keuzes.map((k) => [k.id, k.data]));
const layout = computeLayout(c);

describe('kaart renderer', () => {
  it('draws a layer a caller registers, without knowing where it comes from', () => {
    const laag: KaartLaag = {
      id: 'proef',
      label: 'Proef',
      titel: 'proef',
      vorm: 'ruit',
      categorieen: [{ id: 'ja', letter: 'J', label: 'ja', kleur: '#1e6b34' }],
      categorieVan: (id) => (id.startsWith('wmo/') ? 'ja' : undefined),
    };
    const svg = renderKaartSvg(layout, keuzes, { lagen: [laag] });
    expect(svg).toContain('[data-laag="proef"] .sym-proef');
    const wmo = svg.match(/<a [^>]*data-keuze="wmo\/[^"]*"[^>]*>/g)!;
    const wlz = svg.match(/<a [^>]*data-keuze="wlz\/[^"]*"[^>]*>/g)!;
    expect(wmo.every((a) => a.includes('data-proef="ja"'))).toBe(true);
    expect(wlz.some((a) => a.includes('data-proef'))).toBe(false);
  });

  it('static output: no count boxes, no semantic zoom, every keuze with its label', () => {
    const scherm = renderKaartSvg(layout, keuzes);
    expect(scherm, 'the crowded fixture needs count boxes on screen').toContain('class="vak-samenvatting"');
    const statisch = renderKaartSvg(layout, keuzes, { statisch: true, links: false });
    expect(statisch).not.toContain('class="vak-samenvatting"');
    expect(statisch).not.toContain('data-lod');
    expect(statisch.match(/class="marker-label"/g)).toHaveLength(c.keuzes.length);
  });

  it('a static layout names every keuze at a readable size, or numbers it and lists its name (growth)', () => {
    const vol = loadContent(syntheticContent(40, contentWith()));
    const volKeuzes = new Map(vol.keuzes.map((k) => [k.id, k.data]));
    const l = computeLayout(vol, 'breed', { statisch: true });
    const genummerd = l.markers.filter((m) => m.nummer !== undefined);
    expect(genummerd.length, 'this fixture is too full for names everywhere').toBeGreaterThan(0);
    for (const m of l.markers.filter((x) => x.nummer === undefined)) expect(m.label.fontSize).toBeGreaterThanOrEqual(STATISCH_MIN_FONT.breed);
    const lijst = namenlijst(l, volKeuzes).flatMap((g) => g.namen);
    expect(lijst.map((n) => n.nummer).sort((a, b) => a - b)).toEqual(genummerd.map((m) => m.nummer!).sort((a, b) => a - b));
    expect(new Set(lijst.map((n) => n.nummer)).size).toBe(lijst.length);
    // Every keuze is named: on the kaart or in the list; the export file carries the list.
    const opKaart = new Set(l.markers.filter((m) => m.nummer === undefined).map((m) => m.keuze));
    for (const k of vol.keuzes) expect(opKaart.has(k.id) || lijst.some((n) => n.keuze === k.id), k.id).toBe(true);
    const svg = exportSvg({
      kaart: renderKaartSvg(l, volKeuzes, { statisch: true, links: false }),
      width: l.width,
      height: l.height,
      titel: 'Legenda',
      items: legendaItems('beleidsruimte', new Set(['ruim', 'beperkt', 'geen'])),
      bron: 'Bron',
      meet: tekstBreedte,
      namen: namenlijst(l, volKeuzes),
    });
    const namenTekst = [...svg.slice(svg.indexOf('class="export-namen"')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    for (const n of lijst) expect(namenTekst).toContain(`${n.nummer}. ${n.naam}`);
  });

  it('accessible names are clean text: no soft hyphens, and a name broken over lines reads as one word', () => {
    const svg = renderKaartSvg(layout, keuzes);
    const names = [...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(/\u00ad/);
    for (const m of layout.markers) {
      const label = m.label.lines.join('').replaceAll('\u00ad', '');
      if (m.label.lines.some((l) => l.endsWith('\u00ad'))) expect(names.some((n) => n.startsWith(label))).toBe(true);
    }
  });

  it('a legend names only the codes some keuze uses', () => {
    const wiebeslist = KERN_LAGEN.find((l) => l.id === 'wiebeslist')!;
    const used = gebruikteCategorieen(wiebeslist, keuzes).map((x) => x.letter);
    const expected = new Set([...keuzes].map(([id, k]) => wiebeslist.categorieen.find((x) => x.id === wiebeslist.categorieVan(id, k))!.letter));
    expect(new Set(used)).toEqual(expected);
    expect(used.length).toBeLessThan(wiebeslist.categorieen.length);
  });

  it('the kaart code imports nothing of the editie (src/lib/editie)', () => {
    for (const f of [...walk('src/lib/kaart'), 'src/components/kaart/Kaart.astro', 'src/components/kaart/Legenda.astro'])
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"][^'"]*editie\//);
  });
});
