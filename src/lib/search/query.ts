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
import { fold, words } from '../normalise.ts';
import { getalVanWoord } from './getallen.ts';

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
  'mij', 'me', 'jou', 'jouw', 'elke', 'elk', 'ieder', 'iedere',
  'ene', 'andere',
  'als', 'of', 'en', 'maar', 'dan', 'want', 'omdat', 'terwijl', 'zodat', 'wel', 'niet', 'geen', 'nog', 'ook',
  'voordat', 'nadat', 'totdat', 'zodra', 'doordat', 'hoewel', 'tenzij', 'weer',
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
  // "hoe heet dat", "hoe noem je dat": the question asks for a name, the words are not it.
  'heet', 'heten', 'noem', 'noemt', 'noemen',
  // Verbs that report or judge a situation ("de gemeente zegt dat …", "omdat werk niet lukt"): they say who speaks or
  // that it fails, not what it is about, and a rare verb weighs much in the relaxed order.
  'zegt', 'zei', 'zeiden', 'vertelt', 'vertelde', 'lukt', 'lukken', 'lukte',
]);

/**
 * Words for the person a question is about ("mijn zoon", "mijn moeder", "een buurman"): they say whose situation it is,
 * not what it is about, and the site names such people only in passing (a casus about a son, the zoekwoord "dochter of
 * zoon" of the pgb). A rare word weighs much in the relaxed order, so "zoon" (in four results) outweighed "18" and
 * "jeugdzorg" together and put two casussen about a son above "Achttien worden midden in de jeugdhulp". They are weak
 * words: searched, and they order results that hold the same other words; they weigh as a term only for results that
 * hold every term and such a word, when it is rarer than each term (rankRelaxed: "mijn moeder" and the casus about a
 * daughter and her mother). "Ouders" and "ouderen" are not among them: they are subjects here (the ouderbijdrage, zorg
 * voor ouderen).
 */
export const PERSONEN: ReadonlySet<string> = new Set([
  'zoon', 'zoons', 'zonen', 'dochter', 'dochters', 'kind', 'kinderen', 'kindje', 'moeder', 'vader', 'mama', 'papa', 'oma', 'opa',
  'broer', 'broers', 'zus', 'zussen', 'zuster', 'man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote', 'vriend', 'vriendin',
  'buurman', 'buurvrouw', 'buren', 'neef', 'nicht', 'kleinkind', 'kleinzoon', 'kleindochter', 'schoonmoeder', 'schoonvader',
]);

/**
 * The unit of an age: weak right after a number ("18 jaar worden", "zoon van 25 jaar"; see prepareQuery). The number
 * is the age; "jaar" is on nearly every page about one, and a title that says "Achttien worden" lacks it.
 */
export const JAAR: ReadonlySet<string> = new Set(['jaar', 'jaren', 'jarig', 'jarige']);

/** Words that are kept even though they are short: abbreviations people type. */
const MIN_WORD = 2;


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
 * gemeenteraad zelf de hoogte van de bijstand bepalen", "waar gaat de raad over bij de zvw". A word for the raad
 * together with a word that asks what it may decide frames the question: both
 * are left out of the search, and the results that say what the raad can do
 * (keuzes, the "Wat kan de raad wel?" part of a wet page) rank first.
 */
export function raadVraag(list: string[]): { frame: string[] } | undefined {
  if (!list.some((w) => RAAD_WOORDEN.has(w)) || list.some((w) => RAAD_WERKWIJZE.has(w))) return undefined;
  // "Waar gaat de raad over bij X": "ergens over gaan" is to decide it.
  const gaatOver = list.some((w) => w === 'gaat' || w === 'gaan') && list.includes('over');
  if (!gaatOver && !list.some((w) => RAAD_VRAAG.has(w))) return undefined;
  return { frame: list.filter((w) => RAAD_WOORDEN.has(w) || RAAD_VRAAG.has(w)) };
}

