/**
 * The kaart renderer's parts (src/lib/kaart/render/): layers registered by a
 * caller, static outputs, clean accessible names, and the rule that the kaart
 * code knows no gemeente edition.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/lib/kaart/layout.ts';
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

  it('the kaart code imports nothing of the gemeente edition (src/lib/lokaal)', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
    for (const f of [...files('src/lib/kaart'), 'src/components/kaart/Kaart.astro', 'src/components/kaart/Legenda.astro'])
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"][^'"]*lokaal\//);
  });
});
