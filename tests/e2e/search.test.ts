/**
 * Search in Chromium on the built site: the golden queries against the built
 * index, the header search by keyboard, /zoeken/ with a query and filters in
 * its URL, lazy loading (no search code before search is used), axe with
 * search open, and /zoeken/ without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, useBrowser, watch, type PageWatch } from '../helpers/browser.ts';
import { graphFromDir } from '../../src/lib/content/check.ts';
import { goldenQueries, searchOnPage, TOP } from '../search/golden.ts';

const baseUrl = inject('baseUrl');
const g = graphFromDir('content', process.cwd());
const chromium = useBrowser();

/** A page with console errors and foreign requests recorded, and every same-origin request path. */
async function open(path: string): Promise<{ page: Page; w: PageWatch; requests: string[] }> {
  const page = await chromium.context().newPage();
  const w = await watch(page, baseUrl);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  return { page, w, requests };
}

async function clean(p: { page: Page; w: PageWatch }) {
  expect(p.w.consoleErrors).toEqual([]);
  expect(p.w.foreignRequests).toEqual([]);
  await p.page.close();
}

const isSearchCode = (path: string) => path.startsWith('/pagefind/') || /^\/_astro\/ui\.[\w-]+\.js$/.test(path);

/** The result URLs and their "Keuze · Wmo · …" lines on /zoeken/. */
const resultsOf = (page: Page) =>
  page.$$eval('[data-sk-zoekresultaten] > li', (items) =>
    items.map((li) => ({ url: li.querySelector('a')!.getAttribute('href')!, meta: li.querySelector('.sk-zoekresultaat__meta')!.textContent! })),
  );

const statusOf = (page: Page) => page.textContent('[data-sk-zoekstatus]');