/**
 * The lexicon: what the browser needs to repair a word the index does not
 * know. Written at build time (src/integrations/pagefind.ts) and fetched only
 * when a query holds such a word.
 */
/**
 * The repair code (herstel.ts, HERSTEL), reached through Lexicon.herstel: a chunk of its own in the browser, loaded
 * with the lexicon, so query.ts does not import it.
 */
export interface Herstel {
  knownWord(word: string, lexicon: Lexicon): boolean;
  stems(lexicon: Lexicon): Set<string>;
  participleStem(word: string, lexicon: Lexicon): string | undefined;
  /** A verb typed with its -t ("betaalt") without it, when only that form is on the site (see searchForm). */
  withoutT(word: string, lexicon: Lexicon): string | undefined;
  repairWord(word: string, lexicon: Lexicon): Repair;
  suggestTerm(typed: string, lexicon: Lexicon): string | undefined;
  separableVerbs(list: string[], lexicon: Lexicon): Map<string, string>;
  /** The particles of the verbs separableVerbs joined ("mee" of "telt … mee" → "meetelt"): they are not searched. */
  particlesOf(joined: Map<string, string>): Set<string>;
  joinPhrases(list: string[], lexicon: Lexicon): string[];
  stemFamily(s: string, lexicon: Lexicon): boolean;
  termWords(lexicon: Lexicon): Set<string>;
  /** Whether every word of a term is a word of some name on the site (see Term.topical). */
  isTopical(term: string, lexicon: Lexicon): boolean;
  plaatsIn(list: string[], typed: string | undefined, gemeenten: readonly string[]): { naam: string; indices: number[] } | undefined;
  /** The list-question rule (lijstvraag.ts): its kind words are all long enough to load the lexicon with this code. */
  overzichtVraag(list: string[]): { url: string; frame: string[] } | undefined;
  /** The print-word rule (herstel.ts): a print word with a wet asks for its hand-out. */
  drukwerk(list: string[]): boolean;
}

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
  /**
   * The code that repairs words with the lexicon (herstel.ts: known words, typos, compounds, participles, phrases,
   * separable verbs). Not in the JSON: the engine loads it as a chunk of its own with the lexicon (only a query with a
   * long word needs either), and lexiconFrom adds it for the build and the tests.
   */
  herstel: Herstel;
  /** The Dutch stemmer (not in the JSON: the engine adds it when it loads the lexicon, see stem). */
  stem?: (word: string) => string;
  /**
   * The stem of each of `woorden`, computed at build time (lexiconFrom with a stemmer): stemming thousands of words in
   * the browser took longer than the whole rest of a first search (issue 24). Compact: per word, how many letters its
   * folded form loses to become its stem, or the stem itself when it is not such a start. Without it (a lexicon built
   * without a stemmer, a test) the stems are computed on first use.
   */
  stammen?: (number | string)[];
  /** The stems of the words of `termen` (see Herstel.isTopical), computed at build time like `stammen`. */
  termStammen?: string[];
  /**
   * For each of `termen`, the key its phrase is found by (herstel.ts phraseKey: the stems of its words), or 0 for a
   * term of one word; computed at build time like `stammen`, so joining a question's phrases stems no term. Compact
   * like `stammen`: per word, how many letters it loses, or the key itself (herstel.ts packPhraseKey).
   */
  fraseSleutels?: (0 | number[] | string)[];
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
  const infinitief = lexicon?.woorden.length && !lexicon.herstel.knownWord(word, lexicon) ? lexicon.herstel.participleStem(word, lexicon) : undefined;
  if (infinitief) return infinitief;
  return (lexicon?.woorden.length && lexicon.herstel.withoutT(word, lexicon)) || word;
}


/** What happened to one word of the query. */
export type Repair =
  | { kind: 'split'; word: string; parts: [string, string] }
  | { kind: 'corrected'; word: string; to: string }
  | { kind: 'unknown'; word: string };

