/**
 * /vragen/, the werkblad, in Chromium: fill in, reload, export, clear, import
 * and see the same answers; a bad file changes nothing; an overwriting import
 * asks first; axe with the werkblad empty and filled in; without JavaScript a
 * printable list with empty columns; print to PDF fits A4 with four columns.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, useBrowser, watch } from '../helpers/browser.ts';
import { searchOnPage } from '../../scripts/lib/golden.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const tmp = mkdtempSync(join(tmpdir(), 'staalkaart-vragen-'));

async function open(page: Page) {
  await page.goto(`${baseUrl}/vragen/`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-werkblad="klaar"]');
}

/** The first two questions on the page, in order. */
async function ids(page: Page): Promise<[string, string]> {
  const all = await page.$$eval('[data-sk-kolommen]', (els) => els.map((e) => (e as HTMLElement).dataset.skKolommen!));
  return [all[0]!, all[1]!];
}

async function values(page: Page, id: string) {
  return page.evaluate((id) => {
    const v = (k: string) => (document.getElementById(`${id}--${k}`) as HTMLInputElement | null)?.value;
    return { prioriteit: v('prioriteit'), wie: v('wie'), hoe: v('hoe'), wanneer: v('wanneer') };
  }, id);
}

async function download(page: Page, actie: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-sk-actie="${actie}"]`)]);
  const path = join(tmp, dl.suggestedFilename());
  await dl.saveAs(path);
  return path;
}

async function importFile(page: Page, path: string) {
  await page.setInputFiles('[data-sk-inlezen]', path);
}

const antwoord1 = { prioriteit: 'hoog', wie: 'griffie', hoe: 'technische sessie', wanneer: 'begroting' };
const antwoord2 = { prioriteit: 'laag', wie: '<b>rekenkamer</b>', hoe: 'motie; "samen"', wanneer: '2027-03-15' };

describe('/vragen/ werkblad', () => {
  it('says where answers are kept, fills in, survives a reload, exports, clears, imports the same answers; a bad file changes nothing', async () => {
    const context = await chromium.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const w = await watch(page, baseUrl);
    await open(page);
    expect(await page.locator('[data-sk-met-js]').innerText()).toMatch(/alleen in deze browser op dit apparaat.*Er gaat niets naar een server/s);
    const [a, b] = await ids(page);

    await page.selectOption(`[id="${a}--prioriteit"]`, antwoord1.prioriteit);
    for (const k of ['wie', 'hoe', 'wanneer'] as const) await page.fill(`[id="${a}--${k}"]`, antwoord1[k]);
    await page.selectOption(`[id="${b}--prioriteit"]`, antwoord2.prioriteit);
    for (const k of ['wie', 'hoe', 'wanneer'] as const) await page.fill(`[id="${b}--${k}"]`, antwoord2[k]);

    await page.reload();
    await page.waitForSelector('html[data-werkblad="klaar"]');
    expect(await values(page, a)).toEqual(antwoord1);
    expect(await values(page, b)).toEqual(antwoord2);

    const json = await download(page, 'json');
    const csv = await download(page, 'csv');
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ formaat: 'staalkaart-vragen', versie: 1 });
    const csvText = readFileSync(csv, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain(`${a};`);

    // Clear, after confirming.
    await page.click('[data-sk-actie="wis"]');
    await page.click('[data-sk-dialoog-ja]');
    expect(await values(page, a)).toEqual({ prioriteit: '', wie: '', hoe: '', wanneer: '' });
    await page.reload();
    await page.waitForSelector('html[data-werkblad="klaar"]');
    expect(await values(page, b)).toEqual({ prioriteit: '', wie: '', hoe: '', wanneer: '' });

    // Import the JSON: the same answers, no confirmation needed (nothing is overwritten).
    await importFile(page, json);
    await expect.poll(() => values(page, a)).toEqual(antwoord1);
    expect(await values(page, b)).toEqual(antwoord2);
    expect(await page.locator('[data-sk-status]').innerText()).toMatch(/2 antwoorden ingelezen/);

    // A bad file: a Dutch message, and the answers untouched (on screen and after a reload).
    const bad: [string, string][] = [
      ['kapot.json', '{"formaat": "staalkaart-vragen", "versie": 1, "antw'],
      ['ander.csv', 'naam;adres\r\nJan;Dorpsstraat 1\r\n'],
      ['nieuw.json', JSON.stringify({ formaat: 'staalkaart-vragen', versie: 99, antwoorden: {} })],
    ];
    for (const [name, text] of bad) {
      const path = join(tmp, name);
      writeFileSync(path, text);
      await importFile(page, path);
      await expect.poll(() => page.locator('[data-sk-fout]').innerText()).toMatch(new RegExp(`${name.replace('.', '\\.')}: .*Er is niets veranderd|${name.replace('.', '\\.')}: .*geen werkblad|${name.replace('.', '\\.')}: .*nieuwere versie`));
      expect(await values(page, a)).toEqual(antwoord1);
    }
    await page.reload();
    await page.waitForSelector('html[data-werkblad="klaar"]');
    expect(await values(page, a)).toEqual(antwoord1);
    expect(await values(page, b)).toEqual(antwoord2);

    // Importing the CSV after a change asks first, shows what changes, and "no" keeps the change.
    await page.selectOption(`[id="${a}--prioriteit"]`, 'middel');
    await importFile(page, csv);
    await page.waitForSelector('[data-sk-dialoog][open]');
    expect(await page.locator('[data-sk-dialoog-lijst]').innerText()).toMatch(/prioriteit: middel.*→.*prioriteit: hoog/s);
    await page.click('[data-sk-dialoog] button[value="nee"]');
    expect((await values(page, a)).prioriteit).toBe('middel');
    await importFile(page, csv);
    await page.waitForSelector('[data-sk-dialoog][open]');
    await page.click('[data-sk-dialoog-ja]');
    await expect.poll(() => values(page, a)).toEqual(antwoord1);
    expect(await values(page, b)).toEqual(antwoord2);

    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await context.close();
  });

  it('keeps answers to questions that no longer exist, shown apart', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/vragen/`);
    await page.evaluate(() =>
      localStorage.setItem(
        'staalkaart:vragen',
        JSON.stringify({ formaat: 'staalkaart-vragen', versie: 1, gewijzigd: '2026-01-01T00:00:00.000Z', antwoorden: { 'een-oude-vraag': { prioriteit: 'hoog', wie: 'raad', hoe: '', wanneer: '', vraag: 'Een vraag van vroeger' } } }),
      ),
    );
    await open(page);
    expect(await page.locator('[data-sk-verweesd]').isVisible()).toBe(true);
    expect(await page.locator('[data-sk-verweesd-lijst]').innerText()).toMatch(/Een vraag van vroeger.*prioriteit: hoog/);
    await context.close();
  });

  it('a full storage quota keeps what was typed on the page, warns and offers the export', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('vol', 'QuotaExceededError');
      };
    });
    await open(page);
    const [a] = await ids(page);
    await page.fill(`[id="${a}--wie"]`, 'college');
    expect(await page.locator('[data-sk-fout]').innerText()).toMatch(/opslag van deze browser is vol.*Bewaar ze nu als bestand/s);
    expect(await page.inputValue(`[id="${a}--wie"]`)).toBe('college');
    expect(await page.locator('[data-sk-actie="json"]').isVisible()).toBe(true);
    await context.close();
  });

  it('passes axe empty and filled in', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await open(page);
    expect(await axe(page)).toEqual([]);
    const [a] = await ids(page);
    await page.selectOption(`[id="${a}--prioriteit"]`, 'hoog');
    await page.fill(`[id="${a}--wie"]`, 'raad');
    await page.click('[data-sk-actie="wis"]');
    await page.waitForSelector('[data-sk-dialoog][open]');
    expect(await axe(page), 'with the dialog open').toEqual([]);
    await page.click('[data-sk-dialoog] button[value="nee"]');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('filters by wet, aspect and moment without JavaScript, and prints empty columns', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/vragen/`);
    const visible = () => page.$$eval('.sk-vraag', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id));
    const all = await visible();
    expect(all.length).toBeGreaterThan(3);
    // A wet that some questions touch and others do not.
    const wet = await page.$$eval('.sk-vraag', (els) => {
      const wetten = els.map((e) => (e as HTMLElement).dataset.wetten!.split(' '));
      return ['wlz', 'zvw', 'participatiewet', 'jeugdwet', 'wmo'].find((w) => wetten.some((l) => l.includes(w)) && wetten.some((l) => !l.includes(w)))!;
    });
    await page.check(`input[name="vragen-wet"][value="${wet}"]`);
    const vanWet = await visible();
    expect(vanWet.length).toBeGreaterThan(0);
    expect(vanWet.length).toBeLessThan(all.length);
    for (const id of vanWet) expect((await page.getAttribute(`[id="${id}"]`, 'data-wetten'))!.split(' ')).toContain(wet);
    await page.check('input[name="vragen-wet"][value="alle"]');
    await page.check('input[name="vragen-aspect"][value="financien"]');
    for (const id of await visible()) expect(await page.$eval(`[id="${id}"]`, (e) => e.closest('section')!.dataset.aspect)).toBe('financien');
    await page.check('input[name="vragen-aspect"][value="alle"]');
    await page.check('input[name="vragen-moment"][value="monitor"]');
    for (const id of await visible()) expect(await page.getAttribute(`[id="${id}"]`, 'data-momenten')).toMatch(/\bmonitor\b/);
    await page.check('input[name="vragen-moment"][value="alle"]');
    // No controls without JavaScript: four empty columns per question.
    expect(await page.locator('.sk-kolom input, .sk-kolom select').count()).toBe(0);
    expect(await page.locator('.sk-kolom__vak').count()).toBe(all.length * 4);
    await context.close();
  });

  for (const filled of [false, true]) {
    it(`prints ${filled ? 'filled in' : 'empty'} as an A4 werkblad with the four columns`, async () => {
      const context = await chromium.newContext();
      const page = await context.newPage();
      await open(page);
      const [a] = await ids(page);
      if (filled) {
        await page.selectOption(`[id="${a}--prioriteit"]`, 'hoog');
        await page.fill(`[id="${a}--wie"]`, 'griffie');
      }
      // A4 at 96 dpi is 794 px wide; the page margins take 2 × 15 mm.
      await page.setViewportSize({ width: 794 - 113, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        vragen: [...document.querySelectorAll<HTMLElement>('.sk-vraag')].map((v) => {
          const cols = [...v.querySelectorAll<HTMLElement>('.sk-kolom')];
          return { cols: cols.map((c) => c.querySelector('.sk-kolom__naam')!.textContent), tops: new Set(cols.map((c) => Math.round(c.getBoundingClientRect().top))).size, visible: cols.every((c) => c.getBoundingClientRect().width > 40) };
        }),
        tabellen: [...document.querySelectorAll<HTMLElement>('.sk-vraag table')].filter((t) => t.offsetParent !== null).length,
        header: document.querySelector<HTMLElement>('.sk-header')!.offsetParent !== null,
      }));
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.header).toBe(false);
      expect(layout.tabellen).toBe(0);
      for (const v of layout.vragen) {
        expect(v.cols).toEqual(['Prioriteit', 'Wie', 'Hoe', 'Wanneer']);
        expect(v.tops, 'four columns side by side').toBe(1);
        expect(v.visible).toBe(true);
      }
      if (filled) expect(await page.inputValue(`[id="${a}--wie"]`)).toBe('griffie');
      const pdf = await page.pdf({ format: 'A4' });
      const text = pdf.toString('latin1');
      // Every page of the PDF is A4 (595 × 842 pt).
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [+m[1]!, +m[2]!]);
      expect(boxes.length).toBeGreaterThan(0);
      for (const [w, h] of boxes) {
        expect(Math.abs(w! - 595.28)).toBeLessThan(2);
        expect(Math.abs(h! - 841.89)).toBeLessThan(2);
      }
      await context.close();
    });
  }

  it('a keuze with informatie shows "Welke informatie vraag je?" with figures and stories, and links to its questions', async () => {
    const page = await chromium.context().newPage();
    await page.goto(`${baseUrl}/wetten/wmo/`);
    const blok = page.locator('.sk-keuze .sk-informatie').first();
    expect(await blok.locator('h4').innerText()).toBe('Welke informatie vraag je?');
    expect(await blok.locator('li').count()).toBeGreaterThanOrEqual(2);
    const link = page.locator('.sk-keuze a[href^="/vragen/#"]').first();
    const href = await link.getAttribute('href');
    await page.goto(`${baseUrl}${href}`);
    expect(await page.locator(`[id="${href!.split('#')[1]}"] h3`).count()).toBe(1);
    await page.close();
  });

  it('search finds a question at its anchor, and "werkblad" finds the page', async () => {
    const page = await chromium.context().newPage();
    await page.goto(`${baseUrl}/vragen/`);
    const [a] = await ids(page);
    const vraag = await page.locator(`[id="${a}-vraag"]`).innerText();
    await page.goto(`${baseUrl}/zoeken/`);
    expect((await searchOnPage(page, vraag)).slice(0, 3)).toContain(`/vragen/#${a}`);
    expect((await searchOnPage(page, 'werkblad')).slice(0, 3)).toContain('/vragen/');
    await page.close();
  });
});
