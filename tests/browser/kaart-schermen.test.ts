/**
 * The kaart on every screen: rendered label sizes per viewport width, no
 * sideways page scroll, semantic zoom of crowded pieces, touch (pinch, drag,
 * tap), wheel and double-click zoom, share with and without clipboard
 * permission, the list following filter and layer, axe and console in each
 * of those states.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axe, eventually, pagePool, useBrowser, watch } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

async function open(width: number, opts: BrowserContextOptions = {}, path = '/kaart/') {
  // Reduced motion: zoom jumps to its end, so sizes are measured in the settled view, never mid-animation
  // (a measurement during the animation would depend on the machine's speed).
  const context = await chromium.newContext({ viewport: { width, height: Math.max(640, Math.round(width * 0.7)) }, reducedMotion: 'reduce', ...opts });
  const page = await context.newPage();
  const w = await watch(page, baseUrl);
  await page.goto(baseUrl + path);
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-bediening]')!.hidden);
  return { page, w, context };
}

/** Rendered size (CSS px) of every visible text on the shown kaart, smallest first. */
function labelSizes(page: Page) {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text.marker-label, text.regio-naam, .vak-samenvatting text, .kaart-assen text, .kaart-buren text')];
    return {
      variant: svg.getAttribute('data-variant'),
      sizes: texts
        .filter((t) => t.checkVisibility())
        .map((t) => ({ text: t.textContent!.trim(), px: Number(getComputedStyle(t).fontSize.replace('px', '')) * svg.getScreenCTM()!.a }))
        .sort((a, b) => a.px - b.px),
      markersShown: [...svg.querySelectorAll('a.marker')].filter((m) => m.checkVisibility()).length,
      summariesShown: [...svg.querySelectorAll('.vak-samenvatting')].filter((m) => m.checkVisibility()).length,
    };
  });
}

const currentZoom = (page: Page) => page.evaluate(() => Number(new URL(location.href).searchParams.get('zoom')?.split(',')[0] ?? 1));
const viewBoxOf = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!.getAttribute('viewBox')!.split(' ').map(Number));

describe.concurrent('kaart labels are readable at every width', () => {
  // Two pages, reused from width to width (see pagePool), with reduced motion as in open().
  let context: BrowserContext;
  beforeAll(async () => {
    context = await chromium.newContext({ reducedMotion: 'reduce' });
  });
  afterAll(() => context.close());
  const pool = pagePool(() => context, baseUrl, 2);
  const measured: Record<number, number> = {};
  for (const width of [320, 390, 768, 1024, 1366, 1920]) {
    it(`at ${width} px: labels ≥ ${width >= 1024 ? 14 : 12} px, no sideways scroll, axe clean`, async (test) => {
      const { page, w } = await pool.visit('/kaart/', test, { viewport: { width, height: Math.max(640, Math.round(width * 0.7)) } });
      await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-bediening]')!.hidden);
      const r = await labelSizes(page);
      expect(r.variant).toBe(width >= 1024 ? 'breed' : 'smal');
      expect(r.sizes.length).toBeGreaterThan(10);
      measured[width] = Math.round(r.sizes[0]!.px * 10) / 10;
      console.log(`kaart ${width}px (${r.variant}): smallest label ${measured[width]} px (“${r.sizes[0]!.text}”), ${r.markersShown} markers with labels, ${r.summariesShown} summaries`);
      expect(r.sizes[0]!.px).toBeGreaterThanOrEqual(width >= 1024 ? 14 : 12);
      // The page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axe(page)).toEqual([]);

      // Zooming into a crowded piece opens it up: its markers show, at a readable size.
      const vak = page.locator('svg.sk-kaart__svg:visible a.vak-link:visible').first();
      if (await vak.count()) {
        const item = await vak.getAttribute('data-item');
        await vak.click();
        await page.waitForFunction((key) => {
          const id = key!.slice(4);
          return [...document.querySelectorAll(`svg.sk-kaart__svg a.marker[data-vak="${id}"]`)].some((m) => m.checkVisibility());
        }, item);
        const after = await labelSizes(page);
        expect(after.sizes[0]!.px).toBeGreaterThanOrEqual(width >= 1024 ? 14 : 12);
        expect(await axe(page)).toEqual([]);
      }
      expect(w.consoleErrors).toEqual([]);
    });
  }
});

