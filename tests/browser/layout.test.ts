/**
 * The CSS-only filter on /casussen/: the casussen overview filters by law with
 * no JavaScript at all. (That every page fits a 320 px wide screen is checked
 * on each page's visit in pages.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

describe('casussen overview', () => {
  it('filters by law without JavaScript', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
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
