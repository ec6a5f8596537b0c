/**
 * Issue 23 in the built site: the facts corrected against the stored law texts
 * show their value, source and quote on /feiten/ and on the pages that use
 * them; the corrected statements are on their pages. Expected values come from
 * the fact store, not from strings typed here.
 */
import { describe, expect, inject, it } from 'vitest';
import { pagePool, useBrowser } from '../helpers/browser.ts';
import { feitIn, loadGraph } from '../helpers/content.ts';
import { formatFeit } from '../../src/lib/content/feiten.ts';
import { singleSpaces } from '../../src/lib/normalise.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const pool = pagePool(chromium.context, baseUrl, 1);
const g = loadGraph('content');
const feit = (id: string) => feitIn(g, id);
const plat = (s: string | null) => singleSpaces(s ?? '');

describe('corrected facts on /feiten/', () => {
  for (const [id, onderdeel] of [
    ['leeftijd-pleegzorg', 'onder 3°'],
    ['leeftijd-verlengde-jeugdhulp', 'onder 4°'],
    ['leeftijd-kostendelersnorm', 'artikel 19a lid 1'],
  ] as const) {
    it(`${id}: value, the corrected source and the quote from the law text`, async () => {
      const f = feit(id);
      const { page } = await pool.visit('/feiten/');
      const row = page.locator(`tr#${id}`);
      expect(plat(await row.locator('td').nth(0).textContent())).toBe(formatFeit(f));
      const bron = plat(await row.locator('td').nth(2).textContent());
      expect(bron).toContain(onderdeel);
      expect(f.citaat).toBeTruthy();
      expect(plat(await row.locator('[data-citaat] q').textContent())).toBe(f.citaat);
    });
  }

  it('every fact that links an article on wetten.overheid.nl shows its quote, or says why there is none', async () => {
    const { page } = await pool.visit('/feiten/');
    for (const f of g.feiten.filter((x) => x.data.artikel && x.data.citaat)) {
      expect(plat(await page.locator(`tr#${f.id} [data-citaat] q`).textContent()), f.id).toBe(f.data.citaat);
    }
  });
});

describe('what could not be read stays marked', () => {
  it('the jeugdregio fact rests on a vakbericht: no article, no quote, and the page says the law text was not read', async () => {
    const f = feit('vorm-jeugdregio');
    expect(f.artikel).toBeUndefined();
    const { page } = await pool.visit('/feiten/');
    const row = page.locator('tr#vorm-jeugdregio');
    await row.waitFor();
    expect(await row.locator('[data-citaat]').count()).toBe(0);
    const tekst = plat(await row.textContent());
    expect(tekst).toContain(plat(f.onzeker!));
    expect(tekst).toContain('niet kunnen lezen');
  });

  it('bill 36288: the wijziging says it was declared controversieel before 6 March 2024 and that the exact date was not checked', async () => {
    const { page } = await pool.visit('/wijzigingen/');
    const item = page.locator('#wijziging-wmo-woonplaatsbeginsel-beschermd-wonen');
    await item.waitFor();
    const tekst = plat(await item.textContent());
    expect(tekst).toContain('controversieel vóór 6 maart 2024');
    expect(tekst).toContain('de precieze datum is dus niet nagegaan');
    expect(tekst).not.toMatch(/in 2024 controversieel/);
  });
});

describe('corrected statements on their pages', () => {
  it('the eigen risico: the amount from the fact store, unchanged since 2016, indexation frozen 2019 to 2026', async () => {
    const { page } = await pool.visit('/wetten/zvw/');
    const card = plat(await page.locator('#pakket-en-eigen-risico').textContent());
    expect(card).toContain(formatFeit(feit('eigen-risico')).replace(/\u00a0/g, ' '));
    expect(card).toContain('sinds 2016');
    expect(card).toContain('2019 tot en met 2026');
    expect(card).not.toContain('sinds 2019 niet meer verhoogd');
  });

  it('Wmo and Wlz bijdrage do not stack: said on the keuze, referred to by the question', async () => {
    const { page } = await pool.visit('/wetten/wmo/');
    expect(plat(await page.locator('#eigen-bijdrage').textContent())).toContain('de twee tellen niet op');
    await page.goto(`${baseUrl}/vragen/`);
    expect(plat(await page.locator('#stapeling-van-kosten').textContent())).toContain('tellen niet op');
  });

  it('beschut werk: uitsluitend, on UWV advice, until the number of places is reached', async () => {
    const { page } = await pool.visit('/wetten/participatiewet/');
    const card = plat(await page.locator('#beschut-werk').textContent());
    expect(card).toContain('uitsluitend in een beschutte omgeving');
    expect(card).toContain('op advies van het UWV');
    expect(card).toContain('het aantal plekken heeft bereikt');
  });

  it('Wlz or Jeugdwet: the Wlz exclusion covers onderdelen 1° and 2° of jeugdige, not pleegzorg (3°) or verlengde jeugdhulp (4°)', async () => {
    const { page } = await pool.visit('/wetten/wlz/');
    const card = plat(await page.locator('#kinderen-wlz-jeugdwet').textContent());
    expect(card).toContain(`pleegzorg tot ${formatFeit(feit('leeftijd-pleegzorg'))}`);
    expect(card).toContain(`verlengde jeugdhulp tot ${formatFeit(feit('leeftijd-verlengde-jeugdhulp'))}`);
    expect(card).not.toContain('is hier niet uitgezocht');
  });

  it('an onzeker fact gets its mark after the phrase, not inside it', async () => {
    const { page } = await pool.visit('/wetten/wmo/');
    const tekst = plat(await page.locator('#beschermd-wonen-en-opvang').textContent());
    const n = formatFeit(feit('aantal-centrumgemeenten'));
    expect(tekst).toContain(`${n} centrumgemeenten`);
    expect(tekst).not.toContain(`${n} (onzeker) centrumgemeenten`);
  });
});
