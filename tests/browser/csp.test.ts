/**
 * The Content-Security-Policy in Chromium (every built page carries the strict policy and causes no violation:
 * pages.test.ts, on the same visit as axe); here the kaart in every layer, with a selection and zoom; search
 * (Pagefind's WebAssembly) from the header and on /zoeken/. A deliberately broken page (inline handler, inline script, style attribute)
 * shows the check does see violations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { pagePool, useBrowser } from '../helpers/browser.ts';
import { watchCsp } from '../helpers/csp.ts';
import { LAGEN } from '../../src/lib/kaart/lagen.ts';
import { cspHeader } from '../../src/lib/csp.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

// One page of the shared context (the service worker at work), reused from test to test (see pagePool).
const pool = pagePool(chromium.context, baseUrl, 1);

async function open(path: string) {
  const { page, w, csp, response } = await pool.visit(path);
  return { page, w, csp, status: response?.status() };
}

// Every built page is checked for the strict policy and for violations on its one visit in pages.test.ts.

describe('CSP with the scripts at work', () => {
  // "Onze keuzes" exists only in an editie.
  for (const laag of LAGEN.filter((l) => l !== 'onzekeuzes')) {
    it(`the kaart in layer ${laag}: select, zoom, no violation`, async () => {
      const { page, csp } = await open(`/kaart/?laag=${laag}`);
      expect(await page.getAttribute('svg.sk-kaart__svg', 'data-laag')).toBe(laag);
      await page.locator('svg a.marker').first().click();
      const zoom = page.locator('[data-zoom="in"]');
      if (await zoom.isVisible()) await zoom.click();
      expect(await csp.violations()).toEqual([]);
    });
  }

  it('search from the header field runs Pagefind (WebAssembly) with no violation', async () => {
    const { page, csp } = await open('/');
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(new URL(r.url()).pathname);
    page.on('request', onRequest);
    onTestFinished(() => void page.off('request', onRequest));
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('eigen bijdrage');
    await page.locator('#sk-zoekveld-lijst [role="option"]').first().waitFor({ timeout: 60_000 });
    expect(requests.some((p) => p.startsWith('/pagefind/') && p.includes('wasm'))).toBe(true);
    expect(await csp.violations()).toEqual([]);
  });

  it('/zoeken/?q=… finds results with no violation', async () => {
    const { page, csp } = await open('/zoeken/?q=jeugdhulp');
    await page.waitForFunction(() => document.querySelectorAll('[data-sk-zoekresultaten] > li').length > 0, undefined, { timeout: 60_000 });
    expect(await csp.violations()).toEqual([]);
  });
});

describe('the CSP check itself', () => {
  it('reports an inline handler, an inline script and a style attribute on a broken page', async () => {
    // A fresh context, so without service workers: the kaart's worker (registered by earlier tests in the shared
    // context) would answer this navigation itself, and page.route never sees it.
    const context = await chromium.newContext();
    const page = await context.newPage();
    const csp = await watchCsp(page);
    const broken = readFileSync('tests/fixtures/web/csp-broken.html', 'utf8');
    // Served as the site serves it: the <meta> policy in the page and the same policy as a header.
    const html = readFileSync('dist/index.html', 'utf8').replace('</body>', `${broken}</body>`);
    await page.route(`${baseUrl}/__kapot/`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': cspHeader() }, body: html }));
    await page.goto(`${baseUrl}/__kapot/`, { waitUntil: 'load' });
    await page.locator('#kapot').dispatchEvent('click');
    expect(await page.title()).not.toBe('kapot');
    expect(await page.evaluate(() => document.body.dataset.inline)).toBeUndefined();
    const violations = (await csp.violations()).join('\n');
    expect(violations).toMatch(/script-src-attr/);
    expect(violations).toMatch(/script-src-elem/);
    expect(violations).toMatch(/style-src-attr/);
    await context.close();
  });
});