describe('kaart zoom by touch, wheel and double-click', () => {
  it('pinch zooms in around the fingers and a drag pans (Chromium touch emulation)', async () => {
    const { page, w, context } = await open(390, { hasTouch: true, isMobile: true });
    await page.evaluate(() => document.querySelector('svg[data-variant="smal"]')!.scrollIntoView());
    const box = (await page.locator('svg.sk-kaart__svg:visible').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const cx = box.x + box.width / 2;
    const cy = box.y + 300;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', pts: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: pts.map(([x, y], id) => ({ x, y, id, radiusX: 2, radiusY: 2, force: 1 })) });
    await touch('touchStart', [[cx - 20, cy], [cx + 20, cy]]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [[cx - 20 - i * 10, cy], [cx + 20 + i * 10, cy]]);
    await touch('touchEnd', []);
    // Touch moves reach the page's handlers with the next animation frames, after dispatchTouchEvent has returned:
    // wait until the kaart has followed the fingers to their end (40 px apart at the start, 200 px at the end: ×5).
    await expect.poll(() => currentZoom(page), eventually('the pinch zoomed the kaart ×5')).toBeCloseTo(5, 1);
    const k = await currentZoom(page);
    const before = await viewBoxOf(page);
    // One finger drags the zoomed kaart.
    await touch('touchStart', [[cx, cy]]);
    for (let i = 1; i <= 6; i++) await touch('touchMove', [[cx - i * 15, cy - i * 10]]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await viewBoxOf(page))[0], eventually('the drag moved the view')).toBeGreaterThan(before[0]!);
    expect(await currentZoom(page)).toBeCloseTo(k, 1);
    expect(w.consoleErrors).toEqual([]);
    await context.close();
  });

  it('a tap selects a marker', async () => {
    const { page, context } = await open(1366, { hasTouch: true });
    const marker = page.locator('svg.sk-kaart__svg:visible a.marker:visible').first();
    const keuze = await marker.getAttribute('data-keuze');
    await marker.tap();
    // The tap becomes a click in the browser's gesture handling, after tap() has returned: wait for the panel.
    await page.locator('[data-paneel]').waitFor();
    expect(new URL(page.url()).searchParams.get('keuze')).toBe(keuze);
    await context.close();
  });

  it('the wheel zooms at the pointer only with Ctrl or once zoomed in, and otherwise scrolls the page', async () => {
    const { page, w, context } = await open(1366);
    const box = (await page.locator('svg.sk-kaart__svg:visible').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.25, box.y + 200);
    // A plain wheel at overview scrolls the page, not the kaart.
    const y0 = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((y) => scrollY > y, y0);
    expect(await currentZoom(page)).toBe(1);
    // Ctrl + wheel zooms, keeping the point under the pointer in place.
    const box2 = (await page.locator('svg.sk-kaart__svg:visible').boundingBox())!;
    const px = box2.x + box2.width * 0.25;
    const py = box2.y + Math.min(200, box2.height / 2);
    await page.mouse.move(px, py);
    const under = () => page.evaluate(([x, y]) => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!;
      const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!.inverse());
      return [p.x, p.y];
    }, [px, py]);
    const p0 = await under();
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('zoom'));
    expect(await currentZoom(page)).toBeGreaterThan(1.5);
    const p1 = await under();
    expect(Math.abs(p1[0]! - p0[0]!)).toBeLessThan(3);
    expect(Math.abs(p1[1]! - p0[1]!)).toBeLessThan(3);
    // Zoomed in, a plain wheel zooms further (out, here) without scrolling the page.
    const y1 = await page.evaluate(() => scrollY);
    const k1 = await currentZoom(page);
    await page.mouse.wheel(0, 100);
    await page.waitForFunction((k) => Number(new URL(location.href).searchParams.get('zoom')?.split(',')[0] ?? 1) < k, k1);
    expect(await page.evaluate(() => scrollY)).toBe(y1);
    expect(w.consoleErrors).toEqual([]);
    await context.close();
  });

  it('double-click zooms in at the pointer', async () => {
    const { page, context } = await open(1920);
    const box = (await page.locator('svg.sk-kaart__svg:visible').boundingBox())!;
    await page.mouse.dblclick(box.x + box.width * 0.8, box.y + box.height * 0.2);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('zoom'));
    expect(await currentZoom(page)).toBeCloseTo(2, 1);
    const vb = await viewBoxOf(page);
    // The right top part is in view.
    expect(vb[0]).toBeGreaterThan(300);
    await context.close();
  });
});