/** Shortest word that is checked against the lexicon; shorter words (Wlz, pgb, CIZ) are searched as typed. */
export const MIN_CHECKED = 5;


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
  /** The weak words that are words for a person (PERSONEN; see rankRelaxed). */
  personen: string[];
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
  soort?: 'casus' | 'begrip' | 'vraag' | 'handout';
  /** The overview page a question asks for ("lijst van alle casussen": /casussen/; overzichtVraag in lijstvraag.ts). */
  overzicht?: string;
}

const BEDRAG = /€|\b(hoeveel|bedrag(en)?|euro|hoogte|hoog|per maand|per jaar|leeftijd|welke leeftijd|aantal|norm|normen|20[2-3]\d)\b/;
const TRAINER = /\b(hand-?outs?|poster|afdrukken|afdruk|printen|print|oefening(en)?|oefenen|training|trainen|trainer|beamer|presentatie|presenteren|werksessie|uitdelen|papier|a3|a4|groepsopdracht(en)?|werkvorm(en)?|rollenspel(len)?|deelnemers|cursus|cursisten|workshop|groepjes)\b/;
/** Words that name a kind of result; they choose the kind and are not searched. */
const SOORT_WOORDEN: ReadonlyMap<string, 'casus' | 'begrip' | 'handout'> = new Map([
  ['casus', 'casus'],
  ['casussen', 'casus'],
  ['voorbeeldcasus', 'casus'],
  ['hand-out', 'handout'],
  ['handout', 'handout'],
  ['hand-outs', 'handout'],
  ['handouts', 'handout'],
]);

/** The Pagefind type of a kind of result a question names (Intent.soort): a hand-out is werksessie material. */
export const SOORT_TYPE = { casus: 'casus', begrip: 'begrip', vraag: 'vraag', handout: 'werksessie' } as const;

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
  // Without a lexicon there is no list of gemeenten, and no gemeente to find (plaatsen.ts, through herstel.ts).
  const plaats = lexicon?.gemeenten ? lexicon.herstel.plaatsIn(list, query, lexicon.gemeenten) : undefined;
  if (plaats) list = list.filter((_, i) => !plaats.indices.includes(i));
  // A hand-out asked for in print words ("a4tje over de jeugdwet"): as if "hand-out" were typed (herstel.ts drukwerk).
  if (lexicon?.herstel.drukwerk(list)) list = [...list, 'hand-out'];
  const raad = raadVraag(list);
  // A list question names a kind with a word of 5 letters or more (lijstvraag.ts), so it always comes with the lexicon.
  const overzicht = lexicon?.herstel.overzichtVraag(list);
  // A kind word frames the question ("casus over …"); a hand-out word stays, as a trainer's word that is weak here (it
  // names /werksessie/ too, where the hand-outs are listed).
  const frame = new Set([...(raad?.frame ?? []), ...(overzicht?.frame ?? []), ...list.filter((w) => SOORT_WOORDEN.has(w) && !TRAINER.test(w))]);
  const framed = list.filter((w) => !frame.has(w));
  const { kept: found, dropped } = framed.length ? dropStopwords(framed) : { kept: [], dropped: [] };
  // A separable verb split by the sentence is searched whole ("telt … mee" → "meetelt", "bereid … voor" → "voorbereid").
  const joined = lexicon?.woorden.length ? lexicon.herstel.separableVerbs(list, lexicon) : new Map<string, string>();
  const particles = lexicon?.woorden.length ? lexicon.herstel.particlesOf(joined) : new Set<string>();
  const all = uniqWords(found.filter((w) => !particles.has(w)).map((w) => joined.get(w) ?? w));
  // Weak words are searched apart, unless they are all that is left ("wethouder"). A question that names a kind of
  // result ("casus voor training over …") has its trainer words weak too: they tell who asks, not what.
  const soort = list.some((w) => SOORT_WOORDEN.has(w));
  // "18 jaar", "27 jaar": the number is the age; the unit after it adds nothing the number does not say.
  const afterNumber = (w: string) => list.some((x, i) => x === w && i > 0 && /^\d{1,3}$/.test(searchForm(list[i - 1]!)));
  const isWeak = (w: string) => WEAK.has(w) || PERSONEN.has(w) || (soort && TRAINER.test(w) && !SOORT_WOORDEN.has(w)) || (afterNumber(w) && JAAR.has(w));
  const strong = all.some((w) => !isWeak(w)) ? all.filter((w) => !isWeak(w)) : all;
  const weak = all.filter((w) => !strong.includes(w)).map((w) => searchForm(w, lexicon));
  const terms: Term[] = [];
  const repairs: Repair[] = [];
  let suggestion: string | undefined;
  for (const typed of lexicon ? lexicon.herstel.joinPhrases(strong, lexicon) : strong) {
    const word = typed.includes(' ') ? typed : searchForm(typed, lexicon);
    if (!lexicon?.woorden.length || word.includes(' ') || word.length < MIN_CHECKED || lexicon.herstel.knownWord(word, lexicon)) {
      const forms = otherForms(word, lexicon);
      terms.push({ search: word, typed, ...(forms.length ? { forms } : {}) });
      continue;
    }
    const repair = lexicon.herstel.repairWord(word, lexicon);
    repairs.push(repair);
    if (repair.kind === 'split') terms.push({ search: repair.parts.join(' '), typed: word });
    else if (repair.kind === 'corrected') terms.push({ search: repair.to, typed: word });
    else {
      terms.push({ search: word, typed: word });
      suggestion ??= lexicon.herstel.suggestTerm(word, lexicon);
    }
  }
  // Read from what was typed and what is searched (a corrected "werksesie" is a werksessie).
  // Whether every word of a term is a word of some name on the site (Term.topical; herstel.ts isTopical).
  if (lexicon?.termen.length) for (const t of terms) if (!lexicon.herstel.isTopical(t.search, lexicon)) t.topical = false;
  const intent: Intent = {
    ...intentOf(`${query} ${terms.map((t) => t.search).join(' ')}`, !!raad),
    tussen: intentOf(query, false).tussen,
    ...(overzicht ? { overzicht: overzicht.url } : {}),
  };
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
    personen: weak.filter((w) => PERSONEN.has(w)),
    intent,
    ...(plaats ? { plaats: plaats.naam } : {}),
    ...(suggestion ? { suggestion } : {}),
  };
}



