/**
 * The rules for lay paraphrases, years with amounts and hand-outs in print words (issue 24, third robustness set:
 * tests/search/robuust-vragen-3.yaml; src/lib/search/README.md "Ranking"). Each is general Dutch or general ranking,
 * tested here on its own:
 *  - print words with a wet ask for that wet's hand-out, as "hand-out" does (herstel.ts drukwerk);
 *  - a term typed with a hyphen also names as one word ("hand-out" names "handout jeugdwet"; rank.ts namedBy);
 *  - an amount with a year prefers the fact of that year and never picks a fact of another year (query.ts factUp);
 *  - a diminutive the site does not know is searched as its plain word (herstel.ts verkleinwoord);
 *  - conjunctions such as "voordat" and the adverb "weer" are function words; "hoe heet dat" asks for a name (weak);
 *  - the everyday words of begrippen (content: their aliassen) are searched with them.
 */
import { describe, expect, it } from 'vitest';
import { graphFromDir } from '../../src/lib/content/check.ts';
import { factUp, jaarFeit, prepareQuery, STOPWOORDEN, WEAK, type Intent, type Ranked } from '../../src/lib/search/query.ts';
import { drukwerk, verkleinwoord } from '../../src/lib/search/herstel.ts';
import { HANDOUT_PREFIX, namedBy, namedFirst, type Hit } from '../../src/lib/search/rank.ts';
import { begripRecord, handoutRecord, toCustomRecord } from '../../src/lib/search/records.ts';
import { searchLexicon } from '../../src/integrations/pagefind.ts';
import { queryWords } from '../../src/lib/search/query.ts';

const g = graphFromDir('content', process.cwd());
const lexicon = searchLexicon(g, []);
const searched = (q: string) => prepareQuery(q, lexicon).terms.map((t) => t.search);
const hit = (url: string, type: Hit['type'], title = url, names: string[] = []): Hit => ({ url, title, names, primary: [], type, wetten: [], excerpt: '' });

