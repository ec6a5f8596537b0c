/**
 * Dutch hyphenation at build time: the TeX patterns for Dutch (the `hyphen`
 * package, `hyphen/nl`, Liang's algorithm). A word may only be broken where
 * these patterns allow it, or right after a hyphen that is already in it
 * ("Wlz-indicatie"). Pure: no DOM, usable in layout, tests and pages.
 */
import nl from 'hyphen/nl/index.js';
import { SHY } from './regels.ts';

export { SHY };

const hyphenate = (nl as { hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string }).hyphenateSync;
const cache = new Map<string, string[]>();

/**
 * The parts of a word between the points where it may break ("Wijkverpleging" → Wijk, ver, ple, ging).
 * A hyphen in the word ends a part too ("Wlz-indicatie" → "Wlz-", "in", …).
 */
export function lettergrepen(word: string): string[] {
  let parts = cache.get(word);
  if (!parts) {
    parts = word
      .split(/(?<=-)/)
      .flatMap((piece) => {
        const core = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(piece);
        // Only whole words of letters are hyphenated (not codes or numbers); their leading and trailing signs stay attached.
        if (!core || core[2]!.length < 5) return [piece];
        const split = hyphenate(core[2]!, { hyphenChar: SHY, minWordLength: 5 }).split(SHY);
        split[0] = core[1] + split[0]!;
        split[split.length - 1] = split[split.length - 1]! + core[3];
        return split;
      })
      .filter(Boolean);
    cache.set(word, parts);
  }
  return parts;
}

/** The positions (number of characters before) where `word` may break. */
export function afbreekpunten(word: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const part of lettergrepen(word).slice(0, -1)) out.push((n += part.length));
  return out;
}

/** May `word` be broken after its first `at` characters? */
export function magAfbreken(word: string, at: number): boolean {
  return afbreekpunten(word).includes(at) || word[at - 1] === '-';
}

/** Text with soft hyphens at every allowed point of its longer words (for HTML that the browser breaks with `hyphens: manual`). */
export function metZachteAfbreekstreepjes(text: string, minLength = 10): string {
  return text.replace(/\S+/g, (w) => (w.length < minLength ? w : lettergrepen(w).join(SHY).replace(new RegExp(`-${SHY}`, 'g'), '-')));
}
