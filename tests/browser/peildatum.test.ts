/**
 * The peildatum in the built site: the site dates are shown on every page, each amount appears on its page as the
 * fact store writes it, with its own peildatum and a source pinned to that date, the amounts that were not found say
 * "nog niet bekend", and every announced change is on /wijzigingen/ with its status and the keuzes it touches.
 * Every expected value comes from the fact store and the content (content/feiten/, content/wijzigingen/), never from
 * a date or amount written here: the jaarwissel (`npm run jaarwissel`) changes the content, and this test follows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { pagePool, useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/site.ts';
import { feitIn, loadGraph } from '../helpers/content.ts';
import { formatFeit } from '../../src/lib/content/feiten.ts';
import { statusLabel } from '../../src/lib/labels.ts';
import { formatDatum, isoDate } from '../../src/lib/format.ts';
import { paths } from '../../src/lib/links.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
// One page, reused from test to test (see pagePool).
const pool = pagePool(chromium.context, baseUrl, 1);
const g = loadGraph('content');
const feit = (id: string) => feitIn(g, id);
/** The peildatum of the law texts (fact peildatum-wetteksten). */
const peildatum = g.peildatum();
const NIET_BEKEND = 'nog niet bekend';
/** A euro amount as the site writes it: "€ 1.419,46", "€ 1.000". */
const EURO = /^€\u00a0\d{1,3}(\.\d{3})*(,\d\d)?$/;

describe('peildatum', () => {
  it('the law texts are those of the peildatum fact, and every page says so in its footer', () => {
    expect(feit('peildatum-wetteksten').waarde).toEqual(peildatum);
    const gevolgdTot = g.ontwikkelingenTot();
    expect(gevolgdTot).toBeInstanceOf(Date);
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, file } of pages) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(readFileSync(file, 'utf8'))?.[0].replace(/<[^>]+>/g, '') ?? '';
      expect(footer.includes(`Wetteksten: stand van ${formatDatum(peildatum)}`), path).toBe(true);
      expect(footer.includes(`gevolgd tot ${formatDatum(gevolgdTot!)}`), path).toBe(true);
    }
  });
});

