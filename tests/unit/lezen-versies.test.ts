/**
 * An article letter read in the law text of the document's own date (src/lib/lezen/versies.ts; issue 26, a fix
 * found on the first run of the held-out set nieuw7): the computed unit map between two stored versions of
 * Participatiewet artikel 8, the document's date from its text, and what the matcher does with a 2015 letter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readWetteksten } from '../../src/lib/content/wetteksten.ts';
import { laadKennis } from '../../src/lib/lezen/laden.ts';
import { leesStuk, maakIndex, type Index } from '../../src/lib/lezen/matcher.ts';
import { documentDatum, eenheidKaart, herlees, type ArtikelVersie } from '../../src/lib/lezen/versies.ts';
import { parseVerwijzingen } from '../../src/lib/lezen/verwijzingen.ts';

const PW = 'BWBR0015703';

describe('eenheidKaart (computed from the stored texts)', () => {
  const store = readWetteksten('content/wetteksten');
  const [oud, nu] = [store.perBwb.get(PW)![0]!, store.perBwb.get(PW)!.at(-1)!];

  const op = (iso: string) => store.perBwb.get(PW)!.find((t) => t.datum.toISOString().slice(0, 10) === iso)!;

  it('has every stored version of the Participatiewet, oldest first', () => {
    expect(store.problems).toEqual([]);
    expect(store.perBwb.get(PW)!.map((t) => t.datum.toISOString().slice(0, 10))).toEqual(['2015-01-01', '2015-08-24', '2016-01-01', '2016-10-01', '2017-01-01', '2022-03-15', '2022-04-01', '2026-07-01']);
  });

  it('maps art. 8 lid 1 of 2017 to March 2022 (four onderdelen: c studietoeslag, d the verlaging) and reads April 2022 as today', () => {
    for (const iso of ['2017-01-01', '2022-03-15']) {
      const kaart = eenheidKaart(op(iso).artikelen.get('8')!.delen, nu.artikelen.get('8')!.delen);
      expect(kaart).toEqual({ '1 c': null, '1 d': '1 c', '3': null });
    }
    expect(eenheidKaart(op('2022-04-01').artikelen.get('8')!.delen, nu.artikelen.get('8')!.delen)).toEqual({});
    // 8a lid 2 of 2016: the onderdeel on vergoedingen bij ziekte of 2015 is gone, b is today's b.
    expect(eenheidKaart(op('2016-01-01').artikelen.get('8a')!.delen, nu.artikelen.get('8a')!.delen)).toEqual({});
  });

  it('maps 2015 art. 8 lid 1: c (studietoeslag) and d to nothing, e to today\'s c; a and b stay', () => {
    const kaart = eenheidKaart(oud.artikelen.get('8')!.delen, nu.artikelen.get('8')!.delen);
    expect(kaart['1 c']).toBeNull();
    expect(kaart['1 d']).toBeNull();
    expect(kaart['1 e']).toBe('1 c');
    expect('1 a' in kaart).toBe(false);
    expect('1 b' in kaart).toBe(false);
  });

  it('keeps a unit whose text only gained a reference in passing (8a lid 1 a), and maps 8a lid 2 c to b', () => {
    const kaart = eenheidKaart(oud.artikelen.get('8a')!.delen, nu.artikelen.get('8a')!.delen);
    expect('1 a' in kaart).toBe(false);
    expect(kaart['2 b']).toBeNull();
    expect(kaart['2 c']).toBe('2 b');
  });
});

describe('documentDatum', () => {
  it('takes the latest of inwerkingtreding, ondertekening and vaststelling, else the citeertitel year, else nothing', () => {
    expect(documentDatum('Datum inwerking-treding 01-01-2015\nDatum ondertekening 18-12-2014')).toBe('2015-01-01');
    expect(documentDatum('Aldus vastgesteld in de openbare vergadering van 16 december 2014.')).toBe('2014-12-16');
    expect(documentDatum('Overzicht van in de tekst verwerkte wijzigingen\n\nDatum inwerkingtreding\n\nBetreft\n\n01-01-2015Nieuwe regeling')).toBe('2015-01-01');
    expect(documentDatum('Citeertitel Verordening individuele studietoeslag Participatiewet 2015 gemeente X\n')).toBe('2015-01-01');
    expect(documentDatum('Verordening maatregelen Participatiewet\n\nArtikel 1')).toBeUndefined();
  });

  it('reads the date in a raadsbesluit\'s heading "Raadsvergadering …" (tenth round)', () => {
    const besluit = (kop: string) => `${kop} Agendapunt 12 De raad der gemeente X; gelezen het voorstel van burgemeester en wethouders; gelet op artikel 8 van de Participatiewet; besluit: vast te stellen de Afstemmingsverordening Participatiewet.`;
    expect(documentDatum(besluit('Raadsvergadering 4 december 2014'))).toBe('2014-12-04');
    expect(documentDatum(besluit('Raadsvergadering van 4 december 2014'))).toBe('2014-12-04');
    // Without that heading the text gives no date of its own (the voorstel's date is not the besluit's).
    expect(documentDatum(besluit('Raadsbesluit'))).toBeUndefined();
  });
});

describe('the matcher reads a letter in the text of the document\'s date', () => {
  let index: Index;
  beforeAll(() => {
    index = maakIndex(laadKennis('content'));
  });
  const stuk = (slot: string) =>
    `Verordening individuele studietoeslag\n\nDe raad van de gemeente X;\n\ngelet op artikel 8, lid 1, sub c, juncto artikel 36b van de Participatiewet;\n\nbesluit vast te stellen de volgende verordening.\n\nArtikel 1. Hoogte\n\nDe hoogte van de individuele studietoeslag bedraagt € 100 per maand.\n\n${slot}`;
  const verlagen = (tekst: string) => {
    const u = leesStuk(tekst, index);
    return {
      keuze: u.keuzes.some((k) => k.id === 'participatiewet/verlagingen-verordening'),
      item: u.onderdelen.some((o) => o.id === 'pw-verlagen-ontheffing' && o.gevonden),
      herlezen: u.herlezen ?? [],
    };
  };

  it('a document of 2014 citing 2015\'s "artikel 8, lid 1, sub c" finds no verlaging, and says why', () => {
    const r = verlagen(stuk('Aldus vastgesteld in de openbare vergadering van 16 december 2014.'));
    expect(r.keuze).toBe(false);
    expect(r.item).toBe(false);
    expect(r.herlezen.map((h) => h.wat)).toEqual(['vervallen']);
    // Before the oldest stored text: read in the oldest, the law as it took effect on 1 January 2015.
    expect(r.herlezen[0]!.uitleg).toContain('in de tekst van 1 januari 2015: het verlenen van een individuele studietoeslag');
    // The page links the text it was read in: that stored version on wetten.overheid.nl.
    expect(r.herlezen[0]!.bron).toBe('https://wetten.overheid.nl/BWBR0015703/2015-01-01');
  });

  it('a document without a date keeps today\'s reading (onderdeel c is the verlaging)', () => {
    const r = verlagen(stuk(''));
    expect(r.keuze).toBe(true);
    expect(r.item).toBe(true);
    expect(r.herlezen).toEqual([]);
  });

  it('a document dated on or after the current text keeps today\'s reading', () => {
    const r = verlagen(stuk('Aldus vastgesteld in de openbare vergadering van 14 december 2026.'));
    expect(r.keuze).toBe(true);
    expect(r.item).toBe(true);
  });

  const metD = (datum: string) => leesStuk(stuk(`gelet op artikel 8, eerste lid, onderdeel d, van de Participatiewet.\n\n${datum}`), index);

  it('documents of 2023 and 2025 read onderdeel c in the text of 1 April 2022, which is today\'s: the verlaging counts', () => {
    for (const jaar of ['2023', '2025']) {
      const r = verlagen(stuk(`Aldus vastgesteld in de openbare vergadering van 11 december ${jaar}.`));
      expect(r.keuze).toBe(true);
      expect(r.item).toBe(true);
      expect(r.herlezen).toEqual([]);
    }
  });

  it('a document of 2019 citing c is read in the text of 1 January 2017 (the studietoeslag, in 2017 and March 2022 alike)', () => {
    const r = verlagen(stuk('Aldus vastgesteld in de openbare vergadering van 12 december 2019.'));
    expect(r.keuze).toBe(false);
    expect(r.item).toBe(false);
    expect(r.herlezen.map((h) => h.wat)).toEqual(['vervallen']);
    expect(r.herlezen[0]!.uitleg).toContain('in de tekst van 1 januari 2017: het verlenen van een individuele studietoeslag');
    expect(r.herlezen[0]!.bron).toBe('https://wetten.overheid.nl/BWBR0015703/2017-01-01');
  });

  it('a document in force on 15 March 2022 citing d (the verlaging after an ingetrokken ontheffing) is read in that text', () => {
    const u = metD('Deze verordening treedt in werking op 15 maart 2022.');
    expect(u.onderdelen.find((o) => o.id === 'pw-verlagen-ontheffing')?.gevonden).toBeTruthy();
    const h = u.herlezen?.find((x) => x.wat === 'vertaald');
    expect(h?.uitleg).toContain('artikel 8, lid 1, onder d in de tekst van 15 maart 2022: het verlagen van de bijstand, bedoeld in artikel 9a, twaalfde lid; nu artikel 8, lid 1, onder c');
    expect(h?.bron).toBe('https://wetten.overheid.nl/BWBR0015703/2022-03-15');
  });

  it('a document of 2021 citing d is read in the text of 1 January 2017 (the same unit there and in March 2022)', () => {
    const u = metD('Aldus vastgesteld in de openbare vergadering van 16 december 2021.');
    expect(u.onderdelen.find((o) => o.id === 'pw-verlagen-ontheffing')?.gevonden).toBeTruthy();
    expect(u.herlezen?.find((x) => x.wat === 'vertaald')?.bron).toBe('https://wetten.overheid.nl/BWBR0015703/2017-01-01');
  });

  it('a document of 2023 citing d, a letter neither the text of April 2022 nor today\'s has: nothing to read otherwise, nothing unsure', () => {
    const u = metD('Aldus vastgesteld in de openbare vergadering van 14 december 2023.');
    expect(u.herlezen ?? []).toEqual([]);
    expect(u.verwijzingen.some((v) => v.artikel === '8' && v.onderdeel === 'd')).toBe(true);
  });

  it('unsure only between two stored texts that give the letter different units: c in the second half of March 2022', () => {
    const r = verlagen(stuk('Aldus vastgesteld in de openbare vergadering van 24 maart 2022.'));
    expect(r.keuze).toBe(false);
    expect(r.item).toBe(false);
    expect(r.herlezen.map((h) => h.wat)).toEqual(['onzeker']);
    expect(r.herlezen[0]!.uitleg).toContain('tussen de tekst van 15 maart 2022 (daar: het verlenen van een individuele studietoeslag als bedoeld in artikel 36b) en die van 1 april 2022 (daar: het verlagen van de bijstand');
    expect(r.herlezen[0]!.bron).toBe('https://wetten.overheid.nl/BWBR0015703/2022-03-15');
  });

  it('d late in 2016 (verrekening in October 2016, the verlaging in January 2017) is unsure; in 2015 after August it is the verrekening', () => {
    const d = (datum: string) => (metD(`Aldus vastgesteld in de openbare vergadering van ${datum}.`).herlezen ?? []).filter((h) => /onder d/.test(h.uitleg));
    const nov2016 = d('17 november 2016');
    expect(nov2016.map((h) => h.wat)).toEqual(['onzeker']);
    expect(nov2016[0]!.uitleg).toContain('tussen de tekst van 1 oktober 2016');
    const okt2015 = d('15 oktober 2015');
    expect(okt2015.map((h) => h.wat)).toEqual(['vervallen']);
    expect(okt2015[0]!.uitleg).toContain('in de tekst van 24 augustus 2015: de uitoefening van de bevoegdheid tot verrekening');
  });

  it('a 2015 letter e (verlagen na ingetrokken ontheffing) is today\'s c, and the reason says so', () => {
    const u = leesStuk(stuk('gelet op artikel 8, eerste lid, onderdeel e, van de Participatiewet.\n\nAldus vastgesteld in de openbare vergadering van 16 december 2014.'), index);
    expect(u.onderdelen.find((o) => o.id === 'pw-verlagen-ontheffing')?.gevonden).toBeTruthy();
    expect(u.herlezen?.find((h) => h.wat === 'vertaald')?.uitleg).toContain('nu artikel 8, lid 1, onder c');
  });
});

describe('herlees between two stored texts (any number of versions)', () => {
  const versie = (van: string, kaart: Record<string, string | null>, eenheden: string[], tekst: Record<string, string> = {}): ArtikelVersie => ({
    wet: 'participatiewet',
    artikel: '8',
    van,
    kaart,
    eenheden,
    tekst,
    bron: `https://wetten.overheid.nl/BWBR0015703/${van}`,
  });
  const ref = (tekst: string) => parseVerwijzingen(tekst).find((v) => v.artikel === '8')!;

  it('a letter that only the earlier text has is read there; one that only the later text has keeps today\'s reading', () => {
    const versies = [versie('2020-01-01', { '1 e': '1 c' }, ['1', '1 e'], { '1 e': 'e. oud' }), versie('2024-01-01', {}, ['1', '1 c'])];
    const e = herlees(ref('artikel 8, eerste lid, onderdeel e, van de Participatiewet'), '2022-06-01', versies);
    expect(e.herlezing?.wat).toBe('vertaald');
    expect(e.v?.onderdeel).toBe('c');
    const c = herlees(ref('artikel 8, eerste lid, onderdeel c, van de Participatiewet'), '2022-06-01', versies);
    expect(c.herlezing).toBeUndefined();
    expect(c.v?.onderdeel).toBe('c');
  });

  it('two texts whose letter has no counterpart today but different words are unsure, not dropped as the first', () => {
    const versies = [
      versie('2020-01-01', { '1 d': null }, ['1', '1 d'], { '1 d': 'd. de verrekening' }),
      versie('2022-01-01', { '1 d': null }, ['1', '1 d'], { '1 d': 'd. iets anders' }),
      versie('2024-01-01', {}, ['1']),
    ];
    const r = herlees(ref('artikel 8, eerste lid, onderdeel d, van de Participatiewet'), '2021-03-01', versies);
    expect(r.herlezing?.wat).toBe('onzeker');
    expect(r.v?.onderdeel).toBeUndefined();
    expect(r.v?.lid).toBe(1);
  });
});