describe('golden queries', () => {
  const golden = goldenQueries();
  let p: Awaited<ReturnType<typeof open>>;
  const ranks: number[] = [];

  beforeAll(async () => {
    p = await open('/zoeken/');
  });
  afterAll(async () => {
    const first = ranks.filter((r) => r === 1).length;
    console.log(`\ngolden queries: ${ranks.length}, first place ${first}, in top ${TOP} ${ranks.filter((r) => r > 0 && r <= TOP).length}\n`);
    await clean(p);
  });

  it('has at least 30 golden queries', () => {
    expect(golden.length).toBeGreaterThanOrEqual(30);
  });

  for (const g of golden) {
    it(`"${g.query}" finds ${g.expect} in the top ${TOP}`, async () => {
      const urls = await searchOnPage(p.page, g.query);
      const rank = urls.indexOf(g.expect) + 1;
      ranks.push(rank);
      expect(rank, `top 5: ${urls.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
      expect(rank, `top 5: ${urls.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(TOP);
    });
  }
});

describe('the index', () => {
  it('holds the main content of pages, with keuzes and begrippen as records of their own', async () => {
    const p = await open('/zoeken/');
    // Every page and record in the index (a filter-only search with no term), through Pagefind's own API.
    // As a string: vitest would rewrite an import() inside a function passed to the page.
    const stored: { url: string; content: string }[] = await p.page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const all = await pf.search(null, {});
      const data = await Promise.all(all.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, content: d.content }));
    })()`);
    const content = (url: string) => stored.find((s) => s.url === url)?.content ?? '';
    // The opening words of a text in the content, as Pagefind stores it (single spaces).
    const opening = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');
    const keuze = opening(g.keuzes.find((k) => k.id === 'wmo/eigen-bijdrage')!.data.samenvatting);
    const begrip = g.begrippen.find((b) => b.id === 'keukentafelgesprek')!.data;
    expect(content('/wetten/wlz/')).toContain(opening(g.wet('wlz')!.data.samenvatting.doel));
    expect(content('/wetten/wmo/#eigen-bijdrage')).toContain(keuze);
    expect(content('/begrippen/#keukentafelgesprek')).toBe(`${begrip.term}. ${begrip.definitie.replace(/\s+/g, ' ').trim()}`);
    // Not the header, navigation or footer; not the keuze cards on the wet page, nor the terms on the begrippen page.
    for (const url of ['/wetten/wmo/', '/scheidslijnen/wmo-wlz/', '/begrippen/']) {
      const text = content(url);
      expect(text, url).not.toBe('');
      for (const outside of ['Naar de inhoud', 'Hoofdmenu', 'Geen cookies', 'Staalkaart sociaal domein:']) expect(text, `${url}: ${outside}`).not.toContain(outside);
    }
    expect(content('/wetten/wmo/')).not.toContain(keuze);
    expect(content('/begrippen/')).not.toContain(opening(begrip.definitie));
    await clean(p);
  });
});

describe('search in the header', () => {
  it('loads no search code before the search field is used, and loads it on focus', async () => {
    const p = await open('/wetten/wmo/');
    await p.page.waitForLoadState('networkidle');
    await p.page.waitForTimeout(300);
    expect(p.requests.filter(isSearchCode)).toEqual([]);

    await p.page.focus('#sk-zoekveld');
    await p.page.waitForFunction(() => document.querySelector('#sk-zoekveld')?.getAttribute('role') === 'combobox');
    await p.page.waitForLoadState('networkidle');
    expect(p.requests.some((r) => /^\/_astro\/ui\./.test(r))).toBe(true);
    expect(p.requests).toContain('/pagefind/pagefind.js');
    await clean(p);
  });

  it('works by keyboard: focus, type, arrow down, Enter opens the result', async () => {
    const p = await open('/over/');
    const { page } = p;
    // Skip link, site name, then the search field.
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'sk-zoekveld'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sk-zoekveld');

    await page.keyboard.type('wlz');
    const options = page.locator('#sk-zoekveld-lijst [role="option"]');
    await options.first().waitFor();
    expect(await page.getAttribute('#sk-zoekveld', 'aria-expanded')).toBe('true');
    expect(await options.count()).toBeGreaterThan(1);
    // The count is announced once the typing pauses.
    await page.waitForFunction(() => /\d+ resultaten voor wlz/.test(document.querySelector('.sk-search [role="status"]')?.textContent ?? ''));
    // Every result shows title, type (and wet) and an excerpt.
    expect(await options.first().locator('.sk-zoekpopup__title').textContent()).toBe('Wet langdurige zorg');
    expect(await options.first().locator('.sk-zoekpopup__meta').textContent()).toBe('Wet · Wlz');
    expect((await options.first().locator('.sk-zoekpopup__excerpt').textContent())?.length).toBeGreaterThan(20);
    expect(await options.nth(1).locator('.sk-zoekpopup__meta').textContent()).toMatch(/^(Keuze|Scheidslijn|Casus|Begrip) · /);

    await page.keyboard.press('ArrowDown');
    const first = await options.first().getAttribute('id');
    expect(await page.getAttribute('#sk-zoekveld', 'aria-activedescendant')).toBe(first);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    // Focus never leaves the field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sk-zoekveld');

    await Promise.all([page.waitForURL(`${baseUrl}/wetten/wlz/`), page.keyboard.press('Enter')]);
    await clean(p);
  });

  it('Escape closes the results; Enter without a chosen result opens /zoeken/', async () => {
    const p = await open('/');
    const { page } = p;
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('pgb');
    await page.locator('#sk-zoekveld-lijst [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#sk-zoekveld-popup')).toBe(true);
    expect(await page.getAttribute('#sk-zoekveld', 'aria-expanded')).toBe('false');
    expect(await page.inputValue('#sk-zoekveld')).toBe('pgb');
    await Promise.all([page.waitForURL(`${baseUrl}/zoeken/?q=pgb`), page.keyboard.press('Enter')]);
    await page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="pgb"] > li');
    expect((await resultsOf(page).then((r) => r.map((x) => x.url))).slice(0, TOP)).toContain('/begrippen/#pgb');
    await clean(p);
  });

  it('a keuze result opens its anchor on the wet page', async () => {
    const p = await open('/begrippen/');
    const { page } = p;
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('kostendelersnorm');
    const option = page.locator('#sk-zoekveld-lijst [role="option"][data-url="/wetten/participatiewet/#kostendelersnorm"]');
    await option.waitFor();
    expect(await option.locator('.sk-zoekpopup__meta').textContent()).toBe('Keuze · Participatiewet · beleidsruimte geen');
    await Promise.all([page.waitForURL(`${baseUrl}/wetten/participatiewet/#kostendelersnorm`), option.click()]);
    await clean(p);
  });

  it('passes axe with the results open and one chosen', async () => {
    const p = await open('/wetten/');
    const { page } = p;
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('beschermd wonen');
    await page.locator('#sk-zoekveld-lijst [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // And with no results.
    await page.fill('#sk-zoekveld', 'qqqxyz');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === 'qqqxyz');
    expect(await page.textContent('#sk-zoekveld-popup')).toContain('Geen resultaten');
    const none = await axe(page);
    expect(none, JSON.stringify(none, null, 2)).toEqual([]);
    await clean(p);
  });
});

