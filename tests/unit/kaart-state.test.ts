/**
 * The kaart's URL state: shared links restore it, and malformed or hostile
 * values are ignored — never thrown, never passed on.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, selectieSleutel, selectieVan, serializeState, type Known } from '../../src/lib/kaart/state.ts';
import { hostileQueries } from '../helpers/hostile.ts';

const known: Known = {
  keuzes: new Set(['wmo/eigen-bijdrage', 'jeugdwet/toegang']),
  wetten: new Set(['wmo', 'jeugdwet', 'wlz']),
  scheidslijnen: new Set(['wmo-wlz']),
  width: 1200,
  height: 860,
};

describe('kaart URL state', () => {
  it('reads a shared link', () => {
    expect(parseState('?keuze=wmo/eigen-bijdrage&laag=wiebeslist', known)).toEqual({
      selectie: { soort: 'keuze', id: 'wmo/eigen-bijdrage' },
      laag: 'wiebeslist',
      filter: ['ruim', 'beperkt', 'geen'],
    });
    expect(parseState('?grens=wmo-wlz&toon=geen,ruim&zoom=2,600,430', known)).toEqual({
      selectie: { soort: 'scheidslijn', id: 'wmo-wlz' },
      laag: 'beleidsruimte',
      filter: ['ruim', 'geen'],
      zoom: { k: 2, x: 600, y: 430 },
    });
  });

  it('round-trips every state it writes', () => {
    const states = [
      DEFAULT_STATE,
      { ...DEFAULT_STATE, selectie: { soort: 'wet' as const, id: 'wlz' } },
      { ...DEFAULT_STATE, laag: 'regionaal' as const, filter: ['beperkt' as const] },
      { laag: 'wiebetaalt' as const, filter: ['ruim' as const, 'geen' as const], selectie: { soort: 'keuze' as const, id: 'jeugdwet/toegang' }, zoom: { k: 3.5, x: 100.25, y: 800 } },
      { ...DEFAULT_STATE, selectie: { soort: 'scheidslijn' as const, id: 'wmo-wlz' } },
    ];
    for (const s of states) expect(parseState(serializeState(s), known)).toEqual(s);
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(serializeState(states[3]!)).toBe('?keuze=jeugdwet/toegang&laag=wiebetaalt&toon=ruim,geen&zoom=3.5,100.25,800');
    // A scheidslijn keeps the parameter name of links shared before the rename.
    expect(serializeState(states[4]!)).toBe('?grens=wmo-wlz');
  });

  it('ignores unknown ids, layers and grades', () => {
    expect(parseState('?keuze=wmo/bestaat-niet&laag=zwaarte&toon=veel', known)).toEqual(DEFAULT_STATE);
    expect(parseState('?wet=awbz', known)).toEqual(DEFAULT_STATE);
    expect(parseState('?zoom=100,1,1', known)).toEqual(DEFAULT_STATE);
    expect(parseState('?zoom=2,99999,1', known)).toEqual(DEFAULT_STATE);
    // A repeated parameter is ambiguous: ignored.
    expect(parseState('?keuze=wmo/eigen-bijdrage&keuze=jeugdwet/toegang', known).selectie).toBeUndefined();
  });

  // The fuzzing happens here, not in the browser: 20,000 states take well under a second on any machine.
  // tests/browser/kaart.test.ts gives a small sample of the same generator to the page itself.
  it('never throws and never lets a value through that is not known, for 20,000 random and hostile inputs', () => {
    for (const query of [20261124, 7, 42, 1999].flatMap((seed) => hostileQueries(5000, seed))) {
      let state;
      expect(() => (state = parseState(query, known)), query).not.toThrow();
      const s = state!;
      if (s.selectie) {
        const set = s.selectie.soort === 'keuze' ? known.keuzes : s.selectie.soort === 'wet' ? known.wetten : known.scheidslijnen;
        expect(set.has(s.selectie.id), query).toBe(true);
      }
      expect(['beleidsruimte', 'wiebeslist', 'wiebetaalt', 'regionaal']).toContain(s.laag);
      expect(s.filter.every((g: string) => ['ruim', 'beperkt', 'geen'].includes(g))).toBe(true);
      expect(serializeState(s)).not.toMatch(/[<>"'`]/);
      if (s.zoom) {
        expect(s.zoom.k).toBeGreaterThan(1);
        expect(s.zoom.k).toBeLessThanOrEqual(8);
        expect(s.zoom.x).toBeLessThanOrEqual(known.width);
        expect(s.zoom.y).toBeLessThanOrEqual(known.height);
      }
      // What is written back to the address reads as the same state.
      expect(parseState(serializeState(s), known), query).toEqual(s);
    }
    for (const bad of [undefined, null, 42, {}, [], Symbol('x')]) expect(parseState(bad, known)).toEqual(DEFAULT_STATE);
  });
});

describe('the whole /kaart/ address', () => {
  it('holds the tour step while a tour runs, and the kaart state otherwise', async () => {
    const { adresVan, isGedeeld } = await import('../../src/lib/kaart/state.ts');
    const state = parseState('?keuze=wmo/eigen-bijdrage&toon=ruim', known);
    expect(adresVan(state)).toBe('?keuze=wmo/eigen-bijdrage&toon=ruim');
    expect(adresVan(state, { id: 'jeugdwet', stap: 5 })).toBe('?rondleiding=jeugdwet&stap=5');
    expect(adresVan(DEFAULT_STATE)).toBe('');
    // A shared link (anything but the default view, or a tour) opens at the kaart.
    expect(isGedeeld('?keuze=wmo/eigen-bijdrage', known)).toBe(true);
    expect(isGedeeld('?rondleiding=jeugdwet&stap=2', known)).toBe(true);
    expect(isGedeeld('', known)).toBe(false);
    expect(isGedeeld('?keuze=bestaat-niet&utm_source=x', known)).toBe(false);
  });
});

describe('item keys', () => {
  it('a selection is its item key on the kaart and back, ids with slashes and colons intact', () => {
    expect(selectieSleutel({ soort: 'keuze', id: 'wmo/eigen-bijdrage' })).toBe('keuze:wmo/eigen-bijdrage');
    expect(selectieSleutel(undefined)).toBeUndefined();
    expect(selectieVan('scheidslijn:wmo-wlz')).toEqual({ soort: 'scheidslijn', id: 'wmo-wlz' });
    expect(selectieVan('keuze:a:b')).toEqual({ soort: 'keuze', id: 'a:b' });
    for (const key of ['wet:wmo', 'keuze:jeugdwet/verlengde-jeugdhulp']) expect(selectieSleutel(selectieVan(key))).toBe(key);
  });
});
