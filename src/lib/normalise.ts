/**
 * Strings made comparable, in one place: for matching and ranking, never for showing. Pure and small, so the search
 * code in the browser uses it too.
 */

const ASCII = /^[\0-\x7f]*$/;

/**
 * Without diacritics: "geïndiceerd" → "geindiceerd" (the letters stay, their marks go). Text in ASCII is returned as
 * it is, which is what the decomposition would give (no ASCII character decomposes or is a mark): nearly every word
 * of the search lexicon is, and a pasted question's first search folded each of them two or three times (issue 24).
 */
export const withoutDiacritics = (s: string) => (ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, ''));

/** Lower case without diacritics: how words are compared for spelling ("Geïndiceerd" → "geindiceerd"). */
export const fold = (s: string) => withoutDiacritics(s).toLowerCase();

/** Every run of white space (also a non-breaking space or a line break) as one space, none at either end. */
export const singleSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Lowercase words of a text: letters and digits, hyphens kept inside words. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}
