/**
 * Every built page, in Chromium: it loads with no console error and no
 * request to another origin, has lang="nl", passes axe (WCAG 2.2 AA) with zero
 * violations, and its skip link moves focus to the main content.
 */
import { describe, expect, inject, it } from 'vitest';
import { axe, useBrowser, watch } from '../helpers/browser.ts';
import { builtPages } from '../helpers/site.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const pages = builtPages();

describe('every built page', () => {
  it('there are pages to test', () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/wetten/', '/begrippen/', '/over/', '/bronnen/', '/toegankelijkheid/', '/404.html']));
  });

  for (const { path } of pages) {
    it(`${path} loads cleanly, is accessible and its skip link works`, async () => {
      const page = await chromium.context().newPage();
      const w = await watch(page, baseUrl);
      const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
      expect(response?.status(), 'HTTP status').toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      expect(await page.title()).not.toBe('');

      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

      // The skip link is the first tab stop and moves focus to <main>.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Naar de inhoud');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).position)).toBe('fixed');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

      expect(w.consoleErrors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
      await page.close();
    });
  }
});
