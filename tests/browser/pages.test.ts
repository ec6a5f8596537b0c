/**
 * Every built page, in Chromium: it loads with no console error and no
 * request to another origin, fits a 320 px wide screen without sideways
 * scrolling, has lang="nl", carries the strict Content-Security-Policy and
 * breaks none of it, passes axe (WCAG 2.2 AA) with zero violations at
 * 1280 × 720, and its skip link moves focus to the main content.
 * One visit per page does all of it (the CSP with the scripts at work is in
 * csp.test.ts). In an editie: the pages the editie changes, and one
 * page of every section (tests/helpers/site.ts, pagesToCheck).
 */
import { describe, expect, inject, it } from 'vitest';
import { axe, pagePool, twoFrames, useBrowser } from '../helpers/browser.ts';
import { metaPolicy, parsePolicy, policyProblems } from '../helpers/csp.ts';
import { builtPages, pagesToCheck } from '../helpers/site.ts';
import { cspHeader } from '../../src/lib/csp.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const pages = pagesToCheck();
// Two reused pages, one per core: each visit navigates a page that is open already (see pagePool).
const pool = pagePool(chromium.context, baseUrl, 2);

describe.concurrent('every built page', () => {
  it('there are pages to test', () => {
    expect(builtPages().map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/wetten/', '/begrippen/', '/over/', '/bronnen/', '/toegankelijkheid/', '/404.html']));
    // An editie's own pages and every wet page (they hold "Wat koos uw gemeente?") are always among those checked.
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/kaart/', '/vragen/', '/wetten/wmo/', '/wetten/jeugdwet/', '/wetten/participatiewet/']));
  });

  for (const { path } of pages) {
    it(`${path} loads cleanly, fits 320 px, keeps to the CSP, is accessible and its skip link works`, async (test) => {
      // Loaded on a 320 px wide screen: nothing makes the page scroll sideways. Then the window widens.
      const { page, w, csp, response } = await pool.visit(path, test, { viewport: { width: 320, height: 640 } });
      expect(response?.status(), 'HTTP status').toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 320 px').toBeLessThanOrEqual(320);
      await page.setViewportSize({ width: 1280, height: 720 });
      // The page answers the new width on its next frame (media queries, resize observers): let it, then look.
      await twoFrames(page);
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

      // The strict policy: the browser enforces the <meta> policy and the header together (style-src-attr comes from
      // the header). Scrolled to the end, so lazy parts run too; no violation.
      expect(policyProblems(await metaPolicy(page), parsePolicy(cspHeader()))).toEqual([]);
      // Parts scrolled into view are laid out and run on the next frames: look after two frames have been drawn.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await twoFrames(page);
      expect(await csp.violations()).toEqual([]);

      expect(w.consoleErrors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
    });
  }
});
