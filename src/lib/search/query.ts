/**
 * Query preparation: from what someone types ("mag de raad de eigen bijdrage
 * verlagen?") to the words that are searched ("eigen bijdrage verlagen").
 *
 *  1. Question and function words are dropped (STOPWOORDEN): Pagefind only
 *     returns pages that hold every word, so "wie", "mag" or "raadslid" would
 *     rule out the answer.
 *  2. A word that the index does not know is repaired with the lexicon
 *     (written at build time, see lexiconFrom): split into two known parts
 *     when it is a compound ("jeugdhulpaanbieders" → "jeugdhulp aanbieders",
 *     the same splitter as the index uses, terms.ts), else corrected to the
 *     nearest known word within a small edit distance ("jeugzorg" →
 *     "jeugdzorg"), else dropped, with a "Bedoelde u …?" term when one is
 *     near enough.
 *  3. Relaxation: when not every word matches on one page, results that hold
 *     fewer words follow, ranked by how many (and how rare) of the words they
 *     hold (rankRelaxed). So a question never gives nothing when its words
 *     occur on the site.
 *
 * Lay words and synonyms ("rolstoel", "thuiszorg") need no step here: they
 * are content (`zoekwoorden` of keuzes, `aliassen` of wetten and begrippen)
 * and indexed with the entry they belong to (records.ts).
 *
 * Pure TypeScript: no DOM, no Pagefind; shared by the browser and the build.
 */
import { getalVanWoord } from './getallen.ts';
import { plaatsIn } from './plaatsen.ts';
import { splitCompound, words, type Vocabulary } from './terms.ts';

/**
 * A word's Dutch stem, with the lexicon's stemmer: the Snowball Dutch stemmer
 * (the original Dutch algorithm by Martin Porter, as Pagefind uses it for an
 * index in "nl"; @orama/stemmers), loaded with the lexicon: "controleren" and
 * "controleer" both become "controler". The question side uses it to tell
 * whether a word occurs on the site in another form (knownWord), to search the
 * other forms of a word and to compare words with names. Without a lexicon
 * (a query of short words only) a word is its own stem.
 */
export const stem = (word: string, lexicon?: Pick<Lexicon, 'stem'>): string => (lexicon?.stem ? lexicon.stem(fold(word)) : fold(word));

/**
 * Dutch question and function words: question words, modal and auxiliary
 * verbs, articles, pronouns, prepositions, conjunctions and adverbs. Only
 * these are dropped from a query (unless nothing else is left); a word that
 * carries meaning on this site ("raadslid", "wethouder", "verschil",
 * "tussen", "worden", "werkt") is searched, as a weak word (WEAK).
 */
export const STOPWOORDEN: ReadonlySet<string> = new Set([
  // question words
  'wie', 'wat', 'waar', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'welk', 'welke', 'waarvoor', 'waardoor', 'waarmee', 'waarover',
  // modal and auxiliary verbs
  'mag', 'mogen', 'kan', 'kun', 'kunt', 'kunnen', 'moet', 'moeten', 'wil', 'wilt', 'willen', 'zal', 'zult', 'zullen', 'zou', 'zouden',
  'is', 'ben', 'bent', 'zijn', 'was', 'waren', 'heb', 'hebt', 'heeft', 'hebben', 'had', 'doe', 'doet', 'doen', 'ga', 'gaat', 'gaan',
  // articles, pronouns, prepositions, conjunctions, adverbs
  'de', 'het', 'een', 'der', 'den', 'des', 'ik', 'je', 'jij', 'u', 'uw', 'we', 'wij', 'ze', 'zij', 'hij', 'hem', 'haar', 'hun', 'hen',
  'mijn', 'ons', 'onze', 'jullie', 'men', 'zich', 'zelf', 'iemand', 'iets', 'er', 'hier', 'daar', 'dit', 'dat', 'deze', 'die',
  'ene', 'andere',
  'als', 'of', 'en', 'maar', 'dan', 'want', 'omdat', 'terwijl', 'zodat', 'wel', 'niet', 'geen', 'nog', 'ook',
  'al', 'toch', 'eigenlijk', 'precies', 'even', 'nu', 'zo', 'heel', 'erg', 'meer', 'minder', 'veel', 'weinig', 'alle', 'allemaal',
  'van', 'voor', 'in', 'op', 'aan', 'bij', 'met', 'naar', 'over', 'om', 'te', 'tot', 'uit', 'door', 'onder', 'tegen',
  'zonder', 'na', 'per', 'via', 'toe', 'mee', 'af', 'binnen', 'dus',
]);

/**
 * Weak words: they carry meaning ("wat gebeurt er als je 18 wordt", "verschil
 * tussen wijkverpleging en wmo", "als raadslid") but are too common on the
 * site, or too general, to decide which results hold the answer. They are
 * searched, yet a result is not ranked lower for lacking them: among results
 * with the same strong words, the ones that also hold weak words come first
 * (see WEAK_BOOST in the engine).
 */
