/**
 * The shell at small sizes and the CSS-only filter on /casussen/: every page
 * fits a 320 px wide screen without sideways scrolling, and the casussen
 * overview filters by law with no JavaScript at all.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/site.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

describe('responsive down to 320 px', () => {
  it('no page scrolls sideways at 320 px', async () => {
    const context = await chromium.browser().newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const { path } of builtPages()) {
      await page.goto(baseUrl + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('casussen overview', () => {
  it('filters by law without JavaScript', async () => {
    const context = await chromium.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/casussen/`);
    const visibleGroups = () => page.$$eval('section.sk-groep', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('data-wet')));
    expect((await visibleGroups()).length).toBe(5);
    await page.getByLabel('Wmo', { exact: true }).check();
    expect(await visibleGroups()).toEqual(['wmo']);
    await page.getByLabel('alle wetten').check();
    expect((await visibleGroups()).length).toBe(5);
    await context.close();
  });
});
