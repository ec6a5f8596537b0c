/**
 * The shell every page shares: main navigation, breadcrumb, footer, the
 * Dutch 404 page, visible focus, and the print stylesheet.
 */
import { describe, expect, inject, it } from 'vitest';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { parse, type Node } from 'ultrahtml';
import { readFileSync } from 'node:fs';
import { useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/site.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const attr = (n: Node, a: string) => (n.attributes as Record<string, string>)[a];

describe('shell on every page', () => {
  for (const { path, file } of builtPages()) {
    it(`${path} has the main navigation, breadcrumb and footer`, () => {
      const doc = parse(readFileSync(file, 'utf8'));
      const nav = querySelector(doc, 'nav[aria-label="Hoofdmenu"]');
      expect(nav).toBeTruthy();
      const links = querySelectorAll(nav, 'a').map((a: Node) => attr(a, 'href'));
      expect(links).toEqual(expect.arrayContaining(['/kaart/', '/wetten/', '/scheidslijnen/', '/raad/', '/zoeken/']));
      const search = querySelector(querySelector(doc, 'header'), 'form[role="search"]');
      expect(search && querySelector(search, 'input[name="q"]')).toBeTruthy();
      if (path !== '/' && path !== '/404.html') {
        const crumbs = querySelectorAll(doc, 'nav[aria-label="Kruimelpad"] a');
        expect(crumbs.length).toBeGreaterThanOrEqual(2);
        expect(attr(crumbs[0]!, 'href')).toBe('/');
        expect(attr(crumbs[crumbs.length - 1]!, 'aria-current')).toBe('page');
      }
      const footer = querySelectorAll(doc, 'footer a').map((a: Node) => attr(a, 'href'));
      expect(footer).toEqual(expect.arrayContaining(['/bronnen/', '/toegankelijkheid/', '/over/#licenties', '/wijzigingen/', '/feiten/']));
      // Two dates: the stand of the law texts, and up to when developments were followed.
      const html = readFileSync(file, 'utf8');
      expect(html).toMatch(/Wetteksten: stand van <strong[^>]*>\d+ \w+ 20\d\d<\/strong>/);
      expect(html).toMatch(/gevolgd tot <strong[^>]*>\d+ \w+ 20\d\d<\/strong>/);
    });
  }
});

describe('404', () => {
  it('an unknown address gets the Dutch 404 page with status 404', async () => {
    const page = await chromium.browser().newPage();
    const response = await page.goto(`${baseUrl}/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Deze pagina bestaat niet');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.close();
  });
});

describe('focus and print', () => {
  it('a focused link has a visible outline', async () => {
    const page = await chromium.browser().newPage();
    await page.goto(`${baseUrl}/wetten/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('printing leaves out header, navigation and search, and spells out external links', async () => {
    const page = await chromium.browser().newPage();
    await page.goto(`${baseUrl}/wetten/wmo/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.sk-header').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('main a[href^="https://wetten.overheid.nl"]')!, '::after').content);
    expect(after).toContain('wetten.overheid.nl');
    await page.close();
  });
});
