/**
 * The trainer's kit in Chromium (issue 13): a rondleiding by keyboard, the
 * step URL, label sizes on a 1920 × 1080 beamer, axe in presentation mode,
 * casus routes in the order given, the hand-outs' page counts, the kaart
 * download (SVG with legend, PNG ≥ 2400 px) and offline use after one visit.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, pagePool, twoFrames, useBrowser } from '../helpers/browser.ts';
import { offlineAfterVisit } from '../helpers/offline.ts';
import { loadContentDir } from '../../src/lib/content/check.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { serve } from '../../scripts/serve.mjs';
import { measurePage } from '../../scripts/budget.ts';
import { builtPages, DIST } from '../helpers/site.ts';
import { gzipSync } from 'node:zlib';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const content = loadContentDir('content');
const tour = (id: string) => content.rondleidingen.find((r) => r.id === id)!.data;

// One page, reused from test to test at the screen size each test asks for (see pagePool); the kit keeps no state
// outside the URL, so each visit starts where its address says.
let context: BrowserContext;
beforeAll(async () => {
  context = await chromium.newContext({ acceptDownloads: true });
});
afterAll(() => context.close());
const pool = pagePool(() => context, baseUrl, 1);
async function open(path: string, viewport = { width: 1920, height: 1080 }) {
  const { page, w } = await pool.visit(path, undefined, { viewport });
  return { page, w };
}

const stapNummer = (page: Page) => page.locator('[data-stapnummer]').textContent();
const stapTitel = (page: Page) => page.locator('#presentatie-titel').textContent();
const search = (page: Page) => new URL(page.url()).search;

/** Pages of a PDF made by Chromium, with their sizes in pt. */
function pdfPages(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Type\s*\/Page\b[^s][\s\S]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
async function pdfOf(path: string): Promise<[number, number][]> {
  // Printing lays the page out on the paper size of its @page rule, whatever the window size.
  const { page } = await open(path);
  return pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

describe('rondleiding (presentation mode)', () => {
  it('runs through with the keyboard only: start, next and previous with the clicker keys, Escape leaves', async () => {
    const { page, w } = await open('/kaart/');
    const t = tour('jeugdwet');
    // Reach the start button with Tab from the tour list, no mouse.
    await page.locator('#ws-rondleiding').focus();
    await page.locator('#ws-rondleiding').selectOption('jeugdwet');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('[data-presentatie]').waitFor();
    expect(await stapNummer(page)).toBe(`Stap 1 van ${t.stappen.length}`);
    expect(await stapTitel(page)).toBe(t.stappen[0]!.titel);
    expect(search(page)).toBe('?rondleiding=jeugdwet&stap=1');

    const keys = ['ArrowRight', 'PageDown', ' ', 'PageUp', 'ArrowLeft', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'];
    const want = [2, 3, 4, 3, 2, 3, 4, 5, 5];
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      const n = Math.min(want[i]!, t.stappen.length);
      expect(await stapNummer(page), `after ${key}`).toBe(`Stap ${n} van ${t.stappen.length}`);
      expect(await stapTitel(page)).toBe(t.stappen[n - 1]!.titel);
    }
    // The live region says the step for screen readers.
    const status = page.locator('[data-presentatie-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toContain(t.stappen[t.stappen.length - 1]!.tekst);
    // The last step draws its casus route.
    expect(await page.locator('svg.sk-kaart__svg .kaart-route').count()).toBe(1);

    await page.keyboard.press('Escape');
    expect(await page.locator('[data-presentatie]').count()).toBe(0);
    expect(await page.locator('svg.sk-kaart__svg .kaart-route, svg.sk-kaart__svg .is-uitgelicht').count()).toBe(0);
    expect(search(page)).toBe('');
    expect(w.consoleErrors).toEqual([]);
  });

  it('the URL of a step restores that step, with its highlights', async () => {
    const t = tour('jeugdwet');
    const { page } = await open('/kaart/?rondleiding=jeugdwet&stap=4');
    await page.locator('[data-presentatie]').waitFor();
    expect(await stapNummer(page)).toBe(`Stap 4 van ${t.stappen.length}`);
    expect(await stapTitel(page)).toBe(t.stappen[3]!.titel);
    const lit = await page.$$eval('svg.sk-kaart__svg .marker.is-uitgelicht', (els) => els.map((e) => e.getAttribute('data-keuze')).sort());
    expect(lit).toEqual([...t.stappen[3]!.keuzes].sort());
  });

  it('ignores unknown tours and clamps the step number', async () => {
    const { page } = await open('/kaart/?rondleiding=%3Cscript%3E&stap=2');
    // The tour code has had its say once it has the tours (their file fully loaded) and the page has drawn two frames
    // since; the network being quiet for a while says nothing on a busy machine.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === '/werksessie/rondleidingen.json'));
    await twoFrames(page);
    expect(await page.locator('[data-presentatie]').count()).toBe(0);
    await page.goto(`${baseUrl}/kaart/?rondleiding=wmo&stap=999`);
    await page.locator('[data-presentatie]').waitFor();
    const n = tour('wmo').stappen.length;
    expect(await stapNummer(page)).toBe(`Stap ${n} van ${n}`);
  });

  // Highlighted labels are not enlarged (that made them cover their neighbours, issue 21): the step zooms in on its
  // keuzes as far as all of them, with their labels, stay in view. Overlaps are checked in kaart-presentatie.test.ts.
  it('at 1920 × 1080: step text ≥ 24 px, highlighted labels ≥ 20 px, every other kaart label ≥ 16 px', async () => {
    const { page } = await open('/kaart/?rondleiding=wmo&stap=2');
    await page.locator('[data-presentatie]').waitFor();
    const sizes = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg.sk-kaart__svg')!;
      const scale = svg.getScreenCTM()!.a;
      const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize) * scale;
      const visible = (e: Element) => (e as SVGGraphicsElement).getBBox().width > 0 && getComputedStyle(e).display !== 'none' && !e.closest('.sym, [hidden]');
      const texts = [...svg.querySelectorAll('text')].filter(visible).filter((e) => !e.closest('.route-stap') || e.classList.contains('route-label'));
      const lit = texts.filter((e) => e.closest('.is-uitgelicht'));
      const rest = texts.filter((e) => !e.closest('.is-uitgelicht'));
      const text = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return {
        highlighted: Math.min(...lit.map(px)),
        highlightedCount: lit.length,
        other: Math.min(...rest.map(px)),
        stepText: Math.min(text('.sk-presentatie__tekst'), text('.sk-presentatie__vraag'), text('#presentatie-titel')),
      };
    });
    console.log(`presentation at 1920×1080: step text ${sizes.stepText} px, highlighted labels ≥ ${sizes.highlighted.toFixed(1)} px (${sizes.highlightedCount}), other labels ≥ ${sizes.other.toFixed(1)} px`);
    expect(sizes.highlightedCount).toBeGreaterThan(0);
    expect(sizes.highlighted).toBeGreaterThanOrEqual(20);
    expect(sizes.other).toBeGreaterThanOrEqual(16);
    expect(sizes.stepText).toBeGreaterThanOrEqual(24);
  });

  it('route labels of a casus step are large too', async () => {
    const { page } = await open('/kaart/?rondleiding=waar-de-wetten-elkaar-raken&stap=4');
    await page.locator('svg.sk-kaart__svg .kaart-route').waitFor();
    const min = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg.sk-kaart__svg')!;
      const scale = svg.getScreenCTM()!.a;
      return Math.min(...[...svg.querySelectorAll('.kaart-route .route-label')].map((e) => parseFloat(getComputedStyle(e).fontSize) * scale));
    });
    expect(min).toBeGreaterThanOrEqual(24);
  });

  it('axe has nothing to report in presentation mode', async () => {
    for (const path of ['/kaart/?rondleiding=jeugdwet&stap=2', '/kaart/?rondleiding=zvw&stap=4']) {
      const { page } = await open(path);
      await page.locator('[data-presentatie]').waitFor();
      expect(await axe(page), path).toEqual([]);
    }
  });
});