describe('share this view', () => {
  it('copies the address with a visible confirmation when the clipboard is allowed', async () => {
    const { page, w, context } = await open(1366, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByLabel('Wie betaalt').check();
    await page.getByRole('button', { name: 'Deel deze weergave' }).click();
    // The clipboard write is asynchronous: wait for the confirmation a person would read.
    await page.locator('[data-deel-status]', { hasText: 'gekopieerd' }).waitFor();
    expect(await page.locator('[data-deel-status]').isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(page.url()).toContain('laag=wiebetaalt');
    expect(await page.getByText('Het adres van deze pagina bewaart wat u ziet').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the link to copy by hand when the clipboard is denied', async () => {
    const { page, w, context } = await open(390);
    await page.addInitScript(() => undefined);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.getByRole('button', { name: 'Deel deze weergave' }).click();
    const input = page.locator('[data-deel-url]');
    await page.locator('[data-deel-status]', { hasText: 'Kopieer de link hieronder zelf' }).waitFor();
    expect(await input.isVisible()).toBe(true);
    expect(await input.inputValue()).toBe(page.url());
    expect(await page.locator('[data-deel-status]').textContent()).toContain('Kopieer de link hieronder zelf');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-deel-url'))).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the list follows the kaart', () => {
  it('hides keuzes of an unticked grade and shows the layer’s category', async () => {
    const { page, w, context } = await open(1366);
    const shown = (grade: string) => page.$$eval(`.sk-kaartlijst li[data-beleidsruimte="${grade}"]`, (els) => els.filter((e) => e.checkVisibility()).length);
    const geen = await shown('geen');
    expect(geen).toBeGreaterThan(0);
    await page.locator('input[name="toon"][value="geen"]').uncheck();
    expect(await shown('geen')).toBe(0);
    expect(await shown('ruim')).toBeGreaterThan(0);
    expect(await page.locator('[data-lijst-filter]').textContent()).toContain('ruim, beperkt');
    await page.getByLabel('Wie beslist').check();
    const first = page.locator('.sk-kaartlijst li[data-beleidsruimte="ruim"]').first();
    expect(await first.locator('[data-laag-waarde="wiebeslist"]').isVisible()).toBe(true);
    expect(await first.locator('[data-laag-waarde="wiebetaalt"]').isVisible()).toBe(false);
    expect(await axe(page)).toEqual([]);
    // A deep link restores the same in the list.
    await page.goto(`${baseUrl}/kaart/?toon=geen&laag=regionaal`);
    expect(await shown('ruim')).toBe(0);
    expect(await shown('geen')).toBe(geen);
    expect(await page.locator('.sk-kaartlijst [data-laag-waarde="regionaal"]:visible').count()).toBe(geen);
    expect(w.consoleErrors).toEqual([]);
    await context.close();
  });
});
