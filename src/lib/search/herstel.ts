/**
 * Repairing query words with the lexicon (see query.ts, step 2): whether a
 * word occurs on the site (knownWord, by prefix or stem), typo correction
 * (editDistance, correctWord), "Bedoelde u …?" (suggestTerm), compounds
 * (repairWord), participles (participleStem), separable verbs split by a
 * sentence (separableVerbs), the site's phrases (joinPhrases) and gemeente
 * names (plaatsIn of plaatsen.ts, with the lexicon's list of gemeenten), the list-question rule (lijstvraag.ts); and
 * building the lexicon itself (lexiconFrom, at build time).
 *
 * A module of its own so the browser loads it only with the lexicon: a query
 * of short words ("wlz", "pgb") needs neither, and its first search transfers
 * less (issue 24). query.ts reaches these functions through Lexicon.herstel,
 * which lexiconFrom sets and the engine adds when it loads the lexicon.
 *
 * Pure TypeScript: no DOM, no Pagefind.
 */
import { fold, singleSpaces } from '../normalise.ts';
import { MIN_CHECKED, stem, STOPWOORDEN, type Herstel, type Lexicon, type Repair } from './query.ts';
import { splitCompound, words, type Vocabulary } from './terms.ts';
import { plaatsIn } from './plaatsen.ts';
import { overzichtVraag } from './lijstvraag.ts';

/** A stem as Lexicon.stammen stores it: the letters the folded word loses, or the stem itself. */
export function packStem(word: string, stemmed: string): number | string {
  const w = fold(word);
  return w.startsWith(stemmed) ? w.length - stemmed.length : stemmed;
}
/** The stem back from Lexicon.stammen (see packStem). */
export function unpackStem(word: string, packed: number | string): string {
  if (typeof packed !== 'number') return packed;
  const w = fold(word);
  return w.slice(0, w.length - packed);
}

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
    const term = singleSpaces(t);
    const key = fold(term);
    if (term && !seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  }
  const lexicon: Lexicon = {
    herstel: HERSTEL,
    woorden,
    termen: terms.sort((a, b) => a.localeCompare(b, 'nl')),
    ...(Object.keys(synoniemen).length ? { synoniemen } : {}),
    ...(gemeenten.length ? { gemeenten } : {}),
  };
  if (!stemmer) return lexicon;
  const withStem = { ...lexicon, stem: stemmer };
  return {
    ...lexicon,
    stammen: woorden.map((w) => packStem(w, stem(w, withStem))),
    termStammen: [...termWords(withStem)].sort(),
    fraseSleutels: lexicon.termen.map((t) => {
      const phrase = phraseOf(t);
      return phrase.includes(' ') ? packPhraseKey(phrase, phraseKey(phrase.split(' '), withStem)) : 0;
    }),
  };
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
/**
 * Repairs a word that is not on the site: one typing error away from a word
 * of the site, it is that word ("keukentafelgesprekk"); else its compound
 * parts when both are words of the site ("jeugdhulpaanbieders"); else the
 * nearest word within maxTypos; else unknown.
 */
export function repairWord(word: string, lexicon: Lexicon): Repair {
  const klein = verkleinwoord(word, lexicon);
  if (klein) return { kind: 'corrected', word, to: klein };
  const to = correctWord(word, lexicon);
  if (to && editDistance(fold(word), fold(to), 1) <= 1) return { kind: 'corrected', word, to };
  const parts = splitCompound(word, lexiconVocabulary(lexicon));
  if (parts) return { kind: 'split', word, parts };
  if (to) return { kind: 'corrected', word, to };
  return { kind: 'unknown', word };
}
/**
 * The word a diminutive is made of, when the site knows it and not the diminutive: "tijdje" → "tijd" (which finds
 * "tijdelijk"), "huisje" → "huis", "baantje" → "baan". People say it so; the site writes the plain word. Before the typo
 * repair, which made "praatje" a "plaatje".
 */
export function verkleinwoord(word: string, lexicon: Lexicon): string | undefined {
  const w = fold(word);
  if (!w.endsWith('je')) return undefined;
  // The longest base first: "praatje" is "praat" + "je", "baantje" is "baan" + "tje".
  return [2, 3, 4].map((n) => w.slice(0, -n)).find((base) => base.length >= 3 && knownWord(base, lexicon));
}
/** The words (by stem) of every term the site names (Lexicon.termen). */
const termWordSets = new WeakMap<Lexicon, Set<string>>();
export function termWords(lexicon: Lexicon): Set<string> {
  let set = termWordSets.get(lexicon);
  if (!set) termWordSets.set(lexicon, (set = new Set(lexicon.termStammen ?? lexicon.termen.flatMap((t) => words(t).flatMap((w) => w.split('-'))).map((w) => stem(w, lexicon)))));
  return set;
}
/** Particles that are never prepositions. */
const ALTIJD_PARTIKEL: ReadonlySet<string> = new Set(['mee', 'vast', 'terug', 'weg']);
/** Conjunctions: a clause ends before them. */
const VOEGWOORDEN: ReadonlySet<string> = new Set(['en', 'of', 'maar', 'want', 'dan', 'als', 'omdat', 'zodat', 'terwijl', 'dus']);

/**
 * Particles of Dutch separable verbs that a sentence puts after the verb ("telt … mee", "houdt … op", "vul … in"). Here,
 * with the repair code, not in query.ts: only a query with a long word joins such verbs (issue 24, first search).
 */
