/**
 * The matcher of "Lees een stuk" on small hand-made texts (the real documents are in lezen-evaluatie.test.ts),
 * and the data file of required verordening items.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content/check.ts';
import { laadKennis } from '../../src/lib/lezen/laden.ts';
import { documentWet, leesStuk, maakIndex, soortVan, type Index } from '../../src/lib/lezen/matcher.ts';
import { leesOnderdelen } from '../../src/lib/lezen/onderdelen.ts';

let index: Index;
beforeAll(() => {
  index = maakIndex(laadKennis('content'));
});
const ids = (tekst: string) => leesStuk(tekst, index).keuzes.map((k) => k.id);

describe('content/lezen/verordening-onderdelen.yaml', () => {
  const raw = parseYaml(readFileSync('content/lezen/verordening-onderdelen.yaml', 'utf8'));
  const keuzes = new Set(loadContentDir('content').keuzes.map((k) => k.id));

  it('is valid, links only to keuzes that exist, and cites each wet by BWB id with a peildatum', () => {
    const r = leesOnderdelen(raw, keuzes);
    expect(r.problems).toEqual([]);
    for (const w of Object.values(r.data!.wetten)) {
      expect(w!.bron).toContain(w!.bwb);
      expect(w!.bron).toContain(w!.peildatum);
    }
    expect(r.data!.wetten.wmo!.onderdelen.find((o) => o.id === 'wmo-mantelzorgwaardering')!.artikelen).toEqual([{ artikel: '2.1.6' }]);
  });

  it('names file and field for a broken entry: a number YAML reads wrongly, an unknown keuze, a duplicate id', () => {
    const kapot = structuredClone(raw);
    kapot.wetten.jeugdwet.onderdelen[5].artikelen[0].artikel = 2.1;
    expect(leesOnderdelen(kapot, keuzes).problems).toEqual([
      { file: 'content/lezen/verordening-onderdelen.yaml', field: 'wetten.jeugdwet.onderdelen[5].artikelen[0].artikel', expected: 'een artikelnummer met een punt tussen aanhalingstekens, zoals "2.10"' },
    ]);
    const onbekend = structuredClone(raw);
    onbekend.wetten.wmo.onderdelen[0].keuzes = ['wmo/bestaat-niet'];
    onbekend.wetten.wmo.onderdelen[1].id = onbekend.wetten.wmo.onderdelen[2].id;
    expect(leesOnderdelen(onbekend, keuzes).problems.map((p) => p.field)).toEqual(['wetten.wmo.onderdelen[0].keuzes[0]', 'wetten.wmo.onderdelen[2].id']);
  });
});

describe('leesStuk', () => {
  it('finds a keuze by an article that carries it alone, and not by an article that carries several', () => {
    expect(ids('Gelet op artikel 2.1.6 van de Wmo 2015.')).toContain('wmo/mantelzorgwaardering');
    expect(ids('Gelet op artikel 2.1.3 van de Wmo 2015.')).toEqual([]);
    expect(ids('Gelet op artikel 2.1.3, derde lid, van de Wmo 2015.')).toEqual(['wmo/adviesraad']);
  });

  it('quotes the sentence, and names the document\'s own article for a required item', () => {
    const u = leesStuk(
      'Verordening maatschappelijke ondersteuning Testdorp\nArtikel 7 Waardering\nHet college zorgt elk jaar voor een blijk van waardering voor mantelzorgers. Dat is een bon.\n',
      index,
    );
    expect(u.wet).toBe('wmo');
    expect(u.soort).toBe('verordening');
    const o = u.onderdelen.find((x) => x.id === 'wmo-mantelzorgwaardering')!;
    expect(o).toMatchObject({ gevonden: true, plaats: 'Artikel 7 Waardering' });
    expect(o.reden!.zin).toBe('Het college zorgt elk jaar voor een blijk van waardering voor mantelzorgers.');
    expect(u.keuzes.find((k) => k.id === 'wmo/mantelzorgwaardering')!.redenen[0]!.zin).toBe(o.reden!.zin);
    expect(u.onderdelen.find((x) => x.id === 'wmo-misbruik')!.gevonden).toBe(false);
  });

  it('resolves "de wet" to the document\'s own law', () => {
    const tekst = 'Verordening individuele inkomenstoeslag\nwet: de Participatiewet;\nGelet op artikel 8, tweede lid, van de wet;';
    expect(documentWet(tekst)).toBe('participatiewet');
    expect(ids(tekst)).toContain('participatiewet/individuele-inkomenstoeslag');
  });

  it('reads an article without a law name as the law its sentence names, and otherwise as the document\'s own', () => {
    expect(ids('De Jeugdwet schrijft in artikel 2.12 voor dat de raad regels stelt.')).toContain('jeugdwet/inkoop-en-bekostiging');
    const u = leesStuk('Verordening Participatiewet\nwet: Participatiewet;\nArtikel 8 Activeringsprogramma\nHet college kan een activeringsprogramma aanbieden.', index);
    expect(u.verwijzingen).toEqual([]);
  });

  it('takes a keuze of another law only from a sentence that names that law', () => {
    const wmo = 'Verordening maatschappelijke ondersteuning. Een maatwerkvoorziening kan bestaan uit een rolstoel of andere hulpmiddelen, zoals een scootmobiel.';
    expect(ids(wmo)).not.toContain('zvw/hulpmiddelen');
    expect(ids(`${wmo} Hulpmiddelen uit de Zorgverzekeringswet, zoals een rolstoel voor kort gebruik, gaan voor.`)).toContain('zvw/hulpmiddelen');
  });

  it('lists a scheidslijn from a sentence that names both laws, and a casus whose keuzes it touches', () => {
    const u = leesStuk(
      'Wmo-verordening. Het college kan Wmo-ondersteuning weigeren als de cliënt recht heeft op zorg uit de Wlz. De raad bepaalt de pgb-tarieven, ook voor hulp uit het eigen netwerk: een persoonsgebonden budget voor de dochter of zoon die zorgt.',
      index,
    );
    expect(u.scheidslijnen.map((s) => s.id)).toContain('wmo-wlz');
    expect(u.scheidslijnen.find((s) => s.id === 'wmo-wlz')!.zin).toContain('Wlz');
    expect(u.casussen.map((c) => c.id)).toContain('pgb-uit-het-eigen-netwerk');
  });

  it('knows a raadsvoorstel, a verordening and a beleidsplan from their first lines', () => {
    expect(soortVan('Raadsvoorstel\nOnderwerp: Verordening jeugdhulp 2027')).toBe('raadsvoorstel');
    expect(soortVan('Verordening jeugdhulp Testdorp 2027\nDe raad van de gemeente Testdorp;\ngelet op artikel 2.9 van de Jeugdwet;')).toBe('verordening');
    expect(soortVan('Beleidsplan sociaal domein 2027-2030')).toBe('beleidsplan');
  });

  it('gives nothing for an empty or foreign text, and the same keuzes for a document repeated 200 times', () => {
    expect(leesStuk('', index)).toMatchObject({ keuzes: [], onderdelen: [], scheidslijnen: [], casussen: [] });
    expect(ids('Lorem ipsum dolor sit amet. The quick brown fox.')).toEqual([]);
    const gennep = readFileSync('tests/fixtures/lezen/gennep-wmo-2015/tekst.txt', 'utf8');
    expect(ids(`${gennep}\n\n`.repeat(200)).sort()).toEqual(ids(gennep).sort());
  });
});
