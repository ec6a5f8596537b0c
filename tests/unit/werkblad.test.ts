/**
 * The werkblad of /vragen/: the record, its JSON and CSV files, and storage.
 * Every kind of bad file gives a Dutch message and no werkblad; nothing typed
 * is lost to a bad stored record or a full quota.
 */
import { describe, expect, it } from 'vitest';
import {
  CSV_KOP,
  FORMAAT,
  leesBestand,
  leesWerkblad,
  leegWerkblad,
  MAX_BESTAND,
  MAX_TEKST,
  metAntwoord,
  naarCsv,
  naarJson,
  parseCsv,
  splits,
  VERSIE,
  veranderingen,
  voegSamen,
  type Werkblad,
} from '../../src/lib/vragen/werkblad.ts';
import { bewaar, KAPOT_SLEUTEL, lees, metStandaard, SLEUTEL, type Opslag } from '../../src/lib/vragen/opslag.ts';

const nu = new Date('2026-11-30T12:00:00Z');
const vragen = [
  { id: 'eigen-bijdrage-drempel', vraag: 'Houdt de eigen bijdrage mensen weg?' },
  { id: 'wachten-op-wlz', vraag: 'Wie helpt wie wacht op de Wlz; "echt"?' },
];

function voorbeeld(): Werkblad {
  let w = leegWerkblad();
  w = metAntwoord(w, 'eigen-bijdrage-drempel', { prioriteit: 'hoog', wie: 'raad', hoe: 'motie; met "steun"', wanneer: 'begroting' }, nu);
  w = metAntwoord(w, 'wachten-op-wlz', { prioriteit: '', wie: 'griffie', hoe: '=SOM(A1)', wanneer: '2027-03-15' }, nu);
  w = metAntwoord(w, 'oude-vraag', { prioriteit: 'laag', wie: 'college', hoe: '', wanneer: '', vraag: 'Een vraag die is hernoemd' }, nu);
  return w;
}

const fout = (r: ReturnType<typeof leesBestand>) => (r.ok ? '(geen fout)' : r.melding);

describe('werkblad record', () => {
  it('an empty answer removes the question from the record', () => {
    const w = metAntwoord(voorbeeld(), 'oude-vraag', { prioriteit: '', wie: ' ', hoe: '', wanneer: '' }, nu);
    expect(Object.keys(w.antwoorden)).toEqual(['eigen-bijdrage-drempel', 'wachten-op-wlz']);
  });

  it('keeps answers to questions that no longer exist, apart', () => {
    expect(splits(voorbeeld(), vragen.map((v) => v.id))).toEqual({ bekend: ['eigen-bijdrage-drempel', 'wachten-op-wlz'], verweesd: ['oude-vraag'] });
  });

  it('lists what an import would overwrite, and merges without losing other answers', () => {
    const huidig = voorbeeld();
    const nieuw = metAntwoord(leegWerkblad(), 'eigen-bijdrage-drempel', { prioriteit: 'laag', wie: 'raad', hoe: 'motie; met "steun"', wanneer: 'begroting' }, nu);
    const extra = metAntwoord(nieuw, 'nieuwe-vraag', { prioriteit: 'middel', wie: '', hoe: '', wanneer: '' }, nu);
    expect(veranderingen(huidig, extra).map((v) => [v.id, v.oud.prioriteit, v.nieuw.prioriteit])).toEqual([['eigen-bijdrage-drempel', 'hoog', 'laag']]);
    const samen = voegSamen(huidig, extra, nu);
    expect(Object.keys(samen.antwoorden).sort()).toEqual(['eigen-bijdrage-drempel', 'nieuwe-vraag', 'oude-vraag', 'wachten-op-wlz']);
    expect(samen.antwoorden['eigen-bijdrage-drempel']!.prioriteit).toBe('laag');
    expect(veranderingen(huidig, huidig)).toEqual([]);
  });
});

