import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/check.ts';
import { datumInWettenUrl, formatJaarwissel, jaarwissel } from '../../src/lib/content/jaarwissel.ts';
import { contentWith } from '../helpers/fixtures.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const dir = contentWith();
// Next to the fixture's change in force (abonnementstarief, 2026-01-01): an adopted change whose date passed.
writeFileSync(
  join(dir, 'wijzigingen', 'nieuwe-regel.yaml'),
  'titel: Nieuwe regel\nsamenvatting: Een aangenomen wet.\nstatus: aangenomen\ndatum: 2026-03-01\nwetten: [wmo]\nbronnen:\n  - titel: Staatsblad\n    url: https://zoek.officielebekendmakingen.nl/stb-2025-1.html\n',
);
// The fixture's casus, checked against the law texts of 1 January 2026.
const casus = join(dir, 'casussen', 'wachten-op-wlz.mdx');
writeFileSync(casus, readFileSync(casus, 'utf8').replace('\nbronnen:', '\npeildatum: 2026-01-01\nbronnen:'));
const entries = checkContentDir(dir, dir);

describe('jaarwissel', () => {
  it('lists nothing when every peildatum is on or after the date', () => {
    const j = jaarwissel(entries, d('2025-07-05'));
    expect([j.feiten, j.artikelen, j.bronnen, j.wijzigingen]).toEqual([[], [], [], []]);
  });

  it('lists facts, article links, dated wetten.overheid.nl sources and passed changes older than the date', () => {
    const j = jaarwissel(entries, d('2026-07-01'));
    expect(j.feiten).toEqual([{ file: 'feiten/abonnementstarief.yaml', wat: 'abonnementstarief: Abonnementstarief Wmo 2026', datum: d('2026-01-01') }]);
    // The keuzes inherit the peildatum of their wet; the scheidslijn has its own.
    expect(j.artikelen.map((a) => `${a.file} ${a.wat}`)).toEqual(
      expect.arrayContaining([
        'keuzes/wmo/eigen-bijdrage.yaml artikel 2.1.4a Wmo 2015',
        'keuzes/wlz/toegang.yaml artikel 3.2.1 Wlz',
        'casussen/wachten-op-wlz.mdx casus "Wachten op de Wlz" (peildatum van de casus)',
      ]),
    );
    expect(j.bronnen.map((b) => b.file)).toEqual(expect.arrayContaining(['feiten/abonnementstarief.yaml', 'keuzes/wmo/eigen-bijdrage.yaml']));
    expect(j.bronnen.every((b) => b.datum < d('2026-07-01'))).toBe(true);
    // The change in force (abonnementstarief, 2026-01-01) was settled when its date passed; the adopted one was not.
    expect(j.wijzigingen).toEqual([
      { file: 'wijzigingen/nieuwe-regel.yaml', wat: 'Nieuwe regel', datum: d('2026-03-01'), status: 'aangenomen' },
    ]);
  });

  it('leaves out a change already in force, however long ago its date passed', () => {
    const j = jaarwissel(entries, d('2027-01-01'));
    expect(j.wijzigingen.map((w) => w.file)).toEqual(['wijzigingen/nieuwe-regel.yaml']);
    expect(j.wijzigingen.some((w) => w.status === 'in-werking')).toBe(false);
  });

  it('takes a peildatum on the date itself as current', () => {
    const j = jaarwissel(entries, d('2026-01-01'));
    expect(j.feiten).toEqual([]);
    expect(j.wijzigingen).toEqual([]);
  });

  it('reads the date of a wetten.overheid.nl link, in both forms', () => {
    expect(datumInWettenUrl('https://wetten.overheid.nl/BWBR0035362/2026-01-01')).toEqual(d('2026-01-01'));
    expect(datumInWettenUrl('https://wetten.overheid.nl/jci1.3:c:BWBR0035362&artikel=2.1.4a&z=2025-07-01&g=2025-07-01')).toEqual(d('2025-07-01'));
    expect(datumInWettenUrl('https://wetten.overheid.nl/BWBR0035362')).toBeUndefined();
    expect(datumInWettenUrl('https://example.org/BWBR0035362/2026-01-01')).toBeUndefined();
  });

  it('prints a checklist with counts per part', () => {
    const text = formatJaarwissel(jaarwissel(entries, d('2026-07-01')));
    expect(text).toContain('peildatum ouder dan 2026-07-01');
    expect(text).toMatch(/^Feiten \(1\): /m);
    expect(text).toContain('  - wijzigingen/nieuwe-regel.yaml: Nieuwe regel (2026-03-01, status aangenomen)');
    expect(text).not.toContain('abonnementstarief.yaml: Abonnementstarief 2026');
  });
});
