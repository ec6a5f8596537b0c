/** "Zet de vragen op mijn werkblad" (src/lib/lezen/werkblad.ts): marked with the document, nothing overwritten, still a valid werkblad. */
import { describe, expect, it } from 'vitest';
import { metStukVragen, stukMarkering } from '../../src/lib/lezen/werkblad.ts';
import { lokaalVan } from '../../src/lib/lezen/weergave.ts';
import { leegWerkblad, leesWerkblad, metAntwoord, naarJson } from '../../src/lib/vragen/werkblad.ts';

const nu = new Date('2026-12-06T12:00:00Z');

describe('metStukVragen', () => {
  it('puts each question on the werkblad, marked with the document name in "wanneer", and the result reads back as a werkblad', () => {
    const r = metStukVragen(leegWerkblad(), [{ id: 'wmo-a', vraag: 'Vraag A?' }, { id: 'wmo-b', vraag: 'Vraag B?' }], 'Verordening Wmo 2027.pdf', nu);
    expect(r.toegevoegd).toBe(2);
    expect(r.werkblad.antwoorden['wmo-a']).toEqual({ prioriteit: '', wie: '', hoe: '', wanneer: 'bij behandeling van “Verordening Wmo 2027.pdf”', vraag: 'Vraag A?' });
    const terug = leesWerkblad(JSON.parse(naarJson(r.werkblad)));
    expect(terug.ok && terug.waarde.antwoorden).toEqual(r.werkblad.antwoorden);
  });

  it('leaves an answer the user gave exactly as it was', () => {
    const eigen = { prioriteit: 'hoog' as const, wie: 'griffie', hoe: 'motie', wanneer: 'begroting' };
    const w = metAntwoord(leegWerkblad(), 'wmo-a', eigen, nu);
    const r = metStukVragen(w, [{ id: 'wmo-a', vraag: 'Vraag A?' }, { id: 'wmo-b', vraag: 'Vraag B?' }], 'stuk.docx', nu);
    expect(r).toMatchObject({ toegevoegd: 1, overgeslagen: 1 });
    expect(r.werkblad.antwoorden['wmo-a']).toMatchObject(eigen);
  });

  it('a hostile or very long name is cleaned and capped', () => {
    const m = stukMarkering(`\u202eevil${'x'.repeat(1000)}`);
    expect(m).not.toContain('\u202e');
    expect(m.length).toBeLessThanOrEqual(500);
  });
});

describe('lokaalVan (an editie: the raad\'s earlier choice beside a keuze)', () => {
  const waartussen = [{ optie: 'Geen eigen bijdrage' }, { optie: 'Het wettelijk maximum' }];
  const entry = (data: Record<string, unknown>, optieIndex?: number) =>
    ({ keuze: 'wmo/eigen-bijdrage', file: 'x.yaml', data: { status: 'besloten', volgende: { moment: 'begroting' }, ...data }, ...(optieIndex !== undefined ? { optieIndex } : {}) }) as never;

  it('the chosen option, regeling with article and address, and the besluit date', () => {
    const r = lokaalVan(entry({ besluit: new Date('2025-11-06T00:00:00Z'), regeling: { titel: 'Verordening Wmo 2025', artikel: 12, url: 'https://lokaleregelgeving.overheid.nl/CVDR1' } }, 1), waartussen, 'Voorbeeldgemeente');
    expect(r).toEqual({ gemeente: 'Voorbeeldgemeente', keuze: 'Het wettelijk maximum', status: 'besloten', regeling: { titel: 'Verordening Wmo 2025', artikel: '12', url: 'https://lokaleregelgeving.overheid.nl/CVDR1' }, besluit: '2025-11-06' });
  });

  it('the gemeente\'s own words when no option fits; the status in words', () => {
    expect(lokaalVan(entry({ status: 'in-voorbereiding', eigen: 'Een vast bedrag per huishouden' }), waartussen, 'X')).toEqual({ gemeente: 'X', keuze: 'Een vast bedrag per huishouden', status: 'in voorbereiding' });
  });
});
