/**
 * What the first screen shows. On a phone the site header stays small (menu
 * and search fold behind two buttons, also without JavaScript), and on
 * /kaart/ the map itself starts within the first screen, on a phone and on a
 * laptop. The header search keeps working from its button.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { pagePool, useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const contexts: Partial<Record<'js' | 'nojs', BrowserContext>> = {};
beforeAll(async () => {
  contexts.js = await chromium.newContext();
  contexts.nojs = await chromium.newContext({ javaScriptEnabled: false });
});
const pools = { js: pagePool(() => contexts.js!, baseUrl, 1), nojs: pagePool(() => contexts.nojs!, baseUrl, 1) };

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

describe('the site header on a phone (390 px)', () => {
  for (const js of [true, false]) {
    it(`is at most 120 px high, and its menu and search open from buttons (${js ? 'with' : 'without'} JavaScript)`, async () => {
      const pool = pools[js ? 'js' : 'nojs'];
      for (const path of ['/', '/kaart/', '/wetten/wmo/', '/zoeken/']) {
        const { page } = await pool.visit(path, undefined, { viewport: PHONE });
        const h = await page.evaluate(() => document.querySelector('header.sk-header')!.getBoundingClientRect().height);
        expect(h, `${path}: header height`).toBeLessThanOrEqual(120);
        // Folded: the links and the field are not shown, the two buttons are.
        expect(await page.locator('nav[aria-label="Hoofdmenu"] a[href="/wetten/"]').isVisible()).toBe(false);
        expect(await page.locator('#sk-zoekveld').isVisible()).toBe(false);
      }
      const { page } = await pool.visit('/', undefined, { viewport: PHONE });
      await page.getByText('Menu', { exact: true }).click();
      await page.locator('nav[aria-label="Hoofdmenu"] a[href="/wetten/"]').click();
      await page.waitForURL('**/wetten/');
      await page.getByText('Zoeken', { exact: true }).first().click();
      expect(await page.locator('#sk-zoekveld').isVisible()).toBe(true);
      await page.locator('#sk-zoekveld').fill('beschermd wonen');
      await page.locator('#sk-zoekveld').press('Enter');
      await page.waitForURL('**/zoeken/?q=beschermd+wonen');
    });
  }

  it('on a wide screen the menu and search stay open, with no buttons', async () => {
    const { page } = await pools.js.visit('/', undefined, { viewport: LAPTOP });
    expect(await page.locator('nav[aria-label="Hoofdmenu"] a[href="/wetten/"]').isVisible()).toBe(true);
    expect(await page.locator('#sk-zoekveld').isVisible()).toBe(true);
    expect(await page.locator('.sk-header summary:visible').count()).toBe(0);
  });

  it('Escape folds an open part away again and returns to its button', async () => {
    const { page } = await pools.js.visit('/', undefined, { viewport: PHONE });
    await page.locator('.sk-header__menu summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('nav[aria-label="Hoofdmenu"] a[href="/wetten/"]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await page.locator('nav[aria-label="Hoofdmenu"] a[href="/wetten/"]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('.sk-header__menu summary'))).toBe(true);
  });
});

describe('the kaart comes first on /kaart/', () => {
  for (const [name, size] of Object.entries({ phone: PHONE, laptop: LAPTOP })) {
    for (const js of [true, false]) {
      it(`${name} ${size.width} × ${size.height} (${js ? 'with' : 'without'} JavaScript): the map starts within the first screen`, async () => {
        const { page } = await pools[js ? 'js' : 'nojs'].visit('/kaart/', undefined, { viewport: size });
        const top = await page.evaluate(() => [...document.querySelectorAll('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!.getBoundingClientRect().top);
        console.log(`/kaart/ at ${size.width}×${size.height} ${js ? 'with' : 'without'} JS: map starts at ${Math.round(top)} px`);
        // Within the first screen, with a good part of it showing (not just its top edge).
        expect(top).toBeLessThanOrEqual(size.height * 0.5);
      });
    }
  }
});
