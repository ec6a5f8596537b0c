/**
 * The rules for trainer tasks and lay paraphrases (issue 24, second robustness set: tests/search/robuust-vragen-2.yaml;
 * src/lib/search/README.md "Ranking"). Each is general Dutch or general ranking, tested here on its own:
 *  - a list question ("lijst van alle casussen", "welke scheidslijnen zijn er", "begrippenlijst") asks for the overview
 *    page of that kind (lijstvraag.ts overzichtVraag);
 *  - "hand-out X" asks for a hand-out: the hand-outs rank first (query.ts SOORT_WOORDEN, rank.ts prior), and a hand-out
 *    carries its wet's aliases (records.ts handoutRecord);
 *  - the words of a group task (groepsopdracht, werkvorm, deelnemers …) are trainer words, weak in a kind question;
 *  - reporting verbs ("zegt", "lukt") are weak, object pronouns and "elke" are function words;
 *  - a result that lacks only a common term of three or more ranks with those that hold every term (rankRelaxed).
 */
import { describe, expect, it } from 'vitest';
import { graphFromDir } from '../../src/lib/content/check.ts';
import { byPrior, MIN_CHECKED, needsLexicon, prepareQuery, queryWords, rankRelaxed, SOORT_TYPE, STOPWOORDEN, WEAK } from '../../src/lib/search/query.ts';
import { LIJST_WOORDEN, OVERZICHT_VAN, overzichtVraag } from '../../src/lib/search/lijstvraag.ts';
import { HANDOUT_PREFIX, OVERZICHTEN, prior, PRIOR, type Hit } from '../../src/lib/search/rank.ts';
import { handoutRecord } from '../../src/lib/search/records.ts';
import { searchLexicon } from '../../src/integrations/pagefind.ts';
import { paths } from '../../src/lib/links.ts';

const g = graphFromDir('content', process.cwd());
const lexicon = searchLexicon(g, []);
const overzicht = (q: string) => overzichtVraag(queryWords(q))?.url;

describe('a list question asks for the overview of its kind', () => {
  it('with a list word, as a compound with one, or as a plural right after "welke"', () => {
    expect(overzicht('lijst van alle casussen om uit te kiezen')).toBe('/casussen/');
    expect(overzicht('overzicht van alle begrippen')).toBe('/begrippen/');
    expect(overzicht('alle wetten op een rij')).toBe('/wetten/');
    expect(overzicht('welke scheidslijnen zijn er')).toBe('/scheidslijnen/');
    expect(overzicht('welke wetten gaan over zorg en werk')).toBe('/wetten/');
    expect(overzicht('begrippenlijst uitdelen')).toBe('/begrippen/');
    expect(overzicht('casusoverzicht')).toBe('/casussen/');
    expect(overzicht('lijst met oefeningen')).toBe(paths.oefeningen());
  });

  it('not for one item, two kinds, keuzes, or a kind named without asking for a list', () => {
    // One casus ("welke casus past"), not the list.
    expect(overzicht('welke casus past bij beschermd wonen')).toBeUndefined();
    // Two kinds: the kaart shows both, no single overview answers.
    expect(overzicht('klikbare plaat van alle wetten en scheidslijnen')).toBeUndefined();
    // The keuzes of a wet are its page.
    expect(overzicht('overzicht keuzes gemeenteraad jeugdwet')).toBeUndefined();
    expect(overzicht('casus lvb en verslaving voor een groepsopdracht')).toBeUndefined();
    expect(overzicht('wachtlijst jeugdhulp')).toBeUndefined();
  });

  it('leaves the list words out of the search and says which page', () => {
    const p = prepareQuery('lijst van alle casussen om uit te kiezen voor de training', lexicon);
    expect(p.intent.overzicht).toBe('/casussen/');
    expect(p.terms.map((t) => t.search)).not.toContain('lijst');
    expect(p.dropped).toContain('lijst');
    expect(prepareQuery('welke wetten horen bij het sociaal domein', lexicon).intent.overzicht).toBe('/wetten/');
    expect(prepareQuery('wetten sociaal domein', lexicon).intent.overzicht).toBeUndefined();
    expect([...LIJST_WOORDEN]).toContain('overzicht');
  });

  it('every overview it points to is one of the overview pages, or the werksessie pages', () => {
    for (const q of ['alle casussen', 'alle begrippen', 'alle wetten', 'alle scheidslijnen', 'alle oefeningen', 'alle hand-outs', 'alle feiten', 'alle wijzigingen']) {
      const url = overzicht(q)!;
      expect(OVERZICHTEN.has(url) || url.startsWith('/werksessie/') || ['/feiten/', '/wijzigingen/', '/scheidslijnen/'].includes(url), q).toBe(true);
    }
  });

  it('applies only to queries that load the lexicon, where its code comes with the repair code', () => {
    // The rule lives in the repair code's chunk (Lexicon.herstel), which the browser loads only for a query that needs
    // the lexicon: so each kind word, alone or in a compound, must be long enough to make a query need it.
    for (const kind of OVERZICHT_VAN.keys()) {
      expect(kind.length, kind).toBeGreaterThanOrEqual(MIN_CHECKED);
      for (const q of [`alle ${kind}`, `welke ${kind}`, `${kind}lijst`, `${kind}overzicht`]) expect(needsLexicon(q), q).toBe(true);
    }
    // Without the lexicon (and so without the repair code) no list question is read: nothing else changes.
    expect(prepareQuery('lijst van alle casussen').intent.overzicht).toBeUndefined();
    expect(prepareQuery('lijst van alle casussen', lexicon).intent.overzicht).toBe('/casussen/');
  });
});