/** The present form of a participle, the synonym and the stem of a word, when they differ from it (Term.forms). */
export function otherForms(word: string, lexicon?: Lexicon): string[] {
  if (word.includes(' ') || /\d/.test(word)) return [];
  const w = fold(word);
  const synonym = lexicon?.synoniemen?.[w];
  const s = stem(w, lexicon);
  const useStem = w.length >= 4 && s.length >= 3 && s !== w && !w.startsWith(s) && (!lexicon?.woorden.length || lexicon.herstel.stemFamily(s, lexicon));
  const infinitief = lexicon?.woorden.length ? lexicon.herstel.participleStem(w, lexicon) : undefined;
  return uniqWords([...(infinitief ? [infinitief] : []), ...(synonym ? [synonym] : []), ...(useStem ? [s] : [])]);
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
 * WEAK_BOOST more score. `persons` marks the weak words that are words for a person (PERSONEN): results that hold
 * every term and such a word that is rarer than each term come first.
 */
export function rankRelaxed(all: Scored[], perTerm: Scored[][], pages: number, weak: Scored[][] = [], factors: number[] = [], persons: boolean[] = []): Ranked[] {
  const idf = perTerm.map((results, t) => (results.length ? Math.log(1 + Math.max(pages, results.length) / results.length) * (factors[t] ?? 1) : 0));
  const total = idf.reduce((a, b) => a + b, 0) || 1;
  const weakSets = weak.map((results) => new Set(results.map((r) => r.id)));
  const boost = (id: string) => (weakSets.length ? 1 + (WEAK_BOOST * weakSets.filter((s) => s.has(id)).length) / weakSets.length : 1);
  const best = all[0]?.score || 1;
  // Results that hold every term and a word for a person come first, as if it were a term, when that word is rarer
  // than every term: "ik zorg voor mijn moeder, kan ik daar geld voor krijgen" finds the casus about a daughter and her
  // mother before other results on zorg and geld. A common one ("kind", on a site about jeugdhulp) narrows nothing down:
  // "als mijn kind 18 wordt" is about 18 and jeugdzorg. When no result holds it with the terms, it only orders them.
  const rarest = Math.min(...(perTerm.length ? perTerm.map((r) => r.length) : [all.length]));
  const personSets = weakSets.filter((set, i) => persons[i] && set.size < rarest);
  // Such a word weighs as a term would (its idf), for the results that hold it.
  const personWeight = (id: string) => personSets.reduce((w, set) => w + (set.has(id) ? Math.log(1 + Math.max(pages, set.size) / set.size) : 0), 0);
  const full: Ranked[] = all
    .map((r) => ({ id: r.id, weight: total + personWeight(r.id), score: (r.score / best) * boost(r.id) }))
    .sort((a, b) => b.weight - a.weight);
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
  // Near-full: with three terms or more, a result that lacks only a common term (its weight below the mean) counts as
  // holding every term; its score is the mean of its terms' relative scores.
  const mean = total / (idf.length || 1);
  const near: Ranked[] = [];
  if (perTerm.length >= 3) {
    const sets = perTerm.map((r) => new Set(r.map((x) => x.id)));
    for (const p of partial.values()) {
      const missing = idf.map((_, t) => t).filter((t) => !sets[t]!.has(p.id));
      if (missing.length === 1 && idf[missing[0]!]! < mean) near.push({ id: p.id, weight: total, score: p.score / (perTerm.length - 1) });
    }
  }
  const nearIds = new Set(near.map((n) => n.id));
  near.sort((a, b) => b.score - a.score);
  const rest = [...partial.values()].filter((p) => !nearIds.has(p.id)).sort((a, b) => b.weight - a.weight || b.score - a.score || (a.id < b.id ? -1 : 1));
  return [...full, ...near, ...rest];
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

/** What factUp reads of a result (rank.ts Hit). */
interface FeitHit {
  type: string;
  title: string;
}

/**
 * An amount question ("hoeveel", "bedrag", "2027") shows a fact among the first two results: the fact in the head that
 * holds most of the query (then the best score) moves up to second place, after the answer that names it. With a year,
 * a fact of another year is not chosen, and of two that hold as much, the one of that year is.
 */
export function factUp<H extends FeitHit>(hits: H[], intent: Intent, loaded: { hit: H; ranked: Ranked }[], jaar?: string): H[] {
  if (!intent.bedrag) return hits;
  const rankedOf = new Map(loaded.map((x) => [x.hit, x.ranked]));
  const facts = hits.filter((h) => h.type === 'feit' && rankedOf.has(h));
  // With a year: not a fact of another year; of those holding as much of the query, the one of that year.
  const j = (h: H) => jaarFeit(h, jaar);
  const best = facts.sort((a, b) => +(j(b) >= 0) - +(j(a) >= 0) || rankedOf.get(b)!.weight - rankedOf.get(a)!.weight || j(b) - j(a) || rankedOf.get(b)!.score - rankedOf.get(a)!.score)[0];
  if (!best || hits.indexOf(best) <= 1) return hits;
  const rest = hits.filter((h) => h !== best);
  return [...rest.slice(0, 1), best, ...rest.slice(1)];
}

/**
 * For a question that names a year: 1 for a fact of that year (its label holds it: "Abonnementstarief Wmo 2025"), -1 for
 * a fact of another year ("… Wmo 2026"), else 0.
 */
export const jaarFeit = (hit: FeitHit, jaar?: string) => (!jaar || hit.type !== 'feit' ? 0 : hit.title.includes(jaar) ? 1 : /\b20[2-3]\d\b/.test(hit.title) ? -1 : 0);
