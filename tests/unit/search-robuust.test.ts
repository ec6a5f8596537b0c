/**
 * The rules behind the robustness questions (tests/search/robuust-vragen.yaml, issue 24): rewordings of the issue's
 * own examples that still failed. Each rule is general Dutch or general ranking, tested here on its own:
 *  - words for a person ("mijn zoon", "mijn moeder") are weak words (query.ts PERSONEN), which count as a term only for
 *    results that hold every term and such a word rarer than each term (query.ts rankRelaxed);
 *  - "jaar" right after a number is weak (query.ts JAAR);
 *  - a title with number words is also a name in digits (getallen.ts inCijfers, records.ts titelInCijfers);
 *  - "waar gaat de raad over bij X" is a raad question (query.ts raadVraag);
 *  - for a raad question a wet page points at its part "Wat kan de raad wel?", also when no searched word is in that
 *    part, and stays there when the question names the wet (rank.ts toHit, pageWhenNamed).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphFromDir } from '../../src/lib/content/check.ts';
import { intentOf, PERSONEN, prepareQuery, queryWords, raadVraag, rankRelaxed, WEAK } from '../../src/lib/search/query.ts';
import { inCijfers } from '../../src/lib/search/getallen.ts';
import { begripRecord, casusTerms, feitRecord, toCustomRecord } from '../../src/lib/search/records.ts';
import { askedSection, pageWhenNamed, RAAD_SECTIE, toHit, type Hit, type PagefindResultData } from '../../src/lib/search/rank.ts';
import { searchLexicon } from '../../src/integrations/pagefind.ts';
import { paths } from '../../src/lib/links.ts';
import { robuustQuestions } from '../../scripts/lib/golden.ts';

const g = graphFromDir('content', process.cwd());
const lexicon = searchLexicon(g, []);
const searched = (q: string) => prepareQuery(q, lexicon).terms.map((t) => t.search);

describe('words for a person are weak words', () => {
  it('searches "zoon", "dochter", "kind" and "moeder" apart: they order the results, they do not decide them', () => {
    const p = prepareQuery('mijn zoon wordt 18 en krijgt jeugdzorg', lexicon);
    expect(p.terms.map((t) => t.search)).toEqual(['18', 'jeugdzorg']);
    expect(p.weak).toContain('zoon');
    expect(searched('mijn dochter wordt achttien en heeft jeugdhulp')).toEqual(['18', 'jeugdhulp']);
    expect(searched('wat gebeurt er met de jeugdzorg als mijn kind 18 wordt')).toEqual(['jeugdzorg', '18']);
    expect(prepareQuery('hoeveel moet mijn moeder zelf betalen in het verpleeghuis', lexicon).weak).toContain('moeder');
  });

  it('ranks results holding every term and a person word rarer than each term first, as if it were a term', () => {
    const r = (id: string, score = 1) => ({ id, score });
    // Terms: "zorg" and "geld", both held by a, b and casus (the full search); "moeder" by casus and one other result.
    const terms = [[r('a'), r('b'), r('casus', 0.5), r('x')], [r('a'), r('b'), r('casus', 0.5), r('y')]];
    const full = [r('a'), r('b'), r('casus', 0.5)];
    const moeder = [[r('casus'), r('z')]];
    expect(rankRelaxed(full, terms, 10, moeder, [], [true])[0]!.id).toBe('casus');
    // Not a person word (a weak word such as "krijgen"): it only adds to the score.
    expect(rankRelaxed(full, terms, 10, moeder, [], [false])[0]!.id).toBe('a');
    // A person word held by more results than a term ("kind" on this site) narrows nothing down.
    const kind = [[r('casus'), r('w1'), r('w2'), r('w3'), r('w4')]];
    expect(rankRelaxed(full, terms, 10, kind, [], [true])[0]!.id).toBe('a');
    // When no result holds every term, it never outweighs a term: "zoon" does not beat "18" and "jeugdzorg".
    const zoon = [[r('verhuizen')]];
    const order = rankRelaxed([], [[r('achttien'), r('keuze')], [r('achttien'), r('keuze'), r('verhuizen')]], 10, zoon, [], [true]);
    expect(order.map((x) => x.id).indexOf('verhuizen')).toBe(2);
    expect(prepareQuery('ik zorg voor mijn moeder kan ik daar geld voor krijgen', lexicon).personen).toEqual(['moeder']);
  });

  it('keeps "ouders" and "ouderen" as subjects, and a person word alone is searched', () => {
    expect(PERSONEN.has('ouders') || PERSONEN.has('ouderen') || WEAK.has('ouders')).toBe(false);
    expect(searched('mag de raad ouders laten meebetalen aan jeugdhulp')).toContain('ouders');
    expect(searched('mantelzorg voor moeder')).toEqual(['mantelzorg']);
    expect(searched('moeder')).toEqual(['moeder']);
  });
});

describe('"jaar" after a number', () => {
  it('is weak right after a number: the number is the age', () => {
    const p = prepareQuery('casus over 18 jaar worden', lexicon);
    expect(p.terms.map((t) => t.search)).toEqual(['18']);
    expect(p.weak).toContain('jaar');
    expect(searched('zoon van achttien jaar in de jeugdhulp')).toEqual(['18', 'jeugdhulp']);
  });

  it('is a term elsewhere', () => {
    expect(searched('eigen risico per jaar')).toContain('jaar');
    expect(searched('jaar')).toEqual(['jaar']);
  });
});

describe('a title with number words is also a name in digits', () => {
  it('writes the number words of a text in digits, and nothing else', () => {
    expect(inCijfers('Achttien worden midden in de jeugdhulp')).toBe('18 worden midden in de jeugdhulp');
    expect(inCijfers('Eén gezin, zes hulpverleners en geen regisseur')).toBe('Eén gezin, 6 hulpverleners en geen regisseur');
    expect(inCijfers('Zoektermijn (vier weken)')).toBe('Zoektermijn (4 weken)');
    expect(inCijfers('Eigen bijdrage')).toBeUndefined();
    // "een" is an article as often as a number.
    expect(inCijfers('Een Wlz-indicatie voor opname')).toBeUndefined();
  });

  it('adds it to the names of a casus, a begrip and a fact, weighted as the title', () => {
    expect(casusTerms(g, g.casussen.find((c) => c.id === 'achttien-in-de-jeugdhulp')!).zoektermen).toContain('18 worden midden in de jeugdhulp');
    const zoektermijn = g.begrippen.find((b) => /vier weken/.test(b.data.term))!;
    expect(begripRecord(g, zoektermijn).terms.zoektermen).toContain(inCijfers(zoektermijn.data.term));
    const feit = g.feiten.find((f) => /vier weken/.test(f.data.label))!;
    expect(toCustomRecord(feitRecord(g, feit)).meta.zoektermen).toContain(inCijfers(feit.data.label));
    // A title without number words gets nothing extra.
    expect(casusTerms(g, g.casussen.find((c) => c.id === 'oudere-na-een-val')!).zoektermen).toEqual(g.casus('oudere-na-een-val')!.data.zoekwoorden ?? []);
  });
});

describe('the raad-question rule, other wordings', () => {
  it('reads "waar gaat de raad over bij X" as a raad question', () => {
    expect(raadVraag(queryWords('waar gaat de gemeenteraad over bij de zorgverzekeringswet'))).toBeDefined();
    const p = prepareQuery('waar gaat de gemeenteraad over bij de zorgverzekeringswet', lexicon);
    expect(p.intent.raad).toBe(true);
    expect(p.terms.map((t) => t.search)).toEqual(['zorgverzekeringswet']);
    // "gaat" without "over", or "over" without "gaan", asks nothing of the raad.
    expect(raadVraag(queryWords('de raad gaat akkoord met de verordening'))).toBeUndefined();
    for (const q of ['wat mag de raad beslissen over de wlz', 'wat kan de gemeenteraad bepalen bij de wlz', 'invloed van de raad op de wet langdurige zorg', 'wat mogen raadsleden kiezen over de zvw']) {
      expect(prepareQuery(q, lexicon).intent.raad, q).toBe(true);
    }
  });

  // A wet page as Pagefind gives it for "wet langdurige zorg": no searched word in the part "Wat kan de raad wel?".
  const content = 'Wet langdurige zorg In 30 seconden De Wlz is voor wie blijvend zorg nodig heeft. Wat kan de raad wel? Vragen hoe het college de overstap naar de Wlz begeleidt.';
  const words = content.split(' ');
  const data: PagefindResultData = {
    url: '/wetten/wlz/',
    excerpt: 'De <mark>Wlz</mark> is voor wie…',
    content,
    meta: { title: 'Wet langdurige zorg', namen: 'Wlz, Wet langdurige zorg' },
    filters: { type: ['wet'] },
    sub_results: [{ title: 'In 30 seconden', url: '/wetten/wlz/#samenvatting', excerpt: '', locations: [6, 9] }],
    anchors: [
      { element: 'h2', id: 'samenvatting', text: 'In 30 seconden', location: words.indexOf('In') },
      { element: 'h2', id: RAAD_SECTIE, text: 'Wat kan de raad wel?', location: words.indexOf('Wat') },
    ],
  };
  const raad = intentOf('invloed van de raad op de wet langdurige zorg', true);

  it('points a wet page at "Wat kan de raad wel?" for a raad question, also when none of the searched words is in it', () => {
    const hit = toHit(data, raad);
    expect(hit.url).toBe(`/wetten/wlz/#${RAAD_SECTIE}`);
    expect(hit.section).toBe('Wat kan de raad wel?');
    expect(hit.excerpt).toBe('Vragen hoe het college de overstap naar de Wlz begeleidt.');
    expect(askedSection(hit, raad)).toBe(true);
    // Not for another question.
    expect(toHit(data).url).toBe('/wetten/wlz/#samenvatting');
  });

  it('keeps that part when the question names the wet; another part of a named page becomes the page', () => {
    const hit = toHit(data, raad);
    const other = toHit(data);
    const map = new Map<Hit, PagefindResultData>([
      [hit, data],
      [other, data],
    ]);
    expect(pageWhenNamed([hit], 'wet langdurige zorg', map, raad)[0]!.url).toBe(`/wetten/wlz/#${RAAD_SECTIE}`);
    expect(pageWhenNamed([other], 'wet langdurige zorg', map, raad)[0]!.url).toBe('/wetten/wlz/');
    expect(pageWhenNamed([hit], 'wlz', map)[0]!.url).toBe('/wetten/wlz/');
  });
});

describe('the robustness questions (tests/search/robuust-vragen.yaml)', () => {
  const list = robuustQuestions();

  it('has 20 questions, each once, on the rules above and the issue\'s other examples', () => {
    expect(list.length).toBe(20);
    expect(new Set(list.map((q) => q.query)).size).toBe(list.length);
    expect(new Set(list.map((q) => q.kind))).toEqual(new Set(['digits', 'raad', 'lay', 'trainer', 'plaats']));
  });

  it('expects only pages and parts that exist ("Wat kan de raad wel?" only where a wet page has it)', () => {
    const pages = new Set([...g.wetten.map((w) => paths.wet(w.id)), ...g.keuzes.map((k) => paths.keuze(k.id)), ...g.casussen.map((c) => paths.casus(c.id)), paths.oefeningen(), paths.poster(), '/raad/', '/wijzigingen/', '/lokale-regels/']);
    const raadDelen = new Set(g.wetten.filter((w) => /^## Wat kan de raad wel\?$/m.test(readFileSync(`content/wetten/${w.id}.mdx`, 'utf8'))).map((w) => `${paths.wet(w.id)}#${RAAD_SECTIE}`));
    expect(raadDelen.size).toBeGreaterThanOrEqual(2);
    const missing = list.flatMap((q) => [q.expect, ...(q.also ?? [])]).filter((u) => !pages.has(u) && !raadDelen.has(u));
    expect(missing).toEqual([]);
  });
});