describe('export and import round trip', () => {
  it('JSON: the full record with format and version, read back the same', () => {
    const w = voorbeeld();
    const json = naarJson(w);
    expect(JSON.parse(json)).toMatchObject({ formaat: FORMAAT, versie: VERSIE });
    const r = leesBestand(json);
    expect(r.ok && r.waarde).toEqual(w);
  });

  it('CSV for Dutch Excel: BOM, semicolons, CRLF, formula cells defused; read back the same answers', () => {
    const w = voorbeeld();
    const csv = naarCsv(w, vragen);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const regels = csv.split('\r\n');
    expect(regels[0]).toBe(`\ufeff${CSV_KOP}`);
    expect(regels[1]).toBe('vraag-id;vraag;wet;aspect;moment;prioriteit;wie;hoe;wanneer');
    expect(regels[2]).toBe('eigen-bijdrage-drempel;Houdt de eigen bijdrage mensen weg?;;;;hoog;raad;"motie; met ""steun""";begroting');
    expect(csv).toContain(";'=SOM(A1);");
    expect(regels[4]).toMatch(/^oude-vraag;Een vraag die is hernoemd;;;;laag;college;;$/);
    const r = leesBestand(csv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const id of Object.keys(w.antwoorden)) {
      const { vraag: _a, ...terug } = r.waarde.antwoorden[id]!;
      const { vraag: _b, ...was } = w.antwoorden[id]!;
      expect(terug, id).toEqual(was);
    }
    expect(r.waarde.antwoorden['oude-vraag']!.vraag).toBe('Een vraag die is hernoemd');
  });

  it('CSV saved again by Excel (trailing separators, commas, no BOM) still reads', () => {
    const csv = `${CSV_KOP},,,,,\r\nvraag-id,vraag,prioriteit,wie,hoe,wanneer\r\nwachten-op-wlz,"Wie, wat?",Middel,raad,motie,inkoop\r\n,,,,,\r\n`;
    const r = leesBestand(csv);
    expect(r.ok && r.waarde.antwoorden['wachten-op-wlz']).toMatchObject({ prioriteit: 'middel', wie: 'raad', hoe: 'motie', wanneer: 'inkoop' });
    const puntkomma = `${CSV_KOP};;;;;\nvraag-id;vraag;prioriteit;wie;hoe;wanneer;\nwachten-op-wlz;x;;raad;;;\n`;
    expect(leesBestand(puntkomma).ok).toBe(true);
  });

  it('parses quoted cells with separators and newlines', () => {
    expect(parseCsv('a;"b;c"\r\n"d\ne";""""\n')).toEqual([['a', 'b;c'], ['d\ne', '"']]);
    expect(parseCsv('a;"b')).toBeUndefined();
  });
});

describe('bad files: a Dutch message, no werkblad', () => {
  const json = (o: unknown) => JSON.stringify(o);
  const cases: [string, string, RegExp][] = [
    ['empty file', '   \n', /leeg/],
    ['not JSON nor CSV: plain text', 'Boodschappen: melk, brood', /geen werkblad van de staalkaart/],
    ['binary junk', '\u0000\u0001PK\u0003\u0004', /geen werkblad/],
    ['a workbook (xlsx, ods: a zip file)', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', /spreadsheetbestand .*Sla het in Excel of LibreOffice op als CSV/],
    ['an old Excel workbook (xls)', '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', /spreadsheetbestand/],
    ['damaged JSON', '{"formaat": "staalkaart-vragen", "versie": 1, "antwoorden": {', /geen geldige JSON/],
    ['JSON of another program', json({ name: 'x', items: [] }), /geen werkblad/],
    ['JSON array', json([1, 2, 3]), /geen werkblad/],
    ['JSON null', 'null', /geen werkblad/],
    ['newer version', json({ formaat: FORMAAT, versie: 2, antwoorden: {} }), /nieuwere versie/],
    ['unknown version', json({ formaat: FORMAAT, versie: 'een', antwoorden: {} }), /onbekende versie/],
    ['no answers', json({ formaat: FORMAAT, versie: 1 }), /de antwoorden ontbreken/],
    ['answers as a list', json({ formaat: FORMAAT, versie: 1, antwoorden: [] }), /de antwoorden ontbreken/],
    ['an answer that is not an object', json({ formaat: FORMAAT, versie: 1, antwoorden: { 'a-b': 'hoog' } }), /onleesbaar/],
    ['a hostile question id', json({ formaat: FORMAAT, versie: 1, antwoorden: { '<img src=x onerror=alert(1)>': { wie: 'x' } } }), /is geen vraag/],
    ['__proto__ as a question id', '{"formaat":"staalkaart-vragen","versie":1,"antwoorden":{"__proto__":{"wie":"x"}}}', /is geen vraag/],
    ['too many answers', json({ formaat: FORMAAT, versie: 1, antwoorden: Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`v-${i}`, { wie: 'x' }])) }), /te veel antwoorden/],
    ['CSV of another program', 'naam;adres\r\nJan;Dorpsstraat 1\r\n', /geen werkblad/],
    ['CSV of an unknown version', '# staalkaart-vragen versie 9\r\nvraag-id;vraag;prioriteit;wie;hoe;wanneer\r\n', /onbekende versie/],
    ['a spreadsheet of something else, with a vraag-id column', 'vraag-id;naam\r\n1;Jan\r\n', /mist kolommen: prioriteit, wie, hoe, wanneer/],
    ['CSV without the columns', `${CSV_KOP}\r\nvraag-id;wie\r\na;b\r\n`, /mist kolommen/],
    ['CSV with an open quote', `${CSV_KOP}\r\nvraag-id;vraag;prioriteit;wie;hoe;wanneer\r\na;"b;;;;\r\n`, /niet gesloten/],
    ['CSV with a bad priority', `${CSV_KOP}\r\nvraag-id;vraag;prioriteit;wie;hoe;wanneer\r\na;b;urgent;;;\r\n`, /Kies hoog, middel of laag/],
    ['CSV with a hostile id', `${CSV_KOP}\r\nvraag-id;vraag;prioriteit;wie;hoe;wanneer\r\n../../etc;b;;;;\r\n`, /is geen vraag/],
  ];
  for (const [naam, tekst, melding] of cases) {
    it(naam, () => {
      const r = leesBestand(tekst);
      expect(r.ok).toBe(false);
      expect(fout(r)).toMatch(melding);
    });
  }

  it('a huge file, by its size, before it is read', () => {
    expect(fout(leesBestand('', MAX_BESTAND + 1))).toMatch(/te groot/);
    expect(fout(leesBestand(`${' '.repeat(MAX_BESTAND)}{}`))).toMatch(/te groot/);
  });

  it('hostile strings in answers are kept as text: control and bidi characters removed, length capped', () => {
    const raar = `<script>alert(1)</script>\u202e\u0007${'x'.repeat(2 * MAX_TEKST)}`;
    const r = leesWerkblad({ formaat: FORMAAT, versie: 1, antwoorden: { a: { wie: raar, prioriteit: 'HOOG', extra: { diep: true } } } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.waarde.antwoorden.a!;
    expect(a.wie.startsWith('<script>alert(1)</script>x')).toBe(true);
    expect(a.wie).toHaveLength(MAX_TEKST);
    expect(a.prioriteit).toBe('hoog');
    expect(a).not.toHaveProperty('extra');
  });
});

