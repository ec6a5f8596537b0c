/** The kaart's layers: each has its own mark shape, and no code means two things. */
import { describe, expect, it } from 'vitest';
import { categorie, LAAG_DEFINITIES, LAGEN, laagTeken } from '../../src/lib/kaart/lagen.ts';
import { loadContent } from '../helpers/content.ts';

describe('kaart layers', () => {
  it('gives every layer a shape of its own and every category a code no other uses', () => {
    expect(new Set(LAAG_DEFINITIES.map((l) => l.vorm)).size).toBe(LAAG_DEFINITIES.length);
    const codes = LAAG_DEFINITIES.flatMap((l) => l.categorieen.map((c) => c.letter));
    expect(new Set(codes).size, codes.join(' ')).toBe(codes.length);
    expect(LAGEN[0]).toBe('beleidsruimte');
    expect(LAGEN.slice(1)).toEqual([...LAAG_DEFINITIES.map((l) => l.id), 'onzekeuzes']);
  });

  it('puts every keuze in a known category of every layer, drawn with its code', () => {
    const { keuzes } = loadContent('content');
    for (const l of LAAG_DEFINITIES)
      for (const k of keuzes) {
        const c = categorie(l.id, k.data);
        expect(l.categorieen, `${l.id} ${k.id}`).toContain(c);
        expect(laagTeken(l.vorm, c, 7)).toContain(`>${c.letter}</text>`);
      }
  });
});
