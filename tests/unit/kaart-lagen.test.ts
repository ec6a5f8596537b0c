/** The kaart's layers: each has its own mark shape, and no code means two things. */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { categorie, codeGrootte, LAAG_DEFINITIES, LAGEN, laagTeken, ONZE_KEUZES_LAAG, type Vorm } from '../../src/lib/kaart/lagen.ts';
import { ONZE_KEUZES_CATEGORIEEN } from '../../src/lib/editie/status.ts';
import { KAART_FONT_FILES } from '../../src/lib/tekst/font.ts';
import { tekstBreedte } from '../../src/lib/tekst/meten.ts';
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

  it('draws each code as large as its mark holds it: measured in the bold kaart font, inside the shape, at least 1.3 × the radius', () => {
    // The bold font's cap height, from the file the site serves.
    const font = fontkit.create(readFileSync(`public/${KAART_FONT_FILES[700]}`)) as fontkit.Font;
    const kap = font.capHeight / font.unitsPerEm;
    /** Is the point inside the mark of radius r (as laagTeken draws it: s = r + 1)? */
    const binnen = (vorm: Vorm, r: number, x: number, y: number) => {
      const s = r + 1;
      if (vorm === 'cirkel') return Math.hypot(x, y) <= s;
      if (vorm === 'vierkant') return Math.abs(x) <= s && Math.abs(y) <= s;
      if (vorm === 'pil') return Math.hypot(Math.max(0, Math.abs(x) - (1.25 * s - 0.8 * s)), y) <= 0.8 * s;
      return Math.abs(x) + Math.abs(y) <= 1.3 * s;
    };
    const lagen = [...LAAG_DEFINITIES, { id: ONZE_KEUZES_LAAG.id, vorm: ONZE_KEUZES_LAAG.vorm as Vorm, categorieen: ONZE_KEUZES_CATEGORIEEN }];
    for (const l of lagen)
      for (const c of l.categorieen)
        for (const r of [4, 7, 9, 12, 20]) {
          const teken = laagTeken(l.vorm, c, r, tekstBreedte);
          const f = Number(/font-size="([\d.]+)"/.exec(teken)![1]);
          const y = Number(/<text y="([\d.-]+)"/.exec(teken)![1]);
          expect(f, `${l.id} ${c.letter} r ${r}`).toBeCloseTo(codeGrootte(l.vorm, c.letter, r, tekstBreedte), 1);
          expect(f / r, `${l.id} ${c.letter} r ${r}: size`).toBeGreaterThanOrEqual(1.3);
          // The code's ink box: its advance width, from the baseline up to the cap height, centred on x = 0.
          const w = tekstBreedte(c.letter, f, 700);
          for (const [x, yy] of [[-w / 2, y], [w / 2, y], [-w / 2, y - kap * f], [w / 2, y - kap * f]] as const)
            expect(binnen(l.vorm, r, x, yy), `${l.id} ${c.letter} r ${r}: corner ${x.toFixed(1)},${yy.toFixed(1)} inside the ${l.vorm}`).toBe(true);
        }
    // Without a measure (the page legend, drawn in the page's own font) the fixed sizes stay.
    expect(codeGrootte('vierkant', '€G', 9)).toBeCloseTo(8.55);
  });
});