describe('print words with a wet ask for its hand-out', () => {
  it('"a4tje", "printbare", "op papier", "uitdelen" with a wet: as if "hand-out" were typed', () => {
    for (const q of ['een a4tje over de jeugdwet voor nieuwe raadsleden', 'printbare samenvatting van de wlz', 'iets op papier over de zorgverzekeringswet', 'a4 over de participatiewet om uit te delen']) {
      const p = prepareQuery(q, lexicon);
      expect(p.intent.soort, q).toBe('handout');
      expect(searched(q), q).toContain('hand-out');
    }
  });

  it('not without a wet, nor for the poster, the werkblad, the oefeningen or a list', () => {
    for (const q of ['kaart sociaal domein groot afdrukken', 'de kaart printen als poster op a3 over de wmo', 'werkblad met vragen over de wmo printen', 'oefeningen over de jeugdwet printen', 'begrippenlijst jeugdwet uitdelen'])
      expect(drukwerk(queryWords(q)), q).toBe(false);
    expect(prepareQuery('wat is beschermd wonen', lexicon).intent.soort).toBeUndefined();
  });

  it('the hand-out is named by "hand-out" and the wet, so it passes the wet page that only the wet names', () => {
    const handout = toCustomRecord(handoutRecord(g, g.wetten.find((w) => w.id === 'zvw')!));
    const names = handout.meta.zoektermen!.split(', ').map((n) => n.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
    const h = hit(handout.url, 'werksessie', handout.meta.title, names);
    const wet = hit('/wetten/zvw/#wijkverpleging', 'wet', 'Zorgverzekeringswet', ['zorgverzekeringswet']);
    const terms = ['hand-out', 'zorgverzekeringswet', 'wijkverpleging'];
    expect(namedBy(h, terms, lexicon)).toBe(2);
    expect(namedFirst([wet, h], terms, lexicon)[0]!.url.startsWith(HANDOUT_PREFIX)).toBe(true);
  });
});

describe('an amount with a year: the fact of that year', () => {
  const intent: Intent = { raad: false, bedrag: true, trainer: false, tussen: false, getal: true };
  const ranked = (weight: number, score = 1): Ranked => ({ id: String(Math.random()), weight, score });
  const keuze = hit('/wetten/wmo/#maximum-eigen-bijdrage', 'keuze');
  const nu = hit('/feiten/#abonnementstarief', 'feit', 'Abonnementstarief Wmo 2026 (maximum eigen bijdrage per maand)');
  const toen = hit('/feiten/#abonnementstarief-2025', 'feit', 'Abonnementstarief Wmo 2025');
  const zonder = hit('/feiten/#abonnementstarief-wettekst', 'feit', 'Abonnementstarief zoals het bedrag in de wettekst staat');

  it('reads a fact of that year, of another year, or of none from its label', () => {
    expect(jaarFeit(toen, '2025')).toBe(1);
    expect(jaarFeit(nu, '2025')).toBe(-1);
    expect(jaarFeit(zonder, '2025')).toBe(0);
    expect(jaarFeit(keuze, '2025')).toBe(0);
    expect(jaarFeit(toen, undefined)).toBe(0);
  });

  it('moves the fact of that year up to second place, never one of another year, even when it holds more of the query', () => {
    const hits = [keuze, hit('/scheidslijnen/wmo-zvw/', 'scheidslijn'), nu, hit('/wetten/wmo/', 'wet'), toen];
    const loaded = [
      { hit: nu, ranked: ranked(5) },
      { hit: toen, ranked: ranked(3) },
    ];
    expect(factUp(hits, intent, loaded, '2025').map((h) => h.url).slice(0, 2)).toEqual([keuze.url, toen.url]);
    // Without the year the fact that holds most of the query.
    expect(factUp(hits, intent, loaded).map((h) => h.url).slice(0, 2)).toEqual([keuze.url, nu.url]);
  });

  it('of facts that hold as much of the query, the one of that year; a fact without a year that holds more still wins', () => {
    const laag = hit('/feiten/#laag', 'feit', 'Lage eigen bijdrage Wlz, hoogstens per maand (2026)');
    const hits = [keuze, hit('/a/', 'pagina'), hit('/b/', 'pagina'), zonder, laag];
    expect(factUp(hits, intent, [{ hit: zonder, ranked: ranked(3) }, { hit: laag, ranked: ranked(3) }], '2026')[1]).toBe(laag);
    expect(factUp(hits, intent, [{ hit: zonder, ranked: ranked(4) }, { hit: laag, ranked: ranked(3) }], '2026')[1]).toBe(zonder);
  });
});

describe('everyday words', () => {
  it('a diminutive the site lacks is its plain word ("tijdje" → "tijd"), before the typo repair', () => {
    expect(verkleinwoord('tijdje', lexicon)).toBe('tijd');
    expect(verkleinwoord('huisje', lexicon)).toBe('huis');
    expect(verkleinwoord('praatje', lexicon)).not.toBe('plaatje');
    expect(verkleinwoord('jeugdwet', lexicon)).toBeUndefined();
    expect(searched('een kind een tijdje in een ander gezin')).toContain('tijd');
  });

  it('conjunctions and "weer" are function words; "hoe heet dat" asks for a name', () => {
    for (const w of ['voordat', 'nadat', 'totdat', 'weer']) expect(STOPWOORDEN.has(w), w).toBe(true);
    expect(searched('moet mijn partner het huishouden doen voordat de gemeente helpt')).not.toContain('voordat');
    expect(WEAK.has('heet')).toBe(true);
    expect(prepareQuery('een kind in een ander gezin laten wonen hoe heet dat', lexicon).weak).toContain('heet');
  });

  it('begrippen carry the everyday words for what they do (aliassen, searched as their own names)', () => {
    const zoektermen = (id: string) => toCustomRecord(begripRecord(g, g.begrippen.find((b) => b.id === id)!)).meta.zoektermen!;
    expect(zoektermen('pleegzorg')).toContain('opvanggezin');
    expect(zoektermen('algemene-voorziening')).toContain('zonder indicatie');
    expect(zoektermen('beschermd-wonen')).toContain('begeleid wonen');
    expect(zoektermen('kostendelersnorm')).toContain('inwonend kind');
  });
});
