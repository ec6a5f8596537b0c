/** What the kaart rewrites when the layer or the filter changes (src/lib/kaart/labels.ts). */
import { describe, expect, it } from 'vitest';
import { categorieTekst, keuzesTekst, markerNaam, tellingLabel, tellingRegels, tellingTekst } from '../../src/lib/kaart/labels.ts';

describe("a marker's name in a layer", () => {
  it('starts with the code the mark shows, then the name and the category (WCAG 2.5.3)', () => {
    expect(markerNaam('Eigen bijdrage', 'wiebeslist', 'R', categorieTekst('Wie beslist', 'de raad'))).toBe('R Eigen bijdrage; wie beslist: de raad');
  });

  it('is the plain name in the beleidsruimte layer, or where the marker has no code', () => {
    expect(markerNaam('Eigen bijdrage', 'beleidsruimte', 'x', 'y')).toBe('Eigen bijdrage');
    expect(markerNaam('Eigen bijdrage', 'wiebeslist', undefined, 'y')).toBe('Eigen bijdrage');
  });
});

describe("a full piece's counts follow the filter", () => {
  it('counts in words or as a bare number, as the piece was drawn', () => {
    expect(keuzesTekst(1)).toBe('1 keuze');
    expect(tellingTekst('8 keuzes', 1)).toBe('1 keuze');
    expect(tellingTekst('8 keuzes', 0)).toBe('0 keuzes');
    expect(tellingTekst('8', 3)).toBe('3');
  });

  it('its name keeps only the grades shown, and the rest after the first ";"', () => {
    const label = '8 keuzes · 5 ruim · 2 beperkt · 1 geen; Wmo thuis; zoom in om ze te zien';
    expect(tellingLabel(label, 5, ['ruim'])).toBe('5 keuzes · 5 ruim; Wmo thuis; zoom in om ze te zien');
    expect(tellingLabel(label, 8, ['ruim', 'beperkt', 'geen'])).toBe(label);
    expect(tellingLabel(label, 3, ['beperkt', 'geen'])).toBe('3 keuzes · 2 beperkt · 1 geen; Wmo thuis; zoom in om ze te zien');
  });

  it('its lines: hidden grades leave, the others move up into the first places in order', () => {
    const ys = [10, 30, 50, 70];
    const grades = [undefined, 'ruim', 'beperkt', 'geen'];
    expect(tellingRegels(ys, grades, ['ruim', 'beperkt', 'geen'])).toEqual(ys.map((y) => ({ toon: true, y })));
    expect(tellingRegels(ys, grades, ['geen'])).toEqual([
      { toon: true, y: 10 },
      { toon: false, y: 30 },
      { toon: false, y: 50 },
      { toon: true, y: 30 },
    ]);
    expect(tellingRegels(ys, grades, ['ruim', 'geen'])).toEqual([
      { toon: true, y: 10 },
      { toon: true, y: 30 },
      { toon: false, y: 50 },
      { toon: true, y: 50 },
    ]);
  });
});
