/**
 * fold and withoutDiacritics (src/lib/normalise.ts) return text in ASCII as it is (issue 24: a pasted question's first
 * search folded every word of the lexicon): the same as decomposing it and dropping the marks, for every ASCII
 * character, and text with diacritics still loses them.
 */
import { describe, expect, it } from 'vitest';
import { fold, withoutDiacritics } from '../../src/lib/normalise.ts';

const decomposed = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

describe('folding without decomposing ASCII', () => {
  it('gives what the decomposition gives, for every ASCII character and text made of them', () => {
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
    for (const c of ascii) expect(withoutDiacritics(c), `U+${c.charCodeAt(0).toString(16)}`).toBe(decomposed(c));
    const all = ascii.join('');
    expect(withoutDiacritics(all)).toBe(decomposed(all));
    expect(fold('Wet Langdurige Zorg 2027')).toBe('wet langdurige zorg 2027');
  });

  it('still drops the marks of text with diacritics, also when one character is outside ASCII', () => {
    expect(fold('Geïndiceerd')).toBe('geindiceerd');
    expect(fold('Gei\u0308ndiceerd')).toBe('geindiceerd');
    expect(fold('één café')).toBe('een cafe');
    expect(withoutDiacritics('crème\u00a0brûlée')).toBe('creme\u00a0brulee');
    expect(fold('IJsselmonde')).toBe('ijsselmonde');
  });
});
