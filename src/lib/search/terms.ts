/**
 * Search terms derived from the content: the words that are not (or not
 * only) in the visible text but that people type.
 *
 *  - Aliases and abbreviations (`aliassen` of wetten and begrippen).
 *  - Compound words typed in parts. Pagefind does not split closed compounds:
 *    it matches a typed word as a prefix, so "jeugdhulp" finds
 *    "jeugdhulpaanbieder" but "aanbieder" does not, and "maatwerk voorziening"
 *    does not find "maatwerkvoorziening" by its second part. We add the parts
 *    of every compound we can recognise: a long word that is two words of the
 *    content's own vocabulary (with an optional linking s or e(n)), such as
 *    "jeugdhulp aanbieder" or "bijstand uitkering". The vocabulary is the
 *    content itself, so a new word in the content is handled without a word
 *    list to maintain. (Typed whole, a compound is found as it is in the text;
 *    hyphenated compounds Pagefind handles itself, see compoundVariants.)
 *
 * Pure TypeScript: no Astro, no DOM, no Pagefind.
 */
import { singleSpaces, words } from '../normalise.ts';

// The words of a text live with the other string normalisers, so the search code in the browser gets them without
// the compound splitting below (which only the lexicon's repair code, herstel.ts, and the build need).
export { words };

export { textOf } from '../content/prose.ts';

/** Shortest part of a compound we split off ("maat|werk" is allowed, "wmo|hulp" is not). */
export const MIN_PART = 4;
/** Shortest word we try to split. */
export const MIN_COMPOUND = 9;

export type Vocabulary = ReadonlySet<string>;

/** The vocabulary: every plain word (no hyphen) of at least MIN_PART letters in the given texts. */
export function vocabulary(texts: Iterable<string>): Vocabulary {
  const v = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (!w.includes('-') && w.length >= MIN_PART && !/\d/.test(w)) v.add(w);
  return v;
}

/**
 * Prepositions and adverbs that start Dutch verbs and adverbs ("onderzoek",
 * "overleggen", "daarnaast", "samenhang"): nobody types those in parts.
 */
const NOT_A_HEAD: ReadonlySet<string> = new Set([
  'aan', 'achter', 'binnen', 'buiten', 'daar', 'door', 'hier', 'mede', 'onder', 'over', 'samen', 'tegen', 'terug',
  'tussen', 'voor', 'vooral', 'waar', 'weder',
]);

/** A known word, also when the vocabulary only has its plural ("aanbieder" from "aanbieders"). */
const known = (vocab: Vocabulary, w: string) =>
  w.length >= MIN_PART && (vocab.has(w) || vocab.has(`${w}s`) || vocab.has(`${w}en`));

/**
 * Splits a compound into two words of the vocabulary, trying the longest head
 * first: "jeugdhulpaanbieder" → ["jeugdhulp", "aanbieder"],
 * "bijstandsuitkering" → ["bijstand", "uitkering"] (linking s). Undefined
 * when no split into two known words exists.
 */
export function splitCompound(word: string, vocab: Vocabulary): [string, string] | undefined {
  if (word.length < MIN_COMPOUND || word.includes('-')) return undefined;
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (NOT_A_HEAD.has(head) || !known(vocab, head)) continue;
    if (known(vocab, tail)) return [head, tail];
    // A linking sound between the parts (beleid·s·ruimte, bijstand·s·uitkering): only s, en and e are tried.
    for (const link of ['s', 'en', 'e']) {
      if (tail.startsWith(link) && known(vocab, tail.slice(link.length))) return [head, tail.slice(link.length)];
    }
  }
  return undefined;
}

/**
 * The parts of the closed compounds in a text ("jeugdhulpaanbieder" →
 * "jeugdhulp aanbieder"), sorted and without duplicates. Hyphenated compounds
 * need nothing: Pagefind indexes "wlz-indicatie" as the whole word and as its
 * parts, and drops the hyphen from a query, so "wlz-indicatie", "wlzindicatie"
 * and "wlz indicatie" all find it.
 */
export function compoundVariants(text: string | string[], vocab: Vocabulary): string[] {
  const out = new Set<string>();
  for (const w of new Set(words(Array.isArray(text) ? text.join(' ') : text))) {
    const parts = splitCompound(w, vocab);
    if (parts) out.add(parts.join(' '));
  }
  return [...out].sort();
}

/** Normalised form for comparing terms: lowercase, without a parenthetical ("Pgb (persoonsgebonden budget)" → "pgb"). */
export function normTerm(term: string): string {
  return singleSpaces(term.toLowerCase().replace(/\([^)]*\)/g, ' '));
}

/** Unique, non-empty strings in their first order. */
export function uniq(list: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) {
    const t = s.trim();
    const key = t.toLowerCase();
    if (t && !seen.has(key)) {
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}