export const WEAK: ReadonlySet<string> = new Set([
  'raadslid', 'raadsleden', 'gemeenteraadslid', 'gemeenteraadsleden', 'fractie', 'fracties', 'wethouder', 'wethouders',
  'werkt', 'werken', 'verschil', 'verschillen', 'tussen', 'regelt', 'regelen', 'geregeld', 'worden', 'wordt', 'word', 'werd',
  'gebeurt', 'gebeuren', 'krijg', 'krijgt', 'krijgen', 'zit', 'zitten', 'staat', 'geldt', 'hoort', 'zien', 'vinden', 'vind', 'vindt',
  'laten', 'telt', 'tellen',
]);

/** Words that are kept even though they are short: abbreviations people type. */
const MIN_WORD = 2;

/** Lowercase, without diacritics: how words are compared for spelling. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a query, in order; only a typed hyphen stays inside a word. */
export function queryWords(query: string): string[] {
  return words(query).filter((w) => w.length >= MIN_WORD || /\d/.test(w));
}

/**
 * Words that only frame a question when a given word occurs elsewhere in it
 * ("valt … onder", "wat onder jeugdhulp valt", "in plaats van"), dropped
 * there only: "een oudere valt" keeps it.
 */
const FRAMES: ReadonlyMap<string, string> = new Map([
  ['valt', 'onder'],
  ['vallen', 'onder'],
  ['horen', 'bij'],
  ['plaats', 'van'],
]);

/** The words that are searched and the ones dropped as question or function words. */
export function dropStopwords(list: string[]): { kept: string[]; dropped: string[] } {
  const stop = (w: string, i: number) => STOPWOORDEN.has(w) || (FRAMES.has(w) && list.some((x, j) => j !== i && x === FRAMES.get(w)));
  const kept = list.filter((w, i) => !stop(w, i));
  const dropped = list.filter((w, i) => stop(w, i));
  // A query of only such words ("wie", "hoe") is searched as typed.
  return kept.length ? { kept: uniqWords(kept), dropped: uniqWords(dropped) } : { kept: uniqWords(list), dropped: [] };
}

const uniqWords = (list: string[]) => [...new Set(list)];

/** Words that make a question one about the raad ("wat mag de raad beslissen over …"). */
export const RAAD_WOORDEN: ReadonlySet<string> = new Set(['raad', 'gemeenteraad', 'raadslid', 'raadsleden', 'gemeenteraadslid', 'gemeenteraadsleden']);
/** Words that ask what the raad may decide: with a RAAD_WOORD they frame the question; the rest is its subject. */
export const RAAD_VRAAG: ReadonlySet<string> = new Set([
  'mag', 'mogen', 'kan', 'kunnen', 'kunt', 'beslissen', 'beslist', 'besluiten', 'bepalen', 'bepaalt', 'kiezen', 'kiest', 'keuze',
  'keuzes', 'zeggen', 'invloed', 'ruimte', 'zeggenschap', 'beleidsruimte', 'vaststellen', 'zelf', 'iets',
]);
/** These open a question about how the raad works (the beleidscyclus on /raad/), not about what it may decide. */
const RAAD_WERKWIJZE: ReadonlySet<string> = new Set(['wanneer', 'hoe', 'rol', 'sturen', 'controleren', 'controleert', 'controleer']);

/**
 * The raad-question rule: "wat mag de raad beslissen over de wlz", "kan de
 * gemeenteraad zelf de hoogte van de bijstand bepalen". A word for the raad
 * together with a word that asks what it may decide frames the question: both
 * are left out of the search, and the results that say what the raad can do
 * (keuzes, the "Wat kan de raad wel?" part of a wet page) rank first.
 */
export function raadVraag(list: string[]): { frame: string[] } | undefined {
  if (!list.some((w) => RAAD_WOORDEN.has(w)) || list.some((w) => RAAD_WERKWIJZE.has(w))) return undefined;
  const asks = list.filter((w) => RAAD_VRAAG.has(w));
  if (!asks.length) return undefined;
  return { frame: list.filter((w) => RAAD_WOORDEN.has(w) || RAAD_VRAAG.has(w)) };
}

/**
 * The lexicon: what the browser needs to repair a word the index does not
 * know. Written at build time (src/integrations/pagefind.ts) and fetched only
 * when a query holds such a word.
 */
export interface Lexicon {
  /** Every plain word of the content (at least MIN_PART letters), most frequent first. */
  woorden: string[];
  /** Terms offered by "Bedoelde u …?": names of wetten, begrippen, keuzes and their aliases and zoekwoorden. */
  termen: string[];
  /**
   * One-word aliases of begrippen and the begrip's own term ("jeugdzorg" → "jeugdhulp"): a term with an alias is
   * searched in both forms, so a page that only uses the site's word is found by the everyday one.
   */
  synoniemen?: Record<string, string>;
  /** The gemeenten (plaatsen.ts GEMEENTEN): a query that names one gets a message instead of unrelated hits. */
  gemeenten?: string[];
  /** The Dutch stemmer (not in the JSON: the engine adds it when it loads the lexicon, see stem). */
  stem?: (word: string) => string;
  /**
   * The stem of each of `woorden`, computed at build time (lexiconFrom with a stemmer): stemming thousands of words in
   * the browser took longer than the whole rest of a first search (issue 24). Compact: per word, how many letters its
   * folded form loses to become its stem, or the stem itself when it is not such a start. Without it (a lexicon built
   * without a stemmer, a test) the stems are computed on first use.
   */
  stammen?: (number | string)[];
  /** The stems of the words of `termen` (see isTopical), computed at build time like `stammen`. */
  termStammen?: string[];
}

