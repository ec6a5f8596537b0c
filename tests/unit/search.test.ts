/**
 * Search, the pure parts: compound splitting and search terms
 * (src/lib/search/terms.ts), the records and page terms built from the
 * content graph (src/lib/search/records.ts), the exact-name rule of the
 * browser engine (src/components/search/engine.ts), and the golden queries
 * file (every expected URL exists).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphFromDir } from '../../src/lib/content/check.ts';
import { paths } from '../../src/lib/links.ts';
import {
  begripRecord,
  casusTerms,
  titelInCijfers,
  keuzeRecord,
  scheidslijnTerms,
  searchRecords,
  termMeta,
  toCustomRecord,
  wetTerms,
} from '../../src/lib/search/records.ts';
import { compoundVariants, normTerm, splitCompound, textOf, uniq, vocabulary, words } from '../../src/lib/search/terms.ts';
import { exactFirst, namedBy, namedFirst, normName, type Hit } from '../../src/lib/search/rank.ts';
import { goldenQueries, goldenQuestions, rankOf, rankOfAny } from '../../scripts/lib/golden.ts';

const g = graphFromDir('content', process.cwd());

describe('search terms', () => {
  const vocab = vocabulary(['De jeugdhulp en de aanbieders van hulp', 'bijstand, uitkering, maatwerk en een voorziening', 'onder zoek']);

  it('splits text into lowercase words, keeping hyphens inside words', () => {
    expect(words('Wlz-indicatie, AWBZ en cliëntondersteuning (2015)')).toEqual(['wlz-indicatie', 'awbz', 'en', 'cliëntondersteuning', '2015']);
  });

  it('splits a closed compound into two words of the vocabulary', () => {
    expect(splitCompound('jeugdhulpaanbieder', vocab)).toEqual(['jeugdhulp', 'aanbieder']);
    expect(splitCompound('jeugdhulpaanbieders', vocab)).toEqual(['jeugdhulp', 'aanbieders']);
    expect(splitCompound('maatwerkvoorziening', vocab)).toEqual(['maatwerk', 'voorziening']);
  });

  it('recognises a linking s', () => {
    expect(splitCompound('bijstandsuitkering', vocab)).toEqual(['bijstand', 'uitkering']);
  });

  it('does not split words that are not compounds of known words', () => {
    expect(splitCompound('onderzoeken', vocab)).toBeUndefined(); // "onder" is a prefix, not a word people split off
    expect(splitCompound('jeugdhulp', vocab)).toBeUndefined(); // "jeugd" is not in this vocabulary
    expect(splitCompound('wlz-indicatie', vocab)).toBeUndefined(); // hyphenated: Pagefind splits those itself
    expect(splitCompound('hulpje', vocab)).toBeUndefined(); // too short
  });

  it('lists the parts of the compounds in a text', () => {
    expect(compoundVariants('De jeugdhulpaanbieder en de bijstandsuitkering: een maatwerkvoorziening.', vocab)).toEqual([
      'bijstand uitkering',
      'jeugdhulp aanbieder',
      'maatwerk voorziening',
    ]);
  });

  it('normalises terms and keeps unique strings in order', () => {
    expect(normTerm('Pgb (persoonsgebonden budget)')).toBe('pgb');
    expect(uniq(['Wlz', 'WLZ', ' ', 'AWBZ'])).toEqual(['Wlz', 'AWBZ']);
  });

  it('takes the prose of an entry, not its sources, ids or enum values', () => {
    const text = textOf({ onderwerp: 'A', bronnen: [{ titel: 'B', url: 'https://x' }], wieBeslist: ['raad'], waartussen: [{ optie: 'C', risico: 'D' }] });
    expect(text).toEqual(['A', 'C', 'D']);
  });
});

describe('search records from the content', () => {
  const records = searchRecords(g);

  it('has one record for every keuze, begrip, feit, vraag, hand-out and oefening, and the poster, each at its own URL', () => {
    expect(records.length).toBe(g.keuzes.length + g.begrippen.length + g.feiten.length + g.vragen.length + g.wetten.length + 1 + g.oefeningen.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(records.filter((r) => r.type === 'keuze').map((r) => r.url)).toEqual(g.keuzes.map((k) => paths.keuze(k.id)));
    expect(records.filter((r) => r.type === 'begrip').map((r) => r.url)).toEqual(g.begrippen.map((b) => paths.begrip(b.id)));
  });

  it('gives a keuze the filters type, wet and beleidsruimte', () => {
    const k = g.keuzes.find((x) => x.id === 'wmo/eigen-bijdrage')!;
    const r = keuzeRecord(g, k);
    expect(r).toMatchObject({ url: '/wetten/wmo/#eigen-bijdrage', type: 'keuze', title: 'Eigen bijdrage' });
    expect(r.filters).toEqual({ type: ['keuze'], wet: ['Wmo'], beleidsruimte: [k.data.beleidsruimte] });
    expect(r.content.startsWith(k.data.samenvatting.trim())).toBe(true);
    // Facts and the wet's name are meta, not text: they would crowd out the excerpt.
    expect(r.content).not.toContain('Wie beslist');
    expect(r.terms.feiten.join(' ')).toContain('gemeenteraad');
    expect(r.terms.feiten.join(' ')).not.toContain('wie beslist');
    expect(r.terms.onderwerpen).toEqual(['Wmo', 'Wet maatschappelijke ondersteuning 2015']);
  });

  it("leaves a keuze's 'niet zeker' note out of its record, and keeps its raad questions in (issue 24: the data of each result shown)", () => {
    const k = g.keuzes.find((x) => x.data.onzeker && x.data.vragenVoorDeRaad.length)!;
    const r = keuzeRecord(g, k);
    expect(r.content).not.toContain(k.data.onzeker!.trim().slice(0, 40));
    expect(r.content).toContain(k.data.vragenVoorDeRaad[0]!.trim().slice(0, 40));
  });

  it('gives a begrip its aliases as search terms and its wetten as filter', () => {
    const b = g.begrippen.find((x) => x.id === 'pgb')!;
    const r = begripRecord(g, b);
    expect(r).toMatchObject({ url: '/begrippen/#pgb', type: 'begrip', title: b.data.term });
    expect(r.terms.zoektermen).toEqual(expect.arrayContaining(['persoonsgebonden budget', 'budgethouder']));
    expect(r.filters.type).toEqual(['begrip']);
    expect(r.filters.wet).toEqual(b.data.wetten.map((w) => g.wet(w)!.data.kort));
    expect(r.filters.beleidsruimte).toBeUndefined();
  });

  it('turns a record into a Pagefind custom record in Dutch', () => {
    const r = toCustomRecord(keuzeRecord(g, g.keuzes.find((x) => x.id === 'wmo/eigen-bijdrage')!));
    expect(r.language).toBe('nl');
    expect(r.url).toBe('/wetten/wmo/#eigen-bijdrage');
    expect(r.content.startsWith('Eigen bijdrage. ')).toBe(true);
    expect(r.meta.title).toBe('Eigen bijdrage');
    expect(Object.keys(r.filters).sort()).toEqual(['beleidsruimte', 'type', 'wet']);
    for (const rec of records.map(toCustomRecord)) {
      expect(rec.meta.title, rec.url).toBeTruthy();
      expect(rec.content.length, rec.url).toBeGreaterThan(rec.meta.title!.length + 20);
    }
  });

  it('finds compounds in the content and adds their parts', () => {
    const all = records.flatMap((r) => r.terms.varianten);
    expect(all).toEqual(expect.arrayContaining(['jeugdhulp aanbieder', 'maatwerk voorziening']));
  });

  it('takes no -lijk word for a compound ("eigenlijk" is not "eigen lijk"), and keeps real compounds of the same text', () => {
    const keuze = g.keuzes.find((k) => textOf(k.data).some((t) => /\beigenlijk\b/i.test(t)))!;
    const varianten = keuzeRecord(g, keuze).terms.varianten;
    expect(varianten.filter((v) => / lijk[es]?$/.test(v))).toEqual([]);
    expect(varianten.length).toBeGreaterThan(0);
  });

  it("keeps a werkblad question's keuzes out of its record: each keuze is a result of its own (issue 24)", () => {
    const vraag = g.vragen.find((v) => v.data.keuzes.length)!;
    const r = records.find((x) => x.url === paths.vraag(vraag.id))!;
    const titel = g.keuze(vraag.data.keuzes[0]!)!.data.onderwerp;
    expect(r.content).not.toContain(titel);
    expect(r.content).not.toContain('Zie de keuze');
    expect(r.title).toBe(vraag.data.vraag);
  });
});

describe('search terms of pages', () => {
  it('gives a wet its names strongest, and leaves aliases that are a begrip to the begrip', () => {
    const t = wetTerms(g, g.wet('wlz')!);
    expect(t.namen).toEqual(expect.arrayContaining(['Wlz', 'AWBZ', 'Wet langdurige zorg']));
    expect(t.onderwerpen).toEqual(expect.arrayContaining(['zorgkantoor', 'CIZ']));
    expect(t.namen).not.toContain('CIZ');
    expect(t.zoektermen).toEqual([]);
  });

  it('gives a scheidslijn the names of its two wetten as related terms', () => {
    const t = scheidslijnTerms(g, g.scheidslijn('wmo-wlz')!);
    expect(t.onderwerpen).toEqual(expect.arrayContaining(['Wmo', 'Wlz', 'Wet langdurige zorg']));
    expect(t.namen).toEqual([]);
  });

  it('writes only non-empty meta fields', () => {
    // The first casus: its zoektermen are its zoekwoorden and its title in digits ("Achttien worden …" → "18 worden …").
    const c = g.casussen[0]!;
    const hasTerms = c.data.zoekwoorden.length > 0 || titelInCijfers(c.data.titel).length > 0;
    expect(Object.keys(termMeta(casusTerms(g, c)))).toEqual(hasTerms ? ['zoektermen', 'varianten'] : ['varianten']);
    expect(termMeta({ namen: ['Wlz', 'AWBZ'], zoektermen: [], onderwerpen: [], feiten: [], varianten: [] })).toEqual({ namen: 'Wlz, AWBZ' });
  });
});

describe('exact names first', () => {
  const hit = (title: string, names: string[] = [title]): Hit => ({
    url: `/${title}/`,
    title,
    names: names.map(normName),
    primary: [normName(title)],
    type: 'keuze',
    wetten: [],
    excerpt: '',
  });

  it('normalises names: case, diacritics and punctuation', () => {
    expect(normName('Reële prijs')).toBe('reele prijs');
    expect(normName('Wlz-indicatie')).toBe('wlz indicatie');
  });

  it('moves results named exactly as the query to the top, in their order', () => {
    const hits = [hit('Maximum van de eigen bijdrage'), hit('Eigen bijdrage Wlz'), hit('Eigen bijdrage'), hit('Ouderbijdrage', ['Ouderbijdrage', 'eigen bijdrage'])];
    expect(exactFirst(hits, 'eigen  Bijdrage').map((h) => h.title)).toEqual(['Eigen bijdrage', 'Ouderbijdrage', 'Maximum van de eigen bijdrage', 'Eigen bijdrage Wlz']);
    expect(exactFirst(hits, 'bijdrage')).toEqual(hits);
  });

  it('puts a result whose own title is the query before one named so only by an alias or a part in brackets', () => {
    const hits = [hit('Ggz-wonen (Wlz)', ['Ggz-wonen (Wlz)', 'Ggz-wonen', 'Wlz']), hit('Wlz')];
    expect(exactFirst(hits, 'wlz').map((h) => h.title)).toEqual(['Wlz', 'Ggz-wonen (Wlz)']);
  });

  it('treats a compound typed in parts as its name', () => {
    const hits = [hit('Algemene voorziening'), hit('Maatwerkvoorziening')];
    expect(exactFirst(hits, 'maatwerk voorziening')[0]!.title).toBe('Maatwerkvoorziening');
  });

  it('counts the words of a question that a name of a result covers', () => {
    const regels = hit('Lokale regels opzoeken', ['lokale regels opzoeken', 'verordening van mijn gemeente']);
    // Every word of the name, "van" and "mijn" aside, is asked: both count.
    expect(namedBy(regels, ['verordening', 'gemeente'])).toBe(2);
    // A name only half asked does not count.
    expect(namedBy(regels, ['verordening', 'jeugdhulp'])).toBe(0);
    // A phrase of the site kept together as one term counts when it is a name, short words and all.
    expect(namedBy(hit('Huishoudelijke hulp'), ['huishoudelijke hulp', 'beperken'])).toBe(2);
    // Short names ("wmo", "18 jaar") name a wet or an age, not an answer.
    expect(namedBy(hit('Onderzoek', ['wmo onderzoek', '18 jaar']), ['onderzoek', 'wmo', '18', 'jaar'])).toBe(0);
  });

  it('puts results named by more words of the question first, otherwise keeps the order', () => {
    const hits = [hit('Verordening'), hit('Verordening jeugdhulp'), hit('Lokale regels opzoeken', ['lokale regels opzoeken', 'verordening van mijn gemeente'])];
    expect(namedFirst(hits, ['verordening', 'gemeente']).map((h) => h.title)).toEqual(['Lokale regels opzoeken', 'Verordening', 'Verordening jeugdhulp']);
    // One term: the order stays as it is (exactFirst handles a query that is a name).
    expect(namedFirst(hits, ['verordening'])).toEqual(hits);
  });
});

describe('golden queries and questions', () => {
  const golden = [...goldenQueries(), ...goldenQuestions()];
  const urls = new Set([
    ...g.wetten.map((w) => paths.wet(w.id)),
    ...g.keuzes.map((k) => paths.keuze(k.id)),
    ...g.scheidslijnen.map((s) => paths.scheidslijn(s.id)),
    ...g.casussen.map((c) => paths.casus(c.id)),
    ...g.begrippen.map((b) => paths.begrip(b.id)),
    paths.vragen(),
    paths.werksessie(),
    paths.oefeningen(),
    '/raad/',
    '/wijzigingen/',
    '/lokale-regels/',
    '/lezen/',
  ]);

  it('has at least 30 queries, each once', () => {
    expect(golden.length).toBeGreaterThanOrEqual(30);
    expect(new Set(golden.map((q) => q.query.toLowerCase())).size).toBe(golden.length);
  });

  it('expects only pages that exist: a wet, keuze, scheidslijn, casus, begrip, the werkblad, the werksessie or another page of the site', () => {
    expect(golden.filter((q) => !urls.has(q.expect)).map((q) => `${q.query} → ${q.expect}`)).toEqual([]);
  });

  it('covers every type of result', () => {
    const kinds = new Set(golden.map((q) => (q.expect.includes('#') ? (q.expect.startsWith('/begrippen/') ? 'begrip' : 'keuze') : q.expect.split('/')[1])));
    expect([...kinds].sort()).toEqual(['begrip', 'casussen', 'keuze', 'lezen', 'lokale-regels', 'raad', 'scheidslijnen', 'vragen', 'werksessie', 'wetten', 'wijzigingen']);
  });

  it('asks questions about every wet, every scheidslijn, the casussen, /raad/, the werkblad and the werksessie', () => {
    const questions = goldenQuestions();
    const expected = new Set(questions.map((q) => q.expect.replace(/#.*$/, '')));
    for (const w of g.wetten) expect(expected, w.id).toContain(paths.wet(w.id));
    for (const s of g.scheidslijnen) expect(expected, s.id).toContain(paths.scheidslijn(s.id));
    expect(g.casussen.filter((c) => expected.has(paths.casus(c.id))).length).toBeGreaterThanOrEqual(7);
    expect(expected).toContain('/raad/');
    expect(expected).toContain(paths.vragen());
    expect(expected).toContain(paths.werksessie());
    expect(questions.filter((q) => q.typo).length).toBeGreaterThanOrEqual(10);
  });

  it('counts a section of an expected page as that page, but not another keuze', () => {
    expect(rankOf(['/kaart/', '/raad/#momenten'], '/raad/')).toBe(2);
    expect(rankOf(['/wetten/wmo/#toegang'], '/wetten/wmo/')).toBe(1);
    expect(rankOf(['/wetten/wmo/#toegang'], '/wetten/wmo/#eigen-bijdrage')).toBe(0);
  });

  it('counts an alternative answer (`also`) as found, at its own rank', () => {
    const urls = ['/begrippen/#pleegzorg', '/wetten/jeugdwet/#pleegzorg-tot-21', '/feiten/#leeftijd-pleegzorg'];
    expect(rankOfAny(urls, { expect: '/feiten/#leeftijd-pleegzorg', also: ['/wetten/jeugdwet/#pleegzorg-tot-21'] })).toBe(2);
    expect(rankOfAny(urls, { expect: '/feiten/#leeftijd-pleegzorg' })).toBe(3);
    expect(rankOfAny(urls, { expect: '/kaart/', also: ['/scheidslijnen/'] })).toBe(0);
    // A page given as the alternative is found through one of its sections too.
    expect(rankOfAny(['/wetten/wmo/#toegang'], { expect: '/begrippen/#keukentafelgesprek', also: ['/wetten/wmo/'] })).toBe(1);
  });

  it('reads `also` as one path or a list of paths, and refuses anything else naming file, question and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-'));
    const file = join(dir, 'q.yaml');
    writeFileSync(file, '- query: een\n  expect: /a/\n  also: /b/\n- query: twee\n  expect: /a/\n  also: [/b/, /c/#d]\n- query: drie\n  expect: /a/\n');
    expect(goldenQueries(file).map((q) => q.also)).toEqual([['/b/'], ['/b/', '/c/#d'], undefined]);
    writeFileSync(file, '- query: vier\n  expect: /a/\n  also: wetten/wlz\n');
    expect(() => goldenQueries(file)).toThrow(/q\.yaml \[0\] vier: "also" moet een pad zijn/);
    rmSync(dir, { recursive: true, force: true });
  });
});
