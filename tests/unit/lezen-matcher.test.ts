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
import { leesGemeenteWoorden } from '../../src/lib/lezen/woorden.ts';

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

describe('regulated, not merely mentioned (issue 26, second round)', () => {
  const items = (tekst: string) => new Map(leesStuk(tekst, index).onderdelen.map((o) => [o.id, o.gevonden]));

  it('does not count a keuze or an item that the document says it is not about', () => {
    const oss = 'Verordening tegenprestatie Participatiewet Testdorp\nArtikel 2 Tegenprestatie\nDe werkzaamheden die als tegenprestatie worden opgedragen:\na) zijn onbeloond;\nb) niet zijn bedoeld als re-integratie-instrument;\nc) zijn additioneel.\n';
    expect(ids(oss)).toContain('participatiewet/tegenprestatie');
    expect(ids(oss)).not.toContain('participatiewet/re-integratie');
    expect(items(oss).get('pw-re-integratie')).toBe(false);
    // The same words without the negation are found: the test can fail.
    const zonder = oss.replace('niet zijn bedoeld als re-integratie-instrument', 'zijn bedoeld als re-integratie-instrument');
    expect(ids(zonder)).toContain('participatiewet/re-integratie');
    expect(items(zonder).get('pw-re-integratie')).toBe(true);
    // "Re-integratie valt hier niet onder" is a negation after the word.
    expect(ids('Verordening Participatiewet Testdorp. De hulp bij re-integratie valt hier niet onder.')).not.toContain('participatiewet/re-integratie');
  });

  it('counts a decision to ask no eigen bijdrage: that is a choice about the eigen bijdrage, not a negation', () => {
    expect(ids('Verordening maatschappelijke ondersteuning Testdorp\nArtikel 9\nHet college vraagt geen eigen bijdrage voor een maatwerkvoorziening.')).toContain('wmo/eigen-bijdrage');
  });

  it('does not count a keuze that is only defined in a begripsbepaling, but does when an article regulates it', () => {
    const begrip = 'Verordening Participatiewet Testdorp\nArtikel 1 Begripsbepalingen\nIn deze verordening wordt verstaan onder:\n- c. bijzondere bijstand: de bijstand bedoeld in artikel 35 van de wet;\n- d. college: het college van burgemeester en wethouders.\n';
    expect(ids(begrip)).not.toContain('participatiewet/bijzondere-bijstand');
    expect(ids(`${begrip}Artikel 2 Bijzondere bijstand\nHet college verleent bijzondere bijstand voor de kosten van een bewindvoerder.\n`)).toContain('participatiewet/bijzondere-bijstand');
    // A begrippen article whose title is on the next line: the definitions below "wordt verstaan onder" are still definitions.
    expect(ids('Verordening Participatiewet Testdorp\nArtikel 1\nBegripsbepalingen\nIn deze verordening wordt verstaan onder:\na. bijzondere bijstand: de bijstand bedoeld in artikel 35 van de wet;\n')).not.toContain('participatiewet/bijzondere-bijstand');
  });

  it('in a copy without line breaks, only what follows "wordt verstaan onder" is a definition', () => {
    const eenRegel =
      'Verordening langdurigheidstoeslag Testdorp De raad van de gemeente Testdorp; overwegende dat door de raad bij verordening regels dienen te worden gesteld met betrekking tot het verlenen van een langdurigheidstoeslag als bedoeld in artikel 36 van deze wet; besluit vast te stellen de Verordening Artikel 1 Begripsbepalingen 1. In deze verordening wordt verstaan onder: a. wet: de Participatiewet; b. bijzondere bijstand: de bijstand bedoeld in artikel 35 van de wet;';
    expect(leesStuk(eenRegel, index).onderdelen.find((o) => o.id === 'pw-inkomenstoeslag')?.gevonden).toBe(true);
    expect(ids(eenRegel)).toContain('participatiewet/individuele-inkomenstoeslag');
    expect(ids(eenRegel)).not.toContain('participatiewet/bijzondere-bijstand');
  });

  it('does not count a keuze named only as the title of another document', () => {
    const tekst = 'Collegevoorstel mantelzorgwaardering\nIn het Beleidsplan maatschappelijke ondersteuning Testdorp 2015 is een aantal acties omschreven.';
    expect(ids(tekst)).not.toContain('wmo/beleidsplan');
    expect(ids('Collegevoorstel\nWij stellen u voor het beleidsplan maatschappelijke ondersteuning vast te stellen.')).toContain('wmo/beleidsplan');
  });

  it('does not count what a verlaging applies to as the keuze of that thing', () => {
    const tekst = 'Maatregelenverordening Testdorp\nDe raad van de gemeente Testdorp;\noverwegende dat het noodzakelijk is het verlagen van de bijstand en de langdurigheidstoeslag bij verordening te regelen;\n';
    expect(items(tekst).get('pw-inkomenstoeslag')).toBe(false);
    expect(items(tekst).get('pw-verlagen')).toBe(true);
    expect(items('Verordening Participatiewet Testdorp\nArtikel 3\nHet college kent een langdurigheidstoeslag toe aan wie drie jaar een laag inkomen heeft.').get('pw-inkomenstoeslag')).toBe(true);
  });

  it('counts a word in a long list of short items half: two of them in one list are not enough', () => {
    const lijst = 'Beleidsplan Jeugd Testdorp\nNaast preventie en opvoedondersteuning betreft dat (gesloten) jeugdzorg, jeugd-ggz, zorg voor licht verstandelijk beperkten, jeugdbescherming en jeugdreclassering.';
    expect(ids(lijst)).not.toContain('jeugdwet/jeugdbescherming');
    expect(ids('Beleidsplan Jeugd Testdorp\nDe jeugdbescherming en de jeugdreclassering worden regionaal ingekocht.')).toContain('jeugdwet/jeugdbescherming');
  });

  it('does not count words in a list of abbreviations, and counts those in a table of contents half', () => {
    const afk = 'Financieel kader Participatiewet Testdorp\n\nAfkortingenlijst Ioaw Wajong Wsw Wwb Wet sociale werkvoorziening Wet werk en bijstand\n';
    expect(ids(afk)).not.toContain('participatiewet/beschut-werk');
    expect(ids(afk.replace('Afkortingenlijst', 'Wij bespreken'))).toContain('participatiewet/beschut-werk');
    const inhoud = 'Beleidsplan Testdorp\n\nInhoudsopgave 1 Inleiding 2 Regionale samenwerking 3 Financien\n';
    expect(ids(inhoud)).not.toContain('jeugdwet/regionale-samenwerking');
    expect(ids(inhoud.replace('Inhoudsopgave', 'Hoofdstukken:'))).toContain('jeugdwet/regionale-samenwerking');
  });

  it('reads the gemeente words of content/lezen/gemeentewoorden.yaml, and a long first word at the end of a compound', () => {
    expect(ids('Verordening jeugdhulp Testdorp\nArtikel 4\nJeugdigen en ouders kunnen een hulpvraag melden bij het gebiedsteam. Het plan wordt beoordeeld door de lokale toegang.')).toContain('jeugdwet/toegang');
    expect(ids('Kempisch MeerjarenBeleidskader Jeugd 2026-2029')).toContain('jeugdwet/jeugdplan');
    expect(ids('Beleidsplan jeugd Testdorp. Wij bouwen aan een stevige pedagogische basis.')).toContain('jeugdwet/preventie');
  });

  it('takes a verordening of the Jeugdwet as the keuze Verordening jeugdhulp', () => {
    const u = leesStuk('Hoofdstuk 4. Toegang\nArtikel 4. Toegang jeugdhulp via de gemeente\n1. Jeugdigen kunnen zich melden bij een aanbieder, zoals genoemd in artikel 2 van deze verordening.\n', index);
    expect(u.wet).toBe('jeugdwet');
    expect(u.soort).toBe('verordening');
    expect(u.keuzes.map((k) => k.id)).toContain('jeugdwet/verordening-jeugdhulp');
  });
});