/** A stem as Lexicon.stammen stores it: the letters the folded word loses, or the stem itself. */
export function packStem(word: string, stemmed: string): number | string {
  const w = fold(word);
  return w.startsWith(stemmed) ? w.length - stemmed.length : stemmed;
}
/** The stem back from Lexicon.stammen (see packStem). */
export const unpackStem = (word: string, packed: number | string): string => (typeof packed === 'number' ? fold(word).slice(0, fold(word).length - packed) : packed);

/**
 * Builds the lexicon from the texts of the content and the terms that may be offered; with a stemmer, the stems of
 * its words and terms too (Lexicon.stammen), so the browser need not compute them.
 */
export function lexiconFrom(
  texts: Iterable<string>,
  termen: Iterable<string>,
  synoniemen: Record<string, string> = {},
  gemeenten: string[] = [],
  stemmer?: (word: string) => string,
): Lexicon {
  const count = new Map<string, number>();
  for (const t of texts) for (const w of words(t)) if (!w.includes('-') && w.length >= 4 && !/\d/.test(w)) count.set(w, (count.get(w) ?? 0) + 1);
  const woorden = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const t of termen) {
    const term = t.replace(/\s+/g, ' ').trim();
    const key = fold(term);
    if (term && !seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  }
  const lexicon: Lexicon = {
    woorden,
    termen: terms.sort((a, b) => a.localeCompare(b, 'nl')),
    ...(Object.keys(synoniemen).length ? { synoniemen } : {}),
    ...(gemeenten.length ? { gemeenten } : {}),
  };
  if (!stemmer) return lexicon;
  const withStem = { ...lexicon, stem: stemmer };
  return { ...lexicon, stammen: woorden.map((w) => packStem(w, stem(w, withStem))), termStammen: [...termWords(withStem)].sort() };
}

/**
 * Damerau–Levenshtein distance (adjacent swaps count one), or `max + 1` as
 * soon as it is certain to be larger than `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many typing errors a word of this length may hold and still be corrected silently. */
export const maxTypos = (word: string) => (word.length < 5 ? 0 : word.length < 9 ? 1 : 2);

/**
 * The known word nearest to `word`, within maxTypos; among equally near words
 * the most frequent (the lexicon lists them in that order). Undefined when the
 * word is known or nothing is near enough.
 */
export function correctWord(word: string, lexicon: Lexicon): string | undefined {
  const max = maxTypos(word);
  if (!max) return undefined;
  const w = fold(word);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of lexicon.woorden) {
    if (candidate === word) return undefined;
    const d = editDistance(w, fold(candidate), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1 && max === 1) break;
    }
  }
  return best;
}

/**
 * "Bedoelde u …?": the term nearest to what was typed, when the spelling is
 * too far off to correct silently: within a third of the term's length, or
 * a term that starts with the word's first letters.
 */
export function suggestTerm(typed: string, lexicon: Lexicon): string | undefined {
  const t = fold(typed);
  if (t.length < 3) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const term of lexicon.termen) {
    const f = fold(term);
    const max = Math.max(2, Math.floor(f.length / 3));
    const d = editDistance(t, f, max);
    if (d <= max && d < bestScore) {
      best = term;
      bestScore = d;
    }
  }
  return best;
}

/** The lexicon's words in sorted order (folded), for the prefix test. */
const sortedWords = new WeakMap<Lexicon, string[]>();
function sorted(lexicon: Lexicon): string[] {
  let list = sortedWords.get(lexicon);
  if (!list) sortedWords.set(lexicon, (list = [...new Set(lexicon.woorden.map(fold))].sort()));
  return list;
}

/**
 * Whether a word occurs on the site: it is a word of the lexicon, or the start
 * of one (a word being typed, or a stem: "verhog" of "verhoging"). Pagefind
 * itself cannot tell: for a word it does not know it returns the pages of the
 * nearest word it does.
 */
export function knownWord(word: string, lexicon: Lexicon): boolean {
  // Hyphenated words are indexed as a whole and in parts (terms.ts): known when each part is.
  if (word.includes('-')) return word.split('-').every((part) => part.length < MIN_CHECKED || knownWord(part, lexicon));
  const w = fold(word);
  const list = sorted(lexicon);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return (lo < list.length && list[lo]!.startsWith(w)) || stems(lexicon).has(stem(w, lexicon));
}

/** The stems of the lexicon's words (computed once, in the browser: the lexicon itself stays small). */
const stemSets = new WeakMap<Lexicon, Set<string>>();
export function stems(lexicon: Lexicon): Set<string> {
  let set = stemSets.get(lexicon);
  const packed = lexicon.stammen?.length === lexicon.woorden.length ? lexicon.stammen : undefined;
  if (!set) stemSets.set(lexicon, (set = new Set(lexicon.woorden.map((w, i) => (packed ? unpackStem(w, packed[i]!) : stem(w, lexicon))))));
  return set;
}