describe('amounts on the Participatiewet page', () => {
  for (const [id, anker] of [
    ['bijstandsnorm-alleenstaande', 'bijstandsnormen'],
    ['bijstandsnorm-echtpaar', 'bijstandsnormen'],
    ['bufferbudget', 'bufferbudget-en-bijverdienen'],
  ] as const) {
    it(`${id}: the keuze shows the amount of the fact store, read in the law text of its peildatum`, async () => {
      const f = feit(id);
      const bedrag = formatFeit(f);
      expect(bedrag).toMatch(EURO);
      // Read in the law text of the site's peildatum itself, so no "(onzeker)" mark next to the amount.
      expect(f.peildatum).toEqual(peildatum);
      expect(f.onzeker).toBeUndefined();
      expect(f.bronnen.some((b) => b.url.includes('BWBR0015703') && b.url.includes(`g=${isoDate(f.peildatum!)}`))).toBe(true);
      const { page } = await pool.visit('/wetten/participatiewet/');
      const card = page.locator(`#${anker}`);
      const shown = (await card.locator(`[data-feit="${id}"]`).first().textContent()) ?? '';
      expect(shown).toContain(bedrag);
      expect(shown).not.toContain('onzeker');
      // The links of the keuze to the law are pinned to the same text (…/BWBR0015703/<date> or an article with &g=<date>).
      const links = await card.locator('a[href*="BWBR0015703"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toContain(isoDate(peildatum));
    });
  }

  it('the bijstandsnormen keuze says from when its amounts apply', async () => {
    const { page } = await pool.visit('/wetten/participatiewet/');
    expect(await page.locator('#bijstandsnormen').textContent()).toContain(`Per ${formatDatum(feit('bijstandsnorm-alleenstaande').peildatum!)}`);
  });
});

describe('Wlz eigen bijdrage', () => {
  for (const id of ['wlz-eigen-bijdrage-hoog-max', 'wlz-eigen-bijdrage-laag-min', 'wlz-eigen-bijdrage-laag-max']) {
    it(`${id}: the keuze shows the amount of the fact store, read in the Besluit langdurige zorg of its peildatum`, async () => {
      const f = feit(id);
      const bedrag = formatFeit(f);
      expect(bedrag).toMatch(EURO);
      expect(f.peildatum!.getTime()).toBeLessThanOrEqual(peildatum.getTime());
      expect(f.bronnen.some((b) => b.url.includes('BWBR0035948') && b.url.includes(`g=${isoDate(f.peildatum!)}`))).toBe(true);
      expect(f.onzeker).toBeUndefined();
      const { page } = await pool.visit('/wetten/wlz/');
      const card = page.locator('#eigen-bijdrage-cak');
      const shown = (await card.locator(`[data-feit="${id}"]`).first().textContent()) ?? '';
      expect(shown).toContain(bedrag);
      expect(shown).not.toContain('onzeker');
    });
  }
});

describe('casussen', () => {
  it('every casus page gives its peildatum under its sources', () => {
    const casussen = builtPages().filter((p) => /^\/casussen\/[^/]+\/$/.test(p.path));
    expect(casussen.length).toBe(g.casussen.length);
    for (const { file, path } of casussen) {
      const casus = g.casussen.find((c) => path === `/casussen/${c.id}/`);
      expect(casus?.data.peildatum, path).toBeInstanceOf(Date);
      const text = readFileSync(file, 'utf8').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      expect(text.includes(`Peildatum: ${formatDatum(casus!.data.peildatum!)}`), path).toBe(true);
    }
  });
});

describe('article links', () => {
  it('every article link on the five wet pages is pinned to the text of the peildatum', async () => {
    for (const wet of ['jeugdwet', 'participatiewet', 'wmo', 'wlz', 'zvw']) {
      const { page } = await pool.visit(`/wetten/${wet}/`);
      const links = await page.locator('main a[href^="https://wetten.overheid.nl/jci1.3:c:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length, wet).toBeGreaterThan(5);
      for (const href of links) expect(href, `${wet}: ${href}`).toMatch(new RegExp(`&g=${isoDate(peildatum)}$`));
    }
  });
});

describe('amounts that were not found', () => {
  const unknown = g.feiten.filter((f) => f.data.waarde === NIET_BEKEND);
  /** The built pages whose main content uses a fact. */
  const usedOn = (id: string) =>
    builtPages()
      .filter(({ file }) => /<main[\s\S]*<\/main>/.exec(readFileSync(file, 'utf8'))?.[0].includes(`data-feit="${id}"`))
      .map((p) => p.path);

  it('are marked uncertain in the fact store', () => {
    for (const f of unknown) expect(f.data.onzeker, f.id).toBeTruthy();
  });

  for (const { id } of unknown) {
    it(`${id} is shown as "${NIET_BEKEND}" on /feiten/ and where it is used, never as an amount`, async () => {
      const { page } = await pool.visit('/feiten/');
      expect(await page.locator(`#${id}`).textContent()).toContain(NIET_BEKEND);
      const pagesUsing = usedOn(id).filter((p) => p !== '/feiten/');
      for (const path of pagesUsing) {
        await page.goto(`${baseUrl}${path}`);
        const uses = await page.locator(`main [data-feit="${id}"]`).allTextContents();
        expect(uses.length, path).toBeGreaterThan(0);
        for (const t of uses) expect(t.replace(/\s+/g, ' '), path).toBe(NIET_BEKEND);
        // Each use is followed, at the end of its sentence, by the mark that explains why.
        expect(await page.locator(`main a.sk-feit__mark[data-feit-mark="${id}"]`).count(), path).toBeGreaterThan(0);
      }
    });
  }
});

describe('/wijzigingen/', () => {
  it('shows every entry with its status and the keuzes it touches', async () => {
    const { page } = await pool.visit('/wijzigingen/');
    expect(g.wijzigingen.length).toBeGreaterThan(0);
    for (const w of g.wijzigingen) {
      const li = page.locator(`#wijziging-${w.id}`);
      expect(await li.locator('.nl-data-badge').first().textContent(), w.id).toContain(statusLabel[w.data.status]);
      for (const k of g.keuzesVanWijziging(w.id)) {
        const href = paths.keuze(k.id);
        expect(await li.locator(`a[href="${href}"]`).count(), `${w.id} → ${href}`).toBeGreaterThan(0);
      }
    }
  });
});
