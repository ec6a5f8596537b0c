import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkContentDir, ContentError, readContent, validateEntries } from '../../src/lib/content/check.ts';
import { formatTeHerlezen, teHerlezen } from '../../src/lib/content/jaarwissel.ts';
import { checkVerwijzingen } from '../../src/lib/content/verwijzingen.ts';
import { artikelenInTitel, citaatNoemtWaarde, readWetteksten, splitArtikel, tekstOp } from '../../src/lib/content/wetteksten.ts';
import { contentWith } from '../helpers/fixtures.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('stored law texts: units of an article', () => {
  it('splits leden, onderdelen, begrippen and sub-onderdelen, each with the units below it', () => {
    const delen = splitArtikel(
      [
        '1 De raad stelt vast:',
        'a. een plan;',
        'b. een verordening met:',
        '  1°. regels, en',
        '  2°. bedragen.',
        '2 In deze wet wordt verstaan onder:',
        '- jeugdige: persoon die:',
        '  3°. de leeftijd van achttien jaar doch niet de leeftijd van eenentwintig jaar heeft bereikt',
      ].join('\n'),
    );
    expect([...delen.keys()]).toEqual(['', '1', '1 a', '1 b', '1 b 1°', '1 b 2°', '2', '2 jeugdige', '2 jeugdige 3°']);
    expect(delen.get('1 b')).toContain('2°. bedragen');
    expect(delen.get('2 jeugdige 3°')).toContain('eenentwintig jaar');
    expect(delen.get('1')).not.toContain('jeugdige');
  });

  it('reads the articles in the title of a source', () => {
    expect(artikelenInTitel('Wmo 2015, artikel 2.1.3 lid 2 onder b en artikel 2.3.6 (geldend op 1 juli 2026)')).toEqual([
      { nummer: '2.1.3', lid: 2, onderdeel: 'b' },
      { nummer: '2.3.6' },
    ]);
    expect(artikelenInTitel('Participatiewet, artikelen 35, 51 en 69 (tekst per 1 juli 2026; drempel € 176)')).toEqual([
      { nummer: '35' },
      { nummer: '51' },
      { nummer: '69' },
    ]);
    expect(artikelenInTitel('Participatiewet, artikel 41, vierde en elfde lid')).toEqual([{ nummer: '41', lid: 4 }]);
    expect(artikelenInTitel('Wmo 2015, artikel 2.6.3 tot en met 2.6.7a (uitvoering door derden)')).toEqual([{ nummer: '2.6.3' }, { nummer: '2.6.7a' }]);
    expect(artikelenInTitel('CAK, Verandering eigen bijdrage Wmo 2026')).toEqual([]);
  });

  it('recognises the value of a fact in a quote, in figures or in words', () => {
    expect(citaatNoemtWaarde('doch niet de leeftijd van eenentwintig jaar heeft bereikt', 21)).toBe(true);
    expect(citaatNoemtWaarde('zonder kostendelende medebewoners: € 1.419,46', 1419.46)).toBe(true);
    expect(citaatNoemtWaarde('bedraagt € 19,– per maand', 19)).toBe(true);
    expect(citaatNoemtWaarde('de persoon van 27 jaar of ouder', 21)).toBe(false);
    expect(citaatNoemtWaarde('€ 1.419,46', 419.46)).toBe(false);
  });
});