/**
 * The form of a word that is searched. A verb typed with its -t ("betaalt",
 * "controleert", "wordt") loses it when the site knows the stem without it
 * ("betalen", "controleren", "worden"): the stemmer keeps that -t, so the
 * typed form would only find the same form. A number word or ordinal becomes
 * its digits ("achttien", "18e" → "18", getallen.ts), as the index holds them.
 */
export function searchForm(word: string, lexicon?: Lexicon): string {
  const getal = getalVanWoord(word) ?? /^(\d{1,3})-jarigen?$|^(\d{1,3})-jarige$/.exec(word)?.slice(1).find(Boolean);
  if (getal) return getal;
  // A participle that is not on the site ("verkocht", "geweigerd") is searched in its present form; one that is keeps
  // its form and gets the present one beside it (otherForms).
  const infinitief = lexicon?.woorden.length && !knownWord(word, lexicon) ? participleStem(word, lexicon) : undefined;
  if (infinitief) return infinitief;
  if (lexicon?.woorden.length && word.length >= 5 && /[^t]t$/.test(word) && !word.includes('-')) {
    const base = word.slice(0, -1);
    if (stems(lexicon).has(stem(base, lexicon)) && !stems(lexicon).has(stem(word, lexicon))) return base;
  }
  return word;
}

/** Separable prefixes of Dutch verbs: the "ge" of a past participle follows them ("in-ge-kocht", "aan-ge-vraagd"). */
const SCHEIDBAAR = 'aan|af|bij|binnen|door|in|mee|na|om|onder|op|over|samen|tegen|terug|toe|uit|vast|voor|weg';
/** Inseparable prefixes: their participles have no "ge" ("verkocht", "besloten", "ontvangen"). */
const ONSCHEIDBAAR = 'be|er|her|ont|ver';
/**
 * The past participles of common strong and irregular Dutch verbs (without "ge"), with the stem of their present
 * tense: general Dutch, not the site's words. "ingekocht" is "in" + "kocht", so "inkoop" (inkopen).
 */
const STERK: ReadonlyMap<string, string> = new Map([
  ['kocht', 'koop'], ['zocht', 'zoek'], ['bracht', 'breng'], ['dacht', 'denk'], ['kregen', 'krijg'], ['geven', 'geef'],
  ['nomen', 'neem'], ['sloten', 'sluit'], ['boden', 'bied'], ['schreven', 'schrijf'], ['bleven', 'blijf'], ['daan', 'doe'],
  ['gaan', 'ga'], ['staan', 'sta'], ['zien', 'zie'], ['vonden', 'vind'], ['houden', 'houd'], ['holpen', 'help'],
  ['sproken', 'spreek'], ['kozen', 'kies'], ['trokken', 'trek'], ['wezen', 'wijs'], ['dragen', 'draag'], ['laten', 'laat'],
  ['komen', 'kom'], ['vraagd', 'vraag'], ['legd', 'leg'], ['zegd', 'zeg'], ['werkt', 'werk'], ['wogen', 'weeg'],
  ['dwongen', 'dwing'], ['steld', 'stel'], ['deeld', 'deel'],
]);

const PARTICIPLE_GE = new RegExp(`^(${SCHEIDBAAR})?ge(\\p{L}{3,})$`, 'u');
const PARTICIPLE_ONSCHEIDBAAR = new RegExp(`^(${ONSCHEIDBAAR})(\\p{L}{3,})$`, 'u');

/**
 * The present-tense form of a past participle, searched beside it (Term.forms): "ingekocht" → "inkoop" (so it finds
 * "inkoop" and "inkopen"), "vastgesteld" → "vaststel", "verkocht" → "verkoop", "geweigerd" → "weiger". Weak verbs
 * lose "ge" and their final d or t; strong ones take their present stem (STERK). Only a form that is a word of the
 * site (or the start of one) is returned: "gemeente", "gezin" or "geval" have none.
 */
export function participleStem(word: string, lexicon: Lexicon): string | undefined {
  if (word.length < 6 || word.includes('-')) return undefined;
  const withGe = PARTICIPLE_GE.exec(word);
  const m = withGe ?? PARTICIPLE_ONSCHEIDBAAR.exec(word);
  if (!m) return undefined;
  const [, prefix = '', core = ''] = m;
  // After an inseparable prefix a final t is as often the present tense ("begint", "betaalt"): only d, or a strong verb.
  const weakEnd = withGe ? /[dt]$/ : /d$/;
  const candidates = [STERK.get(core), weakEnd.test(core) ? core.slice(0, -1) : undefined].filter((c): c is string => !!c && c.length >= 2);
  for (const c of candidates) {
    const form = prefix + c;
    // Known as a word of the site or the start of one ("vaststel" of "vaststellen": Pagefind matches it so too).
    if (form.length >= 4 && stem(form, lexicon) !== stem(word, lexicon) && knownWord(form, lexicon)) return form;
  }
  return undefined;
}

/** A vocabulary set of the lexicon, for the compound splitter. */
const vocabs = new WeakMap<Lexicon, Vocabulary>();
export function lexiconVocabulary(lexicon: Lexicon): Vocabulary {
  let v = vocabs.get(lexicon);
  if (!v) vocabs.set(lexicon, (v = new Set(lexicon.woorden)));
  return v;
}

