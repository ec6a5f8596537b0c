/**
 * Query preparation (src/lib/search/query.ts): question words, compound
 * splitting, typos and "Bedoelde u …?", phrases, the relaxation order; and the
 * lay words and synonyms in the content (`zoekwoorden` of keuzes, `aliassen`
 * of wetten and begrippen) that let a question reach its answer.
 */
import { describe, expect, it } from 'vitest';
import { graphFromDir } from '../../src/lib/content/check.ts';
import { paths } from '../../src/lib/links.ts';
import {
  byPrior,
  intentOf,
  otherForms,
  raadVraag,
  searchForm,
  stem,
  STOPWOORDEN,
  WEAK,
  dropStopwords,
  needsLexicon,
  prepareQuery,
  queryWords,
  rankRelaxed,
  searchedText,
  type Lexicon,
  type Ranked,
} from '../../src/lib/search/query.ts';
import { correctWord, editDistance, HERSTEL, joinPhrases, knownWord, lexiconFrom, packPhraseKey, packStem, participleStem, separableVerbs, suggestTerm, unpackPhraseKey, unpackStem } from '../../src/lib/search/herstel.ts';
import { stemmer } from '@orama/stemmers/dutch';
import { casusTerms, feitRecord, handoutRecord, keuzeRecord, oefeningRecord, posterRecord, searchRecords, toCustomRecord, wetTerms } from '../../src/lib/search/records.ts';
import { getalVanWoord, getalVarianten, getalWoord } from '../../src/lib/search/getallen.ts';
import { GEMEENTEN, plaatsIn } from '../../src/lib/search/plaatsen.ts';
import { namedFirst, prior, PRIOR, toHit, type PagefindResultData } from '../../src/lib/search/rank.ts';
import { searchLexicon } from '../../src/integrations/pagefind.ts';

const g = graphFromDir('content', process.cwd());
const lexicon = searchLexicon(g, []);
/** A lexicon with the Dutch stemmer, as the engine has it once loaded. */
// As the engine loads a lexicon: the stemmer and the repair code (herstel.ts) are added to the JSON.
const withStem = (lex: Lexicon): Lexicon => ({ ...lex, herstel: HERSTEL, stem: stemmer });

describe('question words', () => {
  it('drops Dutch question and function words only', () => {
    expect(dropStopwords(queryWords('Kan ik als raadslid de bijstand verhogen?'))).toEqual({ kept: ['raadslid', 'bijstand', 'verhogen'], dropped: ['kan', 'ik', 'als', 'de'] });
    expect(dropStopwords(queryWords('mag de raad de eigen bijdrage verlagen')).kept).toEqual(['raad', 'eigen', 'bijdrage', 'verlagen']);
    expect(dropStopwords(queryWords('wie betaalt een rolstoel')).kept).toEqual(['betaalt', 'rolstoel']);
    expect(dropStopwords(queryWords('hoe werkt het keukentafelgesprek')).kept).toEqual(['werkt', 'keukentafelgesprek']);
  });

  it('drops a framing verb only where it frames ("valt … onder", "… onder … valt"), and keeps a query of only question words', () => {
    expect(dropStopwords(queryWords('wanneer valt een kind onder de wlz')).kept).toEqual(['kind', 'wlz']);
    expect(dropStopwords(queryWords('een oudere valt thuis')).kept).toEqual(['oudere', 'valt', 'thuis']);
    // In a subordinate clause the frame comes first: "wat onder jeugdhulp valt".
    expect(dropStopwords(queryWords('kunnen we zelf bepalen wat onder jeugdhulp valt')).kept).toEqual(['bepalen', 'jeugdhulp']);
    expect(dropStopwords(queryWords('algemene voorziening in plaats van maatwerk')).kept).toEqual(['algemene', 'voorziening', 'maatwerk']);
    expect(dropStopwords(queryWords('wie')).kept).toEqual(['wie']);
  });

  it('keeps abbreviations, numbers and hyphenated words', () => {
    expect(queryWords('Wlz-indicatie na 18 (pgb)')).toEqual(['wlz-indicatie', 'na', '18', 'pgb']);
  });
});