describe('the /zoeken/ page', () => {
  it('runs the query in its URL', async () => {
    const p = await open('/zoeken/?q=wlz');
    await p.page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="wlz"] > li');
    expect(await p.page.inputValue('#zoekterm')).toBe('wlz');
    const results = await resultsOf(p.page);
    expect(results[0]).toEqual({ url: '/wetten/wlz/', meta: 'Wet · Wlz' });
    expect(await statusOf(p.page)).toMatch(/^\d+ resultaten voor ‘wlz’\.$/);
    await p.page.waitForFunction(() => document.querySelector('[data-sk-zoekmelding]')?.textContent?.includes('resultaten voor ‘wlz’'));
    const violations = await axe(p.page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await clean(p);
  });

  it('filters narrow the results: type, wet and beleidsruimte', async () => {
    const p = await open('/zoeken/?q=wlz');
    const { page } = p;
    await page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="wlz"] > li');
    const all = Number((await statusOf(page))!.match(/^(\d+)/)![1]);

    await page.check('input[name="type"][value="keuze"]');
    await page.waitForFunction(() => document.querySelector('[data-sk-zoekstatus]')?.textContent?.includes('zonder filters'));
    const keuzes = await resultsOf(page);
    const count = Number((await statusOf(page))!.match(/^(\d+)/)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    expect(keuzes.every((r) => r.meta.startsWith('Keuze · '))).toBe(true);
    expect(page.url()).toBe(`${baseUrl}/zoeken/?q=wlz&type=keuze`);

    await page.check('input[name="beleidsruimte"][value="geen"]');
    await page.waitForFunction((n) => !document.querySelector('[data-sk-zoekstatus]')?.textContent?.startsWith(`${n} `), count);
    const geen = await resultsOf(page);
    expect(geen.length).toBeGreaterThan(0);
    expect(geen.length).toBeLessThan(count);
    expect(geen.every((r) => r.meta.endsWith('beleidsruimte geen'))).toBe(true);

    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await clean(p);
  });

  it('takes filters from its URL', async () => {
    const p = await open('/zoeken/?q=eigen+bijdrage&wet=Wlz');
    const { page } = p;
    await page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="eigen bijdrage"] > li');
    expect(await page.isChecked('input[name="wet"][value="Wlz"]')).toBe(true);
    const results = await resultsOf(page);
    expect(results.slice(0, TOP).map((r) => r.url)).toContain('/wetten/wlz/#eigen-bijdrage-cak');
    expect(results.every((r) => /\bWlz\b/.test(r.meta)), JSON.stringify(results)).toBe(true);
    await clean(p);
  });

  it('without JavaScript says that search needs it, and offers the begrippen and the overviews', async () => {
    const noJs = await chromium.browser().newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    const w = await watch(page, baseUrl);
    await page.goto(`${baseUrl}/zoeken/?q=wlz`);
    expect(await page.locator('main').innerText()).toContain('Zoeken werkt alleen met JavaScript');
    for (const href of ['/begrippen/', '/wetten/', '/scheidslijnen/', '/casussen/']) {
      expect(await page.isVisible(`main a[href="${href}"]`), href).toBe(true);
    }
    expect(await page.isHidden('[data-sk-zoekpagina]')).toBe(true);
    // (axe cannot run without JavaScript; this text and these links are plain HTML.)
    expect(w.foreignRequests).toEqual([]);
    await noJs.close();
  });
});
