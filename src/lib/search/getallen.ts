/**
 * Numbers in words and in digits: people type "18" where the site says
 * "achttien" ("Achttien worden midden in de jeugdhulp"), and "vier weken"
 * where they think "4 weken". Both sides meet in digits:
 *
 *  - the query: a number word or an ordinal becomes its digits
 *    ("achttien", "achttiende", "18e", "18de" → "18"), see `getalVanWoord`;
 *  - the index: every number word in a text adds its digits as a search
 *    variant (records.ts, `getalVarianten`), so "18" finds "achttien".
 *
 * Only the numbers that occur in ages, weeks and counts (2 to 100); "een"
 * (one, and the article "a") is never read as a number.
 *
 * Pure TypeScript: no DOM, no Pagefind.
 */
import { withoutDiacritics } from '../normalise.ts';

const EENHEDEN = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TIENTALLEN: Record<number, string> = {
  10: 'tien', 11: 'elf', 12: 'twaalf', 13: 'dertien', 14: 'veertien', 15: 'vijftien', 16: 'zestien', 17: 'zeventien',
  18: 'achttien', 19: 'negentien', 20: 'twintig', 30: 'dertig', 40: 'veertig', 50: 'vijftig', 60: 'zestig',
  70: 'zeventig', 80: 'tachtig', 90: 'negentig', 100: 'honderd',
};

/** The Dutch word for a number from 1 to 100 ("zevenentwintig" for 27). */
export function getalWoord(n: number): string {
  if (TIENTALLEN[n]) return TIENTALLEN[n]!;
  if (n > 0 && n < 10) return EENHEDEN[n]!;
  const tien = Math.floor(n / 10) * 10;
  const een = n % 10;
  // "tweeëntwintig", "drieëntwintig": a diaeresis after a word ending in e.
  const eenheid = EENHEDEN[een]!;
  return `${eenheid}${eenheid.endsWith('e') ? 'ën' : 'en'}${TIENTALLEN[tien]}`;
}

/** Number words (2–100) and their value; also without the diaeresis ("drieentwintig"). */
const WOORDEN: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let n = 2; n <= 100; n++) {
    const w = getalWoord(n);
    m.set(w, n);
    m.set(withoutDiacritics(w), n);
  }
  return m;
})();

/** The ordinal suffix of a number word: "achttiende", "twintigste", "eenentwintigste". */
const ORDINAAL = /^(.+?)(ste|de)$/;

/**
 * The digits of a number word or an ordinal ("achttien", "achttiende",
 * "eenentwintigste", "18e", "18de", "4e"), or undefined.
 */
export function getalVanWoord(word: string): string | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d{1,3})(e|de|ste)$/.exec(w);
  if (digits) return digits[1];
  // "tiende" → "tien", "zevende" → "zeven", "twintigste" → "twintig"; "derde" is irregular.
  const n = w === 'derde' ? 3 : (WOORDEN.get(w) ?? WOORDEN.get(ORDINAAL.exec(w)?.[1] ?? ''));
  return n === undefined ? undefined : String(n);
}

/** The digits of every number word in a text, without duplicates and sorted ("Achttien worden" → ["18"]). */
export function getalVarianten(text: string | string[]): string[] {
  const out = new Set<string>();
  for (const w of (Array.isArray(text) ? text.join(' ') : text).toLowerCase().match(/\p{L}+/gu) ?? []) {
    const n = getalVanWoord(w);
    if (n) out.add(n);
  }
  return [...out].sort((a, b) => Number(a) - Number(b));
}

/**
 * A text with its number words in digits ("Achttien worden midden in de jeugdhulp" → "18 worden midden in de
 * jeugdhulp"), or undefined when it has none. A title is searched by its own names with the weight of a name
 * (records.ts): the digits in the `varianten` alone weighed a title's number like a word somewhere on the page, so "18"
 * found the casus "Achttien worden …" after ten results that only mention the age.
 */
export function inCijfers(text: string): string | undefined {
  let changed = false;
  const out = text.replace(/\p{L}+/gu, (w) => {
    const n = getalVanWoord(w);
    if (!n) return w;
    changed = true;
    return n;
  });
  return changed ? out : undefined;
}
