/**
 * The matcher of "Lees een stuk" on small hand-made texts (the real documents are in lezen-evaluatie.test.ts),
 * and the data file of required verordening items.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content/check.ts';
import { laadKennis } from '../../src/lib/lezen/laden.ts';
import { documentWet, isBegroting, isUitwerking, isVerordening, isWijziging, kopWetten, soortVan, titelVan, wetDelen } from '../../src/lib/lezen/document.ts';
import { leesStuk, maakIndex, type Index } from '../../src/lib/lezen/matcher.ts';
import { tabelZinnen } from '../../src/lib/lezen/gewicht.ts';
import { zinnen } from '../../src/lib/lezen/tekst.ts';
import { parseVerwijzingen } from '../../src/lib/lezen/verwijzingen.ts';
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
  it('names the Jeugdwet article of the text read (2.11 lid 2 onder a), and still knows a 2015 document citing 2.12', () => {
    const voor2026 = leesStuk(
      'Verordening jeugdhulp Testdorp 2015\nArtikel 9 Prijs\nGelet op artikel 2.12 van de Jeugdwet stelt het college de tarieven vast.\n',
      index,
    );
    const prijs = voor2026.onderdelen.find((o) => o.id === 'jw-prijs-kwaliteit')!;
    expect(prijs.gevonden).toBe(true);
    expect(prijs.wetsartikel).toMatch(/2\.11/);
    expect(prijs.wetsartikel).not.toMatch(/2\.12/);
    const continuiteit = leesStuk('Verordening jeugdhulp Testdorp 2026\nArtikel 10\nHet college waarborgt de continuïteit van de jeugdhulp als een aanbieder stopt.\n', index);
    expect(continuiteit.onderdelen.find((o) => o.id === 'jw-continuiteit')!.gevonden).toBe(true);
  });

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
    // (Until the eighth round this used the Wsw, which is no longer a word of beschut werk: it names another law.)
    const afk = 'Beleidsplan jeugd Testdorp\n\nAfkortingenlijst CJG Pgb Centrum voor jeugd en gezin Jeugdteam Persoonsgebonden budget\n';
    expect(ids(afk)).not.toContain('jeugdwet/toegang');
    expect(ids(afk.replace('Afkortingenlijst', 'Wij bespreken'))).toContain('jeugdwet/toegang');
    const inhoud = 'Beleidsplan jeugd Testdorp\n\nInhoudsopgave 1 Inleiding 2 Regionale samenwerking 3 Financien\n';
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

describe('which document and which law (issue 26, third round)', () => {
  const cvdr =
    'Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!\nTestdorp\n\nverordening jeugdhulp Testdorp 2015\n\nWetstechnische informatie\n\nGegevens van de regeling\nOrganisatieTestdorp\nOfficiële naam regelingverordening jeugdhulp Testdorp 2015\nVastgesteld doorgemeenteraad\n\nWettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd\n\nJeugdwet\n\nRegelgeving die op deze regeling is gebaseerd\n\nGeen\n\n' +
    'Overzicht van in de tekst verwerkte wijzigingen\n\n01-01-2015 nieuwe regeling\n\nTekst van de regeling\n\nIntitulé\n\nverordening jeugdhulp Testdorp 2015\n\nDe raad van de gemeente Testdorp;\n\nGelet op de artikelen 2.9, 2.10 en 2.12 van de Jeugdwet;\n';

  it('finds the title after a CVDR or Gemeenteblad header, and the document\'s law from CVDR\'s grondslag', () => {
    expect(titelVan(cvdr)).toBe('verordening jeugdhulp Testdorp 2015');
    // A copy without line breaks: the title ends where the text starts.
    expect(titelVan('Verordening maatschappelijke ondersteuning Testdorp 2018 HOOFDSTUK 1. BEGRIPPEN artikel 1. Begripsbepalingen')).toBe('Verordening maatschappelijke ondersteuning Testdorp 2018');
    expect(titelVan('Officiële naam regelingverordening jeugdhulp Testdorp 2015 Citeertitelverordening jeugdhulp Testdorp Vastgesteld doorgemeenteraad')).toBe('verordening jeugdhulp Testdorp 2015');
    expect(isVerordening(cvdr)).toBe(true);
    expect(documentWet(cvdr)).toBe('jeugdwet');
    const blad = 'Gemeenteblad van Testdorp\nDatum publicatie | Organisatie | Jaargang en nummer | Rubriek |\n---|---|---|---|\nTestdorp | Gemeenteblad 2019, 1 | Verordeningen |\nVerordening van de gemeenteraad van de gemeente Testdorp houdende regels omtrent jeugdhulp\nDe raad van de gemeente Testdorp;\ngelet op artikel 2.9 van de Jeugdwet;';
    expect(titelVan(blad)).toBe('Verordening van de gemeenteraad van de gemeente Testdorp houdende regels omtrent jeugdhulp');
    expect(soortVan(blad)).toBe('verordening');
  });

  it('weighs the law a document rests on: its considerans ("gelet op") and a "Wettelijke grondslag" line', () => {
    const lang = 'Inleiding. '.repeat(50);
    expect(documentWet(`${lang}\ngelet op artikel 8, eerste lid, van de Participatiewet;\nDe Wmo en de Wmo-raad worden hier genoemd.`)).toBe('participatiewet');
    expect(documentWet(`${lang}\nDe Wmo en de Wmo-raad worden hier genoemd, en de Participatiewet.`)).toBe('wmo');
    expect(documentWet(`${lang}\nWettelijke grondslag: Jeugdwet\n\nDe Wmo, de Wmo en de Wmo.`)).toBe('jeugdwet');
  });

  it('counts the first 400 characters for the law from the document\'s title, not from the top of a Gemeenteblad page', () => {
    const stuk =
      'Verordening Adviesraad Sociaal Domein Testdorp\nDe raad van de gemeente Testdorp;\noverwegende dat de Jeugdwet de gemeente opdraagt inwoners te betrekken;\noverwegende dat de raad een adviesraad instelt voor alle inwoners van Testdorp, jong en oud, met en zonder ondersteuning, en voor hun vertegenwoordigers en organisaties;\noverwegende dat de Wet maatschappelijke ondersteuning 2015 regels vraagt over de adviesraad en de Wmo ook;\nArtikel 1\nDe Jeugdwet geldt.\n';
    const kop = 'Gemeenteblad van Testdorp\nTestdorp | Gemeenteblad 2025, 123456 | algemeen verbindend voorschrift (verordening)\n';
    expect(documentWet(stuk)).toBe('wmo');
    expect(documentWet(kop + stuk)).toBe('wmo');
  });

  it('knows a verordening whose title comes after a long considerans, but not one that is only named in a sentence', () => {
    const laat = `De raad van de gemeente Testdorp;\ngezien het voorstel van het college;\ngelet op de artikelen 2.1.3, 2.1.4 en 2.1.6 van de Wet maatschappelijke ondersteuning 2015;\n${'overwegende dat de gemeente zorgt voor goede ondersteuning van haar inwoners;\n'.repeat(6)}besluit vast te stellen de:\nVerordening sociaal domein 2015\nArtikel 1 Begripsbepalingen\n`;
    expect(laat.indexOf('Verordening sociaal domein')).toBeGreaterThan(400);
    expect(soortVan(laat)).toBe('verordening');
    const nota = `Nota jeugdbeleid Testdorp\n\nHoofdstuk 1 Inleiding\n${'Wij willen dat de jeugd gezond opgroeit. '.repeat(12)}Daarnaast is de verordening jeugd voor de drie gemeenten op eenzelfde wijze opgesteld.`;
    expect(soortVan(nota)).toBe('beleidsplan');
  });

  it('does not take a beleidsregel, nadere regels or a college\'s besluit for a verordening, also after a CVDR header', () => {
    expect(isVerordening(cvdr.replace(/verordening jeugdhulp Testdorp 2015/g, 'Nadere regels jeugdhulp Testdorp 2015'))).toBe(false);
    expect(isVerordening(cvdr.replace('Vastgesteld doorgemeenteraad', 'Vastgesteld doorcollege van burgemeester en wethouders'))).toBe(false);
    expect(soortVan('Beleidsregels Individuele inkomenstoeslag gemeente Testdorp\nHet college; gelet op artikel 36 van de Participatiewet en artikel 2 van de verordening individuele inkomenstoeslag;')).toBe('ander');
  });

  it('knows an amending regulation, and counts a definition it changes as regulated', () => {
    const wijziging =
      'Verordening tot tweede wijziging van de Verordening maatschappelijke ondersteuning Testdorp 2015\nDe raad van de gemeente Testdorp;\ngelet op de Wet maatschappelijke ondersteuning 2015;\nArtikel I\nIn de begripsbepaling \'Gesprek\' wordt de omschrijving: \'het eerste contact na een melding\' gewijzigd in: \'het gesprek na de melding, met het sociaal team\'.\n';
    expect(isWijziging(wijziging)).toBe(true);
    expect(ids(wijziging)).toContain('wmo/toegang');
    // The same definition in a verordening that does not amend one is only a definition.
    const gewoon = 'Verordening maatschappelijke ondersteuning Testdorp 2015\nDe raad van de gemeente Testdorp;\ngelet op de Wet maatschappelijke ondersteuning 2015;\nArtikel 1 Begripsbepalingen\nIn deze verordening wordt verstaan onder:\n- gesprek: het eerste gesprek na de melding, met het sociaal team;\n';
    expect(isWijziging(gewoon)).toBe(false);
    expect(ids(gewoon)).not.toContain('wmo/toegang');
  });

  it('takes a verordening for Wmo and Jeugdwet together, resting on the Jeugdwet, as the verordening jeugdhulp too', () => {
    const samen = 'De raad van de gemeente Testdorp;\ngelet op de artikelen 2.9, 2.10, 2.12 van de Jeugdwet en\ngelet op de artikelen 2.1.3, 2.1.4 en 2.1.6 van de Wet maatschappelijke ondersteuning 2015;\nbesluit vast te stellen de:\nVerordening sociaal domein Testdorp\nArtikel 1 Begripsbepalingen\n';
    const u = leesStuk(samen, index);
    expect(u.soort).toBe('verordening');
    expect(u.wet).toBe('wmo');
    expect(u.keuzes.map((k) => k.id)).toContain('jeugdwet/verordening-jeugdhulp');
    expect(ids(samen.replace('2.9, 2.10, 2.12 van de Jeugdwet', '2.1.7 van de Wet maatschappelijke ondersteuning 2015'))).not.toContain('jeugdwet/verordening-jeugdhulp');
  });

  it('takes a verordening whose title names both fields as the verordening jeugdhulp too, without a Jeugdwet considerans', () => {
    const titel = 'Gemeenteblad van Testdorp\nVerordening maatschappelijke ondersteuning en jeugdhulp gemeente Testdorp 2026\nDe raad van de gemeente Testdorp;\ngelet op de artikelen 2.1.3, 2.1.4 en 2.1.6 van de Wet maatschappelijke ondersteuning 2015;\nArtikel 1 Begripsbepalingen\n';
    const u = leesStuk(titel, index);
    expect(u.soort).toBe('verordening');
    expect(u.wet).toBe('wmo');
    expect(u.keuzes.map((k) => k.id)).toContain('jeugdwet/verordening-jeugdhulp');
    expect(ids(titel.replace(' en jeugdhulp', ''))).not.toContain('jeugdwet/verordening-jeugdhulp');
  });

  it('knows the Wmo-platform as a name of the adviesraad: a document that keeps naming it discusses the adviesraad', () => {
    const advies = 'Advies over de verordening maatschappelijke ondersteuning\nHet Wmo-platform heeft de verordening besproken. Het Wmo-platform adviseert het college. Het college vroeg het Wmo-platform om advies binnen zes weken.\n';
    expect(ids(advies)).toContain('wmo/adviesraad');
    // Named once, it is a word in passing.
    expect(ids(advies.replace(/Het Wmo-platform adviseert het college\. Het college vroeg het Wmo-platform om advies binnen zes weken\./, ''))).not.toContain('wmo/adviesraad');
  });

  it('reads the verb forms of inkoop ("ingekocht", "in te kopen") as the keuze\'s own word', () => {
    const regeling = 'Centrumregeling jeugdhulp Testregio\nOverwegende dat:\n- de jeugdhulp plus gezamenlijk wordt ingekocht;\n- de raden hebben besloten de gespecialiseerde jeugdhulp gezamenlijk in te kopen;\n';
    expect(ids(regeling)).toContain('jeugdwet/inkoop-en-bekostiging');
    expect(ids(regeling.replace('wordt ingekocht', 'wordt geregeld').replace('in te kopen', 'te regelen'))).not.toContain('jeugdwet/inkoop-en-bekostiging');
  });

  it('does not take a verordening on something else that cites another Jeugdwet article (2.10) as the verordening jeugdhulp', () => {
    const adviesraad = 'Verordening Adviesraad Sociaal Domein Testdorp\nDe raad van de gemeente Testdorp;\ngelet op artikel 149 van de Gemeentewet, artikel 2.10 van de Jeugdwet, artikel 47 van de Participatiewet en artikel 2.1.3 van de Wet maatschappelijke ondersteuning 2015;\nArtikel 1 Begripsomschrijving\n';
    expect(ids(adviesraad)).not.toContain('jeugdwet/verordening-jeugdhulp');
    // Jeugdwet 2.9, the article for the verordening jeugdhulp, in the same considerans is enough.
    expect(ids(adviesraad.replace('artikel 2.10 van de Jeugdwet', 'artikel 2.9 van de Jeugdwet'))).toContain('jeugdwet/verordening-jeugdhulp');
  });
});

describe('a keuze named once, a word named again and again (issue 26, third round)', () => {
  it('does not count the title of the regulation a document rests on ("artikel 13 van de verordening Jeugdhulp 2020")', () => {
    const nadere = 'Nadere regels Jeugdhulp gemeente Testdorp\nBURGEMEESTER EN WETHOUDERS VAN TESTDORP;\nGelet op het bepaalde in de Jeugdwet en de artikelen 3 zevende lid en artikel 13 van de verordening Jeugdhulp 2020 Testdorp;\nArtikel 1 Begripsomschrijving\n';
    expect(ids(nadere)).not.toContain('jeugdwet/verordening-jeugdhulp');
    expect(ids('Raadsvoorstel\nWij stellen u voor de verordening jeugdhulp 2027 vast te stellen.')).toContain('jeugdwet/verordening-jeugdhulp');
  });

  it('counts a borrowed reference in a regulating article as one word of its keuze: with the keuze\'s word it is found', () => {
    const regel = 'Beleidsregels Testdorp\nArtikel 2. Draagkracht\n2. De kostendelersnorm als bedoeld in artikel 22a van de Participatiewet is van toepassing op deze beleidsregels.\n';
    expect(ids(regel)).toContain('participatiewet/kostendelersnorm');
    // The word alone, or the reference alone, is not enough.
    expect(ids(regel.replace(' als bedoeld in artikel 22a van de Participatiewet', ''))).not.toContain('participatiewet/kostendelersnorm');
    // In a begripsbepaling the same sentence is a definition.
    expect(ids('Beleidsregels Testdorp\nArtikel 1 Begrippen\nIn deze beleidsregels wordt verstaan onder:\n- norm: de kostendelersnorm als bedoeld in artikel 22a van de Participatiewet;\n')).not.toContain('participatiewet/kostendelersnorm');
  });

  it('counts a gemeente word that the document names three times, not one it names once', () => {
    const zin = 'De sociale teams spelen daarbij een rol.';
    const kadernota = (n: number) => `Kadernota Testdorp 2015\n${Array.from({ length: n }, (_, i) => `Alinea ${i + 1}. ${zin}`).join('\n\n')}`;
    expect(ids(kadernota(1))).not.toContain('wmo/toegang');
    expect(ids(kadernota(3))).toContain('wmo/toegang');
    // A short gemeente word ("aanbieder") is named in any document of the field: repeating it is no evidence.
    expect(ids(`Verordening jeugdhulp Testdorp\n${'De aanbieder levert goede hulp.\n\n'.repeat(4)}`)).not.toContain('jeugdwet/inkoop-en-bekostiging');
  });

  it('reads a final f as v before an ending ("preventief beleid" in "het preventieve beleid")', () => {
    expect(ids('Nota jeugdbeleid Testdorp\nHet preventieve beleid geldt voor alle inwoners.')).toContain('jeugdwet/preventie');
  });

  it('counts a short item of a list set out line by line half', () => {
    const lijst = 'Verordening jeugdhulp Testdorp\nArtikel 2 Vormen van jeugdhulp\n1. De volgende overige voorzieningen zijn beschikbaar:\n- maatwerkdeel jeugdgezondheidszorg;\n- opgroei- en opvoedondersteuning;\n';
    expect(ids(lijst)).not.toContain('jeugdwet/preventie');
    expect(ids('Nota jeugdbeleid Testdorp\nWij investeren in de jeugdgezondheidszorg. Ook de opvoedondersteuning groeit.')).toContain('jeugdwet/preventie');
  });

  it('counts one plan for the whole sociaal domein as the Wmo beleidsplan and the jeugdplan', () => {
    const plan = 'Beleidsplan Sociaal Domein Testdorp 2020-2025\nDe uitvoering van de Wmo, Jeugdwet en Participatiewet\n';
    expect(ids(plan)).toEqual(expect.arrayContaining(['wmo/beleidsplan', 'jeugdwet/jeugdplan']));
  });
});

describe('general rules of the fifth round (issue 26, after the nieuw3 run)', () => {
  it('reads the articles of a concept verordening in square brackets, and a heading in brackets as the document\'s article', () => {
    const concept = (aanhef: string) =>
      `Verordening maatschappelijke ondersteuning Testdorp 2027 (concept)\nDe raad van de gemeente Testdorp;\n${aanhef}\nbesluit vast te stellen de Verordening maatschappelijke ondersteuning Testdorp 2027.\n[Artikel 12. Waardering mantelzorgers]\nHet college bepaalt jaarlijks de waardering.\n`;
    const haken = concept('gelet op de artikelen 2.1.3, [artikel 2.1.4 eerste lid], 2.1.6, [2.1.7,] [2.3.6 vierde lid] en 2.6.6 eerste lid van de Wet maatschappelijke ondersteuning 2015;');
    expect(ids(haken)).toEqual(expect.arrayContaining(['wmo/eigen-bijdrage', 'wmo/mantelzorgwaardering', 'wmo/meerkostenregeling', 'wmo/pgb-tarieven']));
    // The same considerans without the articles in brackets does not touch them.
    expect(ids(concept('gelet op de artikelen 2.1.3 en 2.6.6 eerste lid van de Wet maatschappelijke ondersteuning 2015;'))).not.toContain('wmo/meerkostenregeling');
    const u = leesStuk(haken, index);
    expect(u.keuzes.find((k) => k.id === 'wmo/mantelzorgwaardering')!.redenen.some((r) => r.plaats === 'Artikel 12 Waardering mantelzorgers')).toBe(true);
  });

  it('does not take nadere regels or beleidsregels made under a verordening for that verordening', () => {
    const regels = (titel: string) =>
      `${titel}\nHet college van burgemeester en wethouders van Testdorp;\ngelet op de Jeugdwet en de Verordening Jeugdhulp en maatschappelijke ondersteuning Testdorp 2025;\nArtikel 1 Toegang\nHet college beoordeelt of een individuele voorziening jeugdhulp nodig is.\n`;
    expect(ids(regels('Nadere regels jeugdhulp Testdorp 2025'))).not.toContain('jeugdwet/verordening-jeugdhulp');
    expect(ids(regels('Beleidsregels jeugdhulp Testdorp 2025'))).not.toContain('jeugdwet/verordening-jeugdhulp');
    expect(isUitwerking('Nadere regels jeugdhulp Testdorp 2025\n')).toBe(true);
    // A raadsvoorstel about the same regels can still discuss the verordening itself.
    expect(ids('Raadsvoorstel\nWij stellen u voor de verordening jeugdhulp 2027 vast te stellen; de nadere regels volgen.')).toContain('jeugdwet/verordening-jeugdhulp');
  });

  it('reads the Wet werk en bijstand as the Participatiewet\'s earlier name: its minimabeleid counts, its articles stay its own', () => {
    const nota = 'Armoedenota Testdorp 2007\nDe Wmo en de Wwb bieden kansen voor minima.\nHet minimabeleid van de gemeente richt zich op minima met een laag inkomen.\n';
    expect(documentWet(nota)).toBe('participatiewet');
    // Without the Wwb, the Wmo named once against "minimabeleid" leaves the law open; the Wmo alone decides nothing.
    expect(documentWet('Nota Testdorp\nDe Wmo en de Wwb bieden kansen.\n')).toBeUndefined();
    expect(ids(nota)).toContain('participatiewet/minimabeleid-collectieve-zorgverzekering');
    // Without the Wwb the document is a Wmo document, and a Participatiewet keuze needs a sentence that names its law.
    expect(ids(nota.replace(' en de Wwb', ''))).not.toContain('participatiewet/minimabeleid-collectieve-zorgverzekering');
    // The WWB numbered its articles differently: "artikel 8 WWB" is not the Participatiewet's artikel 8.
    expect(parseVerwijzingen('gelet op artikel 8 van de Wet werk en bijstand').every((v) => v.wet === null)).toBe(true);
    // Nor does a sentence that names the WWB make the document's own articles the Participatiewet's (nieuw4, Boekel:
    // its artikel 6 was read as Participatiewet 6, loonkostensubsidie).
    const toeslagen = 'Toeslagenverordening Wet werk en bijstand 2014\nArtikel 2 Doelgroep\nDe bepalingen in de artikelen 3, 4, 5, 6 en 7 laten de toepassing van artikel 18, lid 1 WWB onverlet.\n';
    expect(ids(toeslagen)).not.toContain('participatiewet/loonkostensubsidie');
    expect(ids(toeslagen.replace('WWB onverlet', 'Participatiewet onverlet'))).toContain('participatiewet/loonkostensubsidie');
  });

  it('counts the law\'s and the gemeenten\'s words for the collective insurance of minima', () => {
    expect(ids('Advies aan het college (Participatiewet)\nTITEL: Deelname aan een collectieve verzekering voor minima.')).toContain('participatiewet/minimabeleid-collectieve-zorgverzekering');
    expect(ids('Beleidsregels bijzondere bijstand Testdorp (Participatiewet)\nArtikel 5\nDe gemeente biedt een collectieve aanvullende zorgverzekering aan.')).toContain('participatiewet/minimabeleid-collectieve-zorgverzekering');
    expect(ids('Advies aan het college (Participatiewet)\nTITEL: Deelname aan een verzekering.')).not.toContain('participatiewet/minimabeleid-collectieve-zorgverzekering');
  });

  it('counts a word given as an example ("zoals de loonkostensubsidie") half, also across a page break', () => {
    const brief = (zoals: string) =>
      `Brief aan de raad over de Participatiewet\nOm deze groep te ondersteunen krijgen we nieuwe instrumenten,${zoals}\n\nloonkostensubsidie en de door werkgevers toegezegde garantiebanen.\n`;
    expect(ids(brief(' zoals de'))).not.toContain('participatiewet/loonkostensubsidie');
    expect(ids(brief(' namelijk de'))).toContain('participatiewet/loonkostensubsidie');
    // "zoals bedoeld in" borrows a definition; it is no example.
    expect(ids('Verordening Participatiewet Testdorp\nArtikel 4\nHet college verstrekt aan werkgevers loonkostensubsidie zoals bedoeld in de wet.')).toContain('participatiewet/loonkostensubsidie');
  });

  it('does not read "werkgever" in a compound joined with the linking s ("Werkgeversservicepunt"), but does in "werkgevers"', () => {
    const tekst = (w: string) => `Notitie uitvoering Participatiewet Testdorp\nDe uitvoering ligt bij de gemeente en het ${w}. Mensen met een arbeidsbeperking krijgen hulp.\n`;
    expect(ids(tekst('Werkgeversservicepunt'))).not.toContain('participatiewet/loonkostensubsidie');
    expect(ids(tekst('overleg met werkgevers'))).toContain('participatiewet/loonkostensubsidie');
  });

  it('reads a name of two long words with a preposition also with both words in one sentence ("samenwerking … arbeidsmarktregio")', () => {
    const brief = (zin: string) => `Brief aan de raad over de Participatiewet\n${zin}\n`;
    expect(ids(brief('De uitvoering vraagt om een nauwe samenwerking met onze partners in de arbeidsmarktregio.'))).toContain('participatiewet/arbeidsmarktregio');
    expect(ids(brief('De uitvoering vraagt om een nauwe samenwerking met onze partners.'))).not.toContain('participatiewet/arbeidsmarktregio');
    // Short words do not split: "hulp naar werk" is not found in any sentence that names hulp and werk.
    expect(ids(brief('Wij bieden hulp aan wie geen werk heeft.'))).not.toContain('participatiewet/re-integratie');
  });

  it('reads "regulier werk", the aim of re-integratie, as a word of that keuze', () => {
    const brief = (kop: string) => `Brief aan de raad over de Participatiewet\n${kop}\n\nDe wet stelt mensen in staat te werken in een reguliere baan.\n`;
    expect(ids(brief('Meer mensen naar regulier werk'))).toContain('participatiewet/re-integratie');
    expect(ids(brief('Meer mensen naar de gemeente'))).not.toContain('participatiewet/re-integratie');
  });

  it('counts an abbreviation and its full form in brackets once ("het CJG (Centrum voor Jeugd en Gezin)")', () => {
    // (Until the eighth round this used "de Wsw (Wet sociale werkvoorziening)"; the Wsw now names another law.)
    expect(ids('Beleidsplan jeugd Testdorp\nOuders kunnen terecht bij het CJG (Centrum voor Jeugd en Gezin) in het dorpshuis.')).not.toContain('jeugdwet/toegang');
    expect(ids('Beleidsplan jeugd Testdorp\nOuders kunnen terecht bij het CJG; het centrum voor jeugd en gezin heeft een inloop.')).toContain('jeugdwet/toegang');
  });
});

describe('sixth round (issue 26): lists of headings and titles name subjects, they do not decide on them', () => {
  it('counts words in a table of contents on one line half, also without the word "inhoud"', () => {
    const koppen = (n: number) =>
      ['HOOFDSTUK 2. MELDING EN ONDERZOEK 3', 'artikel 2. Melding 3', 'artikel 3. Persoonlijk plan 3', 'artikel 4. Onderzoek 4', 'artikel 5. Advisering 4', 'artikel 6. Beschikking 5'].slice(0, n).join(' ');
    const wmo = (n: number) => `Verordening maatschappelijke ondersteuning Testdorp 2018\n\n${koppen(n)}\n`;
    expect(ids(wmo(6))).not.toContain('wmo/toegang');
    // Three headings are not yet a table of contents: the melding and the persoonlijk plan count in full.
    expect(ids(wmo(3))).toContain('wmo/toegang');
    const secties = (n: number) =>
      ['2.1 Verkennersgroep', '2.2 Activiteiten', '3.1 Landelijke wetgeving', '3.2 Lokale besluiten', '3.2.1 Raadsbrieven over regionale samenwerking', '3.2.2 Rekenkamer'].slice(-n).join(' ');
    const plan = (n: number) => `Beleidsplan jeugd Testdorp\n\nInleiding en opbouw ${secties(n)}\n`;
    expect(ids(plan(6))).not.toContain('jeugdwet/regionale-samenwerking');
    expect(ids(plan(2))).toContain('jeugdwet/regionale-samenwerking');
  });

  it('counts words in lines that are all short titles (a begroting\'s list of nota\'s) half, not a header of fields', () => {
    const titels = ['2014 Beleidsplan Nieuwe Wmo', '2017 Maatregelverordening Testdorp', '2018 Kadernota Armoedebeleid 2018 - 2021', '2023 Re-integratieverordening Participatiewet', '2024 Verordening Individuele inkomenstoeslag'];
    const begroting = (regels: string[]) => `Programma 6 Sociaal domein\n\nBeleidsnota's\n\n${regels.join('\n')}\n`;
    expect(ids(begroting(titels))).not.toContain('participatiewet/individuele-inkomenstoeslag');
    expect(ids(begroting(titels.slice(2)))).toContain('participatiewet/individuele-inkomenstoeslag');
    // A line that ends with a full stop is a sentence of a text, not a title.
    expect(ids(begroting([...titels.slice(0, 4), 'In 2024 stelt de raad de Verordening individuele inkomenstoeslag vast.']))).toContain('participatiewet/individuele-inkomenstoeslag');
    const voorstel = 'Raadsvoorstel\n\nOpsteller Jansen\nVergadering van 11 januari 2022\nKenmerk Z/21/1\nPortefeuillehouder De Vries\nOnderwerp Individuele inkomenstoeslag Participatiewet\n';
    expect(ids(voorstel)).toContain('participatiewet/individuele-inkomenstoeslag');
  });
});

describe('sixth round (issue 26): a notice of the adoption of a verordening jeugdhulp', () => {
  it('takes a document that opens with the raad adopting a verordening that names jeugdhulp as that keuze', () => {
    const besluit = 'De gemeenteraad heeft op 2 februari 2023 de Verordening maatschappelijke ondersteuning en jeugdhulp gemeente Testdorp 2023 vastgesteld.';
    expect(ids(`${besluit}\n\nWaar staat de verordening?\n`)).toContain('jeugdwet/verordening-jeugdhulp');
    // Named further on (after 400 characters), an adoption long ago is background, not the document's subject.
    const eerst = 'Deze nota beschrijft hoe wij de komende jaren werken aan een sterke sociale basis in Testdorp. '.repeat(5);
    expect(ids(`${eerst}\n\n${besluit}\n`)).not.toContain('jeugdwet/verordening-jeugdhulp');
    expect(ids('De gemeenteraad heeft op 2 februari 2023 de Verordening maatschappelijke ondersteuning gemeente Testdorp 2023 vastgesteld.\n')).not.toContain('jeugdwet/verordening-jeugdhulp');
  });
});

describe('sixth round (issue 26): the adviesraad under its gemeente names', () => {
  const artikelen = (n: number) =>
    ['De participatieraad adviseert het college gevraagd en ongevraagd.', 'Het college benoemt de leden van de participatieraad.', 'De participatieraad vergadert ten minste vier keer per jaar.'].slice(0, n).join('\n');

  it('takes a Wmo document that keeps naming its participatieraad (three times or more) as the adviesraad', () => {
    const wmo = (n: number) => `Verordening maatschappelijke ondersteuning Testdorp 2017\n\nArtikel 20. Adviesorgaan\n${artikelen(n)}\n`;
    expect(ids(wmo(3))).toContain('wmo/adviesraad');
    expect(ids(wmo(2))).not.toContain('wmo/adviesraad');
  });

  it('finds the item "inwoners en cliënten betrekken" (Wmo 2.1.3 lid 3) in the heading "Betrekken van ingezetenen bij het beleid"', () => {
    const kop = (k: string) => leesStuk(`Verordening maatschappelijke ondersteuning Testdorp 2018\n\nArtikel 25. ${k}\nHet college legt dit vast.\n`, index);
    expect(kop('Betrekken van ingezetenen bij het beleid').onderdelen.find((o) => o.id === 'wmo-inwonersparticipatie')!.gevonden).toBe(true);
    expect(kop('Betrekken van ingezetenen bij het beleid').keuzes.map((k) => k.id)).toContain('wmo/adviesraad');
    expect(kop('Inwerkingtreding').onderdelen.find((o) => o.id === 'wmo-inwonersparticipatie')!.gevonden).toBe(false);
  });

  it('finds the item also when "ongevraagd" and "advies" stand apart ("gevraagd en ongevraagd van advies")', () => {
    const zin = (z: string) => leesStuk(`Verordening maatschappelijke ondersteuning Testdorp 2017\n\nArtikel 2. Taken\n${z}\n`, index).onderdelen.find((o) => o.id === 'wmo-inwonersparticipatie')!.gevonden;
    expect(zin('De raad voorziet het college gevraagd en ongevraagd van advies over het Wmo-beleid.')).toBe(true);
    expect(zin('De raad voorziet het college van advies over het Wmo-beleid.')).toBe(false);
  });

  it('in a Participatiewet document, once a sentence ties the participatieraad to the Wmo, every mention counts', () => {
    const pw = (wet: string) =>
      `Verordening cliëntenparticipatie Participatiewet Testdorp 2015\n\nArtikel 1. Participatieraad\n${artikelen(3)}\nDe participatieraad is een afspiegeling van de bij de uitvoering van de Participatiewet en ${wet} betrokken personen.\n`;
    expect(ids(pw('de Wet maatschappelijke ondersteuning 2015'))).toContain('wmo/adviesraad');
    // A participatieraad for the Participatiewet alone (its artikel 47) is not the Wmo adviesraad.
    expect(ids(pw('de Wet inburgering'))).not.toContain('wmo/adviesraad');
  });
});

describe('seventh round (issue 26): a begroting, jaarverslag or rapportage is recognised and gets its note', () => {
  const fixture = (id: string) => readFileSync(`tests/fixtures/lezen/${id}/tekst.txt`, 'utf8');
  it('recognises real begrotingen, jaarstukken and bestuursrapportages of the sets, and no verordening, plan or voorstel', () => {
    for (const id of [
      'oostzaan-begroting-sociaal-domein-2026',
      'weststellingwerf-begroting-sociaal-domein-2026',
      'middelburg-begroting-sociaal-domein-2024',
      'nieuwkoop-jaarrekening-sociaal-domein-2024',
      'wormerland-jaarstukken-sociaal-domein-2023',
      'ede-jaarverslag-individuele-ondersteuning-2022',
      'boxtel-bestuursrapportage-sociaal-2025',
      'stichtse-vecht-bestuursrapportage-sociaal-2025',
    ])
      expect([id, soortVan(fixture(id))]).toEqual([id, 'begroting']);
    for (const id of [
      'gennep-wmo-2015',
      'voorschoten-jeugdhulp-2015',
      'achtkarspelen-wmo-2018',
      'kempen-beleidskader-jeugd-2026',
      'tynaarlo-kadernota-wmo-2015',
      'overbetuwe-beleidsplan-sociaal-domein-2020',
      'ridderkerk-participatiewet-2014',
      'woerden-raadsvoorstel-huishoudelijke-hulp-2022',
      'zwolle-beleidsregel-wmo-2020',
      'hoogeveen-schriftelijke-vragen-jeugdhulp-2023',
    ])
      expect([id, isBegroting(fixture(id))]).toEqual([id, false]);
  });
  it('takes the title or a programme heading in the first lines, not the word further down', () => {
    expect(isBegroting('Programmabegroting 2027\nSociaal domein\nWe willen dat iedereen meedoet.')).toBe(true);
    expect(isBegroting('Tweede bestuursrapportage 2026\nSociaal domein')).toBe(true);
    expect(isBegroting('Programma 3 - Sociaal domein\nIedereen doet mee.')).toBe(true);
    expect(isBegroting('Beleidsplan sociaal domein 2027\nIedereen doet mee.\nDe begroting 2027 geeft het geld.')).toBe(false);
    expect(isBegroting('Visie sociaal domein\nIn programma 3 van de begroting staat het geld voor deze visie.')).toBe(false);
  });
  it('takes three signals of the body (a programme\'s questions, lasten en baten, realisatie), not two', () => {
    const twee = 'Sociaal domein\nWat willen we bereiken?\nIedereen doet mee.\nWat gaan we daarvoor doen?\nWe openen een loket.';
    expect(isBegroting(twee)).toBe(false);
    expect(isBegroting(`${twee}\nWat mag het kosten?\nHet loket kost geld.`)).toBe(true);
    expect(isBegroting(`${twee}\nDe realisatie bleef achter bij de raming.`)).toBe(true);
  });
  it('counts a table of amounts (five lines with two amounts or more) as one signal', () => {
    const tabel = ['Lasten | 89.926 | 84.307', 'Baten | 2.244 | 2.202', 'Saldo | 87.682 | 82.105', 'Reserve | 3.664 | 1.278', 'Resultaat | 1.000 | 2.000'].join('\n');
    const tekst = `Individuele ondersteuning\nWat willen we bereiken?\nGoede zorg.\n${tabel}`;
    expect(isBegroting(tekst)).toBe(true);
    expect(isBegroting(`Individuele ondersteuning\nWat willen we bereiken?\nGoede zorg.\n${tabel.split('\n').slice(0, 4).join('\n')}`)).toBe(false);
  });
  it('in a begroting an item\'s words make no keuze (it regulates nothing); in a plan they do', () => {
    const z = 'Ook de opvang van vluchtelingen en de re-integratie van statushouders vallen onder dit programma.';
    const stuk = (kop: string) => leesStuk(`${kop}\nInleiding\nDe Participatiewet is de basis.\n${z}\n`, index);
    expect(stuk('Programma 4. Sociaal').soort).toBe('begroting');
    expect(stuk('Programma 4. Sociaal').keuzes.map((k) => k.id)).not.toContain('participatiewet/re-integratie');
    expect(stuk('Nota werk en inkomen Testdorp').keuzes.map((k) => k.id)).toContain('participatiewet/re-integratie');
  });

  it('gives the page a note for a begroting (what it finds less well, why, what to do), and none for a verordening', () => {
    const u = leesStuk(fixture('oostzaan-begroting-sociaal-domein-2026'), index);
    expect(u.soort).toBe('begroting');
    expect(u.letOp?.kop).toMatch(/begroting/);
    expect(u.letOp?.tekst.join(' ')).toMatch(/minder keuzes/);
    expect(u.letOp?.tekst.join(' ')).toMatch(/Wat willen we bereiken\?/);
    expect(u.letOp?.tekst.join(' ')).toMatch(/griffie/);
    expect(leesStuk(fixture('gennep-wmo-2015'), index).letOp).toBeUndefined();
    // No list of what a verordening must regulate for a begroting: every item would read "niet gevonden".
    expect(u.onderdelen).toEqual([]);
    expect(leesStuk(fixture('gennep-wmo-2015'), index).onderdelen.length).toBeGreaterThan(0);
  });
});

describe('seventh round (issue 26): recall in a gemeente\'s own words', () => {
  const jeugdplan = (zin: string) => `Beleidsplan jeugd Testdorp 2026\n\nInleiding\nDe Jeugdwet geeft de gemeente de zorg voor de jeugd.\n${zin}\n`;

  it('counts a regulation named as the object of its adoption ("vaststelling van een nieuwe verordening jeugd"), not one named in passing', () => {
    expect(ids(jeugdplan('Activiteiten: vaststelling van een nieuwe verordening jeugd.'))).toContain('jeugdwet/verordening-jeugdhulp');
    expect(ids(jeugdplan('Het college stelt voor vast te stellen de verordening jeugd 2027.'))).toContain('jeugdwet/verordening-jeugdhulp');
    expect(ids(jeugdplan('Activiteiten: uitvoering van de verordening jeugd.'))).not.toContain('jeugdwet/verordening-jeugdhulp');
    // The title of the regulation a document rests on still counts nothing.
    expect(ids(jeugdplan('Dit plan is gemaakt op grond van de verordening jeugd.'))).not.toContain('jeugdwet/verordening-jeugdhulp');
  });

  it('reads a sentence that puts the voorliggende voorzieningen before maatwerk as the keuze algemene voorziening of maatwerk', () => {
    const wmo = (zin: string) => `Verordening maatschappelijke ondersteuning Testdorp 2026\n\nInleiding\n${zin}\n`;
    expect(ids(wmo('Voorliggend veld: als er passende oplossingen zijn voor de hulpvraag, gaat dit voor op maatwerk via de Wmo.'))).toContain('wmo/algemene-voorziening-of-maatwerk');
    expect(ids(wmo('Een voorliggende voorziening heeft voorrang boven een maatwerkvoorziening.'))).toContain('wmo/algemene-voorziening-of-maatwerk');
    // Both kinds named in a list of voorzieningen only name them.
    expect(ids(wmo('Het gesprek gaat over oplossingen via het netwerk dan wel via algemene, collectieve, voorliggende en maatwerkvoorzieningen.'))).not.toContain(
      'wmo/algemene-voorziening-of-maatwerk',
    );
  });

  it('reads "normaliseren" of opvoeden or opgroeien as the keuze reikwijdte, not the word alone', () => {
    expect(ids(jeugdplan('Daarmee werken we aan het normaliseren van opgroei- en opvoedvragen.'))).toContain('jeugdwet/reikwijdte');
    expect(ids(jeugdplan('Daarmee werken we aan het normaliseren van de verhoudingen.'))).not.toContain('jeugdwet/reikwijdte');
  });

  it('reads the regionale uitvoering of jeugdhulp as the keuze regionale samenwerking, and not "regionaal" alone', () => {
    expect(ids(jeugdplan('Het is gemeenschappelijk beleid met deels lokale en deels regionale uitvoering.'))).toContain('jeugdwet/regionale-samenwerking');
    expect(ids(jeugdplan('Deze transitie zullen we voor een groot deel regionaal voorbereiden en gaan uitvoeren.'))).toContain('jeugdwet/regionale-samenwerking');
    expect(ids(jeugdplan('Pleegzorg wordt op regionale schaal georganiseerd.'))).toContain('jeugdwet/regionale-samenwerking');
    expect(ids(jeugdplan('Deze transitie zullen we voor een groot deel regionaal voorbereiden.'))).not.toContain('jeugdwet/regionale-samenwerking');
  });
});

describe('eighth round (issue 26): boilerplate, broader subjects and another law are not the keuze', () => {
  it('counts a table of contents set out line by line, each heading with its page number, half', () => {
    const regels = ['Algemene beschouwingen 4', 'Sturing 11', 'Inkoop en Contractbeheer 14', 'Tarieventabel 20', 'Maatschappelijke dienstverlening 23', 'Bijlagen 40'];
    const begroting = (r: string[]) => `Programmabegroting Testregio 2026\n\nVoor inwoners, met gemeenten\n\n${r.join('\n\n')}\n`;
    expect(ids(begroting(regels))).not.toContain('wmo/inkoop-en-bekostiging');
    // Ninth round: this is now one case of a table (lines that end with a number; tabelZinnen), so three such lines
    // around the heading are enough and the numbers need not go up; two are not, nor is the heading alone.
    expect(ids(begroting(regels.slice(1, 4)))).not.toContain('wmo/inkoop-en-bekostiging');
    expect(ids(begroting([...regels].reverse()))).not.toContain('wmo/inkoop-en-bekostiging');
    expect(ids(begroting(regels.slice(2, 4)))).toContain('wmo/inkoop-en-bekostiging');
  });

  it('does not count the considerans that repeats the Wmo\'s own words for opvang and beschermd wonen, but counts them in an article', () => {
    const verordening = (aanhef: string, artikel: string) =>
      `Verordening maatschappelijke ondersteuning Testdorp 2015\n\nDe raad van de gemeente Testdorp;\n${aanhef}\nbesluit vast te stellen de Verordening maatschappelijke ondersteuning Testdorp 2015.\n\nArtikel 1 Toepassing\n${artikel}\n`;
    const formule =
      'overwegende dat het noodzakelijk is om cliënten met psychische of psychosociale problemen en cliënten die de thuissituatie hebben verlaten, te ondersteunen bij het zich handhaven in de samenleving;';
    const beleidsplan =
      'overwegende dat het noodzakelijk is om regels vast te stellen ter uitvoering van het beleidsplan met betrekking tot de ondersteuning bij de versterking van de zelfredzaamheid en participatie van personen met een beperking of met chronische psychische of psychosociale problemen, beschermd wonen en opvang;';
    const artikel = 'Deze verordening is van toepassing op de maatwerkvoorziening.';
    expect(ids(verordening(formule, artikel))).not.toContain('wmo/beschermd-wonen-en-opvang');
    expect(ids(verordening(beleidsplan, artikel))).not.toContain('wmo/beschermd-wonen-en-opvang');
    // The same words where the verordening regulates them, or a clause of the considerans that decides something.
    expect(ids(verordening('gelet op de Wet maatschappelijke ondersteuning 2015;', 'Het college biedt cliënten met psychosociale problemen die de thuissituatie hebben verlaten opvang.'))).toContain(
      'wmo/beschermd-wonen-en-opvang',
    );
    expect(ids(verordening('overwegende dat de raad als centrumgemeente regels stelt voor beschermd wonen en opvang;', artikel))).toContain('wmo/beschermd-wonen-en-opvang');
  });

  it('does not take the words of a Jeugdwet keuze as that keuze in a document that never names jeugd', () => {
    const memorie = (zin: string) => `Memorie van toelichting Gemeenschappelijke regeling Testregio\n\nInleiding\n${zin}\n`;
    expect(ids(memorie('De regeling biedt een kader voor de regionale samenwerking in de Testregio op het sociaal domein.'))).not.toContain('jeugdwet/regionale-samenwerking');
    expect(ids(memorie('De regeling biedt een kader voor de regionale samenwerking in de Testregio op het gebied van jeugdhulp.'))).toContain('jeugdwet/regionale-samenwerking');
    const begroting = (zin: string) => `Begroting 2020 Testdorp\n\nProgramma Zorg en participatie\nOp 13 december 2018 is het beleidsplan sociaal domein vastgesteld.${zin}\n`;
    expect(ids(begroting(''))).not.toContain('jeugdwet/jeugdplan');
    expect(ids(begroting(' Het geldt ook voor de jeugd.'))).toContain('jeugdwet/jeugdplan');
  });

  it('takes a document that calls itself "dit beleidsplan" as that plan', () => {
    const voorwoord = (zin: string) => `Wmo in Testdorp 2008-2011\n\nVoorwoord\nDe Wmo vraagt veel van de gemeente. ${zin}\n`;
    expect(ids(voorwoord('Ook voor de opstelling van dit concept beleidsplan heeft de cliëntenraad uitgangspunten benoemd.'))).toContain('wmo/beleidsplan');
    expect(ids(voorwoord('Ook voor de opstelling van een beleidsplan heeft de cliëntenraad uitgangspunten benoemd.'))).not.toContain('wmo/beleidsplan');
  });

  it('does not read the Wet sociale werkvoorziening (Wsw) as the Participatiewet\'s beschut werk', () => {
    const notitie = (zin: string) => `Notitie gewijzigde Wet sociale werkvoorziening Testdorp 2008\n\nKorte samenvatting\n${zin}\n`;
    expect(ids(notitie('Het SW-bedrijf is voor vijf gemeenten de belangrijkste uitvoeringsorganisatie voor de Wsw.'))).not.toContain('participatiewet/beschut-werk');
    expect(ids(notitie('Mensen die alleen in een beschutte omgeving kunnen werken, krijgen beschut werk bij het SW-bedrijf.'))).toContain('participatiewet/beschut-werk');
  });

  it('takes a Wmo document that keeps naming its Wmo-cliëntenraad (three times or more) as the adviesraad', () => {
    const nota = (raad: string) =>
      `Beleidsnota Wmo Testdorp 2010\n\nDe ${raad} is in 2008 opgericht.\nHet college vraagt de ${raad} om advies.\nDe ${raad} heeft uitgangspunten benoemd.\n`;
    expect(ids(nota('Wmo-cliëntenraad'))).toContain('wmo/adviesraad');
    expect(ids(nota('sportraad'))).not.toContain('wmo/adviesraad');
  });

  it('reads the aanpak of dak- en thuisloosheid as the keuze beschermd wonen en opvang', () => {
    const nota = (zin: string) => `Najaarsnota Testdorp 2025\n\nProgramma Meedoen\n${zin}\n`;
    expect(ids(nota('Het bedrag uit de regio zetten we in voor de aanpak van dak- en thuisloosheid.'))).toContain('wmo/beschermd-wonen-en-opvang');
    expect(ids(nota('Het bedrag uit de regio zetten we in voor de aanpak van eenzaamheid.'))).not.toContain('wmo/beschermd-wonen-en-opvang');
  });
});

describe('ninth round (issue 26): which parts of a document count', () => {
  it('counts a row of a table of amounts half: its title names a budget line, it does not discuss it', () => {
    const nota = (regels: string[]) => `Perspectiefnota Testdorp 2023\n\nFinanciële ontwikkelingen\nBedragen x € 1.000\n${regels.join('\n')}\n`;
    const tabel = ['Reclame-inkomsten -384 -PM -PM -PM', 'Onderhoud wegen 120', 'Beschut werk -Effect cao -150 -150 -150', '-4.200', 'Saldo -5.212 -150'];
    expect(ids(nota(tabel))).not.toContain('participatiewet/beschut-werk');
    // The same title as a line of prose, and a list of verordeningen whose lines end with a year (not an amount).
    expect(ids(nota(['Reclame-inkomsten dalen dit jaar.', 'Onderhoud van de wegen kost meer.', 'Beschut werk -Effect cao', 'We bieden meer plekken aan.']))).toContain('participatiewet/beschut-werk');
    expect(ids(nota(['1. Verordening tegenprestatie 2015', '2. Re-integratieverordening 2015', '3. Verordening beschut werk 2015', '4. Afstemmingsverordening 2015']))).toContain(
      'participatiewet/beschut-werk',
    );
  });

  it('takes lines that end with amounts or page numbers as a table, not lines that end with a year, a date or an article number', () => {
    const tabel = (regels: string[]) => {
      const tekst = regels.join('\n');
      return tabelZinnen(zinnen(tekst), tekst).some(Boolean);
    };
    expect(tabel(['Onderhoud wegen 120', 'Saldo -5.212', 'Reclame-inkomsten -PM', 'Subsidie 12,5'])).toBe(true);
    expect(tabel(['Sturing 11', 'Inkoop en Contractbeheer 14', 'Bijlagen 40'])).toBe(true);
    expect(tabel(['Verordening tegenprestatie 2015', 'Vastgesteld d.d. 12-03-2015', 'Re-integratieverordening 2014'])).toBe(false);
    expect(tabel(['gelet op artikel 2.1.3', 'gelet op het bepaalde in lid 2', 'gelet op paragraaf 3.2.1', 'gelet op artikel 8'])).toBe(false);
  });

  it('does not read the Wmo\'s list of its four tasks (zelfredzaamheid, participatie, beschermd wonen, opvang) as the keuze beschermd wonen en opvang, wherever it stands', () => {
    const verordening = (zin: string) =>
      `Verordening maatschappelijke ondersteuning Testdorp 2025\n\nDe raad van de gemeente Testdorp;\ngelet op de Wet maatschappelijke ondersteuning 2015;\nbesluit vast te stellen de Verordening maatschappelijke ondersteuning Testdorp 2025.\n\nArtikel 2 Procedure\n${zin}\n`;
    expect(
      ids(verordening('Het college bepaalt op welke wijze wordt vastgesteld of de cliënt voor een maatwerkvoorziening voor zelfredzaamheid, participatie, beschermd wonen of opvang in aanmerking komt.')),
    ).not.toContain('wmo/beschermd-wonen-en-opvang');
    // A clause that regulates beschermd wonen en opvang, without the law's list, is that keuze.
    expect(ids(verordening('Het college bepaalt op welke wijze wordt vastgesteld of de cliënt voor beschermd wonen of opvang in aanmerking komt.'))).toContain('wmo/beschermd-wonen-en-opvang');
  });
});

describe('ninth round (issue 26): a list of verordeningen a besluit adopts', () => {
  it('counts a verordening in a list of verordeningen to be adopted as adopted, not one in a list to be withdrawn', () => {
    const voorstel = (lijst: string) =>
      `Voorstel aan de raad Testdorp Onderwerp: Diverse verordeningen Participatiewet Besluit: De volgende verordeningen met ingang van 1 januari 2015 ${lijst} Verordening Re-integratie Participatiewet Testdorp Verordening loonkostensubsidie Participatiewet Testdorp Verordening individuele inkomenstoeslag Testdorp De Verordening Wet werk en bijstand Testdorp 2012 in te trekken.`;
    expect(ids(voorstel('vast te stellen:'))).toContain('participatiewet/loonkostensubsidie');
    expect(ids(voorstel('te bespreken, zoals de'))).not.toContain('participatiewet/loonkostensubsidie');
    // Line by line: each line that names a verordening belongs to the list.
    const regels = `Raadsvoorstel Testdorp\n\nDe volgende verordeningen vast te stellen:\n1. Verordening tegenprestatie Participatiewet Testdorp 2015\n2. Verordening loonkostensubsidie Participatiewet Testdorp 2015\n\nInleiding\nDe Participatiewet treedt in werking.\n`;
    expect(ids(regels)).toContain('participatiewet/loonkostensubsidie');
  });
});

describe('plain bugs found on the first run of nieuw8 (issue 26, ninth round)', () => {
  it('takes "Besluit nadere regels …" as nadere regels, not as the verordening they work out', () => {
    expect(isUitwerking('Besluit nadere regels jeugdhulp en maatschappelijke ondersteuning Testdorp 2017\n\nHet college van burgemeester en wethouders;')).toBe(true);
    expect(isUitwerking('Besluit tot vaststelling van de beleidsregels Wmo Testdorp 2026\n\nHet college;')).toBe(true);
    expect(isUitwerking('Besluit van de raad tot vaststelling van de Verordening jeugdhulp Testdorp 2017\n\nDe raad;')).toBe(false);
  });

  it('counts the last item of a list set out line by line, which ends with a full stop, half like the others', () => {
    const regels = (laatste: string) => `Beleidsregels Wmo Testdorp 2026\n\nArtikel 1 Inleiding\nEr zijn twee soorten maatwerk:\n• Hulp bij het huishouden;\n${laatste}\n`;
    expect(ids(regels('• Beschermd wonen.'))).not.toContain('wmo/beschermd-wonen-en-opvang');
    expect(ids(regels('Het college regelt beschermd wonen.'))).toContain('wmo/beschermd-wonen-en-opvang');
  });

  it('reads "de toeslag die is bedoeld in artikel 36 van de wet" as a borrowed definition, like "als bedoeld in"', () => {
    const verordening = (begrip: string) =>
      `Verordening maatregelen Participatiewet Testdorp 2015\n\nDe raad van de gemeente Testdorp;\nbesluit vast te stellen de Verordening maatregelen Participatiewet Testdorp 2015.\n\nArtikel 1 Begripsomschrijving\nDeze verordening verstaat onder: a. wet: de Participatiewet; b. inkomenstoeslag: de toeslag ${begrip} artikel 36 van de wet; c. maatregel: het verlagen van de bijstand.\n`;
    expect(ids(verordening('die is bedoeld in'))).not.toContain('participatiewet/individuele-inkomenstoeslag');
    expect(ids(verordening('op grond van'))).toContain('participatiewet/individuele-inkomenstoeslag');
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
    const n = kapot.keuzes['jeugdwet/preventie'].namen.push('preventie') - 1;
    expect(leesGemeenteWoorden(kapot, keuzes).problems).toEqual([
      { file: 'content/lezen/gemeentewoorden.yaml', field: `keuzes.jeugdwet/preventie.namen[${n}]`, expected: 'een woordgroep van ten minste twee woorden (een los woord hoort onder woorden)' },
    ]);
    delete kapot.keuzes['jeugdwet/preventie'];
    expect(leesGemeenteWoorden(kapot, keuzes).problems).toEqual([
      { file: 'content/lezen/gemeentewoorden.yaml', field: 'keuzes.wmo/bestaat-niet', expected: 'een bestaande keuze: content/keuzes/wmo/bestaat-niet.yaml bestaat niet' },
    ]);
  });
});

describe('tenth round (issue 26): the law\'s own words and its earlier name', () => {
  it('does not count the Wmo\'s own criterion words (2.3.5, derde lid) repeated in a considerans or a definition, but counts them in an article', () => {
    const formule = 'niet op eigen kracht, met gebruikelijke hulp, met mantelzorg of met hulp van andere personen uit zijn sociale netwerk dan wel met gebruikmaking van algemene voorzieningen';
    const verordening = (aanhef: string, begrip: string, artikel: string) =>
      `Verordening maatschappelijke ondersteuning Testdorp 2025\n\nDe raad van de gemeente Testdorp;\n${aanhef}\ngelet op de Wet maatschappelijke ondersteuning 2015;\nbesluit vast te stellen de Verordening maatschappelijke ondersteuning Testdorp 2025.\n\nArtikel 1 Begrippen\nIn deze verordening wordt verstaan onder:\na. college: het college van burgemeester en wethouders;\nb. ${begrip}\n\nArtikel 2 Melding\nEen melding kan schriftelijk worden gedaan.${artikel}\n`;
    const uit = (tekst: string) => {
      const u = leesStuk(tekst, index);
      return { keuze: u.keuzes.some((k) => k.id === 'wmo/algemene-voorziening-of-maatwerk'), item: u.onderdelen.find((o) => o.id === 'wmo-criteria-maatwerk')?.gevonden };
    };
    const niets = { keuze: false, item: false };
    expect(uit(verordening(`overwegende dat het noodzakelijk is om cliënten te ondersteunen als zij ${formule} hierin kunnen voorzien;`, 'cliënt: een ingezetene;', ''))).toEqual(niets);
    expect(uit(verordening('overwegende dat regels nodig zijn;', `zelfredzaamheid: in staat zijn tot het uitvoeren van activiteiten, ${formule};`, ''))).toEqual(niets);
    // In an article that applies them, the same words are the criteria for maatwerk.
    expect(uit(verordening('overwegende dat regels nodig zijn;', 'cliënt: een ingezetene;', `\n\nArtikel 3 Criteria\nHet college verstrekt een maatwerkvoorziening als de cliënt ${formule} voldoende zelfredzaam is.`))).toEqual({ keuze: true, item: true });
  });

  it('reads "de wet" as the Wet werk en bijstand in a document that names its law only by that earlier name', () => {
    const stuk = (wet: string, extra = '') =>
      `Maatregelenverordening ${wet} 2013\n\nDe raad van de gemeente Testdorp;\n\ngelet op artikel 8, eerste lid, onderdeel b, van de wet;\n\nbesluit vast te stellen de volgende verordening.\n\nArtikel 1 Begripsbepalingen\nIn deze verordening wordt verstaan onder:\na. wet: de ${wet};\nb. college: het college van burgemeester en wethouders.\n\nArtikel 2 Verlagen\nHet college verlaagt de bijstand als de belanghebbende zijn verplichtingen niet nakomt.${extra}\n\nAldus vastgesteld in de openbare vergadering van 12 februari 2013.\n`;
    const toeslag = (tekst: string) => leesStuk(tekst, index).onderdelen.find((o) => o.id === 'pw-inkomenstoeslag')?.gevonden;
    // The WWB's artikel 8, eerste lid, onderdeel b is not the Participatiewet's (the individuele inkomenstoeslag).
    expect(toeslag(stuk('Wet werk en bijstand'))).toBe(false);
    expect(ids(stuk('Wet werk en bijstand'))).not.toContain('participatiewet/individuele-inkomenstoeslag');
    // A document whose law is the Participatiewet by name reads "de wet" as the Participatiewet.
    expect(toeslag(stuk('Participatiewet'))).toBe(true);
    // So does one that names both (a new verordening replacing the one under the WWB).
    expect(toeslag(stuk('Participatiewet', ' De Maatregelenverordening Wet werk en bijstand 2012 wordt ingetrokken.'))).toBe(true);
  });
});

describe('tenth round (issue 26): a verordening made under several laws at once', () => {
  const gevonden = (u: ReturnType<typeof leesStuk>, wet: string) => u.onderdelen.filter((o) => o.wet === wet && o.gevonden).map((o) => o.id);

  it('names the laws of a title or heading by name or by the field\'s own words', () => {
    expect([...kopWetten('Verordening maatschappelijke ondersteuning en jeugdhulp Testdorp 2026')].sort()).toEqual(['jeugdwet', 'wmo']);
    expect([...kopWetten('HOOFDSTUK 4 PARTICIPATIEWET')]).toEqual(['participatiewet']);
    expect([...kopWetten('Verordening sociaal domein Testdorp 2026')]).toEqual([]);
  });

  it('splits a verordening into the chapters of one law; other chapters belong to all', () => {
    const tekst = 'Verordening sociaal domein\n\nHoofdstuk 1 Algemene bepalingen\nArtikel 1\n\nHoofdstuk 2. Jeugdhulp\nArtikel 2\n\nHOOFDSTUK 3 MAATSCHAPPELIJKE ONDERSTEUNING\nArtikel 3\n\nHoofdstuk 4 Slotbepalingen\nArtikel 4\n';
    const delen = wetDelen(tekst);
    expect(delen.map(([, , w]) => w)).toEqual(['jeugdwet', 'wmo']);
    expect(tekst.slice(delen[0]![0], delen[0]![1])).toContain('Artikel 2');
    expect(tekst.slice(delen[0]![0], delen[0]![1])).not.toContain('Artikel 3');
    expect(tekst.slice(delen[1]![0], delen[1]![1])).not.toContain('Artikel 4');
    // A reference to a law's chapter in a sentence is no heading.
    expect(wetDelen('Verordening\n\nArtikel 1\nDe bijstand als bedoeld in hoofdstuk 4 van de Participatiewet.\n')).toEqual([]);
  });

  const wmoJeugd = (titel: string, aanhef: string) =>
    `${titel}\n\nDe raad van de gemeente Testdorp;\n\n${aanhef}\n\nbesluit vast te stellen de volgende verordening.\n\nHoofdstuk 1 Algemene bepalingen\n\nArtikel 1 Pgb\nHet college stelt de hoogte van een pgb vast op basis van een tarief.\n\nHoofdstuk 2 Jeugdhulp\n\nArtikel 2 Voorwaarden\nDe jeugdige heeft recht op een individuele voorziening als aan de voorwaarden voor toekenning is voldaan.\n\nHoofdstuk 3 Maatschappelijke ondersteuning\n\nArtikel 3 Maatwerk\nHet college beoordeelt of de cliënt voor een maatwerkvoorziening in aanmerking komt.\n`;

  it('lists the items of each law of a Wmo and Jeugdwet verordening, each law\'s words only in its own part or a part of all', () => {
    const u = leesStuk(wmoJeugd('Verordening maatschappelijke ondersteuning en jeugdhulp Testdorp 2026', 'gelet op artikel 2.9 van de Jeugdwet en artikel 2.1.6 van de Wet maatschappelijke ondersteuning 2015;'), index);
    expect(u.wetten).toEqual([u.wet, ...(['wmo', 'jeugdwet'] as const).filter((w) => w !== u.wet)]);
    expect(new Set(u.onderdelen.map((o) => o.wet))).toEqual(new Set(['wmo', 'jeugdwet']));
    // The pgb article stands in the general chapter: both laws' item on the pgb's height.
    expect(gevonden(u, 'wmo')).toEqual(expect.arrayContaining(['wmo-pgb-hoogte', 'wmo-mantelzorgwaardering', 'wmo-criteria-maatwerk']));
    expect(gevonden(u, 'jeugdwet')).toEqual(expect.arrayContaining(['jw-pgb-hoogte', 'jw-criteria-voorzieningen']));
    // Each item carries the document's own article.
    expect(u.onderdelen.find((o) => o.id === 'jw-criteria-voorzieningen')!.plaats).toBe('Artikel 2 Voorwaarden');
    // The keuzes of both parts, without a sentence that names the law.
    expect(u.keuzes.map((k) => k.id)).toEqual(expect.arrayContaining(['wmo/pgb-tarieven', 'jeugdwet/pgb-tarieven', 'wmo/algemene-voorziening-of-maatwerk']));
  });

  it('does not read one law\'s chapter for another law\'s items', () => {
    const tekst = wmoJeugd('Verordening maatschappelijke ondersteuning en jeugdhulp Testdorp 2026', 'gelet op artikel 2.9 van de Jeugdwet en artikel 2.1.6 van de Wet maatschappelijke ondersteuning 2015;')
      .replace('Het college stelt de hoogte van een pgb vast op basis van een tarief.', 'Het college beslist binnen acht weken.')
      .replace('Artikel 2 Voorwaarden\n', 'Artikel 2 Voorwaarden\nHet college stelt de hoogte van een pgb voor jeugdhulp vast. ');
    const u = leesStuk(tekst, index);
    expect(gevonden(u, 'jeugdwet')).toContain('jw-pgb-hoogte');
    expect(gevonden(u, 'wmo')).not.toContain('wmo-pgb-hoogte');
  });

  it('lists the items of three laws for a verordening sociaal domein by its considerans, and finds a keuze of each part', () => {
    const tekst =
      'Verordening sociaal domein Testdorp 2026\n\nDe raad van de gemeente Testdorp;\n\ngelet op de artikelen 2.9 en 2.12 van de Jeugdwet; gelet op de artikelen 2.1.4 en 2.1.6 van de Wet maatschappelijke ondersteuning 2015; gelet op artikel 8a, eerste lid, onder a, van de Participatiewet;\n\nbesluit vast te stellen de volgende verordening.\n\nArtikel 1 Doel\nHet college biedt voorzieningen gericht op re-integratie aan en stelt de hoogte van een pgb vast.\n';
    const u = leesStuk(tekst, index);
    expect([...(u.wetten ?? [])].sort()).toEqual(['jeugdwet', 'participatiewet', 'wmo']);
    expect(new Set(u.onderdelen.map((o) => o.wet))).toEqual(new Set(['wmo', 'jeugdwet', 'participatiewet']));
    expect(gevonden(u, 'participatiewet')).toContain('pw-re-integratie');
    expect(gevonden(u, 'wmo')).toEqual(expect.arrayContaining(['wmo-bijdrage', 'wmo-mantelzorgwaardering']));
    expect(u.keuzes.map((k) => k.id)).toEqual(expect.arrayContaining(['participatiewet/re-integratie', 'jeugdwet/verordening-jeugdhulp', 'wmo/mantelzorgwaardering']));
    // The same text under one law only (the others' articles left out) lists that law's items alone.
    const een = leesStuk(tekst.replace(/gelet op de artikelen 2\.9[^;]*; /, '').replace(/ gelet op artikel 8a[^;]*;/, ''), index);
    expect(een.wetten).toBeUndefined();
    expect(new Set(een.onderdelen.map((o) => o.wet))).toEqual(new Set(['wmo']));
  });

  it('does not take a considerans line that starts with a list of articles for an article heading of the document', () => {
    const tekst = 'Verordening sociaal domein Testdorp\n\nDe raad van de gemeente Testdorp;\ngelet op: artikel 2.9 van de Jeugdwet, en\nartikel 8, 8a, 8b en 47 van de Participatiewet, en\nartikel 2.1.6 van de Wet maatschappelijke ondersteuning 2015;\n\nbesluit vast te stellen de volgende verordening.\n\nArtikel 1 Begrippen\nIn deze verordening wordt verstaan onder: college: het college.\n';
    const z = zinnen(tekst).find((x) => x.tekst.includes('8b'))!;
    expect(z.plaats).toBe('aanhef');
    expect(leesStuk(tekst, index).wetten).toContain('participatiewet');
  });

  it('keeps one law for an adviesraad verordening that cites no item article, and for nadere regels', () => {
    const u = leesStuk(
      'Verordening adviesraad sociaal domein Testdorp\n\nDe raad van de gemeente Testdorp;\n\ngelet op artikel 149 van de Gemeentewet, artikel 47 van de Participatiewet;\n\nbesluit vast te stellen de volgende verordening.\n\nArtikel 1 Taak\nDe adviesraad adviseert het college.\n',
      index,
    );
    expect(u.wetten).toBeUndefined();
    const regels = leesStuk('Nadere regels maatschappelijke ondersteuning en jeugdhulp Testdorp 2026\n\nHet college;\n\ngelet op artikel 2.9 van de Jeugdwet en artikel 2.1.6 van de Wmo 2015;\n\nArtikel 1\nDe hoogte van een pgb.\n', index);
    expect(regels.wetten).toBeUndefined();
  });
});