describe('the lexicon', () => {
  it('holds the words of the content, most frequent first, and the terms to offer', () => {
    const lex = lexiconFrom(['jeugdhulp jeugdhulp regio', 'jeugdhulp en regio, bijstand'], ['Wlz', 'Eigen bijdrage', 'eigen bijdrage']);
    expect(lex.woorden).toEqual(['jeugdhulp', 'regio', 'bijstand']);
    expect(lex.termen).toEqual(['Eigen bijdrage', 'Wlz']);
    expect(lexicon.woorden.length).toBeGreaterThan(1000);
    const termen = lexicon.termen.map((t) => t.toLowerCase());
    for (const t of ['wet langdurige zorg', 'keukentafelgesprek', 'eigen bijdrage', 'rolstoel']) expect(termen).toContain(t);
  });

  it('knows a word of the site, the start of one, and a hyphenated word whose parts it knows', () => {
    expect(knownWord('kostendelersnorm', lexicon)).toBe(true);
    expect(knownWord('kostende', lexicon)).toBe(true); // being typed
    expect(knownWord('wlz-indicatie', lexicon)).toBe(true);
    expect(knownWord('kostendelesnorm', lexicon)).toBe(false);
    expect(knownWord('jeugzorg', lexicon)).toBe(false);
  });

  it('carries the stems of its words and terms, computed at build time, the same as the browser would compute them', () => {
    const built = lexiconFrom(['controleren controleert zorgverzekeringen', 'jeugdhulp ouders'], ['Eigen bijdrage', 'Wet langdurige zorg'], {}, [], stemmer);
    // Through JSON, as the browser gets it: the stemmer and the repair code are not in the file.
    const shipped = withStem(JSON.parse(JSON.stringify(built)) as Lexicon);
    expect(shipped.stammen).toHaveLength(shipped.woorden.length);
    // Mostly the number of letters the folded word loses: a few bytes a word.
    expect(shipped.stammen!.filter((s) => typeof s === 'number').length).toBeGreaterThanOrEqual(shipped.woorden.length - 1);
    expect(shipped.woorden.map((w, i) => unpackStem(w, shipped.stammen![i]!))).toEqual(shipped.woorden.map((w) => stemmer(w)));
    expect(packStem('zorgverzekeringen', 'zorgverzeker')).toBe(5);
    expect(packStem('ëigen', 'eig')).toBe(2);
    expect(unpackStem('ëigen', 2)).toBe('eig');
    expect(packStem('kopen', 'koop')).toBe('koop');
    expect(unpackStem('kopen', 'koop')).toBe('koop');
    // The shipped stems give the same answers as stemming in the browser.
    const computed = withStem(lexiconFrom(['controleren controleert zorgverzekeringen', 'jeugdhulp ouders'], ['Eigen bijdrage', 'Wet langdurige zorg']));
    expect(computed.stammen).toBeUndefined();
    for (const w of ['controleer', 'zorgverzekering', 'ouder', 'bijdragen', 'langdurig']) {
      expect(knownWord(w, shipped), w).toBe(knownWord(w, computed));
      expect(searchForm(w, shipped), w).toBe(searchForm(w, computed));
    }
    expect(prepareQuery('wie controleert de zorgverzekeringen van ouders', shipped)).toEqual(prepareQuery('wie controleert de zorgverzekeringen van ouders', computed));
    // The site's lexicon has them too (src/integrations/pagefind.ts).
    expect(lexicon.stammen).toHaveLength(lexicon.woorden.length);
    expect(lexicon.termStammen!.length).toBeGreaterThan(100);
  });

  it('carries the keys of its phrases, computed at build time, which join the same phrases as computing them in the browser', () => {
    const termen = ['Eigen bijdrage', 'Wet langdurige zorg', 'beschermd wonen', 'Wmo', 'keukentafelgesprek', '18-/18+', 'eigen bijdragen'];
    const shipped = withStem(JSON.parse(JSON.stringify(lexiconFrom(['eigen bijdrage wonen'], termen, {}, [], stemmer))) as Lexicon);
    const computed = withStem(lexiconFrom(['eigen bijdrage wonen'], termen));
    expect(computed.fraseSleutels).toBeUndefined();
    // One key per term, 0 for a term of one word; mostly how many letters each word loses.
    expect(shipped.fraseSleutels).toHaveLength(shipped.termen.length);
    expect(shipped.termen.filter((_, i) => !shipped.fraseSleutels![i])).toEqual(['keukentafelgesprek', 'Wmo']);
    for (const q of [['de', 'eigen', 'bijdragen', 'in', 'de', 'wet', 'langdurige', 'zorg'], ['beschermt', 'wonen'], ['eigen', 'wonen']])
      expect(joinPhrases(q, shipped), q.join(' ')).toEqual(joinPhrases(q, computed));
    expect(joinPhrases(['beschermt', 'wonen', 'eigen', 'bijdragen'], shipped)).toEqual(['beschermd wonen', 'eigen bijdrage']);
    expect(shipped.fraseSleutels![shipped.termen.indexOf('Eigen bijdrage')]).toEqual([2, 1]); // "eig bijdrag"
    expect(packPhraseKey('kopen wonen', 'koop won')).toBe('koop won');
    expect(unpackPhraseKey('kopen wonen', 'koop won')).toBe('koop won');
    expect(unpackPhraseKey('eigen bijdrage', [2, 1])).toBe('eig bijdrag');
    // The site's lexicon: the shipped keys are the ones the browser would compute, for every term.
    const site = withStem(JSON.parse(JSON.stringify(lexicon)) as Lexicon);
    const siteComputed = withStem({ ...site, fraseSleutels: undefined });
    expect(site.fraseSleutels).toHaveLength(site.termen.length);
    const phrases = site.termen.map((t) => t.toLowerCase().split(/\s+/));
    expect(phrases.map((p) => joinPhrases(p, site))).toEqual(phrases.map((p) => joinPhrases(p, siteComputed)));
  });

  it('is fetched only for a query with a word long enough to check', () => {
    expect(needsLexicon('wlz')).toBe(false);
    expect(needsLexicon('wie is de pgb')).toBe(false);
    expect(needsLexicon('jeugzorg')).toBe(true);
  });
});

