/**
 * Every output of the kaart as a person sees it, in Chromium (issue 21): the
 * geometry check (scripts/lib/geometry.ts: no text over text or a marker, no
 * line through a label, nothing outside its frame or the window) on the
 * /kaart/ page from 320 to 2560 px, the home page, the A3 poster and the A4
 * hand-outs in print, and the SVG and PNG download; every keuze by name on
 * the poster and in both downloads; the PNG drawn in the font the labels were
 * measured in; words broken only where the Dutch patterns allow; clean
 * accessible names in every layer; forced colours. The same geometry in
 * Firefox: kaart-firefox.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { pagePool, useBrowser } from '../helpers/browser.ts';
import { badBreaks, brokenWords, checkGeometry, formatProblems, KAART_GEOMETRY, type GeometryOptions } from '../../scripts/lib/geometry.ts';
import { loadContentDir } from '../../src/lib/content/check.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const content = loadContentDir('content');
/** The name a keuze carries on the kaart. */
const namen = content.keuzes.map((k) => ({ id: k.id, naam: (k.data.kaart.label ?? k.data.onderwerp).replace(/\s+/g, ' ').trim() }));

let context: BrowserContext;
beforeAll(async () => {
  context = await chromium.newContext({ acceptDownloads: true, reducedMotion: 'reduce' });
});
afterAll(() => context.close());
const pool = pagePool(() => context, baseUrl, 2);

async function geometry(page: Page, where: string, opts: GeometryOptions) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const r = await checkGeometry(page, { ...KAART_GEOMETRY, ...opts });
  expect(r.items.length, `${where}: no text found`).toBeGreaterThan(0);
  expect(r.problems, `${where}:\n${formatProblems(r.problems)}`).toEqual([]);
  const bad = badBreaks(await brokenWords(page, opts.root));
  expect(bad, `${where}: words broken where Dutch does not allow it`).toEqual([]);
  return r;
}

/** The names the markers of the visible kaart (or the given svg) show, as clean text. */
const markerNamen = (page: Page, svgSelector: string) =>
  page.evaluate((sel) => {
    const svg = document.querySelector(sel)!;
    return [...svg.querySelectorAll('.marker')].map((m) => {
      const label = m.querySelector('.marker-label')!.cloneNode(true) as Element;
      label.querySelectorAll('.afbreekstreep').forEach((d) => d.remove());
      return { id: m.getAttribute('data-keuze'), naam: label.textContent!.replace(/\s+/g, ' ').trim(), shown: (m as SVGElement).checkVisibility() && m.getBoundingClientRect().width > 0 };
    });
  }, svgSelector);

