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
  correctWord,
  dropStopwords,
  editDistance,
  joinPhrases,
  knownWord,
  lexiconFrom,
  needsLexicon,
  prepareQuery,
  queryWords,
  rankRelaxed,
  searchedText,
  suggestTerm,
  type Ranked,
} from '../../src/lib/search/query.ts';
import { keuzeRecord, searchRecords, toCustomRecord, wetTerms } from '../../src/lib/search/records.ts';
import { searchLexicon } from '../../src/integrations/pagefind.ts';

const g = graphFromDir('content', process.cwd());
const lexicon = searchLexicon(g, []);

describe('question words', () => {
  it('drops Dutch question and function words, and "raadslid"', () => {
    expect(dropStopwords(queryWords('Kan ik als raadslid de bijstand verhogen?'))).toEqual({ kept: ['bijstand', 'verhogen'], dropped: ['kan', 'ik', 'als', 'raadslid', 'de'] });
    expect(dropStopwords(queryWords('mag de raad de eigen bijdrage verlagen')).kept).toEqual(['raad', 'eigen', 'bijdrage', 'verlagen']);
    expect(dropStopwords(queryWords('wie betaalt een rolstoel')).kept).toEqual(['betaalt', 'rolstoel']);
    expect(dropStopwords(queryWords('hoe werkt het keukentafelgesprek')).kept).toEqual(['keukentafelgesprek']);
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

  it('has no zoekwoord that is a question word or repeats the keuze\'s own title', () => {
    for (const k of g.keuzes) {
      for (const z of k.data.zoekwoorden) {
        expect(dropStopwords(queryWords(z)).kept.length, `${k.id}: ${z}`).toBeGreaterThan(0);
        expect(z.toLowerCase(), k.id).not.toBe(k.data.onderwerp.toLowerCase());
      }
    }
  });
});