describe('typos', () => {
  it('measures edit distance with adjacent swaps as one', () => {
    expect(editDistance('bijdrgae', 'bijdrage')).toBe(1);
    expect(editDistance('jeugzorg', 'jeugdzorg')).toBe(1);
    expect(editDistance('participatiewt', 'participatiewet')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2); // stops early
  });

  it('corrects a misspelt word to the nearest word of the site', () => {
    expect(correctWord('jeugzorg', lexicon)).toBe('jeugdzorg');
    expect(correctWord('participatiewt', lexicon)).toBe('participatiewet');
    expect(correctWord('kostendelesnorm', lexicon)).toBe('kostendelersnorm');
    expect(correctWord('bijdrgae', lexicon)).toBe('bijdrage');
    expect(correctWord('wlx', lexicon)).toBeUndefined(); // too short to guess
  });

  it('finds the issue\'s examples through preparation', () => {
    expect(searchedText(prepareQuery('jeugzorg', lexicon))).toBe('jeugdzorg');
    expect(searchedText(prepareQuery('participatiewt', lexicon))).toBe('participatiewet');
    expect(searchedText(prepareQuery('wijkverpleegkundige', lexicon))).toBe('wijkverpleegkundige');
    expect(prepareQuery('keukentafelgesprekk', lexicon).repairs).toEqual([{ kind: 'corrected', word: 'keukentafelgesprekk', to: 'keukentafelgesprek' }]);
  });

  it('offers a term ("Bedoelde u …?") when the spelling is too far off to correct', () => {
    expect(suggestTerm('keukentafelgesbrek', lexicon)).toBe('keukentafelgesprek');
    expect(suggestTerm('verpleehuis', lexicon)).toBe('verpleeghuis');
    // Three errors: too many to correct silently, so it is searched as typed and the term is offered.
    const p = prepareQuery('kijkentafelgezprek', lexicon);
    expect(p.repairs).toEqual([{ kind: 'unknown', word: 'kijkentafelgezprek' }]);
    expect(p.suggestion?.toLowerCase()).toBe('keukentafelgesprek');
    expect(suggestTerm('qqqxyz', lexicon)).toBeUndefined();
  });
});

describe('compounds typed whole', () => {
  it('splits an unknown compound into two words of the site, with the build-time splitter', () => {
    const p = prepareQuery('jeugdhulpregiogemeenten', lexiconFrom(['jeugdhulp', 'regiogemeenten'], []));
    expect(p.repairs).toEqual([{ kind: 'split', word: 'jeugdhulpregiogemeenten', parts: ['jeugdhulp', 'regiogemeenten'] }]);
    expect(searchedText(p)).toBe('jeugdhulp regiogemeenten');
    expect(searchedText(prepareQuery('wijkteamtoegang', lexicon))).toBe('wijkteam toegang');
  });

  it('keeps a known compound as typed', () => {
    expect(searchedText(prepareQuery('bijstandsuitkering verhogen', lexicon))).toBe('bijstandsuitkering verhogen');
  });
});

describe('phrases', () => {
  it('keeps the words of a term of the site together', () => {
    expect(joinPhrases(['raad', 'eigen', 'bijdrage', 'verlagen'], lexicon)).toEqual(['raad', 'eigen bijdrage', 'verlagen']);
    expect(joinPhrases(['huishoudelijke', 'hulp', 'beperken'], lexicon)).toEqual(['huishoudelijke hulp', 'beperken']);
    expect(prepareQuery('eigen bijdrage huishoudelijke hulp', lexicon).terms.map((t) => t.search)).toEqual(['eigen bijdrage', 'huishoudelijke hulp']);
  });
});