/** What happened to one word of the query. */
export type Repair =
  | { kind: 'split'; word: string; parts: [string, string] }
  | { kind: 'corrected'; word: string; to: string }
  | { kind: 'unknown'; word: string };

/** Shortest word that is checked against the lexicon; shorter words (Wlz, pgb, CIZ) are searched as typed. */
export const MIN_CHECKED = 5;

/**
 * Repairs a word that is not on the site: one typing error away from a word
 * of the site, it is that word ("keukentafelgesprekk"); else its compound
 * parts when both are words of the site ("jeugdhulpaanbieders"); else the
 * nearest word within maxTypos; else unknown.
 */
export function repairWord(word: string, lexicon: Lexicon): Repair {
  const to = correctWord(word, lexicon);
  if (to && editDistance(fold(word), fold(to), 1) <= 1) return { kind: 'corrected', word, to };
  const parts = splitCompound(word, lexiconVocabulary(lexicon));
  if (parts) return { kind: 'split', word, parts };
  if (to) return { kind: 'corrected', word, to };
  return { kind: 'unknown', word };
}

/** One search term of the prepared query: a word, or the parts of a compound that must occur together. */
export interface Term {
  /** What is given to Pagefind ("jeugdhulp aanbieders" for a split compound). */
  search: string;
  /**
   * Other forms searched too, whose results are merged with those of `search`: the site's own word for it
   * ("jeugdhulp" for "jeugdzorg"; Lexicon.synoniemen) and the Dutch stem ("controler" for "controleer", so it finds
   * "controleren": Pagefind matches a typed word as the start of the words in its index).
   */
  forms?: string[];
  /** The word as it was typed. */
  typed: string;
  /**
   * False for a word that names nothing on the site: no wet, keuze, begrip, scheidslijn or casus has it in a name
   * ("zoon", "oma", "25"). Such a word counts for less in the relaxed order (CONTEXT_WEIGHT), so a rare lay word does
   * not outweigh the subject of the question.
   */
  topical?: boolean;
}

/** How much a word that names nothing on the site weighs in the relaxed order, against a word that does. */
export const CONTEXT_WEIGHT = 0.5;

/** The words (by stem) of every term the site names (Lexicon.termen). */
const termWordSets = new WeakMap<Lexicon, Set<string>>();
function termWords(lexicon: Lexicon): Set<string> {
  let set = termWordSets.get(lexicon);
  if (!set) termWordSets.set(lexicon, (set = new Set(lexicon.termStammen ?? lexicon.termen.flatMap((t) => words(t).flatMap((w) => w.split('-'))).map((w) => stem(w, lexicon)))));
  return set;
}

/** Whether every word of a term is a word of some name on the site (see Term.topical). */
export function isTopical(term: string, lexicon?: Lexicon): boolean {
  if (!lexicon?.termen.length) return true;
  const set = termWords(lexicon);
  return words(term).flatMap((w) => w.split('-')).every((w) => set.has(stem(w, lexicon)));
}

/** The prepared query: what is searched, and what was changed on the way (to show on the page). */
export interface PreparedQuery {
  /** The query as typed (cleaned). */
  query: string;
  terms: Term[];
  dropped: string[];
  repairs: Repair[];
  /** A term to offer with "Bedoelde u …?". */
  suggestion?: string;
  /** Weak words (WEAK): searched to order results that hold the same terms, never to leave a result out. */
  weak: string[];
  /** What the question asks for, read from its words (see intentOf). */
  intent: Intent;
  /** A gemeente named in the query ("Utrecht"): the site has nothing per gemeente (plaatsen.ts). */
  plaats?: string;
}

/**
 * What a question asks for, beyond its words:
 *  - raad: what the raad may decide about something (raadVraag): keuzes and "Wat kan de raad wel?" first;
 *  - bedrag: an amount, age, count or year ("hoeveel", "bedrag", "€", "2027", any number): facts of /feiten/ rank
 *    with keuzes;
 *  - trainer: material for a werksessie ("hand-out", "poster", "oefening", "training", "beamer");
 *  - tussen: "X of Y", a choice between two (scheidslijnen and casussen);
 *  - soort: a kind of result named in the question ("casus over …").
 */
export interface Intent {
  raad: boolean;
  bedrag: boolean;
  trainer: boolean;
  /** "X of Y" ("dagbesteding of sociale werkplaats"): which of two, the question of a scheidslijn or casus. */
  tussen: boolean;
  /** A number in the question ("zoon van 25"): facts rank with the answers, without coming first. */
  getal: boolean;
  soort?: 'casus' | 'begrip' | 'vraag';
}

const BEDRAG = /€|\b(hoeveel|bedrag(en)?|euro|hoogte|hoog|per maand|per jaar|leeftijd|welke leeftijd|aantal|norm|normen|20[2-3]\d)\b/;
const TRAINER = /\b(hand-?outs?|poster|afdrukken|afdruk|printen|print|oefening(en)?|oefenen|training|trainen|trainer|beamer|presentatie|presenteren|werksessie|uitdelen|papier|a3|a4)\b/;
/** Words that name a kind of result; they choose the kind and are not searched. */
const SOORT_WOORDEN: ReadonlyMap<string, 'casus' | 'begrip'> = new Map([
  ['casus', 'casus'],
  ['casussen', 'casus'],
  ['voorbeeldcasus', 'casus'],
]);

