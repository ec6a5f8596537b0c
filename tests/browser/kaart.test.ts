/**
 * The kaart in Chromium: without JavaScript (SVG and list, real links), with
 * JavaScript (click and keyboard selection, panel, layers, filter, zoom,
 * deep links), hostile URL states, axe, and printing.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, pagePool, useBrowser, watch } from '../helpers/browser.ts';
import { hostileQueries } from '../helpers/hostile.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

// Two pages at 1920 × 1080, with and without JavaScript, reused from test to test (see pagePool). The kaart keeps
// its state in the URL only, so each visit starts where its address says.
const contexts: Partial<Record<'js' | 'nojs', BrowserContext>> = {};
beforeAll(async () => {
  contexts.js = await chromium.newContext({ viewport: { width: 1920, height: 1080 } });
  contexts.nojs = await chromium.newContext({ javaScriptEnabled: false, viewport: { width: 1920, height: 1080 } });
});
const pools = { js: pagePool(() => contexts.js!, baseUrl, 1), nojs: pagePool(() => contexts.nojs!, baseUrl, 1) };

async function open(path = '/kaart/', opts: { js?: boolean } = {}): Promise<{ page: Page; w: Awaited<ReturnType<typeof watch>> }> {
  const { page, w } = await pools[opts.js === false ? 'nojs' : 'js'].visit(path);
  return { page, w };
}

const panelTitle = (page: Page) => page.locator('[data-paneel-titel]').textContent();
const panelVisible = (page: Page) => page.locator('[data-paneel]').isVisible();

describe('kaart without JavaScript', () => {
  it('holds the full SVG and the same content as a list, with real links', async () => {
    const { page } = await open('/kaart/', { js: false });
    const svg = page.locator('svg.sk-kaart__svg[data-variant="breed"]');
    await expect(svg.count()).resolves.toBe(1);
    const wetten = await page.$$eval('svg[data-variant="breed"] .regio[data-wet]', (els) => els.map((e) => e.getAttribute('data-wet')).sort());
    expect(wetten).toEqual(['jeugdwet', 'participatiewet', 'wlz', 'wmo', 'zvw']);
    const groepen = await page.$$eval('svg[data-variant="breed"] [data-groep]', (els) => [...new Set(els.map((e) => e.getAttribute('data-groep')))].sort());
    expect(groepen).toEqual(['gemeentelijk', 'landelijk']);

    const markers = await page.$$eval('svg[data-variant="breed"] a.marker', (els) => els.map((e) => ({ href: e.getAttribute('href'), grade: e.getAttribute('data-beleidsruimte'), label: e.textContent?.trim() })));
    expect(markers.length).toBeGreaterThanOrEqual(25);
    for (const m of markers) {
      expect(m.href).toMatch(/^\/wetten\/[a-z]+\/#[a-z0-9-]+$/);
      expect(['ruim', 'beperkt', 'geen']).toContain(m.grade);
      expect(m.label).not.toBe('');
    }
    const borders = await page.$$eval('svg[data-variant="breed"] a.scheidslijn', (els) => els.map((e) => e.getAttribute('href')));
    expect(borders.length).toBeGreaterThanOrEqual(8);
    for (const b of borders) expect(b).toMatch(/^\/scheidslijnen\/[a-z]+-[a-z]+\/$/);

    // The list says the same: every marker's keuze is in it with its grade.
    const items = await page.$$eval('.sk-kaartlijst li[data-item^="keuze:"]', (els) => els.map((e) => e.getAttribute('data-item')!.slice(6)));
    expect(items.sort()).toEqual(markers.map((m) => decodeURIComponent(m.href!).replace(/^\/wetten\/([a-z]+)\/#/, '$1/')).sort());
    expect(await page.locator('.sk-kaartlijst li[data-item^="scheidslijn:"]').count()).toBe(borders.length);
    // The controls need JavaScript and stay hidden without it.
    expect(await page.locator('[data-bediening]:visible').count()).toBe(0);
  });

  it('a marker is a link to its keuze on the wet page', async () => {
    const { page } = await open('/kaart/', { js: false });
    await page.locator('svg[data-variant="breed"] a.marker[data-keuze="wmo/eigen-bijdrage"]').click();
    await page.waitForURL('**/wetten/wmo/#eigen-bijdrage');
    expect(await page.locator('#eigen-bijdrage[data-beleidsruimte]').count()).toBe(1);
  });
});