describe('relaxation', () => {
  const r = (id: string, score = 1) => ({ id, score });

  it('puts results with every word first, in their order, then those with the most (and rarest) words', () => {
    // "bijstand verhogen uitkering": a holds all three; b two (a rare and a common one); c two common; d one.
    const all = [r('a')];
    const perTerm = [
      [r('a'), r('b'), r('e', 0.5)], // rare: 3 results
      [r('a'), r('b'), r('c'), r('d'), r('e'), r('f'), r('g'), r('h')], // common
      [r('a'), r('c'), r('f'), r('g'), r('h'), r('i')], // common
    ];
    const order = rankRelaxed(all, perTerm, 10).map((x) => x.id);
    expect(order[0]).toBe('a');
    expect(order.indexOf('b')).toBeLessThan(order.indexOf('c')); // the rare word weighs more
    expect(order.indexOf('c')).toBeLessThan(order.indexOf('d')); // two words before one
    expect(order.indexOf('e')).toBeLessThan(order.indexOf('c')); // rare + common beats two common
    expect(new Set(order).size).toBe(order.length);
  });

  it('never gives nothing when each word occurs somewhere', () => {
    const order = rankRelaxed([], [[r('x')], [r('y'), r('z')]], 10).map((x) => x.id);
    expect(order).toEqual(['x', 'y', 'z']);
  });

  it('orders the first results by what they hold, then by score times the prior of their kind', () => {
    const item = (id: string, weight: number, score: number, kind: 'antwoord' | 'pagina') => ({ id, kind, ranked: { id, weight, score } as Ranked });
    const items = [item('pagina', 2, 1, 'pagina'), item('keuze', 2, 0.9, 'antwoord'), item('deel', 1, 1, 'antwoord')];
    expect(byPrior(items, (x) => (x.kind === 'antwoord' ? 1 : 0.65)).map((x) => x.id)).toEqual(['keuze', 'pagina', 'deel']);
  });
});

describe('lay words and synonyms in the content', () => {
  /** Every searchable word of the record or page an URL names (content and meta). */
  const searchable = (url: string): string => {
    const record = searchRecords(g).find((x) => x.url === url);
    if (record) {
      const c = toCustomRecord(record);
      return [c.content, ...Object.values(c.meta)].join(' ').toLowerCase();
    }
    const wet = g.wetten.find((w) => paths.wet(w.id) === url)!;
    const t = wetTerms(g, wet);
    return [...t.namen, ...t.onderwerpen].join(' ').toLowerCase();
  };

  it.each([
    ['thuiszorg', '/wetten/zvw/#wijkverpleging'],
    ['thuiszorg', '/begrippen/#wijkverpleging'],
    ['huishoudelijke hulp', '/wetten/wmo/#huishoudelijke-hulp-normering'],
    ['hbh', '/wetten/wmo/#huishoudelijke-hulp-normering'],
    ['rolstoel', '/wetten/zvw/#hulpmiddelen'],
    ['scootmobiel', '/wetten/zvw/#hulpmiddelen'],
    ['verpleeghuis', '/wetten/wlz/'],
    ['verpleeghuis', '/wetten/wlz/#toegang-ciz'],
    ['uitkering', '/wetten/participatiewet/#bijstandsnormen'],
    ['bijstandsuitkering', '/wetten/participatiewet/#bijstandsnormen'],
    ['bijstandsuitkering', '/begrippen/#bijstand'],
    ['pleegkind', '/wetten/jeugdwet/#pleegzorg-tot-21'],
    ['werkgever', '/wetten/participatiewet/#loonkostensubsidie'],
    ['spaargeld', '/wetten/participatiewet/#vermogensgrens'],
    ['daklozen', '/wetten/wmo/#beschermd-wonen-en-opvang'],
  ])('"%s" is a search term of %s', (word, url) => {
    expect(searchable(url)).toContain(word);
  });

  it('puts the zoekwoorden of a keuze among its own names (zoektermen)', () => {
    const keuze = g.keuzes.find((k) => k.id === 'zvw/hulpmiddelen')!;
    expect(keuzeRecord(g, keuze).terms.zoektermen).toEqual(expect.arrayContaining(['rolstoel', 'scootmobiel']));
  });

  it('puts the zoekwoorden of a fact among its own names, so its lay words find the amount (issue 24)', () => {
    const feit = g.feiten.find((f) => f.id === 'vermogensgrens-alleenstaande')!;
    expect(feit.data.zoekwoorden.length).toBeGreaterThanOrEqual(2);
    expect(feitRecord(g, feit).terms.zoektermen).toEqual(feit.data.zoekwoorden);
    for (const f of g.feiten)
      for (const z of f.data.zoekwoorden) expect(dropStopwords(queryWords(z)).kept.length, `${f.id}: ${z}`).toBeGreaterThan(0);
  });

  it('has no zoekwoord that is a question word or repeats the keuze\'s own title', () => {
    for (const k of g.keuzes) {
      for (const z of k.data.zoekwoorden) {
        expect(dropStopwords(queryWords(z)).kept.length, `${k.id}: ${z}`).toBeGreaterThan(0);
        expect(z.toLowerCase(), k.id).not.toBe(k.data.onderwerp.toLowerCase());
      }
    }
  });
});