/**
 * Words that hint at the questions of the werkblad ("welke vragen …", "welke informatie vraag je op"): searched as
 * typed, and the questions (/vragen/#…) rank with the answers.
 */
const VRAAG_WOORDEN: ReadonlySet<string> = new Set(['vraag', 'vragen', 'vragenlijst', 'opvragen']);

/** The intent of a query (see Intent). */
export function intentOf(query: string, raad: boolean): Intent {
  const q = fold(query);
  const soort = queryWords(q)
    .map((w) => SOORT_WOORDEN.get(w) ?? (VRAAG_WOORDEN.has(w) ? ('vraag' as const) : undefined))
    .find(Boolean);
  const list = queryWords(q);
  const tussen = list.some((w, i) => w === 'of' && i > 0 && i < list.length - 1 && !STOPWOORDEN.has(list[i - 1]!) && !STOPWOORDEN.has(list[i + 1]!));
  return { raad, bedrag: BEDRAG.test(q), trainer: TRAINER.test(q), tussen, getal: list.some((w) => /^\d+$/.test(w)), ...(soort ? { soort } : {}) };
}

/** The words searched, as one string ("eigen bijdrage verlagen"). */
export const searchedText = (p: PreparedQuery) => p.terms.map((t) => t.search).join(' ');

/** Whether preparing this query needs the lexicon: it has a word long enough to be checked. */
export const needsLexicon = (query: string) => dropStopwords(queryWords(query)).kept.some((w) => w.length >= MIN_CHECKED && !getalVanWoord(w));

/**
 * Prepares a query: reads a gemeente name (plaatsen.ts) and the raad-question
 * frame (raadVraag), drops question and function words, sets weak words apart,
 * and repairs each word of at least MIN_CHECKED letters that is not on the
 * site, in any of its forms (stem). A word that cannot be repaired is still
 * searched (Pagefind's Dutch stemming may know it), and a "Bedoelde u …?" term
 * is offered for it when one is near.
 */
export function prepareQuery(query: string, lexicon?: Lexicon): PreparedQuery {
  let list = queryWords(query);
  const plaats = plaatsIn(list, query, lexicon?.gemeenten);
  if (plaats) list = list.filter((_, i) => !plaats.indices.includes(i));
  const raad = raadVraag(list);
  const frame = new Set([...(raad?.frame ?? []), ...list.filter((w) => SOORT_WOORDEN.has(w))]);
  const framed = list.filter((w) => !frame.has(w));
  const { kept: found, dropped } = framed.length ? dropStopwords(framed) : { kept: [], dropped: [] };
  // A separable verb split by the sentence is searched whole ("telt … mee" → "meetelt", "bereid … voor" → "voorbereid").
  const joined = lexicon?.woorden.length ? separableVerbs(list, lexicon) : new Map<string, string>();
  const particles = new Set([...joined].map(([w, form]) => [...PARTIKELS].find((p) => form === `${p}${w}` || form === `${p}${w.slice(0, -1)}`)!));
  const all = uniqWords(found.filter((w) => !particles.has(w)).map((w) => joined.get(w) ?? w));
  // Weak words are searched apart, unless they are all that is left ("wethouder"). A question that names a kind of
  // result ("casus voor training over …") has its trainer words weak too: they tell who asks, not what.
  const soort = list.some((w) => SOORT_WOORDEN.has(w));
  const isWeak = (w: string) => WEAK.has(w) || (soort && TRAINER.test(w));
  const strong = all.some((w) => !isWeak(w)) ? all.filter((w) => !isWeak(w)) : all;
  const weak = all.filter((w) => !strong.includes(w)).map((w) => searchForm(w, lexicon));
  const terms: Term[] = [];
  const repairs: Repair[] = [];
  let suggestion: string | undefined;
  for (const typed of lexicon ? joinPhrases(strong, lexicon) : strong) {
    const word = typed.includes(' ') ? typed : searchForm(typed, lexicon);
    if (!lexicon?.woorden.length || word.includes(' ') || word.length < MIN_CHECKED || knownWord(word, lexicon)) {
      const forms = otherForms(word, lexicon);
      terms.push({ search: word, typed, ...(forms.length ? { forms } : {}) });
      continue;
    }
    const repair = repairWord(word, lexicon);
    repairs.push(repair);
    if (repair.kind === 'split') terms.push({ search: repair.parts.join(' '), typed: word });
    else if (repair.kind === 'corrected') terms.push({ search: repair.to, typed: word });
    else {
      terms.push({ search: word, typed: word });
      suggestion ??= suggestTerm(word, lexicon);
    }
  }
  // Read from what was typed and what is searched (a corrected "werksesie" is a werksessie).
  for (const t of terms) if (!isTopical(t.search, lexicon)) t.topical = false;
  const intent = { ...intentOf(`${query} ${terms.map((t) => t.search).join(' ')}`, !!raad), tussen: intentOf(query, false).tussen };
  // A word that is nowhere on the site ("zoon", "koophuis") cannot decide which results hold the answer: it is
  // searched as a weak word, so results with the other words are not ranked lower for lacking it.
  const unknown = new Set(repairs.filter((r) => r.kind === 'unknown').map((r) => r.word));
  const known = terms.filter((t) => !unknown.has(t.search));
  if (known.length && known.length < terms.length) {
    weak.push(...terms.filter((t) => unknown.has(t.search)).map((t) => t.search));
    terms.splice(0, terms.length, ...known);
  }
  return {
    query,
    terms,
    dropped: uniqWords(list.filter((w) => frame.has(w) || dropped.includes(w))),
    repairs,
    weak,
    intent,
    ...(plaats ? { plaats: plaats.naam } : {}),
    ...(suggestion ? { suggestion } : {}),
  };
}