describe('kaart with JavaScript', () => {
  it('opens the panel on click, highlights the item and puts it in the URL', async () => {
    const { page, w } = await open();
    await page.locator('svg[data-variant="breed"] a.marker[data-keuze="wmo/eigen-bijdrage"]').click();
    expect(await panelVisible(page)).toBe(true);
    expect(await panelTitle(page)).toBe('Eigen bijdrage');
    expect(await page.locator('[data-paneel] .sk-grade').textContent()).toContain('ruim');
    expect(await page.locator('[data-paneel-link]').getAttribute('href')).toBe('/wetten/wmo/#eigen-bijdrage');
    expect(new URL(page.url()).search).toBe('?keuze=wmo/eigen-bijdrage');
    expect(await page.locator('svg[data-variant="breed"] a.marker.is-geselecteerd').count()).toBe(1);
    expect(await page.locator('svg[data-variant="breed"] .regio.is-buur[data-wet="wmo"]').count()).toBe(1);

    await page.locator('svg[data-variant="breed"] a.scheidslijn[data-scheidslijn="wmo-wlz"]').click({ force: true });
    expect(await panelTitle(page)).toContain('Wmo en Wlz');
    expect(new URL(page.url()).search).toBe('?grens=wmo-wlz');
    expect(await page.locator('svg[data-variant="breed"] .regio.is-buur').evaluateAll((els) => els.map((e) => e.getAttribute('data-wet')).sort())).toEqual(['wlz', 'wmo']);
    expect(w.consoleErrors).toEqual([]);
  });

  it('is one tab stop; arrow keys move between items, Enter opens, Escape closes', async () => {
    const { page } = await open();
    // The zoom buttons come right before the kaart; "Volledig scherm" is the last of them.
    await page.locator('[data-volledig]').focus();
    for (let i = 0; i < 8 && !(await page.evaluate(() => !!document.activeElement?.closest('svg'))); i++) await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-item'));
    expect(first).toMatch(/^(wet|keuze|scheidslijn):/);
    // Only one item in the tab order.
    expect(await page.$$eval('svg[data-variant="breed"] a.kaart-item', (els) => els.filter((e) => e.getAttribute('tabindex') === '0').length)).toBe(1);

    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-item'));
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowDown');
    const third = await page.evaluate(() => document.activeElement?.getAttribute('data-item'));
    expect(third).toMatch(/^(wet|keuze|scheidslijn):/);

    await page.keyboard.press('Enter');
    expect(await panelVisible(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-paneel'))).toBe(true);
    expect(page.url()).toContain(encodeURI(third!.replace(':', '=')).replace('%2F', '/'));

    await page.keyboard.press('Escape');
    expect(await panelVisible(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item'))).toBe(third);
    expect(new URL(page.url()).search).toBe('');

    // Tab leaves the kaart in one step.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('svg'))).toBe(false);
  });

  it('each layer changes what the markers and the legend show', async () => {
    const { page } = await open();
    const shown = () =>
      page.evaluate(() => {
        const m = document.querySelector('svg[data-variant="breed"] a.marker')!;
        return Array.from(m.querySelectorAll('.sym')).filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.getAttribute('class'));
      });
    const legend = () => page.$$eval('[data-legenda]', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute('data-legenda')));
    expect(await shown()).toEqual([expect.stringContaining('sym-beleidsruimte')]);
    expect(await legend()).toEqual(['beleidsruimte']);
    for (const [laag, label] of [
      ['wiebeslist', 'Wie beslist'],
      ['wiebetaalt', 'Wie betaalt'],
      ['regionaal', 'Regionaal of lokaal'],
    ] as const) {
      await page.getByLabel(label).check();
      expect(await page.getAttribute('svg.sk-kaart__svg[data-variant="breed"]', 'data-laag')).toBe(laag);
      expect(await shown()).toEqual([`sym sym-${laag}`]);
      expect(await legend()).toEqual([laag]);
      // The legend explains exactly the codes the markers use (issue 21: it explained an S no marker had).
      const codes = await page.evaluate((l) => {
        const opKaart = [...document.querySelectorAll(`svg[data-variant="breed"] a.marker .sym-${l} text`)].map((t) => t.textContent!.trim());
        const inLegenda = [...document.querySelectorAll(`[data-legenda="${l}"] li strong`)].map((t) => t.textContent!.trim());
        return { opKaart: [...new Set(opKaart)].sort(), inLegenda: [...inLegenda].sort() };
      }, laag);
      expect(codes.inLegenda.length).toBeGreaterThan(1);
      expect(codes.inLegenda, laag).toEqual(codes.opKaart);
      expect(new URL(page.url()).searchParams.get('laag')).toBe(laag);
      // The accessible name: the code shown, the visible label, and the category in words, each once (issue 21).
      const marker = 'svg[data-variant="breed"] a.marker[data-keuze="wmo/eigen-bijdrage"]';
      const code = (await page.textContent(`${marker} .sym-${laag} text`))!.trim();
      const name = (await page.getAttribute(marker, 'aria-label'))!;
      expect(name.startsWith(`${code} Eigen bijdrage`), name).toBe(true);
      expect(name.split(code).length - 1, name).toBe(1);
      expect(name).toMatch(new RegExp(`; ${label.toLowerCase()}: [a-z]`));
    }
  });

  it('the grade filter hides markers of an unticked grade', async () => {
    const { page } = await open();
    const visible = (grade: string) => page.$$eval(`svg[data-variant="breed"] a.marker[data-beleidsruimte="${grade}"]`, (els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    const geen = await visible('geen');
    expect(geen).toBeGreaterThan(0);
    await page.locator('input[name="toon"][value="geen"]').uncheck();
    expect(await visible('geen')).toBe(0);
    expect(await visible('ruim')).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('toon')).toBe('ruim,beperkt');
    await page.locator('input[name="toon"][value="geen"]').check();
    expect(await visible('geen')).toBe(geen);
  });

  it('zooms and pans with buttons and keys', async () => {
    const { page } = await open();
    const viewBox = () => page.getAttribute('svg.sk-kaart__svg[data-variant="breed"]', 'viewBox');
    const full = (await viewBox())!;
    // Waits for the zoom or pan animation to settle where expected (no fixed pause: a busy machine animates slower).
    const until = (test: string, arg: string) =>
      page.waitForFunction(
        ([t, a]) => {
          const vb = document.querySelector('svg.sk-kaart__svg[data-variant="breed"]')!.getAttribute('viewBox')!;
          if (t === 'is') return vb === a;
          if (t === 'not') return vb !== a;
          return Number(vb.split(' ')[0]) > Number(a);
        },
        [test, arg] as const,
        { timeout: 60_000 },
      );
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await until('not', full);
    // The end of the zoom animation: the viewBox stays the same over two animation frames (the animation changes it
    // on every frame until it ends, however slow the machine).
    await page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const vb = () => document.querySelector('svg.sk-kaart__svg[data-variant="breed"]')!.getAttribute('viewBox');
          const before = vb();
          requestAnimationFrame(() => requestAnimationFrame(() => done(vb() === before)));
        }),
      undefined,
      { timeout: 60_000 },
    );
    const zoomed = (await viewBox())!.split(' ').map(Number);
    expect(zoomed[2]).toBeLessThan(1200);
    await page.getByRole('button', { name: 'Schuif naar rechts' }).click();
    await until('right-of', String(zoomed[0]));
    await page.getByRole('button', { name: 'Hele kaart' }).click();
    await until('is', full);
    // Keys: focus in the kaart, + zooms in, 0 resets.
    await page.locator('svg[data-variant="breed"] a.kaart-item[tabindex="0"]').focus();
    await page.keyboard.press('+');
    await until('not', full);
    await page.keyboard.press('0');
    await until('is', full);
  });

  it('goes full screen for a werksessie and back', async () => {
    const { page } = await open();
    const button = page.locator('[data-volledig]');
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement?.hasAttribute('data-kaart') && document.querySelector('[data-volledig]')?.getAttribute('aria-pressed') === 'true');
    expect(await button.textContent()).toBe('Volledig scherm sluiten');
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement === null && document.querySelector('[data-volledig]')?.getAttribute('aria-pressed') === 'false');
    expect(await button.textContent()).toBe('Volledig scherm');
  });

  it('respects prefers-reduced-motion: zoom changes at once', async () => {
    const context = await chromium.newContext({ reducedMotion: 'reduce', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/kaart/`);
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    // No animation frames needed: the final viewBox is there right after the click.
    expect((await page.getAttribute('svg.sk-kaart__svg[data-variant="breed"]', 'viewBox'))!.split(' ').map(Number)[2]).toBeCloseTo(800, 0);
    await context.close();
  });

  it('a deep link restores selection, layer, filter and zoom', async () => {
    const { page } = await open('/kaart/?keuze=wmo/eigen-bijdrage&laag=wiebeslist&toon=ruim,geen&zoom=2,600,430');
    expect(await panelVisible(page)).toBe(true);
    expect(await panelTitle(page)).toBe('Eigen bijdrage');
    expect(await page.getAttribute('svg.sk-kaart__svg[data-variant="breed"]', 'data-laag')).toBe('wiebeslist');
    expect(await page.isChecked('input[name="laag"][value="wiebeslist"]')).toBe(true);
    expect(await page.isChecked('input[name="toon"][value="beperkt"]')).toBe(false);
    expect(await page.getAttribute('svg.sk-kaart__svg[data-variant="breed"]', 'viewBox')).toBe('300 205 600 450');
    // The link's zoom leaves the selected marker out of view: the one tab stop is on an item that is in view.
    const stops = await page.$$eval('svg[data-variant="breed"] a.kaart-item[tabindex="0"]', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const f = e.closest('svg')!.getBoundingClientRect();
        return e.checkVisibility({ visibilityProperty: true }) && r.right > f.left && r.left < f.right && r.bottom > f.top && r.top < f.bottom;
      }),
    );
    expect(stops).toEqual([true]);
  });

  it('a sample of random and hostile URL states never throws and never injects markup (the parser is fuzzed in tests/unit/kaart-state.test.ts)', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    const w = await watch(page, baseUrl);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${baseUrl}/kaart/`);
    const clean = await page.evaluate(() => ({ elements: document.querySelectorAll('*').length, scripts: document.scripts.length }));

    const urls = hostileQueries(40, 7).map((q) => `/kaart/${q}`);
    // Each state is applied as a fresh load of the page's script: navigate within the same document
    // would not rerun it, so every 10th URL is a real navigation and the rest reuse history + reload.
    for (const [i, url] of urls.entries()) {
      if (i % 10 === 0) await page.goto(baseUrl + url, { waitUntil: 'load' });
      else {
        await page.evaluate((u) => history.replaceState(null, '', u), url);
        await page.reload({ waitUntil: 'load' });
      }
      const r = await page.evaluate(() => ({
        pwned: '__pwned' in window,
        injected: document.querySelectorAll('main b, main img:not([src^="/"]), svg svg, main script:not([type="module"]):not([src])').length,
        scripts: document.scripts.length,
        panelHtml: document.querySelector('[data-paneel-inhoud]')?.innerHTML ?? '',
      }));
      expect(r.pwned, url).toBe(false);
      expect(r.injected, url).toBe(0);
      expect(r.scripts, url).toBe(clean.scripts);
      expect(r.panelHtml, url).not.toMatch(/onerror|onload|<script|javascript:/i);
    }
    expect(dialogs).toBe(0);
    expect(w.consoleErrors).toEqual([]);
    await context.close();
  });

  it('axe reports zero violations in the default state and with the panel open', async () => {
    const { page } = await open();
    expect(await axe(page)).toEqual([]);
    await page.locator('svg[data-variant="breed"] a.marker[data-keuze="wmo/eigen-bijdrage"]').click();
    expect(await panelVisible(page)).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Wie betaalt').check();
    expect(await axe(page)).toEqual([]);
  });

  it('prints the kaart with its legend on one A4 landscape page', async () => {
    const { page } = await open();
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1);
    // The first page is A4 landscape (842 × 595 pt) and the only landscape page: the kaart and legend fit on it.
    expect(boxes[0]![0]).toBeCloseTo(842, 0);
    expect(boxes[0]![1]).toBeCloseTo(595, 0);
    expect(boxes.filter(([wd, ht]) => wd! > ht!).length).toBe(1);
    // And in print the legend sits right beside the kaart: it starts and ends within the kaart's height.
    await page.emulateMedia({ media: 'print' });
    const legend = (await page.locator('.sk-legenda').boundingBox())!;
    const svg = (await page.locator('svg.sk-kaart__svg[data-variant="breed"]').boundingBox())!;
    expect(legend.x).toBeGreaterThanOrEqual(svg.x + svg.width - 1);
    expect(legend.y).toBeGreaterThanOrEqual(svg.y - 1);
    expect(legend.y + legend.height).toBeLessThanOrEqual(svg.y + svg.height + 1);
  });
});