describe('stemming (issue 24)', () => {
  it('stems Dutch words as Pagefind does for an index in "nl" (the Snowball Dutch stemmer)', () => {
    const st = (w: string) => stem(w, lexicon);
    expect(st('controleer')).toBe('controler');
    expect(st('controleren')).toBe('controler');
    expect(st('oefeningen')).toBe(st('oefening'));
    expect(st('jongeren')).toBe(st('jongere'));
    expect(st('invoeren')).toBe(st('invoering'));
    expect(st('Hoge')).toBe(st('hoog'));
    // Without the lexicon (a query of short words) the stemmer is not loaded: a word is its own stem.
    expect(stem('Controleren')).toBe('controleren');
  });

  it('searches a past participle in its present form too: weak verbs, separable and inseparable prefixes, strong verbs', () => {
    const lex = withStem(
      lexiconFrom(['De inkoop van jeugdhulp en het inkopen in de regio.', 'De raad kan kaders vaststellen en een aanvraag weigeren.', 'Wie betaalt, bepaalt.', 'De gemeente, het gezin, een geval.'], []),
    );
    expect(participleStem('ingekocht', lex)).toBe('inkoop'); // strong: kocht → koop
    expect(participleStem('vastgesteld', lex)).toBe('vaststel'); // separable prefix, weak
    expect(participleStem('geweigerd', lex)).toBe('weiger');
    expect(participleStem('aangevraagd', lex)).toBe('aanvraag');
    expect(participleStem('betaald', lex)).toBe('betaal'); // inseparable prefix, no "ge"
    // Not participles, or no form the site has: nothing.
    for (const w of ['gemeente', 'gezinnen', 'gevallen', 'begint', 'betaalt', 'verkocht']) expect(participleStem(w, lex), w).toBeUndefined();
    // A participle the site does not have is searched in its present form; one it has keeps it and gets the other beside.
    expect(searchForm('geweigerd', lex)).toBe('weiger');
    const ingekocht = withStem(lexiconFrom(['De inkoop van jeugdhulp: wat wordt ingekocht?'], []));
    expect(searchForm('ingekocht', ingekocht)).toBe('ingekocht');
    expect(prepareQuery('jeugdhulp die in de regio wordt ingekocht', ingekocht).terms.find((t) => t.typed === 'ingekocht')?.forms).toEqual(['inkoop']);
  });

  it('searches a separable verb that the sentence splits as one word, when the site has it', () => {
    const lex = withStem(lexiconFrom(['Vanaf 27 jaar telt een medebewoner mee: hij meetelt. De raad kan de verordening vaststellen.', 'Een werksessie voorbereiden.'], []));
    expect(separableVerbs(queryWords('telt mijn zoon van 25 mee voor de kostendelersnorm'), lex)).toEqual(new Map([['telt', 'meetelt']]));
    expect(prepareQuery('wie stelt de verordening vast', lex).terms.map((t) => t.search)).toEqual(['vaststel', 'verordening']);
    expect(prepareQuery('hoe bereid ik een werksessie voor', lex).terms.map((t) => t.search)).toEqual(['voorbereid', 'werksessie']);
    // A particle ends its clause: "aan de wethouder" and "in aanmerking" are prepositions.
    const lex2 = withStem(lexiconFrom(['De gemeente kan iemand aanstellen; het inkomen telt.'], []));
    expect(separableVerbs(queryWords('welke vragen kan ik aan de wethouder stellen'), lex2).size).toBe(0);
    expect(separableVerbs(queryWords('wie komt in aanmerking'), lex2).size).toBe(0);
    expect(separableVerbs(queryWords('hoe stel ik iemand aan'), lex2)).toEqual(new Map([['stel', 'aanstel']]));
    // A preposition is no particle when particle + word is not a word of the site.
    expect(separableVerbs(queryWords('invloed van de raad op jeugdhulp'), lex).size).toBe(0);
    expect(separableVerbs(queryWords('zorg thuis op maat'), lex).size).toBe(0);
  });

  it('knows a word the site has in another form ("controleer" of "controleren")', () => {
    const lex = withStem(lexiconFrom(['Het college laat de raad controleren, en de raad stelt de kaders vast.'], []));
    expect(knownWord('controleer', lex)).toBe(true);
    expect(prepareQuery('controleer', lex).repairs).toEqual([]);
    expect(knownWord('controleur', lex)).toBe(false);
  });

  it('searches the stem beside the typed form when the typed form does not start with it', () => {
    expect(otherForms('controleer', lexicon)).toContain('controler');
    expect(otherForms('hoog', lexicon)).toContain('hog');
    // The stem is the start of the word: Pagefind finds the other forms from the word itself.
    expect(otherForms('controleren', lexicon)).toEqual([]);
    expect(otherForms('18', lexicon)).toEqual([]);
  });

  it('drops the -t of a verb when the site knows the stem without it ("betaalt" finds "betalen")', () => {
    expect(searchForm('betaalt', withStem(lexiconFrom(['Wie moet betalen?'], [])))).toBe('betaal');
    expect(searchForm('controleert', withStem(lexiconFrom(['De raad moet controleren.'], [])))).toBe('controleer');
    // A form the site has itself stays as it is.
    expect(searchForm('betaalt', withStem(lexiconFrom(['Wie betaalt en wie moet betalen?'], [])))).toBe('betaalt');
    // Not a verb form: the stem without the t is not a word of the site.
    expect(searchForm('budget', lexicon)).toBe('budget');
  });

  it('joins a phrase of the site typed in another form or with the d/t error ("beschermt wonen")', () => {
    expect(joinPhrases(['beschermt', 'wonen'], lexicon)).toEqual(['beschermd wonen']);
    expect(searchedText(prepareQuery('beschermt wonen', lexicon))).toBe('beschermd wonen');
  });
});