export const PARTIKELS: ReadonlySet<string> = new Set(['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'vast', 'voor', 'weg']);

/** The particle of each verb that separableVerbs joined (its form is the particle and the verb). */
export function particlesOf(joined: Map<string, string>): Set<string> {
  return new Set([...joined].map(([w, form]) => [...PARTIKELS].find((p) => form === `${p}${w}` || form === `${p}${w.slice(0, -1)}`)!));
}

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
/**
 * Whether a stem, searched as the start of a word, finds mostly its own family: at least a third of the site's
 * words that start with it have that stem ("controler": controleren; "hog": hoge, hoger). "zon" (the stem of
 * "zoon") starts "zonder", "zone" and many more, and would find nearly every page.
 */
export function stemFamily(s: string, lexicon: Lexicon): boolean {
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

/** A term as a phrase: folded, its words (letters, digits, hyphens) separated by single spaces. */
const phraseOf = (term: string) => fold(term).replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();

/**
 * A phrase's key as Lexicon.fraseSleutels stores it: per word, how many letters the word loses to become its part of
 * the key, or the key itself when a part is not such a start (as packStem does for a word).
 */
export function packPhraseKey(phrase: string, key: string): number[] | string {
  const ws = phrase.split(' ');
  const ks = key.split(' ');
  return ks.length === ws.length && ws.every((w, i) => w.startsWith(ks[i]!)) ? ws.map((w, i) => w.length - ks[i]!.length) : key;
}
/** The key back from Lexicon.fraseSleutels (see packPhraseKey). */
export function unpackPhraseKey(phrase: string, packed: number[] | string): string {
  if (typeof packed === 'string') return packed;
  return phrase
    .split(' ')
    .map((w, i) => w.slice(0, w.length - packed[i]!))
    .join(' ');
}

/**
 * The site's phrases by their key (phraseKey), the first term of each key. The keys come from the lexicon
 * (Lexicon.fraseSleutels, written at build) when it has them: computing them stemmed every word of every term, the
 * largest part of the stemmer's work in a pasted question's first search (issue 24).
 */
const phraseSets = new WeakMap<Lexicon, Map<string, string>>();
function phraseSet(lexicon: Lexicon): Map<string, string> {
  let map = phraseSets.get(lexicon);
  if (!map) {
    map = new Map();
    const keys = lexicon.fraseSleutels?.length === lexicon.termen.length ? lexicon.fraseSleutels : undefined;
    lexicon.termen.forEach((t, i) => {
      if (keys && !keys[i]) return;
      const phrase = phraseOf(t);
      if (!phrase.includes(' ')) return;
      const key = keys ? unpackPhraseKey(phrase, keys[i] as number[] | string) : phraseKey(phrase.split(' '), lexicon);
      if (!map!.has(key)) map!.set(key, phrase);
    });
    phraseSets.set(lexicon, map);
  }
  return map;
}


/** The functions query.ts calls through Lexicon.herstel. */
/** Whether every word of a term is a word of some name on the site (see Term.topical in query.ts). */
export function isTopical(term: string, lexicon: Lexicon): boolean {
  const set = termWords(lexicon);
  return words(term).flatMap((w) => w.split('-')).every((w) => set.has(stem(w, lexicon)));
}

/**
 * A verb typed with its -t ("betaalt", "controleert", "wordt") without it, when the site knows the stem without it
 * ("betalen", "controleren", "worden") and not the typed one: the stemmer keeps that -t (query.ts searchForm).
 */
export function withoutT(word: string, lexicon: Lexicon): string | undefined {
  if (word.length < 5 || !/[^t]t$/.test(word) || word.includes('-')) return undefined;
  const base = word.slice(0, -1);
  const known = stems(lexicon);
  return known.has(stem(base, lexicon)) && !known.has(stem(word, lexicon)) ? base : undefined;
}

/** Words for printed matter: with a wet and no other kind of material, they ask for that wet's hand-out (drukwerk). */
const DRUK = /^(a4|a4tjes?|printen|print|printbaar|printbare|uitprinten|afdrukken|afdruk|uitdelen|uitdraai|papier|uitdeelblad)$/;
/** Other material that is printed: the poster (a3, kaart), the werkblad, the oefeningen, the lists. */
const ANDER_DRUKWERK = /^(a3|poster|kaart|plaat|werkblad|vragen|vragenlijst|oefening|oefeningen|casus|casussen|begrippen|begrippenlijst|hand-?outs?)$/;
/** Words that name a wet (its names and the aliases people type for it; the hand-out of each carries them). */
const WET = /^(wmo|jeugdwet|participatiewet|wlz|zvw|zorgverzekeringswet|zorgverzekering|bijstand|jeugdzorg|jeugdhulp|langdurige)$/;

/**
 * The print-word rule: "een a4tje over de jeugdwet", "printbare samenvatting van de wlz", "iets op papier over de
 * zorgverzekeringswet" ask for the wet's hand-out (one A4 to print and hand out), as "hand-out jeugdwet" does; a print
 * word with the kaart, the werkblad or another kind of material asks for that one ("poster afdrukken a3").
 */
export function drukwerk(list: string[]): boolean {
  return list.some((w) => DRUK.test(w)) && list.some((w) => WET.test(w)) && !list.some((w) => ANDER_DRUKWERK.test(w));
}

export const HERSTEL: Herstel = { knownWord, stems, participleStem, withoutT, repairWord, suggestTerm, separableVerbs, particlesOf, joinPhrases, stemFamily, termWords, isTopical, plaatsIn, overzichtVraag, drukwerk };