class FakeOpslag implements Opslag {
  data = new Map<string, string>();
  vol = false;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.vol) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, v);
  }
}

describe('storage', () => {
  it('stores and reads back the same werkblad', () => {
    const o = new FakeOpslag();
    expect(lees(o)).toEqual({ werkblad: leegWerkblad(), opgeslagen: false });
    expect(bewaar(o, voorbeeld())).toEqual({ ok: true });
    expect(lees(o)).toEqual({ werkblad: voorbeeld(), opgeslagen: true });
  });

  it('a full quota reports it and leaves the last stored record as it was', () => {
    const o = new FakeOpslag();
    bewaar(o, voorbeeld());
    o.vol = true;
    const r = bewaar(o, metAntwoord(voorbeeld(), 'x', { prioriteit: 'hoog', wie: '', hoe: '', wanneer: '' }, nu));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.melding).toMatch(/opslag van deze browser is vol.*Bewaar ze nu als bestand/);
    expect(lees(o).werkblad).toEqual(voorbeeld());
  });

  it('no storage at all: an empty werkblad and a message, never an exception', () => {
    expect(lees(undefined).melding).toMatch(/staat opslaan niet toe/);
    expect(bewaar(undefined, voorbeeld()).ok).toBe(false);
  });

  it('an unreadable stored record is copied aside before anything overwrites it', () => {
    for (const ruw of ['{kapot', JSON.stringify({ formaat: FORMAAT, versie: 7, antwoorden: {} })]) {
      const o = new FakeOpslag();
      o.data.set(SLEUTEL, ruw);
      const r = lees(o);
      expect(r.werkblad).toEqual(leegWerkblad());
      expect(r.melding).toMatch(/konden niet worden gelezen.*apart bewaard/);
      bewaar(o, voorbeeld());
      expect(o.data.get(KAPOT_SLEUTEL)).toBe(ruw);
    }
  });

  it("a gemeente's defaults fill the werkblad until this browser stores its own", () => {
    const standaard = metAntwoord(leegWerkblad(), 'wachten-op-wlz', { prioriteit: 'hoog', wie: 'college', hoe: '', wanneer: '' }, nu);
    const o = new FakeOpslag();
    expect(metStandaard(lees(o), standaard).antwoorden['wachten-op-wlz']!.wie).toBe('college');
    bewaar(o, leegWerkblad());
    expect(metStandaard(lees(o), standaard).antwoorden).toEqual({});
    expect(metStandaard(lees(o), undefined).antwoorden).toEqual({});
  });
});

describe('search records of the questions', async () => {
  const { vraagRecord, searchRecords } = await import('../../src/lib/search/records.ts');
  const { loadGraph } = await import('../helpers/content.ts');
  const { contentWith } = await import('../helpers/fixtures.ts');
  const dir = contentWith();
  const g = loadGraph(dir, dir);

  it('every question is a record at its anchor on /vragen/, typed "vraag", filtered by every wet it touches', () => {
    const r = vraagRecord(g, g.vragen.find((v) => v.id === 'wachten-op-wlz')!);
    expect(r).toMatchObject({ url: '/vragen/#wachten-op-wlz', type: 'vraag', title: 'Wie helpt iemand die wacht op een Wlz-indicatie?' });
    expect(r.filters.wet.sort()).toEqual(['Wlz', 'Wmo']);
    expect(r.content).toContain('Risico: Iemand valt tussen wal en schip.');
    // A question with no text of its own names its keuzes, so that its excerpt says something (records.ts).
    const viaKeuze = vraagRecord(g, g.vragen.find((v) => v.id === 'eigen-bijdrage-drempel')!);
    expect(viaKeuze.content).toContain('Zie de keuze: Eigen bijdrage.');
    expect(searchRecords(g).filter((x) => x.type === 'vraag')).toHaveLength(g.vragen.length);
  });
});
