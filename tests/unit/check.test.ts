import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, checkContentDir, ContentError } from '../../src/lib/content/check.ts';
import { brokenFixtures, contentWith } from '../helpers/fixtures.ts';
import { editieCheck } from '../../src/lib/editie/check.ts';

// The content check as the build runs it: with the editie's check added.
const checks = [editieCheck];

/**
 * What each broken fixture must be rejected with: the file, the field and what
 * was expected. `warning` fixtures do not stop the build: the check lists them.
 */
const expected: Record<string, { file: string; field: string; says: string; warning?: true }> = {
  'regionaal-in-tekst': {
    file: 'keuzes/wmo/eigen-bijdrage.yaml',
    field: 'regionaal',
    says: 'true, of een tekst zonder "jeugdregio": het veld samenvatting noemt "jeugdregio", maar regionaal staat op false',
    warning: true,
  },
  'zelfde-artikel-zonder-verwijzing': {
    file: 'keuzes/wlz/eigen-bijdrage.yaml',
    field: 'zieOok',
    says: 'een verwijzing naar wmo/eigen-bijdrage: die keuze in een andere wet gaat over hetzelfde artikel (artikel 2.1.4a, BWBR0035362)',
  },
  'verschil-zonder-uitleg': {
    file: 'keuzes/wlz/toegang.yaml',
    field: 'zieOok[0].verschil',
    says: 'uitleg waarom wie beslist (hier ciz; daar raad) en wie betaalt (hier wlz-fonds; daar gemeente, client) verschilt van wmo/eigen-bijdrage',
  },
  'verwijzing-niet-terug': {
    file: 'keuzes/wlz/toegang.yaml',
    field: 'zieOok',
    says: 'een verwijzing terug naar wmo/eigen-bijdrage',
  },
  'onzeker-feit-in-begrip': {
    file: 'begrippen/maatwerkvoorziening.yaml',
    field: 'definitie',
    says: '{feit:abonnementstarief} in plaats van het feit zelf: het is onzeker',
  },
  'onbekende-wet-in-scheidslijn': { file: 'scheidslijnen/wmo-wlz.mdx', field: 'tussen[1]', says: 'een bekende wet (wlz, wmo), niet "wlzz"' },
  'onbekende-scheidslijn-in-casus': {
    file: 'casussen/wachten-op-wlz.mdx',
    field: 'scheidslijnen[0]',
    says: 'een bekende scheidslijn (wmo-wlz), niet "wmo-wet-langdurige-zorg"',
  },
  'onbekende-wet-in-casus': { file: 'casussen/wachten-op-wlz.mdx', field: 'wetten[1]', says: 'een bekende wet (wlz, wmo), niet "awbz"' },
  'keuze-zonder-beleidsruimte': { file: 'keuzes/wmo/eigen-bijdrage.yaml', field: 'beleidsruimte', says: 'ruim, beperkt of geen' },
  'keuze-zonder-bron': { file: 'keuzes/wmo/eigen-bijdrage.yaml', field: 'bronnen', says: 'het veld ontbreekt' },
  'onjuiste-bwb': { file: 'wetten/wlz.mdx', field: 'bwb', says: 'een BWB-id zoals BWBR0035362' },
  'ongeldige-datum': { file: 'wetten/wmo.mdx', field: 'peildatum', says: 'een geldige datum in de vorm JJJJ-MM-DD' },
  'onbekend-feit': {
    file: 'keuzes/wmo/eigen-bijdrage.yaml',
    field: 'samenvatting',
    says: 'een bekend feit uit content/feiten/, niet "abonnementstarif"',
  },
  'vraag-onbekende-keuze': {
    file: 'vragen/eigen-bijdrage-drempel.yaml',
    field: 'keuzes[0]',
    says: 'een bekende keuze als <wet>/<id> (zoals wmo/eigen-bijdrage), niet "wmo/eigen-bijdragen"',
  },
  'vraag-onbekende-scheidslijn': { file: 'vragen/wachten-op-wlz.yaml', field: 'scheidslijnen[0]', says: 'een bekende scheidslijn (wmo-wlz), niet "wlz-wmo"' },
  'vraag-zonder-bandbreedte': { file: 'vragen/eigen-bijdrage-drempel.yaml', field: 'bandbreedte', says: 'of in keuzes een keuze die de opties al noemt' },
  'vraag-onbekend-moment': { file: 'vragen/eigen-bijdrage-drempel.yaml', field: 'momenten[1]', says: 'een moment: visie-kadernota, beleidsplan' },
  'vraag-scheidslijn-zonder-scheidslijn': { file: 'vragen/wachten-op-wlz.yaml', field: 'scheidslijnen', says: 'bij aspect "scheidslijnen": ten minste één scheidslijn' },
  // Stored law texts (content/wetteksten/): every cited article, lid and onderdeel exists; a fact's quote is in its article.
  'wettekst-onbekend-lid': {
    file: 'scheidslijnen/wmo-wlz.mdx',
    field: 'artikelen[1].lid',
    says: 'een lid dat bestaat in artikel 2.3.5 van de Wet maatschappelijke ondersteuning 2015 zoals geldend op 2026-07-01',
  },
  'wettekst-verkeerd-onderdeel': {
    file: 'keuzes/wmo/eigen-bijdrage.yaml',
    field: 'artikel.onderdeel',
    says: 'een onderdeel dat bestaat in artikel 2.1.4a lid 5 van de Wet maatschappelijke ondersteuning 2015 zoals geldend op 2026-07-01 (wetteksten/BWBR0035362/2026-07-01.yaml): a, b, niet "c"',
  },
  'feit-citaat-niet-in-artikel': {
    file: 'feiten/abonnementstarief.yaml',
    field: 'citaat',
    says: 'woorden die letterlijk in artikel 2.1.4a lid 4 van de Wet maatschappelijke ondersteuning 2015 staan (tekst van 2026-07-01, wetteksten/BWBR0035362/2026-07-01.yaml); "bedraagt € 25,– per maand" staat er niet in',
  },
  // A fact's lay words are searched as its own names (issue 24): a word or short phrase, never a whole question.
  'feit-zoekwoord-als-vraag': {
    file: 'feiten/abonnementstarief.yaml',
    field: 'zoekwoorden[1]',
    says: 'een woord of korte woordgroep zonder vraagteken of komma, niet "hoeveel betaal ik voor de Wmo?"',
  },
  // An article whose text is not stored (`ontbreekt`): a fact cannot rest on it, and a place that proves it exists
  // (`genoemdIn`) must quote words that stand in that place.
  'feit-op-artikel-zonder-tekst': {
    file: 'feiten/abonnementstarief.yaml',
    field: 'artikel',
    says: 'een artikel waarvan de tekst is opgeslagen: van artikel 2.1.4b (BWBR0035362) is de tekst niet opgeslagen',
  },
  'wettekst-genoemd-citaat-niet-in-artikel': {
    file: 'wetteksten/BWBR0035917/2026-07-01.yaml',
    field: 'artikelen.4.2.2.genoemdIn[0].citaat',
    says: 'woorden die letterlijk in artikel 3.2.1 lid 1 van de Wet langdurige zorg staan (tekst van 2026-07-01, wetteksten/BWBR0035917/2026-07-01.yaml); "overeenkomsten als bedoeld in artikel 4.2.2" staat er niet in',
  },
  'dubbele-id': { file: 'begrippen/maatwerkvoorziening.yml', field: 'id', says: 'staat ook in begrippen/maatwerkvoorziening.yaml' },
  // Werksessie: rondleidingen, casus routes and oefeningen.
  'onbekende-keuze-in-rondleiding': {
    file: 'rondleidingen/wmo.yaml',
    field: 'stappen[0].keuzes[0]',
    says: 'een bekende keuze in de vorm wet/keuze (zoals wmo/eigen-bijdrage), niet "wmo/huishoudelijke-hulp"',
  },
  'onbekend-gebied-in-rondleiding': { file: 'rondleidingen/wmo.yaml', field: 'stappen[0].gebieden[0]', says: 'een bekende wet (wlz, wmo), niet "awbz"' },
  'onbekende-scheidslijn-in-rondleiding': { file: 'rondleidingen/wmo.yaml', field: 'stappen[1].scheidslijnen[0]', says: 'een bekende scheidslijn (wmo-wlz), niet "wmo-zvw"' },
  'onbekende-casus-in-rondleiding': { file: 'rondleidingen/wmo.yaml', field: 'stappen[1].casus', says: 'een bekende casus uit content/casussen/, niet "wachten-op-zorg"' },
  'casus-zonder-route-in-rondleiding': {
    file: 'rondleidingen/wmo.yaml',
    field: 'stappen[1].casus',
    says: 'een casus met een route (veld route in content/casussen/wachten-op-wlz.mdx)',
  },
  'onbekende-wet-in-route': { file: 'casussen/wachten-op-wlz.mdx', field: 'route[1].wet', says: 'een bekende wet (wlz, wmo), niet "awbz"' },
  'keuze-van-andere-wet-in-route': { file: 'casussen/wachten-op-wlz.mdx', field: 'route[1].keuze', says: 'een keuze van de wet wmo, niet "wlz/toegang"' },
  'onbekende-casus-in-oefening': { file: 'oefeningen/wachten.yaml', field: 'casus', says: 'een bekende casus uit content/casussen/, niet "wachten"' },
  // Edities (content/edities/<gemeente>/): see tests/unit/lokaal.test.ts for the rest.
  'editie-keuze-bij-geen': { file: 'edities/testgemeente/keuzes/wlz/toegang.yaml', field: 'optie', says: 'geen lokale keuze: "Toegang tot de Wlz" heeft beleidsruimte geen' },
  'editie-bedrag-boven-maximum': { file: 'edities/testgemeente/keuzes/wmo/eigen-bijdrage.yaml', field: 'bedrag', says: 'hooguit het wettelijk maximum van € 21,80 per maand per huishouden (2026' },
  'editie-onbekende-keuze': { file: 'edities/testgemeente/keuzes/wmo/eigen-bijdragen.yaml', field: '(bestand)', says: 'content/keuzes/wmo/eigen-bijdragen.yaml bestaat niet' },
  'editie-onbekende-optie': { file: 'edities/testgemeente/keuzes/wmo/eigen-bijdrage.yaml', field: 'optie', says: 'een optienummer van 1 tot en met 2 (de opties van "Eigen bijdrage"), niet 3' },
  'editie-ongeldige-datum': { file: 'edities/testgemeente/keuzes/wmo/eigen-bijdrage.yaml', field: 'besluit', says: 'een geldige datum in de vorm JJJJ-MM-DD' },
  'editie-besluit-na-peildatum': { file: 'edities/testgemeente/keuzes/wmo/eigen-bijdrage.yaml', field: 'besluit', says: 'een datum op of vóór de peildatum van de gemeente (2026-10-01), niet 2026-12-10' },
  'editie-onbekend-moment': { file: 'edities/testgemeente/keuzes/wmo/eigen-bijdrage.yaml', field: 'volgende.moment', says: 'een moment uit de cyclus: visie-kadernota, beleidsplan' },
  'editie-ongeldige-cbs': { file: 'edities/testgemeente/gemeente.yaml', field: 'cbs', says: 'een CBS-code: GM en vier cijfers' },
};

