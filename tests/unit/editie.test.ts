/**
 * Onze gemeente: the "Wat koos uw gemeente?" guidance (derived from content,
 * link format tested offline), the editie's check and derived
 * views (kaart layer, /gemeente/ order, pre-filled answers), and the
 * Voorbeeldgemeente fixture.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphFromDir, ContentError } from '../../src/lib/content/check.ts';
import { MOMENTEN } from '../../src/lib/content/constants.ts';
import { loadEditie } from '../../src/lib/editie/load.ts';
import { distVoor, editieUitOmgeving } from '../../src/lib/editie/omgeving.ts';
import { lokaleDocumenten, wegwijzer, zoektermen, OP_LOKALE_REGELGEVING } from '../../src/lib/lokaal/zoeken.ts';
import { lokaleRegelgevingUrl } from '../../src/lib/links.ts';
import { onzeKeuzesLaag, overzicht, startWerkblad } from '../../src/lib/editie/status.ts';
import { leesWerkblad } from '../../src/lib/vragen/werkblad.ts';
import { lees, metStandaard, type Opslag } from '../../src/lib/vragen/opslag.ts';
import { wettelijkMaximum } from '../../src/lib/editie/maxima.ts';
import type { Keuze, Vraag } from '../../src/lib/content/schema.ts';
import { contentWith } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const g = graphFromDir(join(ROOT, 'content'), ROOT);
const keuzeMap = new Map(g.keuzes.map((k) => [k.id, k.data]));
const nationaal = { keuzes: keuzeMap, feiten: g.feitMap };
const keuze = (id: string) => g.keuzes.find((k) => k.id === id)!;
const wet = (id: string) => g.wetten.find((w) => w.id === id)!.data;
const voorbeeld = loadEditie(join(ROOT, 'content'), 'voorbeeldgemeente', nationaal, ROOT);

describe('the search link on lokaleregelgeving.overheid.nl', () => {
  it('uses the site’s search page with the words as tekst and the gemeente as gemeenten', () => {
    const url = new URL(lokaleRegelgevingUrl(['eigen bijdrage', 'maatschappelijke ondersteuning'], 'Súdwest-Fryslân & Co'));
    expect(url.origin).toBe('https://lokaleregelgeving.overheid.nl');
    expect(url.pathname).toBe('/ZoekResultaat');
    expect([...url.searchParams.keys()]).toEqual(['tekst', 'gemeenten']);
    expect(url.searchParams.get('tekst')).toBe('eigen bijdrage maatschappelijke ondersteuning');
    expect(url.searchParams.get('gemeenten')).toBe('Súdwest-Fryslân & Co');
    expect(url.href).not.toMatch(/[ &]Co/);
  });

  it('leaves the gemeente out on the national site', () => {
    expect(lokaleRegelgevingUrl(['pgb'])).toBe('https://lokaleregelgeving.overheid.nl/ZoekResultaat?tekst=pgb');
  });
});

describe('Wat koos uw gemeente? is derived from content fields', () => {
  it('takes the document from the instruments when a keuze has no lokaal field', () => {
    const k = keuze('wmo/inkoop-en-bekostiging').data;
    expect(k.lokaal?.document).toBeUndefined();
    expect(lokaleDocumenten(k)).toEqual(['verordening', 'inkoopdocument', 'begroting', 'gemeenschappelijke-regeling']);
    expect(lokaleDocumenten({ ...keuze('wlz/toegang-ciz').data })).toEqual([]);
  });

  it('prefers the keuze’s own lokaal field, and its zoektermen', () => {
    const k: Keuze = { ...keuze('wmo/eigen-bijdrage').data, lokaal: { document: ['beleidsregels'], zoektermen: ['abonnementstarief'] } };
    expect(lokaleDocumenten(k)).toEqual(['beleidsregels']);
    expect(zoektermen(k)).toEqual(['abonnementstarief']);
  });

  it('searches with the onderwerp, without its explanation', () => {
    expect(zoektermen({ ...keuze('jeugdwet/jeugdplan').data, lokaal: undefined })).toEqual(['jeugdplan']);
    expect(zoektermen({ ...keuze('jeugdwet/reikwijdte').data, lokaal: undefined })).toEqual(['reikwijdte']);
  });

  it('gives every keuze with a verordening or beleidsregels a search link, and a keuze without local room none', () => {
    for (const k of g.keuzes) {
      const w = wegwijzer(k.data, wet(k.id.split('/')[0]!));
      const opSite = w.documenten.some((d) => OP_LOKALE_REGELGEVING.includes(d));
      expect(Boolean(w.zoeklink), k.id).toBe(opSite);
      if (w.zoeklink) expect(w.zoeklink.termen.join(' ').length, k.id).toBeGreaterThan(2);
    }
    expect(wegwijzer(keuze('wlz/toegang-ciz').data, wet('wlz'))).toMatchObject({ documenten: [], zoeklink: undefined, cijfers: false });
  });

  it('points to waarstaatjegemeente.nl for the gemeentelijke wetten only', () => {
    expect(wegwijzer(keuze('wmo/eigen-bijdrage').data, wet('wmo')).cijfers).toBe(true);
    expect(wegwijzer(keuze('zvw/pakket-en-eigen-risico').data, wet('zvw')).cijfers).toBe(false);
  });
});

describe('Voorbeeldgemeente', () => {
  const ids = [...voorbeeld.keuzes.keys()];
  it('is fictional and has choices on at least 20 keuzes across all five wetten, regional ones included', () => {
    expect(voorbeeld.gemeente.fictief).toBe(true);
    const metKeuze = ids.filter((id) => keuzeMap.get(id)!.beleidsruimte !== 'geen');
    expect(metKeuze.length).toBeGreaterThanOrEqual(20);
    expect(new Set(metKeuze.map((id) => id.split('/')[0]))).toEqual(new Set(['wmo', 'jeugdwet', 'participatiewet', 'wlz', 'zvw']));
    expect(metKeuze.filter((id) => keuzeMap.get(id)!.regionaal).length).toBeGreaterThanOrEqual(3);
  });

  it('resolves options given as a number or as the start of the text', () => {
    expect(voorbeeld.keuzes.get('wmo/eigen-bijdrage')!.optieIndex).toBe(1);
    expect(voorbeeld.keuzes.get('wmo/mantelzorgwaardering')!.optieIndex).toBe(2);
  });

  it('keeps its eigen bijdrage within the one legal maximum', () => {
    expect(voorbeeld.keuzes.get('wmo/eigen-bijdrage')!.data.bedrag).toBeLessThanOrEqual(wettelijkMaximum(g.feitMap, 'wmo/eigen-bijdrage')!.bedrag);
  });
});

describe('derived views of an editie', () => {
  it('the layer Onze keuzes: a status for every keuze', () => {
    const laag = onzeKeuzesLaag(voorbeeld, g.keuzes);
    expect(laag.size).toBe(g.keuzes.length);
    expect(laag.get('wmo/eigen-bijdrage')).toBe('besloten');
    expect(laag.get('wmo/inkoop-en-bekostiging')).toBe('bezig');
    expect(laag.get('wmo/toegang')).toBe('open');
    expect(laag.get('wlz/toegang-ciz')).toBe('geen');
    // An entry on a keuze without room stays "geen lokale ruimte".
    expect(laag.get('wlz/zorgkantoor-inkoop')).toBe('geen');
  });

  it('/gemeente/ order: dated moments first, then undated moments in the order of the cycle, then open, then no room', () => {
    const rows = overzicht(voorbeeld, g.keuzes);
    expect(rows).toHaveLength(g.keuzes.length);
    const groep = (r: (typeof rows)[number]) => (r.status === 'geen' ? 4 : !r.entry ? 3 : r.entry.data.volgende.datum ? 1 : 2);
    const groepen = rows.map(groep);
    expect(groepen).toEqual([...groepen].sort((a, b) => a - b));
    const dated = rows.filter((r) => groep(r) === 1).map((r) => r.entry!.data.volgende.datum!.getTime());
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    const undated = rows.filter((r) => groep(r) === 2).map((r) => MOMENTEN.indexOf(r.entry!.data.volgende.moment!));
    expect(undated).toEqual([...undated].sort((a, b) => a - b));
    expect(rows[0]!.entry!.data.volgende.datum!.toISOString().slice(0, 10)).toBe('2026-11-12');
  });

  it('starting answers for the werkblad: what the gemeente chose and when the raad can act next, as a werkblad file', () => {
    const vraag = (id: string, keuzes: string[]): { id: string; data: Vraag } => ({
      id,
      data: { vraag: `Vraag ${id}?`, aspect: 'financien', wetten: ['wmo'], momenten: ['verordening'], keuzes, scheidslijnen: [], volgorde: 1, bronnen: [] },
    });
    const vragen = [vraag('sturing/eigen-bijdrage', ['wmo/eigen-bijdrage', 'wmo/toegang']), vraag('sturing/niets', ['wmo/toegang'])];
    expect(voorbeeld.keuzes.has('wmo/toegang')).toBe(false);
    const w = startWerkblad(voorbeeld, g.keuzes, vragen);
    const keuze = g.keuze('wmo/eigen-bijdrage')!.data;
    const entry = voorbeeld.keuzes.get('wmo/eigen-bijdrage')!;
    // Only questions about a keuze the gemeente recorded get a starting answer.
    expect(Object.keys(w.antwoorden)).toEqual(['sturing/eigen-bijdrage']);
    const a = w.antwoorden['sturing/eigen-bijdrage']!;
    expect(a.hoe).toBe(`Voorbeeldgemeente: besloten: ${keuze.waartussen[entry.optieIndex!]!.optie}`.replace(/([^.])$/, '$1.'));
    expect(a.wanneer).toMatch(/^[a-z].*\d{4}$/);
    expect([a.prioriteit, a.wie]).toEqual(['', '']);
    expect(a.vraag).toBe('Vraag sturing/eigen-bijdrage?');
    // Every starting answer of the Voorbeeldgemeente is whole: a full sentence within the field's limit, never cut off.
    const alle = Object.values(startWerkblad(voorbeeld, g.keuzes, g.vragen).antwoorden);
    expect(alle.length).toBeGreaterThan(10);
    for (const x of alle) expect(x.hoe).toMatch(/^Voorbeeldgemeente: .*\.$/s);
    expect(alle.some((x) => x.hoe.includes(' — '))).toBe(true);
    // The record is a werkblad file: the same check as a file the user opens accepts it unchanged.
    const gelezen = leesWerkblad(JSON.parse(JSON.stringify(w)));
    expect(gelezen).toEqual({ ok: true, waarde: w });
    // It fills an empty browser, never one where the user has typed.
    const leeg: Opslag = { getItem: () => null, setItem: () => {} };
    expect(metStandaard(lees(leeg), w).antwoorden['sturing/eigen-bijdrage']).toEqual(a);
    const eigen = JSON.stringify({ ...w, antwoorden: { 'sturing/eigen-bijdrage': { prioriteit: 'hoog', wie: 'raad', hoe: 'motie', wanneer: '' } } });
    const getypt: Opslag = { getItem: () => eigen, setItem: () => {} };
    expect(metStandaard(lees(getypt), w).antwoorden['sturing/eigen-bijdrage']!.hoe).toBe('motie');
  });
});

describe('building an editie', () => {
  it('takes EDITIE from the environment and builds it into its own folder', () => {
    expect(editieUitOmgeving({})).toBeUndefined();
    expect(editieUitOmgeving({ EDITIE: ' ' })).toBeUndefined();
    expect(editieUitOmgeving({ EDITIE: 'voorbeeldgemeente' })).toBe('voorbeeldgemeente');
    // The old name stops with the new one instead of quietly building the national site.
    expect(() => editieUitOmgeving({ GEMEENTE: 'voorbeeldgemeente' })).toThrow('GEMEENTE heet nu EDITIE: bouw met EDITIE=voorbeeldgemeente');
    expect(distVoor(undefined)).toBe('dist');
    expect(distVoor('voorbeeldgemeente')).toBe('dist-voorbeeldgemeente');
  });

  it('refuses an unknown gemeente, naming the folder and the gemeenten it knows', () => {
    const dir = contentWith();
    const fixture = graphFromDir(dir, dir);
    let error: unknown;
    try {
      loadEditie(dir, 'nergenshuizen', { keuzes: new Map(fixture.keuzes.map((k) => [k.id, k.data])), feiten: fixture.feitMap }, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain('edities/nergenshuizen: veld "EDITIE": verwacht een map content/edities/nergenshuizen/ met gemeente.yaml (bekende gemeenten: testgemeente)');
  });
});
