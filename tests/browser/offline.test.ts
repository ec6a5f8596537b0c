/**
 * Offline after one visit to any page (issue 22): a first visit to / only,
 * then without a network the werkblad (fill in, export), a wet page, the
 * kaart, the begrippen and search all work, and an address that is not on
 * the device shows the Dutch offline page instead of the browser's error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { offlineAfterVisit } from '../helpers/offline.ts';
import { searchOnPage } from '../../scripts/lib/golden.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

describe('offline after one visit to the home page', () => {
  it('every part of the site works without a network; a missing page gets the Dutch offline page', async () => {
    await offlineAfterVisit(chromium, baseUrl, '/', async (page) => {
      await page.goto(`${baseUrl}/vragen/`);
      await page.waitForSelector('html[data-werkblad="klaar"]');
      const id = await page.$eval('[data-sk-kolommen]', (e) => (e as HTMLElement).dataset.skKolommen!);
      await page.fill(`[id="${id}--wie"]`, 'griffie offline');
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-sk-actie="csv"]')]);
      const csv = readFileSync((await dl.path())!, 'utf8');
      expect(csv).toContain('griffie offline');

      await page.goto(`${baseUrl}/wetten/jeugdwet/`);
      expect(await page.locator('h1').textContent()).toContain('Jeugdwet');

      await page.goto(`${baseUrl}/kaart/`);
      expect(await page.locator('svg .marker').count()).toBeGreaterThan(10);

      await page.goto(`${baseUrl}/begrippen/`);
      expect(await page.locator('dl dt').count()).toBeGreaterThan(10);

      await page.goto(`${baseUrl}/zoeken/`);
      const hits = await searchOnPage(page, 'jeugdhulp');
      expect(hits.length).toBeGreaterThan(0);

      const response = await page.goto(`${baseUrl}/bestaat-nog-niet/`);
      expect(response?.ok()).toBe(true);
      expect(await page.locator('h1').textContent()).toBe('U bent offline');
      expect(await page.locator('main').innerText()).toMatch(/Na één bezoek aan de staalkaart werkt de hele site ook zonder internet/);
    }, { acceptDownloads: true });
  });
});
