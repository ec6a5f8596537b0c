/**
 * The griffie command (scripts/griffie-lees.ts) end to end on a copy of content/, and the pieces it is built from:
 * text from CVDR XML and HTML, the draft entries, the content check's stop on a draft, bad input.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEditie } from '../../src/lib/editie/check.ts';
import { loadContentDir } from '../../src/lib/content/check.ts';
import { artikelNummer, besluitDatum } from '../../src/lib/lezen/concept.ts';
import { cvdrUrl, tekstUitMarkup } from '../../src/lib/lezen/markup.ts';

const XML = 'tests/fixtures/lezen/bestanden/moerdijk-tegenprestatie-2015.xml';
let tmp: string;
let content: string;

/** Runs the command with the Node that runs the tests (Node 24), in the repository. */
function griffie(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/griffie-lees.ts', '--content', content, ...args], { encoding: 'utf8' });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'griffie-'));
  content = join(tmp, 'content');
  cpSync('content', content, { recursive: true });
  // A gemeente that exists, with one checked entry, so the command must leave it alone.
  cpSync(join(content, 'edities', 'voorbeeldgemeente'), join(content, 'edities', 'moerdijk'), { recursive: true });
  writeFileSync(
    join(content, 'edities', 'moerdijk', 'gemeente.yaml'),
    readFileSync(join(content, 'edities', 'voorbeeldgemeente', 'gemeente.yaml'), 'utf8').replace(/^naam: .*$/m, 'naam: Moerdijk').replace(/^cbs: .*$/m, 'cbs: GM1709').replace(/^fictief: .*$/m, 'fictief: false'),
  );
  rmSync(join(content, 'edities', 'moerdijk', 'keuzes', 'participatiewet', 'tegenprestatie.yaml'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('text from a published regulation', () => {
  it('reads CVDR XML: one line per block, headings whole, list numbers on their line, title and address', () => {
    const r = tekstUitMarkup(readFileSync(XML, 'utf8'));
    const regels = r.tekst.split('\n');
    expect(regels).toContain('Artikel 1. Begrippen');
    expect(regels).toContain('Gelet op artikel 8a, eerste lid, onderdeel b, van de Participatiewet;');
    expect(regels.find((l) => l.startsWith('b. Tegenprestatie:'))).toBeDefined();
    expect(r.tekst).not.toContain('li.nr');
    expect(r.titel).toBe('Verordening tegenprestatie Participatiewet 2015 gemeente Moerdijk');
    expect(cvdrUrl(r.cvdr!)).toBe('https://lokaleregelgeving.overheid.nl/CVDR350723/1');
  });

  it('reads HTML without scripts, styles or navigation, with entities decoded', () => {
    const r = tekstUitMarkup(
      '<!doctype html><html><head><title>Verordening Testdorp</title><style>p{}</style></head><body><nav>Menu</nav><h2>Artikel 4 Mantelzorg&shy;waardering</h2><p>Het college draagt zorg voor een jaarlijkse blijk van waardering voor de mantelzorgers&nbsp;van cli&euml;nten.</p><script>alert(1)</script></body></html>',
    );
    expect(r.titel).toBe('Verordening Testdorp');
    expect(r.tekst).not.toMatch(/Menu|alert|p\{\}/);
    expect(r.tekst.split('\n')[0]).toMatch(/^Artikel 4 Mantelzorg/);
    expect(r.tekst).toContain('mantelzorgers van');
  });

  it('finds the date of adoption and the document\'s own article number', () => {
    expect(besluitDatum('Aldus vastgesteld in de openbare raadsvergadering van 12 december 2024.')).toBe('2024-12-12');
    expect(besluitDatum('vastgesteld d.d. 3-7-2023')).toBe('2023-07-03');
    expect(besluitDatum('vastgesteld op 31 februarius 2024')).toBeUndefined();
    expect(artikelNummer('Artikel 2.1 Algemeen')).toBe('2.1');
    expect(artikelNummer('aanhef')).toBeUndefined();
  });
});

describe('npm run griffie:lees', () => {
  it('writes drafts marked concept, with regeling, artikel and address, and prints the items found and not found', () => {
    const r = griffie('--gemeente', 'moerdijk', XML);
    expect(r.fout).toBe('');
    expect(r.code).toBe(0);
    expect(r.uit).toContain('gevonden      moet Tegenprestatie (artikel 8a, eerste lid, onder b)');
    expect(r.uit).toContain('niet gevonden moet Beschut werk');
    expect(r.uit).toContain('niet gevonden = de woorden staan er niet in');
    const pad = join(content, 'edities', 'moerdijk', 'keuzes', 'participatiewet', 'tegenprestatie.yaml');
    const tekst = readFileSync(pad, 'utf8');
    expect(tekst).toMatch(/^# CONCEPT van npm run griffie:lees/);
    const d = parseYaml(tekst);
    expect(d.concept).toBe(true);
    // Artikel 3 "Opdragen van een tegenprestatie" regulates it; artikel 1 only defines the word (begrippen).
    expect(d.regeling).toEqual({ titel: 'Verordening tegenprestatie Participatiewet 2015 gemeente Moerdijk', artikel: '3', url: 'https://lokaleregelgeving.overheid.nl/CVDR350723/1' });
  });

  it('makes the content check stop on every draft, naming the file, until a person removes "concept: true"', () => {
    const nationaal = loadContentDir('content');
    const keuzes = { keuzes: new Map(nationaal.keuzes.map((k) => [k.id, k.data])), feiten: new Map(nationaal.feiten.map((f) => [f.id, f.data])) };
    const map = join(content, 'edities', 'moerdijk');
    const voor = checkEditie(map, keuzes, tmp).problems;
    expect(voor.find((p) => p.field === 'concept' && p.file.endsWith('participatiewet/tegenprestatie.yaml'))).toBeDefined();
    // The person checks it: a verordening in preparation, no option chosen yet.
    const pad = join(map, 'keuzes', 'participatiewet', 'tegenprestatie.yaml');
    writeFileSync(pad, readFileSync(pad, 'utf8').replace(/^concept: true\n/m, '').replace(/^status: besloten$/m, 'status: in-voorbereiding'));
    const na = checkEditie(map, keuzes, tmp).problems.filter((p) => p.file.endsWith('participatiewet/tegenprestatie.yaml'));
    expect(na).toEqual([]);
  });

  it('never overwrites a checked entry, and replaces a draft only with --overschrijven', () => {
    const gecontroleerd = join(content, 'edities', 'moerdijk', 'keuzes', 'participatiewet', 'tegenprestatie.yaml');
    const voor = readFileSync(gecontroleerd, 'utf8');
    const r = griffie('--gemeente', 'moerdijk', '--overschrijven', XML);
    expect(r.code).toBe(0);
    expect(r.uit).toContain('gecontroleerd; blijft staan');
    expect(readFileSync(gecontroleerd, 'utf8')).toBe(voor);
    const tekst = join(tmp, 'testdorp.txt');
    writeFileSync(tekst, 'Verordening maatschappelijke ondersteuning Testdorp\nArtikel 4 Mantelzorgwaardering\nHet college draagt zorg voor een jaarlijkse blijk van waardering voor de mantelzorgers.\nAldus vastgesteld in de openbare raadsvergadering van 12 december 2024.\n');
    expect(griffie('--gemeente', 'testdorp', '--url', 'https://example.org/testdorp', tekst).code).toBe(0);
    const concept = join(content, 'edities', 'testdorp', 'keuzes', 'wmo', 'mantelzorgwaardering.yaml');
    expect(parseYaml(readFileSync(concept, 'utf8'))).toMatchObject({ concept: true, besluit: '2024-12-12', regeling: { artikel: '4' } });
    writeFileSync(concept, readFileSync(concept, 'utf8').replace('12 december', 'x'));
    expect(griffie('--gemeente', 'testdorp', '--url', 'https://example.org/testdorp', tekst).uit).toContain('--overschrijven vervangt het');
    expect(griffie('--gemeente', 'testdorp', '--url', 'https://example.org/testdorp', '--overschrijven', tekst).code).toBe(0);
    expect(existsSync(concept)).toBe(true);
  });

  it('prints the items of each law of a verordening made under several laws, and says in each draft which part it belongs to', () => {
    const tekst = join(tmp, 'sociaal-domein.txt');
    writeFileSync(
      tekst,
      'Verordening sociaal domein Samendorp 2026\n\nDe raad van de gemeente Samendorp;\n\ngelet op artikel 2.9 van de Jeugdwet; gelet op artikel 2.1.6 van de Wet maatschappelijke ondersteuning 2015;\n\nbesluit vast te stellen de volgende verordening.\n\nArtikel 4 Mantelzorgwaardering\nHet college draagt zorg voor een jaarlijkse blijk van waardering voor de mantelzorgers.\n',
    );
    const r = griffie('--gemeente', 'samendorp', '--url', 'https://example.org/samendorp', tekst);
    expect(r.code).toBe(0);
    expect(r.uit).toMatch(/Wet: (?:Wet maatschappelijke ondersteuning 2015 en Jeugdwet|Jeugdwet en Wet maatschappelijke ondersteuning 2015) \(één verordening voor 2 wetten\)/);
    expect(r.uit).toContain('Wat de Jeugdwet de verordening laat regelen');
    expect(r.uit).toContain('Wat de Wet maatschappelijke ondersteuning 2015 de verordening laat regelen');
    expect(r.uit).toContain('gevonden      moet Jaarlijkse waardering van mantelzorgers (artikel 2.1.6)');
    const map = join(content, 'edities', 'samendorp', 'keuzes');
    expect(readFileSync(join(map, 'wmo', 'mantelzorgwaardering.yaml'), 'utf8')).toContain('deze keuze hoort bij het deel Wet maatschappelijke ondersteuning 2015.');
    expect(readFileSync(join(map, 'jeugdwet', 'verordening-jeugdhulp.yaml'), 'utf8')).toContain('deze keuze hoort bij het deel Jeugdwet.');
  });

  it('refuses bad input with a clear Dutch message and writes nothing', () => {
    const leeg = join(tmp, 'leeg.txt');
    writeFileSync(leeg, '');
    const pdf = join(tmp, 'stuk.pdf');
    writeFileSync(pdf, '%PDF-1.7\n%\u00e2\u00e3');
    const binair = join(tmp, 'stuk.bin');
    writeFileSync(binair, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 10]));
    const tekst = join(tmp, 'kort.txt');
    writeFileSync(tekst, 'Artikel 1\nHet college waardeert mantelzorgers elk jaar met een bon.\n');
    const gevallen: [string[], RegExp][] = [
      [[XML], /geef de gemeente/],
      [['--gemeente', 'Den Haag', XML], /geen mapnaam/],
      [['--gemeente', 'x', 'bestaat-niet.xml'], /bestaat niet/],
      [['--gemeente', 'x', leeg], /is leeg/],
      [['--gemeente', 'x', pdf], /dit is een PDF/],
      [['--gemeente', 'x', binair], /geen tekst/],
      [['--gemeente', 'x', tekst], /geef het webadres/],
      [['--gemeente', 'x', '--url', 'lokaleregelgeving', tekst], /geen volledig webadres/],
      [['--gemeente', 'x', '--onbekend', XML], /onbekende optie/],
    ];
    for (const [args, bericht] of gevallen) {
      const r = griffie(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.fout, args.join(' ')).toMatch(bericht);
    }
    expect(existsSync(join(content, 'edities', 'x'))).toBe(false);
  });
});
