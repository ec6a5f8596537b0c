/**
 * The werkblad CSV after a real spreadsheet program (issue 22): files that
 * LibreOffice Calc wrote back from an xlsx of our export
 * (tests/fixtures/werkblad-csv/, made by scripts/werkblad-fixtures.ts) import
 * with every value intact, € included: UTF-8 and Windows-1252, ";" and ",",
 * every cell quoted, the version row padded or missing. Where LibreOffice is
 * installed (CI installs it), the round trip is made again and imported.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeer, KOLOMMEN, leesBestand, naarCsv, type Werkblad } from '../../src/lib/vragen/werkblad.ts';
import { FIXTURE_VRAGEN, fixtureWerkblad, maakFixtures } from '../../scripts/werkblad-fixtures.ts';

const MAP = 'tests/fixtures/werkblad-csv';
const BESTANDEN = ['export.csv', 'libreoffice-utf-8.csv', 'libreoffice-windows-1252.csv', 'libreoffice-komma-utf-8.csv'];
const verwacht = fixtureWerkblad();

/** Every answer of the fixture comes back exactly, and nothing else. */
function zelfdeAntwoorden(w: Werkblad) {
  expect(Object.keys(w.antwoorden).sort()).toEqual(Object.keys(verwacht.antwoorden).sort());
  for (const [id, a] of Object.entries(verwacht.antwoorden)) for (const k of KOLOMMEN) expect(w.antwoorden[id]![k], `${id} ${k}`).toBe(a[k]);
}

function importeer(bytes: Uint8Array): Werkblad {
  const r = leesBestand(bytes);
  if (!r.ok) throw new Error(r.melding);
  return r.waarde;
}

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

describe('werkblad CSV from LibreOffice Calc', () => {
  it('the committed files are what the fixture says: quoted cells, the padded version row, the right encoding', () => {
    const w1252 = readFileSync(join(MAP, 'libreoffice-windows-1252.csv'));
    expect(w1252.includes(0x80)).toBe(true); // € in Windows-1252
    expect(decodeer(w1252).codering).toBe('windows-1252');
    expect(decodeer(readFileSync(join(MAP, 'libreoffice-utf-8.csv'))).codering).toBe('utf-8');
    expect(w1252.toString('latin1').split('\n')[0]!.trim()).toBe('"# staalkaart-vragen versie 1";;;;;;;;');
  });

  for (const bestand of BESTANDEN)
    it(`${bestand} imports with every value intact, € included`, () => {
      const w = importeer(readFileSync(join(MAP, bestand)));
      zelfdeAntwoorden(w);
      expect(JSON.stringify(w)).not.toContain('\ufffd');
      expect(w.antwoorden['eigen-bijdrage-drempel']!.hoe).toBe('motie "eigen bijdrage" met € 25 per maand');
    });

  it('the xlsx LibreOffice saved (not a CSV) is refused with a message that says to save it as CSV', () => {
    const r = leesBestand(readFileSync(join(MAP, 'libreoffice.xlsx')));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.melding).toMatch(/^Dit is een spreadsheetbestand .*op als CSV .*Er is niets veranderd\.$/);
  });

  it('without the version row, the file is recognised by its column headers', () => {
    for (const bestand of ['libreoffice-windows-1252.csv', 'libreoffice-komma-utf-8.csv']) {
      const bytes = readFileSync(join(MAP, bestand));
      const zonder = bytes.subarray(bytes.indexOf(0x0a) + 1);
      expect(zonder.toString('latin1').startsWith('"vraag-id"')).toBe(true);
      zelfdeAntwoorden(importeer(zonder));
    }
  });

  it('exports every question of the filter, answered or not, with wet, aspect and moment', () => {
    const regels = naarCsv(fixtureWerkblad(), FIXTURE_VRAGEN).split('\r\n');
    expect(regels[1]).toBe('vraag-id;vraag;wet;aspect;moment;prioriteit;wie;hoe;wanneer');
    expect(regels[4]).toBe('jeugd-toegang;Wie bepaalt de toegang tot jeugdhulp?;Jeugdwet;Toegang;verordening;;;;');
    expect(regels.filter(Boolean)).toHaveLength(2 + FIXTURE_VRAGEN.length);
  });

  it.skipIf(!soffice)('the round trip through LibreOffice, made now, imports the same answers', () => {
    const map = mkdtempSync(join(tmpdir(), 'staalkaart-werkblad-'));
    const files = maakFixtures(map);
    for (const f of files.filter((f) => f.endsWith('.csv'))) zelfdeAntwoorden(importeer(readFileSync(join(map, f))));
    // LibreOffice's first start in a new profile can be slow on a busy machine: a generous limit, not a speed test.
  }, 300_000);
});