/** Particles of Dutch separable verbs that a sentence puts after the verb ("telt … mee", "houdt … op", "vul … in"). */
const PARTIKELS: ReadonlySet<string> = new Set(['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'vast', 'voor', 'weg']);

/** Particles that are never prepositions. */
const ALTIJD_PARTIKEL: ReadonlySet<string> = new Set(['mee', 'vast', 'terug', 'weg']);
/** Conjunctions: a clause ends before them. */
const VOEGWOORDEN: ReadonlySet<string> = new Set(['en', 'of', 'maar', 'want', 'dan', 'als', 'omdat', 'zodat', 'terwijl', 'dus']);

/**
 * Separable verbs that a sentence splits: a particle (PARTIKELS) after a word, where particle + word is a word of the
 * site ("telt mijn zoon mee" → "meetelt", "waar houdt de ene wet op" → "ophoudt", "hoe bereid ik … voor" →
 * "voorbereid"). The nearest such word before the particle is joined; without a known joined word nothing happens
 * ("invloed van de raad op jeugdhulp" stays as it is). Returns word → joined form.
 */
export function separableVerbs(list: string[], lexicon: Lexicon): Map<string, string> {
  const out = new Map<string, string>();
  list.forEach((p, j) => {
    if (!PARTIKELS.has(p) || j === 0) return;
    // Most particles are prepositions too ("aan de wethouder", "in aanmerking"): a split verb's particle ends its
    // clause, so it counts only at the end of the question or before a conjunction. "mee", "vast", "terug" and "weg"
    // are no prepositions and count anywhere.
    if (!ALTIJD_PARTIKEL.has(p) && j < list.length - 1 && !VOEGWOORDEN.has(list[j + 1]!)) return;
    for (let i = j - 1; i >= 0; i--) {
      const w = list[i]!;
      if (STOPWOORDEN.has(w) || PARTIKELS.has(w) || out.has(w) || w.length < 3 || /\d/.test(w)) continue;
      // "vaststelt" may be on the site only as "vaststellen": then its start without the -t is searched.
      const form = [`${p}${w}`, ...(/[^t]t$/.test(w) ? [`${p}${w.slice(0, -1)}`] : [])].find((f) => knownWord(f, lexicon));
      if (form) {
        out.set(w, form);
        return;
      }
    }
  });
  return out;
}

/** The present form of a participle, the synonym and the stem of a word, when they differ from it (Term.forms). */
export function otherForms(word: string, lexicon?: Lexicon): string[] {
  if (word.includes(' ') || /\d/.test(word)) return [];
  const w = fold(word);
  const synonym = lexicon?.synoniemen?.[w];
  const s = stem(w, lexicon);
  const useStem = w.length >= 4 && s.length >= 3 && s !== w && !w.startsWith(s) && (!lexicon?.woorden.length || stemFamily(s, lexicon));
  const infinitief = lexicon?.woorden.length ? participleStem(w, lexicon) : undefined;
  return uniqWords([...(infinitief ? [infinitief] : []), ...(synonym ? [synonym] : []), ...(useStem ? [s] : [])]);
}

/**
 * Whether a stem, searched as the start of a word, finds mostly its own family: at least a third of the site's
 * words that start with it have that stem ("controler": controleren; "hog": hoge, hoger). "zon" (the stem of
 * "zoon") starts "zonder", "zone" and many more, and would find nearly every page.
 */
function stemFamily(s: string, lexicon: Lexicon): boolean {
  const list = sorted(lexicon);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  let all = 0;
  let family = 0;
  for (let i = lo; i < list.length && list[i]!.startsWith(s); i++) {
    all++;
    if (stem(list[i]!, lexicon) === s) family++;
  }
  return all > 0 && family * 3 >= all;
}

/** A result of one search: an id and Pagefind's score. */
export interface Scored {
  id: string;
  score: number;
}

/** A result in the relaxed order: how much of the query it holds (the summed weight of its terms) and its score. */
export interface Ranked {
  id: string;
  /** Summed weight of the terms the result holds; every term for the results of the full search. */
  weight: number;
  /** Pagefind's score, relative to the best result of the same search (0–1), summed over terms for partial results. */
  score: number;
}

/**
 * How much weak words (WEAK: "raadslid", "wordt", "verschil") add to a result's score, as a share of its score when
 * it holds all of them. They order results that hold the same terms; they never lift a result above one that holds
 * more of the terms.
 */
export const WEAK_BOOST = 0.5;

/**
 * Relaxation: merges the results of the search with all terms and of each
 * term on its own. Results holding every term come first, in the order of the
 * search with all terms; then results holding fewer terms, ranked by the
 * weight of the terms they hold (a rare term weighs more than a common one:
 * log(1 + pages / pages with the term), times the term's factor: CONTEXT_WEIGHT for a
 * word that names nothing on the site), then by their summed scores. A result
 * that also holds weak words (`weak`, each word's own results) gets up to
 * WEAK_BOOST more score.
 */
export function rankRelaxed(all: Scored[], perTerm: Scored[][], pages: number, weak: Scored[][] = [], factors: number[] = []): Ranked[] {
  const idf = perTerm.map((results, t) => (results.length ? Math.log(1 + Math.max(pages, results.length) / results.length) * (factors[t] ?? 1) : 0));
  const total = idf.reduce((a, b) => a + b, 0) || 1;
  const weakSets = weak.map((results) => new Set(results.map((r) => r.id)));
  const boost = (id: string) => (weakSets.length ? 1 + (WEAK_BOOST * weakSets.filter((s) => s.has(id)).length) / weakSets.length : 1);
  const best = all[0]?.score || 1;
  const full: Ranked[] = all.map((r) => ({ id: r.id, weight: total, score: (r.score / best) * boost(r.id) }));
  const inFull = new Set(all.map((r) => r.id));
  const partial = new Map<string, Ranked>();
  perTerm.forEach((results, t) => {
    const top = results[0]?.score || 1;
    for (const r of results) {
      if (inFull.has(r.id)) continue;
      const p = partial.get(r.id) ?? { id: r.id, weight: 0, score: 0 };
      p.weight += idf[t]!;
      p.score += r.score / top;
      partial.set(r.id, p);
    }
  });
  for (const p of partial.values()) p.score *= boost(p.id);
  const rest = [...partial.values()].sort((a, b) => b.weight - a.weight || b.score - a.score || (a.id < b.id ? -1 : 1));
  return [...full, ...rest];
}

/**
 * Re-sorts the first results by what they hold of the query, then by their
 * score times a prior for the kind of result (an answer such as a keuze or a
 * begrip before a section of a long page, overview pages last). Stable.
 */
export function byPrior<T extends { ranked: Ranked }>(items: T[], prior: (item: T) => number): T[] {
  const key = (x: T) => x.ranked.score * prior(x);
  // A catch-all part or overview (prior below CATCH_ALL_PRIOR) holds many words because it sums up many subjects:
  // it counts as holding a quarter less of the query, so a specific answer with fewer of the words can pass it.
  // The kind of result the question asks for (prior above ASKED_PRIOR: a fact for "hoeveel", a casus for "casus over")
  // counts as holding a tenth more.
  const weight = (x: T) => x.ranked.weight * (prior(x) < CATCH_ALL_PRIOR ? 0.6 : prior(x) > ASKED_PRIOR ? 1.1 : 1);
  return items
    .map((x, i) => ({ x, i, w: weight(x), k: key(x) }))
    .sort((a, b) => b.w - a.w || b.k - a.k || a.i - b.i)
    .map(({ x }) => x);
}

/** Below this prior a result is a catch-all part or an overview (see PRIOR in rank.ts). */
export const CATCH_ALL_PRIOR = 0.4;
/** Above this prior a result is of the kind the question asks for (see PRIOR in rank.ts). */
export const ASKED_PRIOR = 1.2;

/**
 * Joins adjacent words that together are a term of the site ("eigen
 * bijdrage", "huishoudelijke hulp"), so relaxation keeps them together: a
 * result holding "eigen" alone is not half an answer to "eigen bijdrage".
 */
export function joinPhrases(list: string[], lexicon: Lexicon): string[] {
  const phrases = phraseSet(lexicon);
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    let joined = false;
    for (let n = Math.min(3, list.length - i); n >= 2 && !joined; n--) {
      const phrase = phrases.get(phraseKey(list.slice(i, i + n), lexicon));
      if (phrase) {
        out.push(phrase);
        i += n - 1;
        joined = true;
      }
    }
    if (!joined) out.push(list[i]!);
  }
  return out;
}

/**
 * How words of a phrase are compared: by stem, and without a final d or t, so a phrase typed in another form or with
 * the common d/t error is the site's phrase ("beschermt wonen" → "beschermd wonen").
 */
const phraseKey = (list: string[], lexicon: Lexicon) => list.map((w) => stem(w, lexicon).replace(/[dt]$/, '')).join(' ');

const phraseSets = new WeakMap<Lexicon, Map<string, string>>();
function phraseSet(lexicon: Lexicon): Map<string, string> {
  let map = phraseSets.get(lexicon);
  if (!map) {
    map = new Map();
    for (const t of lexicon.termen) {
      const phrase = fold(t).replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();
      if (phrase.includes(' ') && !map.has(phraseKey(phrase.split(' '), lexicon))) map.set(phraseKey(phrase.split(' '), lexicon), phrase);
    }
    phraseSets.set(lexicon, map);
  }
  return map;
}
