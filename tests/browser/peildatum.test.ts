/**
 * Issue 16 "Peildatum 1 juli 2026" in the built site: the site dates are shown
 * on every page, each changed amount appears on its page as the fact store
 * writes it, the 2027 amounts that were not found say "nog niet bekend", and
 * the changes of 1 January 2027 and the plans are on /wijzigingen/ with their
 * status.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { pagePool, useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/site.ts';
import { loadGraph } from '../helpers/content.ts';
import { formatFeit } from '../../src/lib/content/feiten.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
// One page, reused from test to test (see pagePool).
const pool = pagePool(chromium.context, baseUrl, 1);
const g = loadGraph('content');
const feit = (id: string) => {
  const f = g.feiten.find((e) => e.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f.data;
};

describe('peildatum', () => {
  it('the law texts are those of 1 July 2026, and every page says so in its footer', () => {
    expect(feit('peildatum-wetteksten').waarde).toEqual(new Date('2026-07-01'));
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, file } of pages) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(readFileSync(file, 'utf8'))?.[0].replace(/<[^>]+>/g, '') ?? '';
      expect(footer.includes('Wetteksten: stand van 1 juli 2026'), path).toBe(true);
      expect(footer.includes('gevolgd tot 6 maart 2026'), path).toBe(true);
    }
  });
});

describe('amounts per 1 July 2026', () => {
  for (const [id, bedrag] of [
    ['bijstandsnorm-alleenstaande', '€\u00a01.419,46'],
    ['bijstandsnorm-echtpaar', '€\u00a02.027,79'],
  ] as const) {
    it(`${id} is ${bedrag}, checked per 1 July 2026, and the keuze shows it`, async () => {
      const f = feit(id);
      expect(formatFeit(f)).toBe(bedrag);
      expect(f.peildatum).toEqual(new Date('2026-07-01'));
      expect(f.bronnen.some((b) => b.url.includes('BWBR0015703') && b.url.includes('g=2026-07-01'))).toBe(true);
      const { page } = await pool.visit('/wetten/participatiewet/');
      const card = page.locator('#bijstandsnormen');
      const shown = (await card.locator(`[data-feit="${id}"]`).first().textContent()) ?? '';
      expect(shown).toContain(bedrag);
      // Read in the text of 1 July 2026 itself, so no "(onzeker)" mark next to the amount.
      expect(f.onzeker).toBeUndefined();
      expect(shown).not.toContain('onzeker');
      expect(await card.textContent()).toContain('Per 1 juli 2026');
    });
  }

  it('the bufferbudget (art. 34b, from 1 January 2027) is € 1.000, read in the text of 1 July 2026, on its keuze', async () => {
    const f = feit('bufferbudget');
    expect(formatFeit(f)).toBe('€\u00a01.000');
    expect(f.peildatum).toEqual(new Date('2026-07-01'));
    expect(f.bronnen.some((b) => b.url.includes('BWBR0015703') && b.url.includes('artikel=34b') && b.url.includes('g=2026-07-01'))).toBe(true);
    const { page } = await pool.visit('/wetten/participatiewet/');
    const card = page.locator('#bufferbudget-en-bijverdienen');
    expect(await card.locator('[data-feit="bufferbudget"]').first().textContent()).toContain('€\u00a01.000');
    expect(await card.locator('a[href*="artikel=34b"]').first().getAttribute('href')).toContain('g=2026-07-01');
  });
});

describe('Wlz eigen bijdrage 2026', () => {
  // Besluit langdurige zorg, text in force since 1 April 2026 (no newer version before 1 July 2026).
  for (const [id, bedrag] of [
    ['wlz-eigen-bijdrage-hoog-max', '€\u00a03.061,80'],
    ['wlz-eigen-bijdrage-laag-min', '€\u00a0212,60'],
    ['wlz-eigen-bijdrage-laag-max', '€\u00a01.115,80'],
  ] as const) {
    it(`${id} is ${bedrag}, read in the text of 1 April 2026, and the keuze shows it`, async () => {
      const f = feit(id);
      expect(formatFeit(f)).toBe(bedrag);
      expect(f.peildatum).toEqual(new Date('2026-04-01'));
      expect(f.bronnen.some((b) => b.url.includes('BWBR0035948') && b.url.includes('g=2026-04-01'))).toBe(true);
      expect(f.onzeker).toBeUndefined();
      const { page } = await pool.visit('/wetten/wlz/');
      const card = page.locator('#eigen-bijdrage-cak');
      const shown = (await card.locator(`[data-feit="${id}"]`).first().textContent()) ?? '';
      expect(shown).toContain(bedrag);
      expect(shown).not.toContain('onzeker');
      // The 2027 amounts stay unknown on the same keuze.
      expect((await card.locator('[data-feit="wlz-eigen-bijdrage-2027"]').first().textContent())?.replace(/\s+/g, ' ')).toBe('nog niet bekend');
      expect(await card.locator('a.sk-feit__mark[data-feit-mark="wlz-eigen-bijdrage-2027"]').count()).toBeGreaterThan(0);
    });
  }
});

describe('casussen', () => {
  it('every casus page gives the peildatum 1 July 2026 under its sources', () => {
    const casussen = builtPages().filter((p) => /^\/casussen\/[^/]+\/$/.test(p.path));
    expect(casussen.length).toBe(g.casussen.length);
    for (const { file, path } of casussen) {
      const text = readFileSync(file, 'utf8').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      expect(text.includes('Peildatum: 1 juli 2026'), path).toBe(true);
    }
  });
});

describe('article links', () => {
  it('every article link on the five wet pages is pinned to the text of 1 July 2026', async () => {
    for (const wet of ['jeugdwet', 'participatiewet', 'wmo', 'wlz', 'zvw']) {
      const { page } = await pool.visit(`/wetten/${wet}/`);
      const links = await page.locator('main a[href^="https://wetten.overheid.nl/jci1.3:c:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length, wet).toBeGreaterThan(5);
      for (const href of links) expect(href, `${wet}: ${href}`).toMatch(/&g=2026-07-01$/);
    }
  });
});

describe('2027 amounts that were not found', () => {
  for (const [id, path] of [
    ['abonnementstarief-2027', '/wijzigingen/'],
    ['eigen-risico-2027', '/wijzigingen/'],
    ['wlz-eigen-bijdrage-2027', '/wijzigingen/'],
    ['bijstandsnormen-2027', '/wetten/participatiewet/'],
  ] as const) {
    it(`${id} is shown as "nog niet bekend" on ${path} and /feiten/, never as an amount`, async () => {
      expect(feit(id).waarde).toBe('nog niet bekend');
      expect(feit(id).onzeker).toBeTruthy();
      const { page } = await pool.visit('/feiten/');
      expect(await page.locator(`#${id}`).textContent()).toContain('nog niet bekend');
      await page.goto(`${baseUrl}${path}`);
      const uses = await page.locator(`main [data-feit="${id}"]`).allTextContents();
      expect(uses.length).toBeGreaterThan(0);
      for (const t of uses) expect(t.replace(/\s+/g, ' ')).toBe('nog niet bekend');
      // Each use is followed, at the end of its sentence, by the mark that explains why.
      expect(await page.locator(`main a.sk-feit__mark[data-feit-mark="${id}"]`).count()).toBeGreaterThan(0);
    });
  }
});

describe('1 January 2027 and the plans on /wijzigingen/', () => {
  it('shows each entry with its status and the keuzes it touches', async () => {
    const { page } = await pool.visit('/wijzigingen/');
    const expectEntry = async (id: string, status: string, keuzes: string[]) => {
      const li = page.locator(`#wijziging-${id}`);
      expect(await li.locator('.nl-data-badge').first().textContent(), id).toContain(status);
      for (const k of keuzes) expect(await li.locator(`a[href="${k}"]`).count(), `${id} → ${k}`).toBeGreaterThan(0);
    };
    await expectEntry('participatiewet-in-balans-2027', 'aangenomen', [
      '/wetten/participatiewet/#bufferbudget-en-bijverdienen',
      '/wetten/participatiewet/#bijstandsnormen',
    ]);
    await expectEntry('gemeentewet-participatieverordening-2027', 'aangenomen', ['/wetten/wmo/#adviesraad', '/wetten/wmo/#beleidsplan']);
    await expectEntry('wlz-bezuiniging-coalitie', 'voornemen', ['/wetten/wlz/#eigen-bijdrage-cak']);
    await expectEntry('wmo-huishoudelijke-hulp-uit-wmo', 'voornemen', []);
    await expectEntry('zvw-eigen-risico-plannen-2027', 'voornemen', []);
    await expectEntry('jeugdwet-eigen-bijdrage', 'voornemen', []);
    // Issue 23: the BWB has a Wmo version of 1 July 2026 with these articles, so the law was published; the wijziging
    // and the keuzes that state the duty as law now agree.
    await expectEntry('wmo-regie-volkshuisvesting', 'in werking', ['/wetten/wmo/#beleidsplan', '/wetten/wlz/#zorgkantoor-inkoop']);
  });
});