describe('casus routes', () => {
  for (const casus of content.casussen.filter((c) => c.data.route)) {
    it(`${casus.id}: drawn in the order given`, async () => {
      const { page } = await open(`/casussen/${casus.id}/`, { width: 1280, height: 900 });
      const stappen = await page.$$eval('.kaart-route .route-stap', (els) =>
        els.map((e) => {
          const [x, y] = e.getAttribute('transform')!.match(/[\d.]+/g)!.map(Number);
          return { n: Number(e.getAttribute('data-stap')), wet: e.getAttribute('data-wet'), x: x!, y: y!, label: e.textContent!.trim() };
        }),
      );
      const route = casus.data.route!;
      expect(stappen.map((s) => s.wet)).toEqual(route.map((r) => r.wet));
      expect(stappen.map((s) => s.n)).toEqual(route.map((_, i) => i + 1));
      // Each leg runs from step i to step i + 1.
      const legs = await page.$$eval('.kaart-route .route-been', (els) =>
        els.map((e) => {
          const n = e.getAttribute('d')!.match(/-?[\d.]+/g)!.map(Number);
          return { from: [n[0]!, n[1]!], to: [n[n.length - 2]!, n[n.length - 1]!] };
        }),
      );
      expect(legs).toHaveLength(route.length - 1);
      legs.forEach((leg, i) => {
        const a = stappen[i]!;
        const b = stappen[i + 1]!;
        expect(Math.hypot(leg.from[0]! - a.x, leg.from[1]! - a.y)).toBeLessThan(Math.hypot(leg.from[0]! - b.x, leg.from[1]! - b.y));
        expect(Math.hypot(leg.to[0]! - b.x, leg.to[1]! - b.y)).toBeLessThan(Math.hypot(leg.to[0]! - a.x, leg.to[1]! - a.y));
      });
      // The same steps as text, in order.
      const items = await page.$$eval('.sk-route__stappen li', (els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ')));
      route.forEach((r, i) => expect(items[i]).toContain(r.wat));
    });
  }
});

describe('hand-outs', () => {
  it('each A4 hand-out of a wet prints on at most 2 A4 pages', async () => {
    for (const wet of content.wetten) {
      const pages = await pdfOf(`/werksessie/handout/${wet.id}/`);
      console.log(`hand-out ${wet.id}: ${pages.length} page(s)`);
      expect(pages.length, wet.id).toBeGreaterThanOrEqual(1);
      expect(pages.length, wet.id).toBeLessThanOrEqual(2);
      for (const [w, h] of pages) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    }
  });

  it('the hand-out has the summary and every keuze of the wet; without SITE_URL no QR code and no address', async () => {
    const { page } = await open('/werksessie/handout/jeugdwet/');
    const rows = await page.locator('.sk-handout__tabel tbody tr').count();
    expect(rows).toBe(content.keuzes.filter((k) => k.id.startsWith('jeugdwet/')).length);
    // npm test builds without SITE_URL (scripts/test.ts): the QR code and its address are left out, not invented.
    // With an address, src/lib/adres.ts and qr.ts make them (tests/unit/adres.test.ts).
    expect(await page.locator('.sk-handout__qr').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(/https?:\/\//);
  });

  it('the poster prints on one A3 landscape page, labels at least 7 pt', async () => {
    const pages = await pdfOf('/werksessie/poster/');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.map(Math.round)).toEqual([1191, 842]);
    const { page } = await open('/werksessie/poster/');
    await page.emulateMedia({ media: 'print' });
    const pt = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.sk-poster__kaart svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')].filter((t) => getComputedStyle(t).display !== 'none' && !t.closest('.sym'));
      // CSS px to pt: × 0.75.
      return Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale * 0.75));
    });
    console.log(`poster on A3: smallest kaart label ${pt.toFixed(1)} pt`);
    expect(pt).toBeGreaterThanOrEqual(7);
  });

  it('the oefeningen print two cards per A4', async () => {
    const pages = await pdfOf('/werksessie/oefeningen/');
    expect(pages).toHaveLength(Math.ceil(content.oefeningen.length / 2));
  });

  it('hand-outs are linked from /werksessie/ and from the wet page', async () => {
    const { page } = await open('/werksessie/');
    const links = await page.$$eval('main a', (els) => els.map((e) => e.getAttribute('href')));
    for (const wet of content.wetten) expect(links).toContain(`/werksessie/handout/${wet.id}/`);
    expect(links).toContain('/werksessie/poster/');
    expect(links).toContain('/werksessie/oefeningen/');
    for (const r of content.rondleidingen) expect(links).toContain(`/kaart/?rondleiding=${r.id}&stap=1`);
    await page.goto(`${baseUrl}/wetten/wmo/`);
    expect(await page.locator('main a[href="/werksessie/handout/wmo/"]').count()).toBe(1);
  });
});

