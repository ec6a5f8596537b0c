/**
 * Text on the kaart (src/lib/tekst/): Dutch hyphenation from the patterns,
 * widths measured on the served font file, and line breaking that never cuts
 * a word at an arbitrary letter. The words are the ones the issue found cut
 * wrongly ("Wijkverple-ging", "Kostend-elersno-rm", …).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { afbreekpunten, lettergrepen, magAfbreken, metZachteAfbreekstreepjes, SHY } from '../../src/lib/tekst/afbreken.ts';
import { alsTekst, regelBreedte, regels, regelsPassen, tekstBreedte } from '../../src/lib/tekst/index.ts';
import { emBreedte, fontDataUrl, KAART_FONT_FILES } from '../../src/lib/tekst/meten.ts';

const WOORDEN = ['Wijkverpleging', 'Hulpmiddelen', 'Bijstandsnormen', 'Kostendelersnorm', 'Loonkostensubsidie', 'Woonplaatsbeginsel', 'kinderbeschermingsmaatregel', 'Mantelzorgwaardering'];

describe('Dutch hyphenation', () => {
  it('breaks the words the issue found cut wrongly only between their syllables', () => {
    expect(lettergrepen('Wijkverpleging')).toEqual(['Wijk', 'ver', 'ple', 'ging']);
    expect(lettergrepen('Kostendelersnorm')).toEqual(['Kos', 'ten', 'de', 'lers', 'norm']);
    expect(lettergrepen('Woonplaatsbeginsel')).toEqual(['Woon', 'plaats', 'be', 'gin', 'sel']);
    // The wrong cuts of the issue are not allowed.
    expect(magAfbreken('Wijkverpleging', 'Wijkverple'.length)).toBe(true);
    expect(magAfbreken('Kostendelersnorm', 'Kostend'.length)).toBe(false);
    expect(magAfbreken('Loonkostensubsidie', 'Loonkostens'.length)).toBe(false);
    expect(magAfbreken('Woonplaatsbeginsel', 'Woonplaatsbegins'.length)).toBe(false);
    expect(magAfbreken('kinderbeschermingsmaatregel', 'kinderbeschermingsm'.length)).toBe(false);
  });

  it('keeps a hyphen of the word as a break point, and leaves codes and short words whole', () => {
    expect(lettergrepen('Wlz-indicatie')[0]).toBe('Wlz-');
    expect(magAfbreken('Wlz-indicatie', 4)).toBe(true);
    expect(afbreekpunten('€G')).toEqual([]);
    expect(afbreekpunten('pgb')).toEqual([]);
    expect(lettergrepen('(Kostendelersnorm),').join('')).toBe('(Kostendelersnorm),');
  });

  it('puts soft hyphens into long words for HTML, and nothing else changes', () => {
    const t = metZachteAfbreekstreepjes('De kinderbeschermingsmaatregel en de Wlz-indicatie');
    expect(t.replaceAll(SHY, '')).toBe('De kinderbeschermingsmaatregel en de Wlz-indicatie');
    expect(t).toContain(`kin${SHY}der${SHY}be${SHY}scher${SHY}mings${SHY}maat${SHY}re${SHY}gel`);
  });
});

describe('widths measured on the font file', () => {
  it('reads the woff2 files the site serves', () => {
    for (const file of Object.values(KAART_FONT_FILES)) expect(readFileSync(`public/${file}`).subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(fontDataUrl(400)).toMatch(/^data:font\/woff2;base64,d09GMg/);
  });

  it('measures narrow and wide letters apart, bold wider than regular, and scales with the size', () => {
    expect(emBreedte('iiii')).toBeLessThan(emBreedte('mmmm') / 2);
    expect(tekstBreedte('Wijkverpleging', 18, 700)).toBeGreaterThan(tekstBreedte('Wijkverpleging', 18));
    expect(tekstBreedte('Wijkverpleging', 36)).toBeCloseTo(2 * tekstBreedte('Wijkverpleging', 18), 6);
    // A sign the font lacks counts as a whole em: never narrower than what a fallback font draws.
    expect(emBreedte('→')).toBe(1);
  });
});

describe('line breaking', () => {
  it('moves whole words first and hyphenates only a word wider than the line', () => {
    expect(regels('Verlengde jeugdhulp tot 21', 80, 14)).toEqual(['Verlengde', 'jeugdhulp tot', '21']);
    const lines = regels('Mantelzorgwaardering', tekstBreedte('Mantelzorgwaar-', 14), 14);
    expect(lines).toEqual([`Mantelzorgwaar${SHY}`, 'dering']);
    expect(alsTekst(lines)).toBe('Mantelzorgwaardering');
  });

  it('never cuts a word at an arbitrary letter, at any width', () => {
    for (const w of WOORDEN)
      for (let width = 20; width <= 200; width += 7) {
        const lines = regels(w, width, 14);
        expect(alsTekst(lines), `${w} @ ${width}`).toBe(w);
        let at = 0;
        for (const l of lines.slice(0, -1)) {
          at += l.replace(SHY, '').length;
          expect(magAfbreken(w, at), `${w} @ ${width}: ${lines.join('|')}`).toBe(true);
        }
        // Every line fits unless a single syllable is wider than the line.
        const widest = Math.max(...lettergrepen(w).map((p) => tekstBreedte(`${p}-`, 14)));
        if (widest <= width) expect(regelsPassen(lines, width, 14), `${w} @ ${width}`).toBe(true);
      }
  });

  it('measures a line broken inside a word with its drawn hyphen', () => {
    expect(regelBreedte(`Wijkver${SHY}`, 14)).toBeCloseTo(tekstBreedte('Wijkver-', 14), 6);
  });
});
