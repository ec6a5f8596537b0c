import { describe, expect, it } from 'vitest';
import { parseVerwijzingen, verwijzingLabel, wetUitNaam, type Verwijzing } from '../../src/lib/lezen/verwijzingen.ts';

/** The references without their text and offsets, for short assertions. */
const kern = (vs: Verwijzing[]) => vs.map(({ wet, artikel, lid, onderdeel }) => ({ wet, artikel, ...(lid !== undefined ? { lid } : {}), ...(onderdeel ? { onderdeel } : {}) }));

describe('parseVerwijzingen', () => {
  it('reads article, lid and onderdeel with the full name of the Wmo 2015', () => {
    const vs = parseVerwijzingen('Zie art. 2.1.4, eerste lid, onder b, van de Wet maatschappelijke ondersteuning 2015 voor de bijdrage.');
    expect(kern(vs)).toEqual([{ wet: 'wmo', artikel: '2.1.4', lid: 1, onderdeel: 'b' }]);
    expect(vs[0]!.tekst).toBe('art. 2.1.4, eerste lid, onder b, van de Wet maatschappelijke ondersteuning 2015');
  });

  it('reads "lid 1 sub a" and the abbreviation Pw after the reference', () => {
    expect(kern(parseVerwijzingen('Op grond van artikel 8, lid 1 sub a Pw stelt de raad regels.'))).toEqual([
      { wet: 'participatiewet', artikel: '8', lid: 1, onderdeel: 'a' },
    ]);
  });

  it('expands a range, with lettered articles the caller knows', () => {
    const vs = parseVerwijzingen('gelet op de artikelen 2.1.3 tot en met 2.1.7 van de wet', {
      documentWet: 'wmo',
      bekend: { wmo: ['2.1.4a', '2.1.4b', '2.1.3'] },
    });
    expect(vs.map((v) => v.artikel)).toEqual(['2.1.3', '2.1.4', '2.1.4a', '2.1.4b', '2.1.5', '2.1.6', '2.1.7']);
    expect(new Set(vs.map((v) => v.wet))).toEqual(new Set(['wmo']));
    expect(kern(parseVerwijzingen('artikelen 8 t/m 8b Participatiewet', { bekend: { participatiewet: ['8a', '8b'] } })).map((v) => v.artikel)).toEqual([
      '8',
      '8a',
      '8b',
    ]);
  });

  it('resolves "de wet" to the document\'s law, and to nothing when that is unknown', () => {
    const tekst = 'bijdrage in de kosten als bedoeld in artikel 2.1.4 van de wet.';
    expect(kern(parseVerwijzingen(tekst, { documentWet: 'wmo' }))).toEqual([{ wet: 'wmo', artikel: '2.1.4' }]);
    expect(kern(parseVerwijzingen(tekst))).toEqual([{ wet: null, artikel: '2.1.4' }]);
  });

  it('gives a list of leden and onderdelen one reference each, and carries the law over the whole list', () => {
    const vs = parseVerwijzingen(
      'gelet op de artikelen 2.1.3, 2.1.4 eerste, tweede, derde en zevende lid, 2.1.5 eerste lid, 2.1.6, 2.3.6 vierde lid en 2.6.6 eerste lid van de Wet maatschappelijke ondersteuning 2015;',
    );
    expect(kern(vs)).toEqual([
      { wet: 'wmo', artikel: '2.1.3' },
      { wet: 'wmo', artikel: '2.1.4', lid: 1 },
      { wet: 'wmo', artikel: '2.1.4', lid: 2 },
      { wet: 'wmo', artikel: '2.1.4', lid: 3 },
      { wet: 'wmo', artikel: '2.1.4', lid: 7 },
      { wet: 'wmo', artikel: '2.1.5', lid: 1 },
      { wet: 'wmo', artikel: '2.1.6' },
      { wet: 'wmo', artikel: '2.3.6', lid: 4 },
      { wet: 'wmo', artikel: '2.6.6', lid: 1 },
    ]);
  });

  it('reads "aanhef en onder a, c, d en e en tweede lid" and repeated "artikel" in one list', () => {
    expect(kern(parseVerwijzingen('gelet op artikel 6, tweede lid, artikel 8a, eerste lid, aanhef en onderdelen a, c, d, en e, en tweede lid, van de Participatiewet'))).toEqual([
      { wet: 'participatiewet', artikel: '6', lid: 2 },
      { wet: 'participatiewet', artikel: '8a', lid: 1, onderdeel: 'a' },
      { wet: 'participatiewet', artikel: '8a', lid: 1, onderdeel: 'c' },
      { wet: 'participatiewet', artikel: '8a', lid: 1, onderdeel: 'd' },
      { wet: 'participatiewet', artikel: '8a', lid: 1, onderdeel: 'e' },
      { wet: 'participatiewet', artikel: '8a', lid: 2 },
    ]);
    expect(kern(parseVerwijzingen('Gelet op artikel 8, eerste lid, aanhef en onderdeel b, artikel 8, tweede lid en artikel 36 van de Participatiewet'))).toEqual([
      { wet: 'participatiewet', artikel: '8', lid: 1, onderdeel: 'b' },
      { wet: 'participatiewet', artikel: '8', lid: 2 },
      { wet: 'participatiewet', artikel: '36' },
    ]);
  });

  it('reads on through square brackets, as a concept or model verordening marks optional articles', () => {
    const vs = parseVerwijzingen('gelet op de artikelen 2.1.3, [artikel 2.1.4 eerste en tweede lid], 2.1.4b tweede lid, [2.1.5 eerste lid,] 2.1.6, [2.1.7,] [2.3.6 vierde lid] en 2.6.6 eerste lid van de Wet maatschappelijke ondersteuning 2015;');
    expect(kern(vs)).toEqual([
      { wet: 'wmo', artikel: '2.1.3' },
      { wet: 'wmo', artikel: '2.1.4', lid: 1 },
      { wet: 'wmo', artikel: '2.1.4', lid: 2 },
      { wet: 'wmo', artikel: '2.1.4b', lid: 2 },
      { wet: 'wmo', artikel: '2.1.5', lid: 1 },
      { wet: 'wmo', artikel: '2.1.6' },
      { wet: 'wmo', artikel: '2.1.7' },
      { wet: 'wmo', artikel: '2.3.6', lid: 4 },
      { wet: 'wmo', artikel: '2.6.6', lid: 1 },
    ]);
    expect(kern(parseVerwijzingen('gelet op de artikelen 2.9, 2.10, 2.12 [en 8.1.1, vierde lid,] van de Jeugdwet;')).map((v) => v.wet)).toEqual(['jeugdwet', 'jeugdwet', 'jeugdwet', 'jeugdwet']);
  });

  it('takes the law from just before the reference ("Participatiewet, art. 8a, lid 1, sub a")', () => {
    expect(kern(parseVerwijzingen('Participatiewet, art. 8a, lid 1, sub a, c en lid 2'))).toEqual([
      { wet: 'participatiewet', artikel: '8a', lid: 1, onderdeel: 'a' },
      { wet: 'participatiewet', artikel: '8a', lid: 1, onderdeel: 'c' },
      { wet: 'participatiewet', artikel: '8a', lid: 2 },
    ]);
  });

  it('leaves other laws and the document itself without a law', () => {
    const vs = parseVerwijzingen(
      'Gelet op artikel 147 van de Gemeentewet en artikel 4:81 Awb. Artikel 3. Begrippen. Zie artikel 2, tweede lid, van deze verordening en artikel 5 van de Wet inburgering.',
    );
    expect(vs.every((v) => v.wet === null)).toBe(true);
    expect(vs.map((v) => v.artikel)).toEqual(['147', '4:81', '3', '2', '5']);
  });

  it('marks a reference that names no law at all, unlike one to another law or to the document itself', () => {
    const [a, b, c] = parseVerwijzingen('De Jeugdwet schrijft in artikel 2.9 voor; artikel 147 van de Gemeentewet; artikel 3 van deze verordening.');
    expect(a).toMatchObject({ wet: null, artikel: '2.9', zonderNaam: true });
    expect(b!.zonderNaam).toBeUndefined();
    expect(c!.zonderNaam).toBeUndefined();
  });

  it('does not read a year, an amount or a date as an article, and does not split "onder andere"', () => {
    expect(kern(parseVerwijzingen('De Wmo 2015 geldt sinds 1 januari 2015; € 19,00 per maand. Artikel 1.1.1 van de Wmo noemt onder andere mantelzorg.'))).toEqual([
      { wet: 'wmo', artikel: '1.1.1' },
    ]);
  });

  it('reads Jeugdwet, Wlz and Zvw references, "1e lid" and "lid 1, 2 en 3"', () => {
    expect(kern(parseVerwijzingen('artikel 2.9, onder c, Jeugdwet; art. 3.2.1 Wlz; artikel 10, 1e lid, Zvw; artikel 2.3.5 lid 1, 2 en 3 Wmo 2015'))).toEqual([
      { wet: 'jeugdwet', artikel: '2.9', onderdeel: 'c' },
      { wet: 'wlz', artikel: '3.2.1' },
      { wet: 'zvw', artikel: '10', lid: 1 },
      { wet: 'wmo', artikel: '2.3.5', lid: 1 },
      { wet: 'wmo', artikel: '2.3.5', lid: 2 },
      { wet: 'wmo', artikel: '2.3.5', lid: 3 },
    ]);
  });

  it('survives hostile input without throwing', () => {
    expect(parseVerwijzingen('')).toEqual([]);
    expect(() => parseVerwijzingen('artikel '.repeat(5000) + '1'.repeat(5000))).not.toThrow();
    expect(() => parseVerwijzingen('art. 1, '.repeat(3000))).not.toThrow();
  });
});

describe('wetUitNaam and verwijzingLabel', () => {
  it('knows the names documents use', () => {
    expect(wetUitNaam('de Participatiewet')).toBe('participatiewet');
    expect(wetUitNaam('WMO 2015')).toBe('wmo');
    expect(wetUitNaam('Wet langdurige zorg')).toBe('wlz');
    expect(wetUitNaam('Gemeentewet')).toBeUndefined();
  });
  it('writes a reference back in words', () => {
    expect(verwijzingLabel({ artikel: '2.1.4', lid: 1, onderdeel: 'b' })).toBe('artikel 2.1.4, eerste lid, onder b');
    expect(verwijzingLabel({ artikel: '8a' })).toBe('artikel 8a');
  });
});