describe('download for slides', () => {
  it('SVG of the current layer and filter opens and contains the legend and the source line', async () => {
    const { page } = await open('/kaart/', { width: 1400, height: 1000 });
    await page.locator('input[name="laag"][value="wiebeslist"]').check();
    await page.locator('input[name="toon"][value="geen"]').uncheck();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="svg"]').click()]);
    expect(dl.suggestedFilename()).toBe('staalkaart-wiebeslist-ruim-beperkt.svg');
    // Saved with its own name, so the browser opens it as SVG.
    const file = join(mkdtempSync(join(tmpdir(), 'staalkaart-download-')), dl.suggestedFilename());
    await dl.saveAs(file);
    const svg = readFileSync(file, 'utf8');
    const viewer = await page.context().newPage();
    await viewer.goto(pathToFileURL(file).href);
    const opened = await viewer.evaluate(() => ({
      root: document.documentElement.localName,
      legend: document.querySelector('.export-legenda')?.textContent ?? '',
      bron: document.querySelector('.export-bron')?.textContent ?? '',
      laag: document.querySelector('svg svg')?.getAttribute('data-laag'),
      geen: document.querySelectorAll('.marker[data-beleidsruimte="geen"]').length,
      ruim: document.querySelectorAll('.marker[data-beleidsruimte="ruim"]').length,
    }));
    expect(opened.root).toBe('svg');
    expect(opened.legend).toContain('Legenda');
    expect(opened.legend).toContain('de gemeenteraad');
    expect(opened.bron).toMatch(/peildatum \d+ \w+ \d{4}/);
    // Built without SITE_URL: the source line names the site and peildatum, without an address.
    expect(opened.bron).toMatch(/^Bron: Staalkaart sociaal domein · peildatum/);
    expect(opened.bron).not.toMatch(/https?:/);
    expect(opened.laag).toBe('wiebeslist');
    expect(opened.geen).toBe(0);
    expect(opened.ruim).toBeGreaterThan(0);
    expect(svg).not.toContain('tabindex');
  });

  it('PNG is at least 2400 px wide', async () => {
    const { page } = await open('/kaart/', { width: 1400, height: 1000 });
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="png"]').click()]);
    const png = readFileSync(await dl.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    console.log(`PNG download: ${width} × ${height} px`);
    expect(width).toBeGreaterThanOrEqual(2400);
  });
});