describe('content/lezen/gemeentewoorden.yaml', () => {
  const raw = parseYaml(readFileSync('content/lezen/gemeentewoorden.yaml', 'utf8'));
  const keuzes = new Set(loadContentDir('content').keuzes.map((k) => k.id));

  it('is valid and links only to keuzes that exist', () => {
    expect(leesGemeenteWoorden(raw, keuzes).problems).toEqual([]);
  });

  it('names file and field for an unknown keuze and for a name of one word', () => {
    const kapot = structuredClone(raw);
    kapot.keuzes['wmo/bestaat-niet'] = { woorden: ['iets'] };
    kapot.keuzes['jeugdwet/preventie'].namen.push('preventie');
    expect(leesGemeenteWoorden(kapot, keuzes).problems).toEqual([
      { file: 'content/lezen/gemeentewoorden.yaml', field: 'keuzes.jeugdwet/preventie.namen[3]', expected: 'een woordgroep van ten minste twee woorden (een los woord hoort onder woorden)' },
    ]);
    delete kapot.keuzes['jeugdwet/preventie'];
    expect(leesGemeenteWoorden(kapot, keuzes).problems).toEqual([
      { file: 'content/lezen/gemeentewoorden.yaml', field: 'keuzes.wmo/bestaat-niet', expected: 'een bestaande keuze: content/keuzes/wmo/bestaat-niet.yaml bestaat niet' },
    ]);
  });
});
