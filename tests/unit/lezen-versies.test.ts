/**
 * An article letter read in the law text of the document's own date (src/lib/lezen/versies.ts; issue 26, a fix
 * found on the first run of the held-out set nieuw7): the computed unit map between two stored versions of
 * Participatiewet artikel 8, the document's date from its text, and what the matcher does with a 2015 letter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readWetteksten } from '../../src/lib/content/wetteksten.ts';
import { laadKennis } from '../../src/lib/lezen/laden.ts';
import { leesStuk, maakIndex, type Index } from '../../src/lib/lezen/matcher.ts';
import { documentDatum, eenheidKaart } from '../../src/lib/lezen/versies.ts';

const PW = 'BWBR0015703';

describe('eenheidKaart (computed from the stored texts)', () => {
  const store = readWetteksten('content/wetteksten');
  const [oud, nu] = [store.perBwb.get(PW)![0]!, store.perBwb.get(PW)!.at(-1)!];

  it('has both versions of the Participatiewet, oldest first', () => {
    expect(store.problems).toEqual([]);
    expect([oud.datum.toISOString().slice(0, 10), nu.datum.toISOString().slice(0, 10)]).toEqual(['2015-08-24', '2026-07-01']);
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
    expect(r.herlezen[0]!.uitleg).toContain('in de tekst van 2015: het verlenen van een individuele studietoeslag');
    // The page links the text it was read in: the stored 2015 version on wetten.overheid.nl.
    expect(r.herlezen[0]!.bron).toBe('https://wetten.overheid.nl/BWBR0015703/2015-08-24');
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

  it('a document of 2025, between the stored texts of 2015 and 2026: the changed letter is unsure and does not count alone', () => {
    const r = verlagen(stuk('Aldus vastgesteld in de openbare vergadering van 11 december 2025.'));
    expect(r.keuze).toBe(false);
    expect(r.item).toBe(false);
    expect(r.herlezen.map((h) => h.wat)).toEqual(['onzeker']);
    expect(r.herlezen[0]!.uitleg).toContain('niet zeker');
  });

  it('a 2015 letter e (verlagen na ingetrokken ontheffing) is today\'s c, and the reason says so', () => {
    const u = leesStuk(stuk('gelet op artikel 8, eerste lid, onderdeel e, van de Participatiewet.\n\nAldus vastgesteld in de openbare vergadering van 16 december 2014.'), index);
    expect(u.onderdelen.find((o) => o.id === 'pw-verlagen-ontheffing')?.gevonden).toBeTruthy();
    expect(u.herlezen?.find((h) => h.wat === 'vertaald')?.uitleg).toContain('nu artikel 8, lid 1, onder c');
  });
});