/** Waits until the service worker is active and has precached the hand-outs. */
const precached = (page: Page) =>
  page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready;
      for (const k of await caches.keys()) {
        if (await (await caches.open(k)).match('/werksessie/handout/jeugdwet/index.html', { ignoreSearch: true })) return true;
      }
      return false;
    },
    undefined,
    // Polled until the test's own time-out: precaching takes longer on a busy machine.
    { polling: 100, timeout: 0 },
  );

describe('offline after one visit', () => {
  it('load /werksessie/, go offline, open a hand-out, the oefeningen and a tour step', async () => {
    await offlineAfterVisit(
      chromium,
      baseUrl,
      '/werksessie/',
      async (page) => {
        await page.goto(`${baseUrl}/werksessie/handout/jeugdwet/`);
        expect(await page.locator('h1').textContent()).toContain('Jeugdwet');
        await page.goto(`${baseUrl}/werksessie/oefeningen/`);
        expect(await page.locator('.sk-oefening').count()).toBe(content.oefeningen.length);
        await page.goto(`${baseUrl}/kaart/?rondleiding=wmo&stap=2`);
        // The presentation is built by the kaart's script: wait for the step's title before reading it.
        const titel = tour('wmo').stappen[1]!.titel;
        await page.locator('#presentatie-titel', { hasText: titel }).waitFor();
        expect(await stapTitel(page)).toBe(titel);
      },
      { ready: precached },
    );
  });

  it('a new deploy does not leave a stale site: the page offers "Nu vernieuwen", then shows the new version', async () => {
    // A copy of the site, deployed again with one hand-out changed.
    const dir = mkdtempSync(join(tmpdir(), 'staalkaart-deploy-'));
    cpSync('dist', dir, { recursive: true });
    const { server, url } = await serve({ dir, port: 0 });
    const context = await chromium.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/werksessie/`);
      await precached(page);
      const file = join(dir, 'werksessie/handout/jeugdwet/index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' (nieuwe versie)</h1>'));
      await writeServiceWorker(dir);
      // The trainer comes back to the page: the new version installs and the page says so.
      await page.reload();
      await page.locator('[data-sw-update]').waitFor({ state: 'visible', timeout: 90_000 });
      await Promise.all([page.waitForEvent('load', { timeout: 90_000 }), page.locator('[data-sw-vernieuw]').click()]);
      await page.goto(`${url}/werksessie/handout/jeugdwet/`);
      expect(await page.locator('h1').textContent()).toContain('(nieuwe versie)');
    } finally {
      await context.close();
      await new Promise((done) => server.close(done));
    }
  });
});

describe('byte budget of the werksessie', () => {
  const gz = (f: string) => gzipSync(readFileSync(join(DIST, '_astro', f))).length;
  const assets = readdirSync(join(DIST, '_astro'));

  it('presentation mode adds at most 10 KB gzipped JS to /kaart/, loaded on demand', () => {
    const kaart = measurePage(DIST, join(DIST, 'kaart', 'index.html'));
    const start = kaart.jsFiles.filter((f) => /KaartWerksessie|preload-helper/.test(f)).map((f) => f.replace('_astro/', ''));
    const presentatie = assets.filter((f) => /^presentatie\..*\.js$/.test(f));
    expect(presentatie).toHaveLength(1);
    // The presentation chunk itself is not loaded with the page.
    expect(kaart.jsFiles.some((f) => f.includes('presentatie'))).toBe(false);
    const added = [...start, ...presentatie].reduce((n, f) => n + gz(f), 0);
    console.log(`presentation mode on /kaart/: ${(added / 1024).toFixed(1)} KB gz JS (start ${start.join(', ')} + on demand ${presentatie[0]})`);
    expect(added).toBeLessThanOrEqual(10 * 1024);
  });

  it('pages outside the kaart and the werksessie gain only the small service-worker registration', () => {
    const own = /KaartWerksessie|presentatie|download/;
    const extra = builtPages()
      .filter((p) => p.path !== '/kaart/' && !p.path.startsWith('/werksessie/'))
      .flatMap((p) => measurePage(DIST, p.file).jsFiles.filter((f) => own.test(f)).map((f) => `${p.path}: ${f}`));
    expect(extra).toEqual([]);
    // Offline.astro (every page, issue 22): workbox-window and the "Nu vernieuwen" notice, at most 3 KB gzipped.
    const home = measurePage(DIST, join(DIST, 'index.html'));
    const offline = home.jsFiles.filter((f) => /Offline|workbox|sw-register/.test(f));
    expect(offline.length).toBeGreaterThan(0);
    const bytes = offline.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f))).length, 0);
    console.log(`service-worker registration on every page: ${(bytes / 1024).toFixed(1)} KB gz (${offline.join(', ')})`);
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
  });
});