describe('stored law texts: the citations of the real content', () => {
  const store = readWetteksten('content/wetteksten');
  const { entries } = readContent('content');
  const { checked } = validateEntries(entries);

  it('hold every article that a keuze, scheidslijn or fact cites, at the peildatum', () => {
    const { problems, dekking } = checkVerwijzingen(checked, store, d('2026-07-01'));
    expect(problems).toEqual([]);
    expect(dekking.artikelen).toBeGreaterThan(80);
    expect(dekking.feiten).toBeGreaterThan(20);
  });

  it('resolves every citation: Jeugdwet 2.17 on its existence, named in stored text; every fact with an article on its quote', () => {
    const { dekking } = checkVerwijzingen(checked, store, d('2026-07-01'));
    expect(dekking.nietTeControleren).toEqual([]);
    expect(dekking.opBestaan).toEqual([
      { file: 'content/keuzes/jeugdwet/regionale-samenwerking.yaml', field: 'artikel', bwb: 'BWBR0034925', nummer: '2.17' },
    ]);
    const metArtikel = checked.filter((e) => e.collection === 'feiten' && (e.data as { artikel?: unknown }).artikel);
    expect(dekking.feiten).toBe(metArtikel.length);
  });

  /** The store with the `genoemdIn` of Jeugdwet 2.17 replaced. */
  const metGenoemd = (lijst: { bwb: string; nummer: string; lid?: number; onderdeel?: string; citaat: string }[]) => {
    const jw = tekstOp(store, 'BWBR0034925', d('2026-07-01'))!;
    const genoemd = new Map(jw.genoemd);
    if (lijst.length) genoemd.set('2.17', lijst.map((g, i) => ({ ...g, field: `artikelen.2.17.genoemdIn[${i}]` })));
    else genoemd.delete('2.17');
    return { ...store, perBwb: new Map([...store.perBwb, ['BWBR0034925', [{ ...jw, genoemd }]]]) };
  };

  it('counts 2.17 as not checked when no stored text names it', () => {
    const { problems, dekking } = checkVerwijzingen(checked, metGenoemd([]), d('2026-07-01'));
    expect(problems).toEqual([]);
    expect(dekking.opBestaan).toEqual([]);
    expect(dekking.nietTeControleren.map((n) => `${n.file} ${n.field}`)).toEqual(['content/keuzes/jeugdwet/regionale-samenwerking.yaml artikel']);
  });

  it('rejects a genoemdIn whose quote does not name the article, or names a unit that does not exist', () => {
    const naamloos = checkVerwijzingen(checked, metGenoemd([{ bwb: 'BWBR0034925', nummer: '1.1', onderdeel: 'regio', citaat: 'regio als bedoeld in' }]), d('2026-07-01'));
    expect(naamloos.problems).toEqual([
      {
        file: 'content/wetteksten/BWBR0034925/2026-07-01.yaml',
        field: 'artikelen.2.17.genoemdIn[0].citaat',
        expected: 'een citaat dat "artikel 2.17" noemt, niet "regio als bedoeld in"',
      },
    ]);
    expect(naamloos.dekking.opBestaan).toEqual([]);
    const andereLid = checkVerwijzingen(checked, metGenoemd([{ bwb: 'BWBR0035779', nummer: '2.2.2', lid: 3, citaat: 'artikel 2.17' }]), d('2026-07-01'));
    expect(andereLid.problems).toHaveLength(1);
    expect(andereLid.problems[0]).toMatchObject({ file: 'content/wetteksten/BWBR0034925/2026-07-01.yaml', field: 'artikelen.2.17.genoemdIn[0].lid' });
    expect(andereLid.problems[0]!.expected).toContain('lid 1, 2, niet 3');
  });

  it('rejects a lid of an article whose text is not stored', () => {
    const e = checked.map((x) =>
      x.collection === 'keuzes' && x.id === 'jeugdwet/regionale-samenwerking'
        ? { ...x, data: { ...(x.data as object), artikel: { nummer: '2.17', lid: 2 } } }
        : x,
    );
    const { problems } = checkVerwijzingen(e, store, d('2026-07-01'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/keuzes/jeugdwet/regionale-samenwerking.yaml', field: 'artikel.lid' });
    expect(problems[0]!.expected).toContain('is lid 2 niet te controleren');
  });

  // The errors of issue 23, put back one at a time: the check names each one.
  for (const [feit, veld, van, naar, says] of [
    ['leeftijd-pleegzorg', 'citaat', 'onderdeel: jeugdige 3°', 'onderdeel: jeugdige 2°', 'staat er niet in'],
    ['leeftijd-verlengde-jeugdhulp', 'citaat', 'onderdeel: jeugdige 4°', 'onderdeel: jeugdige 3°', 'staat er niet in'],
    ['leeftijd-kostendelersnorm', 'citaat', 'nummer: "19a"', 'nummer: "22a"', 'staat er niet in'],
    ['eigen-risico', 'artikel.lid', 'lid: 1', 'lid: 8', 'lid 1, 2, 3, 4, 5, 6, 7, niet 8'],
  ] as const) {
    it(`rejects ${feit} with ${naar}`, () => {
      const source = readFileSync(`content/feiten/${feit}.yaml`, 'utf8');
      expect(source).toContain(van);
      const tekst = tekstOp(store, source.match(/bwb: (BWB\w+)/)![1]!, d('2026-07-01'))!;
      const e = checked.map((x) =>
        x.collection === 'feiten' && x.id === feit
          ? { ...x, data: { ...(x.data as object), artikel: { ...((x.data as { artikel: object }).artikel), ...parse(naar) } } }
          : x,
      );
      const { problems } = checkVerwijzingen(e, store, d('2026-07-01'));
      expect(tekst.file).toMatch(/^content\/wetteksten\//);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.file === `content/feiten/${feit}.yaml`)).toBe(true);
      expect(problems.some((p) => p.field === veld && p.expected.includes(says))).toBe(true);
    });
  }
});

/** `lid: 8` or `onderdeel: jeugdige 2°` or `nummer: "22a"` as an object. */
function parse(regel: string): Record<string, string | number> {
  const [k, v] = regel.split(/:\s*/) as [string, string];
  const waarde = v.replace(/^"|"$/g, '');
  return { [k]: /^\d+$/.test(waarde) && k === 'lid' ? Number(waarde) : waarde };
}

describe('jaarwissel: stored texts of two dates', () => {
  it('lists exactly the facts, keuzes and pages that cite an article whose text changed', () => {
    const dir = contentWith();
    // The site's peildatum, and a fact that rests on article 2.1.4a lid 4.
    writeFileSync(
      join(dir, 'feiten', 'peildatum-wetteksten.yaml'),
      'label: Peildatum van de wetteksten\nsoort: datum\nwaarde: 2026-07-01\npeildatum: 2026-07-01\nbronnen:\n  - titel: Wetten.overheid.nl\n    url: https://wetten.overheid.nl/\n',
    );
    const feit = join(dir, 'feiten', 'abonnementstarief.yaml');
    writeFileSync(
      feit,
      readFileSync(feit, 'utf8').replace(
        'bronnen:',
        'artikel:\n  bwb: BWBR0035362\n  nummer: "2.1.4a"\n  lid: 4\ncitaat: "bedraagt € 19,– per maand"\nwaardeElders: Het bedrag van 2026 komt uit de indexering bij ministeriële regeling.\nbronnen:',
      ),
    );
    // The text of 1 January 2027: article 2.1.4a changed, 2.3.5 did not.
    const oud = readFileSync(join(dir, 'wetteksten', 'BWBR0035362', '2026-07-01.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'wetteksten', 'BWBR0035362', '2027-01-01.yaml'),
      oud.replace(/2026-07-01/g, '2027-01-01').replace('€ 19,– per maand', '€ 21,80 per maand'),
    );
    const { checked } = checkContent(dir, dir);
    const store = readWetteksten(join(dir, 'wetteksten'), dir);
    const lijst = teHerlezen(checked, store, d('2026-07-01'), d('2027-01-01'));
    const gewijzigd = lijst.filter((t) => t.wat !== 'niet opgeslagen');
    expect(gewijzigd.map((t) => t.artikel)).toEqual(['Wet maatschappelijke ondersteuning 2015, artikel 2.1.4a']);
    // The Wlz has no text of 1 January 2027 in this folder: named, to be stored first.
    expect(lijst.filter((t) => t.wat === 'niet opgeslagen').map((t) => t.artikel)).toEqual(['Wet langdurige zorg, artikel 3.2.1']);
    const [t] = gewijzigd;
    expect(t!.wat).toBe('gewijzigd');
    expect(t!.feiten).toEqual([
      { file: 'feiten/abonnementstarief.yaml', field: 'artikel' },
      { file: 'feiten/abonnementstarief.yaml', field: 'bronnen[0].titel' },
    ]);
    expect(t!.keuzes).toEqual([
      { file: 'keuzes/wmo/eigen-bijdrage.yaml', field: 'artikel' },
      { file: 'keuzes/wmo/eigen-bijdrage.yaml', field: 'bronnen[0].titel' },
    ]);
    // The scheidslijn cites 2.3.5, which did not change: not listed.
    expect(t!.paginas).toEqual([]);
    const tekst = formatTeHerlezen(lijst, d('2026-07-01'), d('2027-01-01'));
    expect(tekst).toContain('veranderden (1)');
    expect(tekst).toContain('feiten: feiten/abonnementstarief.yaml (artikel)');
  });

  it('says which laws have no text of the new date yet', () => {
    const dir = contentWith();
    const { checked } = checkContent(dir, dir);
    const store = readWetteksten(join(dir, 'wetteksten'), dir);
    const lijst = teHerlezen(checked, store, d('2026-07-01'), d('2027-01-01'));
    expect(lijst.every((t) => t.wat === 'niet opgeslagen')).toBe(true);
    expect(formatTeHerlezen(lijst, d('2026-07-01'), d('2027-01-01'))).toContain('sla eerst de tekst van 2027-01-01 op');
  });

  it('stops on a stored text whose file name and date disagree', () => {
    const dir = contentWith();
    const f = join(dir, 'wetteksten', 'BWBR0035917', '2026-07-01.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('datum: 2026-07-01', 'datum: 2026-06-01'));
    expect(() => checkContentDir(dir, dir)).toThrow(ContentError);
    expect(() => checkContentDir(dir, dir)).toThrow(/wetteksten\/BWBR0035917\/2026-07-01\.yaml: veld "datum": verwacht 2026-07-01 \(de naam van het bestand\)/);
  });
});