describe('numbers (issue 24)', () => {
  it('writes and reads the Dutch number words', () => {
    expect([4, 18, 21, 23, 27].map(getalWoord)).toEqual(['vier', 'achttien', 'eenentwintig', 'drieëntwintig', 'zevenentwintig']);
    expect(['achttien', 'achttiende', 'eenentwintigste', 'drieentwintig', '18e', '18de', 'derde'].map(getalVanWoord)).toEqual(['18', '18', '21', '23', '18', '18', '3']);
    // "een" is the article as often as the number; other words are no numbers.
    expect(['een', 'moeder', 'achter', 'jeugdhulp'].map(getalVanWoord)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('adds the digits of the number words of a text to its search variants', () => {
    expect(getalVarianten('Achttien worden midden in de jeugdhulp: vier weken zoeken, tot zevenentwintig')).toEqual(['4', '18', '27']);
    // The casus "Achttien worden …" is found by "18".
    const casus = g.casussen.find((c) => c.id === 'achttien-in-de-jeugdhulp')!;
    expect(casusTerms(g, casus).varianten).toContain('18');
  });

  it('searches a number word and an ordinal as digits, as the index holds them', () => {
    expect(searchedText(prepareQuery('jeugdhulp na je achttiende', lexicon))).toBe('jeugdhulp 18');
    expect(searchedText(prepareQuery('18-jarige in de jeugdhulp', lexicon))).toBe('18 jeugdhulp');
    expect(searchForm('vier')).toBe('4');
    // A phrase of the site stays as the site writes it ("vier weken", of the begrip Zoektermijn).
    expect(searchedText(prepareQuery('eerst vier weken zoeken', lexicon))).toContain('vier weken');
  });
});

describe('stopwords and weak words (issue 24)', () => {
  it('drops only real function words; words that carry meaning here are searched', () => {
    for (const w of ['raadslid', 'raadsleden', 'fractie', 'wethouder', 'verschil', 'tussen', 'werkt', 'worden', 'gebeurt', 'regelt']) {
      expect(STOPWOORDEN.has(w), w).toBe(false);
    }
    for (const w of ['wie', 'wat', 'de', 'het', 'een', 'mag', 'kan', 'van', 'voor', 'ene', 'andere']) expect(STOPWOORDEN.has(w), w).toBe(true);
    // "de ene … de andere" frames a question; what is left is its subject.
    expect(dropStopwords(queryWords('waar houdt de ene wet op en begint de andere')).kept).toEqual(['houdt', 'wet', 'begint']);
  });

  it('searches weak words apart: they order the results, they do not rule any out', () => {
    const p = prepareQuery('hoe controleer ik als raadslid of het beleid werkt', lexicon);
    expect(p.terms.map((t) => t.search)).toEqual(['controleer', 'beleid']);
    expect(p.weak).toEqual(['raadslid', 'werkt']);
    expect(p.dropped).toEqual(['hoe', 'ik', 'als', 'of', 'het']);
    expect([...WEAK]).toEqual(expect.arrayContaining(['raadslid', 'wethouder', 'verschil', 'tussen', 'werkt', 'worden', 'gebeurt', 'regelt']));
    // Only weak words: searched as such.
    expect(prepareQuery('wethouder', lexicon).terms.map((t) => t.search)).toEqual(['wethouder']);
  });

  it('ranks a result holding a weak word above one with the same terms that lacks it, never above one with more terms', () => {
    const r = (id: string, score = 1) => ({ id, score });
    const order = rankRelaxed([r('a'), r('b')], [[r('a'), r('b'), r('c')], [r('a'), r('b')]], 10, [[r('b'), r('c')]]);
    const byId = new Map(order.map((x) => [x.id, x]));
    expect(byId.get('b')!.score).toBeGreaterThan(byId.get('a')!.score);
    expect(byId.get('b')!.weight).toBe(byId.get('a')!.weight);
    expect(order.map((x) => x.id)).toEqual(['a', 'b', 'c']); // c holds the weak word, but fewer terms
  });

  it('counts a word that is nowhere on the site as weak, so it does not rule out the answer', () => {
    const p = prepareQuery('vermogensgrens bijstand met een koophuis', lexicon);
    expect(p.terms.map((t) => t.search)).toEqual(['vermogensgrens', 'bijstand']);
    expect(p.weak).toEqual(['koophuis']);
  });
});

describe('the raad-question rule (issue 24)', () => {
  it('reads "wat mag / kan de raad (beslissen) over X" as a question about what the raad may decide about X', () => {
    expect(raadVraag(queryWords('wat mag de raad beslissen over de wlz'))).toEqual({ frame: ['mag', 'raad', 'beslissen'] });
    expect(raadVraag(queryWords('kan de gemeenteraad zelf de hoogte van de bijstand bepalen'))?.frame).toEqual(['kan', 'gemeenteraad', 'zelf', 'bepalen']);
    const p = prepareQuery('wat mag de raad beslissen over de wlz', lexicon);
    expect(p.terms.map((t) => t.search)).toEqual(['wlz']);
    expect(p.intent.raad).toBe(true);
    expect(p.dropped).toEqual(['wat', 'mag', 'de', 'raad', 'beslissen', 'over']);
  });

  it('leaves questions about how the raad works alone ("wanneer kan de raad sturen", "hoe controleert de raad")', () => {
    expect(raadVraag(queryWords('wanneer kan de raad sturen in het sociaal domein'))).toBeUndefined();
    expect(raadVraag(queryWords('hoe controleert de raad het college'))).toBeUndefined();
    expect(raadVraag(queryWords('eigen bijdrage verlagen'))).toBeUndefined();
  });

  it('puts keuzes and the "Wat kan de raad wel?" part of a wet page first for a raad question', () => {
    const data: PagefindResultData = {
      url: '/wetten/wlz/',
      excerpt: '',
      content: 'Wlz',
      meta: { title: 'Wlz: waar kan de raad kiezen?' },
      filters: { type: ['wet'] },
      sub_results: [
        { title: 'In 30 seconden', url: '/wetten/wlz/#samenvatting', excerpt: '', locations: [1, 2, 3] },
        { title: 'Wat kan de raad wel?', url: '/wetten/wlz/#wat-kan-de-raad-wel', excerpt: '', locations: [] },
      ],
    };
    const raad = intentOf('wat mag de raad beslissen over de wlz', true);
    expect(toHit(data).url).toBe('/wetten/wlz/#samenvatting');
    const hit = toHit(data, raad);
    expect(hit.url).toBe('/wetten/wlz/#wat-kan-de-raad-wel');
    expect(prior(hit, raad)).toBe(PRIOR.raadGevraagd);
    expect(prior({ ...hit, url: '/wetten/wlz/#toegang-ciz', type: 'keuze' }, raad)).toBe(PRIOR.raadGevraagd);
  });
});

describe('what a question asks for (issue 24)', () => {
  const hit = (url: string, type: Parameters<typeof prior>[0]['type']) => ({ url, type, title: '', names: [], primary: [], wetten: [], excerpt: '' });

  it('ranks a catch-all part (year lists, summaries, tours) below a specific answer', () => {
    for (const url of ['/wijzigingen/#jaar-2026', '/wetten/wlz/#samenvatting', '/wetten/zvw/#wat-verandert', '/werksessie/#tour-wmo']) {
      expect(prior(hit(url, 'pagina')), url).toBeLessThan(prior(hit('/casussen/oudere-na-een-val/', 'casus')));
      expect(prior(hit(url, 'pagina')), url).toBeLessThan(prior(hit('/feiten/#eigen-risico', 'feit')));
    }
    // Such a part counts as holding less of the query.
    const item = (id: string, weight: number, p: number) => ({ id, p, ranked: { id, weight, score: 1 } as Ranked });
    expect(byPrior([item('jaarlijst', 3, 0.35), item('keuze', 2.5, 1)], (x) => x.p).map((x) => x.id)).toEqual(['keuze', 'jaarlijst']);
  });

  it('ranks facts with the answers for an amount, age or year, and werksessie material for a trainer', () => {
    expect(intentOf('hoeveel is de bijstand voor een alleenstaande per maand', false).bedrag).toBe(true);
    expect(intentOf('eigen risico 2026 hoeveel €', false).bedrag).toBe(true);
    expect(intentOf('wie betaalt een rolstoel', false).bedrag).toBe(false);
    expect(prior(hit('/feiten/#eigen-risico', 'feit'), intentOf('eigen risico 2026', false))).toBeGreaterThan(PRIOR.antwoord);
    expect(prior(hit('/feiten/#eigen-risico', 'feit'), intentOf('eigen risico', false))).toBeLessThan(PRIOR.antwoord);
    expect(intentOf('hand-out jeugdwet printen', false).trainer).toBe(true);
    expect(prior(hit('/werksessie/poster/', 'werksessie'), intentOf('poster afdrukken a3', false))).toBeGreaterThan(PRIOR.antwoord);
    expect(prior(hit('/werksessie/poster/', 'werksessie'), intentOf('kaart', false))).toBeLessThan(PRIOR.pagina);
  });

  it('reads "X of Y" as a choice between two, and a kind of result named in the question', () => {
    expect(intentOf('dagbesteding of sociale werkplaats', false).tussen).toBe(true);
    expect(intentOf('of', false).tussen).toBe(false);
    expect(intentOf('casus voor training over beschermd wonen', false).soort).toBe('casus');
    const p = prepareQuery('casus voor training over beschermd wonen', lexicon);
    expect(p.terms.map((t) => t.search)).toEqual(['beschermd wonen']);
    expect(p.weak).toEqual(['training']);
  });
});

describe('gemeente names (issue 24)', () => {
  it('finds a gemeente in a query, also of more words, and leaves everyday words alone', () => {
    expect(GEMEENTEN.length).toBeGreaterThan(330);
    expect(lexicon.gemeenten).toEqual(GEMEENTEN);
    const plaats = (q: string) => plaatsIn(queryWords(q), q, GEMEENTEN);
    expect(plaats('wmo verordening utrecht')).toEqual({ naam: 'Utrecht', indices: [2] });
    expect(plaats('jeugdhulp in den haag')?.naam).toBe('Den Haag');
    expect(plaats('bijstand bergen op zoom')?.naam).toBe('Bergen op Zoom');
    expect(plaats('minimabeleid sittard-geleen')?.naam).toBe('Sittard-Geleen');
    // "best" and "buren" are words too: only with a capital.
    expect(plaats('wat is het best voor de buren')).toBeUndefined();
    expect(plaats('wmo in Best')?.naam).toBe('Best');
    expect(plaats('eigen bijdrage wmo')).toBeUndefined();
  });

  it('searches the rest of the query without the name, and says which gemeente was named', () => {
    const p = prepareQuery('hoeveel uur huishoudelijke hulp in eindhoven', lexicon);
    expect(p.plaats).toBe('Eindhoven');
    expect(searchedText(p)).not.toContain('eindhoven');
    expect(prepareQuery('Utrecht', lexicon)).toMatchObject({ plaats: 'Utrecht', terms: [] });
  });
});

describe('records of issue 24: facts and werksessie material', () => {
  it('does not lift the summary part of a wet page that a word of the question names', () => {
    const h = (url: string, names: string[]) => ({ url, type: 'pagina' as const, title: '', names, primary: [], wetten: [], excerpt: '' });
    const hits = [h('/casussen/wachten/', []), h('/wetten/wlz/#samenvatting', ['verpleeghuis']), h('/wetten/wlz/#toegang-ciz', ['verpleeghuis'])];
    expect(namedFirst(hits, ['indicatie', 'verpleeghuis']).map((x) => x.url)).toEqual(['/wetten/wlz/#toegang-ciz', '/casussen/wachten/', '/wetten/wlz/#samenvatting']);
  });

  it('makes each fact a record of its own at its row of /feiten/, with its value and the keuzes that use it', () => {
    const f = g.feiten.find((x) => x.id === 'leeftijd-kostendelersnorm')!;
    const r = feitRecord(g, f);
    expect(r).toMatchObject({ url: '/feiten/#leeftijd-kostendelersnorm', type: 'feit', title: f.data.label });
    expect(r.content).toContain('27');
    expect(r.terms.onderwerpen).toContain('Kostendelersnorm');
    expect(r.terms.onderwerpen).toContain('leeftijd');
    expect(r.filters.wet).toEqual([g.wet('participatiewet')!.data.kort]);
    expect(searchRecords(g).filter((x) => x.type === 'feit').map((x) => x.url)).toEqual(g.feiten.map((x) => `/feiten/#${x.id}`));
  });

  it('indexes every hand-out, the poster and each oefening with the words trainers use', () => {
    const wmo = handoutRecord(g, g.wet('wmo')!);
    expect(wmo).toMatchObject({ url: '/werksessie/handout/wmo/', type: 'werksessie' });
    expect(wmo.terms.zoektermen).toEqual(expect.arrayContaining(['hand-out Wmo', 'handout Wmo']));
    // The result's title writes the wet out as people say it (issue 22): "Hand-out Participatiewet", not "Hand-out Pw".
    expect(handoutRecord(g, g.wet('participatiewet')!).title).toBe('Hand-out Participatiewet');
    expect(handoutRecord(g, g.wet('participatiewet')!).terms.zoektermen).toContain('hand-out Pw');
    const poster = posterRecord(g);
    expect(poster.url).toBe('/werksessie/poster/');
    expect(poster.terms.zoektermen).toEqual(expect.arrayContaining(['poster', 'a3']));
    for (const o of g.oefeningen) {
      const r = oefeningRecord(g, o);
      expect(r.url).toBe(`/werksessie/oefeningen/#oef-${o.id}`);
      expect(r.terms.zoektermen).toContain('oefening');
      for (const w of ['training', 'werksessie', 'afdrukken']) expect(r.terms.onderwerpen, o.id).toContain(w);
    }
  });
});