const hit = (url: string, type: Hit['type']): Hit => ({ url, title: url, names: [], primary: [], type, wetten: [], excerpt: '' });

describe('"hand-out X" asks for a hand-out', () => {
  it('reads the kind, keeps the hand-out word as a term, and the other trainer words weak', () => {
    const p = prepareQuery('hand-out bijstand voor deelnemers', lexicon);
    expect(p.intent.soort).toBe('handout');
    expect(SOORT_TYPE.handout).toBe('werksessie');
    expect(p.terms.map((t) => t.search)).toEqual(['hand-out', 'bijstand']);
    expect(p.weak).toContain('deelnemers');
  });

  it('ranks the hand-outs above the other werksessie material and above a keuze', () => {
    const { intent } = prepareQuery('hand-out bijstand voor deelnemers', lexicon);
    const handout = prior(hit(`${HANDOUT_PREFIX}participatiewet/`, 'werksessie'), intent);
    expect(handout).toBe(PRIOR.soortGevraagd);
    expect(handout).toBeGreaterThan(prior(hit(`${paths.oefeningen()}#oef-08-beschut-werk`, 'werksessie'), intent));
    expect(handout).toBeGreaterThan(prior(hit('/wetten/participatiewet/#bijstandsnormen', 'keuze'), intent));
  });

  it('a hand-out is found by the aliases of its wet ("bijstand", "jeugdzorg")', () => {
    expect(handoutRecord(g, g.wet('participatiewet')!).terms.onderwerpen).toContain('bijstand');
    expect(handoutRecord(g, g.wet('jeugdwet')!).terms.onderwerpen).toContain('jeugdzorg');
  });
});

describe('the words of a group task are trainer words', () => {
  it('are weak in a question that names a kind of result: the topic decides', () => {
    const p = prepareQuery('casus lvb en verslaving voor een groepsopdracht', lexicon);
    expect(p.terms.map((t) => t.search)).toEqual(['lvb', 'verslaving']);
    expect(p.weak).toContain('groepsopdracht');
    expect(prepareQuery('casus over beschermd wonen als werkvorm', lexicon).weak).toContain('werkvorm');
    // Without a kind they ask for werksessie material.
    expect(prepareQuery('rollenspel voor raadsleden', lexicon).intent.trainer).toBe(true);
  });
});

describe('reporting verbs are weak, object pronouns and "elke" are function words', () => {
  it('"de gemeente zegt dat …" is about what the gemeente says, not about saying', () => {
    const p = prepareQuery('gemeente zegt dat mijn man het huishouden zelf moet doen', lexicon);
    expect(p.terms.map((t) => t.search)).not.toContain('zegt');
    expect(p.weak).toContain('zegt');
    expect(WEAK.has('lukt')).toBe(true);
  });

  it('drops "mij", "me" and "elke"', () => {
    for (const w of ['mij', 'me', 'jou', 'elke', 'iedere']) expect(STOPWOORDEN.has(w), w).toBe(true);
    expect(prepareQuery('mijn buurvrouw zorgt elke dag voor mij', lexicon).terms.map((t) => t.search)).not.toContain('mij');
  });
});

describe('a result that lacks only a common term ranks with those that hold every term', () => {
  const r = (id: string, score = 1) => ({ id, score });
  // Ten results; "wonen" (x1…x6, full1, full2, begrip-less) is common, "gezin" and "ander" rare.
  const common = [r('full1'), r('full2'), r('x1'), r('x2'), r('x3'), r('x4'), r('x5'), r('x6')];
  const gezin = [r('full1'), r('full2'), r('begrip'), r('y')];
  const ander = [r('full1'), r('full2'), r('begrip'), r('z')];

  it('weighs as much as the full results, so that the kind of result decides between them (byPrior)', () => {
    const order = rankRelaxed([r('full1'), r('full2')], [gezin, ander, common], 12);
    expect(order.slice(0, 3).map((x) => x.id)).toEqual(['full1', 'full2', 'begrip']);
    expect(order[2]!.weight).toBe(order[0]!.weight);
    // A begrip (an answer) before two long sections that hold every word.
    const head = byPrior(order.slice(0, 3).map((ranked) => ({ ranked })), ({ ranked }) => (ranked.id === 'begrip' ? PRIOR.antwoord : PRIOR.pagina));
    expect(head[0]!.ranked.id).toBe('begrip');
  });

  it('not when the term it lacks is a rare one, nor with two terms', () => {
    // It lacks "gezin" (rare): behind nothing it beats by weight alone.
    const lacksRare = rankRelaxed([r('full1'), r('full2')], [[r('full1'), r('full2'), r('y')], ander, [...common, r('begrip')]], 12);
    expect(lacksRare.find((x) => x.id === 'begrip')!.weight).toBeLessThan(lacksRare[0]!.weight);
    const two = rankRelaxed([r('full1')], [[r('full1'), r('begrip')], [r('full1'), ...common]], 12);
    expect(two.find((x) => x.id === 'begrip')!.weight).toBeLessThan(two[0]!.weight);
  });
});