describe('content check', () => {
  it('accepts the valid fixture', () => {
    const dir = contentWith();
    expect(checkContentDir(dir, dir, checks).map((e) => e.id).sort()).toEqual([
      'abonnementstarief',
      'abonnementstarief',
      'eigen-bijdrage-drempel',
      'maatwerkvoorziening',
      'wachten',
      'wachten-op-wlz',
      'wachten-op-wlz',
      'wlz',
      'wlz/toegang',
      'wmo',
      'wmo',
      'wmo-wlz',
      'wmo/eigen-bijdrage',
    ]);
  });

  it('has an expectation for every broken fixture', () => {
    expect(brokenFixtures()).toEqual(Object.keys(expected).sort());
  });

  for (const name of Object.keys(expected).filter((n) => expected[n]!.warning)) {
    it(`accepts ${name}, with one warning naming file, field and what was expected`, () => {
      const dir = contentWith(name);
      const { warnings } = checkContent(dir, dir, checks);
      const want = expected[name]!;
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ file: want.file, field: want.field });
      expect(warnings[0]!.expected).toContain(want.says);
    });
  }

  it('has no warnings for the valid fixture', () => {
    const dir = contentWith();
    expect(checkContent(dir, dir, checks).warnings).toEqual([]);
  });

  for (const name of Object.keys(expected).filter((n) => !expected[n]!.warning)) {
    it(`rejects ${name} with one message naming file, field and what was expected`, () => {
      const dir = contentWith(name);
      let error: unknown;
      try {
        checkContentDir(dir, dir, checks);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      const { problems, message } = error as ContentError;
      const want = expected[name]!;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: want.file, field: want.field });
      expect(problems[0]!.expected).toContain(want.says);
      expect(message).toContain(`${want.file}: veld "${want.field}": verwacht`);
    });
  }

  it('does not warn about the regio where a keuze only mentions it (information to ask, an option, what the raad can do)', () => {
    const dir = contentWith();
    const file = `${dir}/keuzes/wmo/eigen-bijdrage.yaml`;
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(/^regionaal: false$/m);
    writeFileSync(file, yaml.replace(/^watKanDeRaadWel:.*$/m, '').concat('watKanDeRaadWel: Meedoen aan regionale proeven en de jeugdregio om cijfers vragen.\n'));
    expect(checkContent(dir, dir, checks).warnings).toEqual([]);
  });

  it('lists no regionaal warnings for the real content in content/', () => {
    expect(checkContent('content', process.cwd(), checks).warnings.filter((w) => w.field === 'regionaal')).toEqual([]);
  });

  it('reports a keuze file named like a section of the wet page', () => {
    const dir = contentWith();
    cpSync(`${dir}/keuzes/wmo/eigen-bijdrage.yaml`, `${dir}/keuzes/wmo/bronnen.yaml`);
    expect(() => checkContentDir(dir, dir, checks)).toThrow(/keuzes\/wmo\/bronnen\.yaml: veld "id": verwacht een andere bestandsnaam/);
  });

  it('reports a scheidslijn whose file name is not in the canonical order', () => {
    const dir = contentWith();
    renameSync(`${dir}/scheidslijnen/wmo-wlz.mdx`, `${dir}/scheidslijnen/wlz-wmo.mdx`);
    expect(() => checkContentDir(dir, dir, checks)).toThrow(/scheidslijnen\/wlz-wmo\.mdx: veld "tussen": verwacht dat de bestandsnaam wmo-wlz is/);
  });

  it('asks, for a keuze without room, what the raad can still do', () => {
    const dir = contentWith();
    writeFileSync(`${dir}/keuzes/wlz/toegang.yaml`, readFileSync(`${dir}/keuzes/wlz/toegang.yaml`, 'utf8').replace(/^watKanDeRaadWel:.*\n/m, ''));
    expect(() => checkContentDir(dir, dir, checks)).toThrow(/keuzes\/wlz\/toegang\.yaml: veld "watKanDeRaadWel": verwacht bij beleidsruimte "geen"/);
  });

  it('reports YAML syntax errors as a problem of that file', () => {
    const dir = contentWith();
    writeFileSync(`${dir}/begrippen/kapot.yaml`, 'term: [niet gesloten\n');
    expect(() => checkContentDir(dir, dir, checks)).toThrow(/begrippen\/kapot\.yaml: veld "\(bestand\)": verwacht geldige YAML/);
  });

  it('accepts the real content in content/', () => {
    expect(() => checkContentDir('content', process.cwd(), checks)).not.toThrow();
  });
});