describe('the /kaart/ page and the home page: nothing overlaps or is cut off', () => {
  for (const width of [320, 390, 768, 1024, 1366, 1920, 2560]) {
    it(`/kaart/ at ${width} px`, async (test) => {
      const { page } = await pool.visit('/kaart/', test, { viewport: { width, height: Math.max(700, Math.round(width * 0.6)) } });
      await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-bediening]')!.hidden);
      const r = await geometry(page, `/kaart/ ${width}`, { root: '[data-kaart]' });
      console.log(`/kaart/ at ${width} px: ${r.items.length} boxes, smallest text ${r.smallestPx.toFixed(1)} px`);
    });
  }
  for (const width of [320, 390, 1366, 1920, 2560]) {
    it(`home page at ${width} px: the small kaart only where its text is ≥ 12 px`, async (test) => {
      const { page } = await pool.visit('/', test, { viewport: { width, height: 900 } });
      await geometry(page, `home ${width}`, { root: 'main' });
      const px = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('.sk-kaartklein svg')!;
        if (!svg.checkVisibility()) return undefined;
        const scale = svg.getScreenCTM()!.a;
        // checkVisibility alone misses SVG text inside a group with display: none in Chromium; a rendered box does not.
        return Math.min(...[...svg.querySelectorAll('text')].filter((t) => t.checkVisibility() && t.getBoundingClientRect().width > 0 && !t.closest('.sym')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
      if (width < 900) expect(px, 'hidden on a small screen').toBeUndefined();
      else expect(px!).toBeGreaterThanOrEqual(12);
      // Either way the way in is a link to the kaart.
      expect(await page.locator('main a[href="/kaart/"]').count()).toBeGreaterThan(0);
    });
  }
});

describe('static outputs: every keuze by name, nothing overlaps', () => {
  it('the A3 poster in print: every keuze named, no count boxes, no overlap, one page', async (test) => {
    const { page } = await pool.visit('/werksessie/poster/', test, { viewport: { width: 1587, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    const r = await geometry(page, 'poster (print)', { root: '.sk-poster', viewport: 'none' });
    const shown = await markerNamen(page, '.sk-poster__kaart svg');
    // A keuze is named on the kaart, or (a vak too full for names) by its number in the list on the second sheet.
    const lijst = await page.$$eval('.sk-poster__namen li', (els) => els.map((e) => e.textContent!.trim()));
    const opKaart = shown.filter((m) => m.shown && !/^\d+$/.test(m.naam)).map((m) => m.naam);
    expect(opKaart.length + lijst.length).toBe(namen.length);
    for (const n of namen) expect(opKaart.includes(n.naam) || lijst.includes(content.keuzes.find((k) => k.id === n.id)!.data.onderwerp), n.id).toBe(true);
    expect(await page.locator('.sk-poster .vak-samenvatting').count()).toBe(0);
    const pt = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.sk-poster__kaart svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text.marker-label')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale * 0.75));
    });
    console.log(`poster: ${shown.length}/${namen.length} keuzes by name, smallest label ${pt.toFixed(1)} pt, smallest text ${(r.smallestPx * 0.75).toFixed(1)} pt`);
    expect(pt).toBeGreaterThanOrEqual(9);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b[^s]/g)).toHaveLength(1);
  });

  it('the /kaart/ page in print: every keuze by name, no count boxes, nothing overlaps', async (test) => {
    const { page } = await pool.visit('/kaart/', test, { viewport: { width: 1123, height: 794 } });
    await page.emulateMedia({ media: 'print' });
    await geometry(page, '/kaart/ (print)', { root: '.sk-kaart__viewport', viewport: 'none' });
    const shown = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.getBoundingClientRect().width > 0)!;
      return {
        names: [...svg.querySelectorAll('.marker-label')].filter((t) => t.getBoundingClientRect().width > 0).length,
        boxes: [...svg.querySelectorAll('.vak-samenvatting')].filter((t) => t.getBoundingClientRect().width > 0).length,
      };
    });
    expect(shown).toEqual({ names: content.keuzes.length, boxes: 0 });
  });

  for (const wet of content.wetten) {
    it(`the A4 hand-out of ${wet.id} in print: nothing overlaps or is cut off`, async (test) => {
      const { page } = await pool.visit(`/werksessie/handout/${wet.id}/`, test, { viewport: { width: 794, height: 1123 } });
      await page.emulateMedia({ media: 'print' });
      await geometry(page, `hand-out ${wet.id}`, { root: '.sk-handout', viewport: 'x' });
      const rows = await page.locator('.sk-handout__tabel tbody th').allTextContents();
      for (const k of content.keuzes.filter((x) => x.id.startsWith(`${wet.id}/`))) expect(rows.map((t) => t.replace(/\u00ad/g, '').trim())).toContain(k.data.onderwerp);
      // The source line on paper: no empty part between its separators (a build without SITE_URL has no address).
      const bron = (await page.locator('.sk-handout__bron').textContent())!.replace(/\s+/g, ' ').trim();
      expect(bron).toMatch(/^Staalkaart sociaal domein .*peildatum \d/);
      expect(bron).not.toMatch(/·\s*·/);
    });
  }

  for (const casus of content.casussen.filter((c) => c.data.route)) {
    it(`the route of ${casus.id} on the static kaart: route labels cover no kaart label`, async (test) => {
      const { page } = await pool.visit(`/casussen/${casus.id}/`, test, { viewport: { width: 1366, height: 900 } });
      await geometry(page, `casus ${casus.id}`, { root: '.sk-route' });
    });
  }

  for (const s of content.scheidslijnen) {
    it(`the scheidslijn diagram of ${s.id} at 390 px: no line through its label, words broken where Dutch allows`, async (test) => {
      const { page } = await pool.visit(`/scheidslijnen/${s.id}/`, test, { viewport: { width: 390, height: 844 } });
      await geometry(page, `scheidslijn ${s.id}`, { root: '.sk-diagram', lines: '.scheidslijn-lijn' });
    });
  }

  describe('the download for slides', () => {
    let dir: string;
    let svgFile: string;
    let png: Buffer;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'staalkaart-uitvoer-'));
      const page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}/kaart/`);
      await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-bediening]')!.hidden);
      // On a phone the page shows the portrait kaart; the file is still the landscape one, for slides.
      const [svgDl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="svg"]').click()]);
      svgFile = join(dir, svgDl.suggestedFilename());
      await svgDl.saveAs(svgFile);
      const [pngDl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="png"]').click()]);
      png = readFileSync(await pngDl.path());
      await page.close();
    });

    it('the SVG file names every keuze, has no count boxes, carries its font, and nothing overlaps', async () => {
      const viewer = await context.newPage();
      await viewer.setViewportSize({ width: 1200, height: 900 });
      await viewer.goto(pathToFileURL(svgFile).href);
      const fonts = await viewer.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Source Sans 3' && f.status === 'loaded').length;
      });
      expect(fonts, 'the embedded font loads').toBe(2);
      const r = await geometry(viewer, 'download SVG', { viewport: 'none' });
      const shown = await markerNamen(viewer, 'svg svg');
      expect(shown.map((m) => m.naam).sort()).toEqual(namen.map((n) => n.naam).sort());
      expect(shown.every((m) => m.shown)).toBe(true);
      expect(await viewer.locator('.vak-samenvatting').count()).toBe(0);
      console.log(`download SVG: ${shown.length}/${namen.length} keuzes by name, smallest text ${r.smallestPx.toFixed(1)} px at 1200 px wide (${((r.smallestPx * 2400) / 1200).toFixed(0)} px in the PNG)`);
      await viewer.close();
    });

    it('the PNG is the same picture as the SVG file, drawn in the embedded font', async () => {
      expect(png.readUInt32BE(16)).toBe(2400);
      // The SVG file rendered at 2400 px as its own document (font loaded), and the same file without its font:
      // the PNG must match the first far better than the second.
      const svgText = readFileSync(svgFile, 'utf8');
      const zonder = join(dir, 'zonder-font.svg');
      writeFileSync(zonder, svgText.replace(/@font-face\{[^}]*\}/g, '').replace(/'Source Sans 3', 'Source Sans Pro', /g, ''));
      const [w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svgText)!.slice(1).map(Number) as [number, number];
      const hi = await chromium.browser().newContext({ deviceScaleFactor: 2400 / w, viewport: { width: w, height: Math.ceil(h) } });
      const shot = async (file: string) => {
        const viewer = await hi.newPage();
        await viewer.goto(pathToFileURL(file).href);
        await viewer.evaluate(() => document.fonts.ready.then(() => undefined));
        const buf = await viewer.screenshot({ scale: 'device', clip: { x: 0, y: 0, width: w, height: h } });
        await viewer.close();
        return buf;
      };
      const [met, zonderFont] = [await shot(svgFile), await shot(zonder)];
      const cmp = await hi.newPage();
      const [dMet, dZonder] = await cmp.evaluate(
        async ([a, b, c]) => {
          const load = async (src: string) => {
            const img = new Image();
            img.src = src;
            await img.decode();
            const cv = document.createElement('canvas');
            cv.width = img.width;
            cv.height = img.height;
            const ctx = cv.getContext('2d')!;
            ctx.drawImage(img, 0, 0);
            return ctx.getImageData(0, 0, img.width, img.height);
          };
          const [pa, pb, pc] = await Promise.all([load(a), load(b), load(c)]);
          const differ = (x: ImageData, y: ImageData) => {
            const W = Math.min(x.width, y.width);
            const H = Math.min(x.height, y.height);
            let off = 0;
            for (let j = 0; j < H; j++)
              for (let i = 0; i < W; i++) {
                const p = (j * x.width + i) * 4;
                const q = (j * y.width + i) * 4;
                if (Math.abs(x.data[p]! - y.data[q]!) + Math.abs(x.data[p + 1]! - y.data[q + 1]!) + Math.abs(x.data[p + 2]! - y.data[q + 2]!) > 150) off++;
              }
            return off / (W * H);
          };
          return [differ(pa, pb), differ(pa, pc)];
        },
        [`data:image/png;base64,${png.toString('base64')}`, `data:image/png;base64,${met.toString('base64')}`, `data:image/png;base64,${zonderFont.toString('base64')}`] as const,
      );
      console.log(`PNG vs SVG file: ${(dMet * 100).toFixed(3)} % of pixels differ; vs the file without its font: ${(dZonder * 100).toFixed(3)} %`);
      expect(dMet).toBeLessThan(dZonder / 4);
      await hi.close();
    });
  });
});

describe('accessible names and forced colours', () => {
  it('names are clean text in every layer: no soft hyphens, no doubled codes, a marker named as its keuze', async (test) => {
    const { page } = await pool.visit('/kaart/', test, { viewport: { width: 1366, height: 900 } });
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-bediening]')!.hidden);
    const naam = new Map(namen.map((n) => [n.id, n.naam]));
    for (const laag of ['beleidsruimte', 'wiebeslist', 'wiebetaalt', 'regionaal']) {
      await page.locator(`input[name="laag"][value="${laag}"]`).check();
      const items = await page.$$eval('svg.sk-kaart__svg .kaart-item', (els) => els.map((e) => ({ keuze: e.getAttribute('data-keuze'), label: e.getAttribute('aria-label') ?? '' })));
      for (const { keuze, label } of items) {
        expect(label, laag).not.toMatch(/\u00ad/);
        expect(label, laag).not.toMatch(/(€[A-Z]|\b[A-Z]{1,2})\1/);
        // The marker's name holds its keuze's name whole (in other layers after the layer's code).
        if (keuze) expect(label, `${laag} ${keuze}`).toContain(naam.get(keuze)!);
      }
    }
  });

  it('forced colours: scheidslijnen, axis labels and the legend symbols keep contrast with what is behind them', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${baseUrl}/kaart/`);
    const kleuren = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!;
      const lijn = getComputedStyle(svg.querySelector('.scheidslijn-lijn')!).stroke;
      const vlak = getComputedStyle(svg.querySelector('.regio-vlak')!).fill;
      const legenda = document.querySelector<SVGElement>('.sk-legenda svg.sym-ruim')!;
      const sym = getComputedStyle(legenda.querySelector('circle')!).fill;
      const achter = getComputedStyle(document.body).backgroundColor;
      // The axis labels stand outside the regions, on whatever paints behind the svg: its own background, or the
      // page's (Canvas). A white svg background under CanvasText labels hid them on a dark theme.
      const achterVan = (e: Element | null): string => {
        for (; e; e = e.parentElement) {
          const b = getComputedStyle(e).backgroundColor;
          if (b !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(b)) return b;
        }
        const d = document.createElement('div');
        d.style.backgroundColor = 'Canvas';
        document.body.append(d);
        const c = getComputedStyle(d).backgroundColor;
        d.remove();
        return c;
      };
      const as = svg.querySelector('.kaart-assen text')!;
      return { lijn, vlak, sym, achter, as: getComputedStyle(as).fill, achterAs: achterVan(svg) };
    });
    const rgb = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    const verschil = (a: string, b: string) => rgb(a).reduce((s, v, i) => s + Math.abs(v - rgb(b)[i]!), 0);
    expect(verschil(kleuren.lijn, kleuren.vlak), JSON.stringify(kleuren)).toBeGreaterThan(300);
    expect(verschil(kleuren.sym, kleuren.achter), JSON.stringify(kleuren)).toBeGreaterThan(300);
    expect(verschil(kleuren.as, kleuren.achterAs), `axis labels: ${JSON.stringify(kleuren)}`).toBeGreaterThan(300);
    await page.close();
  });
});

