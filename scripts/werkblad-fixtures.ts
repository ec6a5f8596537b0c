/**
 * Makes the spreadsheet fixtures of the werkblad CSV (issue 22) with a real spreadsheet program:
 * an export of the werkblad (with €, ";", quotes and a formula-like answer), opened by LibreOffice Calc
 * as a spreadsheet (xlsx) and saved back as CSV in UTF-8 and in Windows-1252, as a griffie would.
 *
 *   node scripts/werkblad-fixtures.ts [folder]     (default tests/fixtures/werkblad-csv; needs `soffice`,
 *                                                   Debian: apt-get install libreoffice-calc-nogui)
 *
 * tests/unit/werkblad-spreadsheet.test.ts imports the committed files, and runs this round trip again
 * when LibreOffice is installed (it is in CI, .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { leegWerkblad, metAntwoord, naarCsv, type CsvVraag, type Werkblad } from '../src/lib/vragen/werkblad.ts';

/** Questions as the export lists them (a fixed excerpt, so the fixtures do not change with the content). */
export const FIXTURE_VRAGEN: CsvVraag[] = [
  { id: 'eigen-bijdrage-drempel', vraag: 'Houdt de eigen bijdrage mensen weg van hulp?', wet: 'Wmo', aspect: 'Financiën', moment: 'begroting' },
  { id: 'wachten-op-wlz', vraag: 'Wie helpt wie wacht op de Wlz; "echt"?', wet: 'Wmo, Wlz', aspect: 'Scheidslijnen', moment: 'beleidsplan, inkoop' },
  { id: 'jeugd-toegang', vraag: 'Wie bepaalt de toegang tot jeugdhulp?', wet: 'Jeugdwet', aspect: 'Toegang', moment: 'verordening' },
];

/** The answers in the fixtures: what must come back intact. */
export function fixtureWerkblad(): Werkblad {
  const nu = new Date('2026-12-01T10:00:00Z');
  let w = leegWerkblad();
  w = metAntwoord(w, 'eigen-bijdrage-drempel', { prioriteit: 'hoog', wie: 'raad; griffie', hoe: 'motie "eigen bijdrage" met € 25 per maand', wanneer: 'begroting 2027' }, nu);
  w = metAntwoord(w, 'wachten-op-wlz', { prioriteit: 'middel', wie: 'wethouder Ümit Çelik', hoe: '=SOM(A1) is geen formule', wanneer: '2027-03-15' }, nu);
  return w;
}

export function maakFixtures(map: string): string[] {
  mkdirSync(map, { recursive: true });
  const werk = mkdtempSync(join(tmpdir(), 'staalkaart-lo-'));
  const profiel = `file://${join(werk, 'profiel')}`;
  const soffice = (...args: string[]) =>
    execFileSync('soffice', [`-env:UserInstallation=${profiel}`, '--headless', ...args], { cwd: werk, stdio: 'pipe', timeout: 300_000 });
  writeFileSync(join(werk, 'export.csv'), naarCsv(fixtureWerkblad(), FIXTURE_VRAGEN));
  // Open the export as a spreadsheet: separator ; (59), quote " (34), UTF-8 (76), from line 1.
  soffice('--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', 'export.csv');
  const uit: string[] = [];
  // Save it back as CSV: ; and " with every text cell quoted, in Windows-1252 and in UTF-8 (76). The character
  // set is LibreOffice's own number: 1 is Windows-1252 (€ = 0x80). "1252" is not: with it LibreOffice writes € as
  // 0xAC (¬ in Windows-1252), so that file has lost the € before any import sees it.
  // And with "," between cells, as a spreadsheet set to English writes it.
  const varianten = [
    ['59,34,1', 'libreoffice-windows-1252.csv'],
    ['59,34,76', 'libreoffice-utf-8.csv'],
    ['44,34,76', 'libreoffice-komma-utf-8.csv'],
  ] as const;
  for (const [opties, naam] of varianten) {
    const uitMap = join(werk, naam.replace('.csv', ''));
    soffice('--convert-to', `csv:Text - txt - csv (StarCalc):${opties},1`, '--outdir', uitMap, 'export.xlsx');
    renameSync(join(uitMap, 'export.csv'), join(map, naam));
    uit.push(naam);
  }
  copyFileSync(join(werk, 'export.csv'), join(map, 'export.csv'));
  copyFileSync(join(werk, 'export.xlsx'), join(map, 'libreoffice.xlsx'));
  return ['export.csv', 'libreoffice.xlsx', ...uit];
}

if (import.meta.main) {
  const map = resolve(process.argv[2] ?? 'tests/fixtures/werkblad-csv');
  const t = Date.now();
  const files = maakFixtures(map);
  console.log(`${files.join(', ')} geschreven in ${map} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
  for (const f of files.filter((f) => f.endsWith('.csv'))) console.log(`\n── ${f}\n${readFileSync(join(map, f), 'latin1').slice(0, 400)}`);
}
