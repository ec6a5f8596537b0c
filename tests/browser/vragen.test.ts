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
import { axe, eventually, useBrowser, watch } from '../helpers/browser.ts';
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
    // The dialog closes first; the fields empty right after (wait for it, whatever the machine's speed).
    await expect.poll(() => values(page, a), eventually('the fields empty after clearing')).toEqual({ prioriteit: '', wie: '', hoe: '', wanneer: '' });
    await page.reload();
    await page.waitForSelector('html[data-werkblad="klaar"]');
    expect(await values(page, b)).toEqual({ prioriteit: '', wie: '', hoe: '', wanneer: '' });

    // Import the JSON: the same answers, no confirmation needed (nothing is overwritten).
    await importFile(page, json);
    await expect.poll(() => values(page, a), eventually('the imported answers on screen')).toEqual(antwoord1);
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
      await expect.poll(() => page.locator('[data-sk-fout]').innerText(), eventually(`the message about ${name}`)).toMatch(new RegExp(`${name.replace('.', '\\.')}: .*Er is niets veranderd|${name.replace('.', '\\.')}: .*geen werkblad|${name.replace('.', '\\.')}: .*nieuwere versie`));
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
    // The answer "no" arrives when the dialog has closed (its close event): wait for what the page then says.
    await page.locator('[data-sk-status]', { hasText: 'Er is niets veranderd.' }).waitFor();
    expect((await values(page, a)).prioriteit).toBe('middel');
    await importFile(page, csv);
    await page.waitForSelector('[data-sk-dialoog][open]');
    await page.click('[data-sk-dialoog-ja]');
    await expect.poll(() => values(page, a), eventually('the CSV answers after "ja"')).toEqual(antwoord1);
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
    expect(await page.locator('[data-sk-telling]').isVisible()).toBe(true);
    await page.check(`input[name="vragen-wet"][value="${wet}"]`);
    // The total cannot follow a filter without JavaScript, so it is not shown then.
    expect(await page.locator('[data-sk-telling]').isVisible()).toBe(false);
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
    expect(await page.locator('.sk-kolom textarea, .sk-kolom input, .sk-kolom select').count()).toBe(0);
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

  it('keeps the filter in the address and after a reload; counts, the live region and the empty message follow', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await open(page);
    const telling = page.locator('[data-sk-telling]');
    expect(await telling.getAttribute('role')).toBe('status');
    const totaal = await page.locator('.sk-vraag').count();
    expect(await telling.innerText()).toBe(`${totaal} vragen · alle wetten, alle aspecten, alle momenten`);

    await page.check('input[name="vragen-wet"][value="jeugdwet"]');
    await page.waitForURL(/\/vragen\/\?wet=jeugdwet$/);
    const zichtbaar = () => page.$$eval('.sk-vraag', (els) => els.filter((e) => !(e as HTMLElement).hidden && (e as HTMLElement).offsetParent !== null).length);
    const n = await zichtbaar();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(totaal);
    expect(await telling.innerText()).toBe(`${n} vragen · filter: Jeugdwet`);
    expect(await page.locator('[data-sk-lead-telling]').innerText()).toMatch(new RegExp(`^${n} vragen in \\d+ aspecten \\(filter: Jeugdwet\\)\\.$`));
    // Every group heading counts what it shows; a group with nothing to show is gone.
    const groepen = await page.$$eval('.sk-aspect', (els) =>
      els.map((s) => ({
        kop: s.querySelector('[data-sk-aantal]')!.textContent,
        getoond: [...s.querySelectorAll<HTMLElement>('.sk-vraag')].filter((v) => v.offsetParent !== null).length,
        verborgen: (s as HTMLElement).hidden,
      })),
    );
    for (const g of groepen) {
      if (g.verborgen) expect(g.getoond).toBe(0);
      else expect(g.kop).toBe(`(${g.getoond})`);
    }
    expect(groepen.reduce((s, g) => s + g.getoond, 0)).toBe(n);

    // A second filter narrows it further, and survives a reload.
    await page.check('input[name="vragen-moment"][value="inkoop"]');
    await page.waitForURL(/\?wet=jeugdwet&moment=inkoop$/);
    const m = await zichtbaar();
    expect(await telling.innerText()).toBe(`${m === 1 ? '1 vraag' : `${m} vragen`} · filter: Jeugdwet · moment: inkoop`);
    await page.reload();
    await page.waitForSelector('html[data-werkblad="klaar"]');
    expect(await page.isChecked('input[name="vragen-wet"][value="jeugdwet"]')).toBe(true);
    expect(await page.isChecked('input[name="vragen-moment"][value="inkoop"]')).toBe(true);
    expect(await zichtbaar()).toBe(m);

    // A combination without questions says so, on screen and to a screen reader.
    const leeg = await page.evaluate(() => {
      const vragen = [...document.querySelectorAll<HTMLElement>('.sk-vraag')];
      const wetten = [...document.querySelectorAll<HTMLInputElement>('input[name="vragen-wet"]')].map((r) => r.value).filter((v) => v !== 'alle');
      const momenten = [...document.querySelectorAll<HTMLInputElement>('input[name="vragen-moment"]')].map((r) => r.value).filter((v) => v !== 'alle');
      for (const w of wetten) for (const mo of momenten) if (!vragen.some((v) => v.dataset.wetten!.split(' ').includes(w) && v.dataset.momenten!.split(' ').includes(mo))) return [w, mo];
      return undefined;
    });
    if (leeg) {
      await page.goto(`${baseUrl}/vragen/?wet=${leeg[0]}&moment=${leeg[1]}`);
      await page.waitForSelector('html[data-werkblad="klaar"]');
      expect(await zichtbaar()).toBe(0);
      expect(await page.locator('[data-sk-leeg]').isVisible()).toBe(true);
      expect(await page.locator('[data-sk-leeg]').innerText()).toMatch(/^Geen vragen bij dit filter/);
      expect(await telling.innerText()).toMatch(/^Geen vragen · filter:/);
      expect(await axe(page)).toEqual([]);
    }
    // An unknown value in the address shows everything.
    await page.goto(`${baseUrl}/vragen/?wet=bestaat-niet`);
    await page.waitForSelector('html[data-werkblad="klaar"]');
    expect(await zichtbaar()).toBe(totaal);
    await context.close();
  });

  it('exports every question of the filter to CSV, answered or not, with wet, aspect and moment', async () => {
    const context = await chromium.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/vragen/?wet=jeugdwet`);
    await page.waitForSelector('html[data-werkblad="klaar"]');
    const n = await page.$$eval('.sk-vraag', (els) => els.filter((e) => !(e as HTMLElement).hidden).length);
    const eerste = await page.$eval('.sk-vraag:not([hidden]) [data-sk-kolommen]', (e) => (e as HTMLElement).dataset.skKolommen!);
    await page.fill(`[id="${eerste}--hoe"]`, 'motie met € 10; "samen"');
    const csv = readFileSync(await download(page, 'csv'), 'utf8').replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
    expect(csv[1]).toBe('vraag-id;vraag;wet;aspect;moment;prioriteit;wie;hoe;wanneer');
    expect(csv).toHaveLength(2 + n);
    for (const r of csv.slice(2)) expect(r).toMatch(/Jeugdwet/);
    expect(csv.find((r) => r.startsWith(`${eerste};`))).toContain('motie met € 10; ' + '""' + 'samen' + '""');
    expect(await page.locator('[data-sk-status]').innerText()).toMatch(new RegExp(`^${n} vragen bewaard als CSV-bestand voor Excel \\(filter: Jeugdwet\\)`));
    await context.close();
  });

  it('imports the LibreOffice Windows-1252 file with € intact, says "1 antwoord" in the singular, and refuses a non-werkblad', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await open(page);
    const [a] = await ids(page);
    // One answer, in a spreadsheet file written back by LibreOffice Calc in Windows-1252 without the version row.
    const bron = readFileSync('tests/fixtures/werkblad-csv/libreoffice-windows-1252.csv');
    const regels = bron.toString('latin1').split(/\r?\n/);
    const rij = regels.find((r) => r.startsWith('"eigen-bijdrage-drempel"'))!.replace('"eigen-bijdrage-drempel"', `"${a}"`);
    const path = join(tmp, 'een-antwoord.csv');
    writeFileSync(path, Buffer.from(`${regels[1]}\r\n${rij}\r\n`, 'latin1'));
    await importFile(page, path);
    await expect.poll(() => values(page, a), eventually('the answer from the Windows-1252 file')).toEqual({ prioriteit: 'hoog', wie: 'raad; griffie', hoe: 'motie "eigen bijdrage" met € 25 per maand', wanneer: 'begroting 2027' });
    expect(await page.locator('[data-sk-status]').innerText()).toBe('1 antwoord ingelezen uit een-antwoord.csv.');
    // Clearing one answer: singular too.
    await page.click('[data-sk-actie="wis"]');
    expect(await page.locator('[data-sk-dialoog-tekst]').innerText()).toMatch(/^U wist 1 antwoord uit deze browser/);
    await page.click('[data-sk-dialoog] button[value="nee"]');
    // A spreadsheet that is no werkblad: a Dutch message, nothing changes.
    const ander = join(tmp, 'begroting.csv');
    writeFileSync(ander, Buffer.from('"post";"bedrag"\r\n"Wmo";"€ 1.000"\r\n', 'latin1'));
    await importFile(page, ander);
    await expect.poll(() => page.locator('[data-sk-fout]').innerText(), eventually('the message about begroting.csv')).toMatch(/^begroting\.csv: Dit bestand is geen werkblad van de staalkaart/);
    expect((await values(page, a)).hoe).toBe('motie "eigen bijdrage" met € 25 per maand');
    await context.close();
  });

  it('every control is in Dutch: the file button is a Dutch button that the keyboard reaches; answer fields grow', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await open(page);
    const knop = page.locator('label[for="sk-inlezen"]');
    expect(await knop.isVisible()).toBe(true);
    expect(await knop.innerText()).toBe('Antwoorden inlezen (.json of .csv)');
    // The browser's own (English) file control is not shown, but keeps its Dutch name and the focus.
    const invoer = page.locator('#sk-inlezen');
    expect(await invoer.evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
    await page.locator('[data-sk-actie="csv"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sk-inlezen');
    expect(await knop.evaluate((l) => getComputedStyle(l).outlineStyle)).toBe('solid');
    const snapshot = await page.locator('[data-sk-knoppen]').ariaSnapshot();
    expect(snapshot).not.toMatch(/Choose|No file|Browse|Bestand kiezen|Geen bestand/i);
    // A long answer makes its field taller instead of cutting it off.
    const [a] = await ids(page);
    const veld = page.locator(`[id="${a}--hoe"]`);
    const voor = (await veld.boundingBox())!.height;
    await veld.fill('Een lang antwoord over meerdere regels: eerst een technische sessie, dan een motie bij de begroting, en daarna elk kwartaal een rapportage aan de raad over de wachttijden.');
    await expect.poll(async () => (await veld.boundingBox())!.height, eventually('the answer field grown')).toBeGreaterThan(voor * 1.5);
    await context.close();
  });

  it('prints the Jeugdwet werkblad on at most 9 A4 pages, saying which filter and how many; compact on fewer', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    const paginas: Record<string, number> = {};
    for (const [naam, zoek] of [['normaal', '?wet=jeugdwet'], ['compact', '?wet=jeugdwet&afdruk=compact']] as const) {
      await page.goto(`${baseUrl}/vragen/${zoek}`);
      await page.waitForSelector('html[data-werkblad="klaar"]');
      const n = await page.$$eval('.sk-vraag', (els) => els.filter((e) => !(e as HTMLElement).hidden).length);
      expect(n).toBe(44);
      await page.emulateMedia({ media: 'print' });
      const kop = page.locator('[data-sk-telling]');
      expect(await kop.isVisible()).toBe(true);
      expect(await kop.innerText()).toBe('44 vragen · filter: Jeugdwet');
      await page.emulateMedia({ media: null });
      const pdf = await page.pdf({ format: 'A4' });
      paginas[naam] = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b/g)].length;
    }
    console.log(`Jeugdwet werkblad printed: ${paginas.normaal} A4 pages, compact ${paginas.compact}`);
    expect(paginas.normaal).toBeLessThanOrEqual(9);
    expect(paginas.compact).toBeLessThan(paginas.normaal!);
    await context.close();
  });

  it('on paper: one source line instead of the site footer, no page of footer only, no focus ring on a field still focused', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/vragen/?wet=jeugdwet`);
    await page.waitForSelector('html[data-werkblad="klaar"]');
    // A long answer, and the cursor still in a field when the user prints.
    const eerste = await page.$eval('.sk-vraag:not([hidden]) [data-sk-kolommen]', (e) => (e as HTMLElement).dataset.skKolommen!);
    await page.fill(`[id="${eerste}--hoe"]`, 'Eerst een technische sessie, dan een motie bij de begroting, en daarna elk kwartaal een rapportage aan de raad over de wachttijden. '.repeat(2));
    await page.focus(`[id="${eerste}--wie"]`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sk-footer').isVisible()).toBe(false);
    expect(await page.locator('.sk-werkblad-printbron').innerText()).toMatch(/^Bron: Staalkaart sociaal domein · wetteksten: stand van \d+ \w+ \d{4} · CC BY 4\.0$/);
    expect(await page.locator(`[id="${eerste}--wie"]`).evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('none');
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4' });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    const tekst = async (i: number) => (await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join(' ');
    expect(doc.numPages).toBeLessThanOrEqual(9);
    // Every page, the last one too, has questions with their columns on it.
    for (let i = 1; i <= doc.numPages; i++) expect(await tekst(i), `page ${i}`).toMatch(/Wanneer/);
    expect(await tekst(1)).toMatch(/Bron: Staalkaart sociaal domein/);
    await context.close();
  });

  for (const pad of ['/vragen/?wet=jeugdwet', '/wetten/jeugdwet/'])
    it(`at 320 px the answer/option and risk tables of ${pad} stack instead of scrolling sideways`, async () => {
      const context = await chromium.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${pad}`);
      const tabellen = await page.$$eval('.sk-opties', (els) =>
        els
          .filter((t) => (t as HTMLElement).offsetParent !== null)
          .map((t) => {
            const box = t.closest('.utrecht-table-container') as HTMLElement;
            const cellen = [...t.querySelectorAll('tbody td')].map((c) => c.getBoundingClientRect());
            return {
              scrolls: box.scrollWidth > box.clientWidth + 1,
              // Stacked: each cell as wide as the table, with its column name before it.
              smalsteCel: Math.min(...cellen.map((c) => c.width)),
              breedte: t.getBoundingClientRect().width,
              label: getComputedStyle(t.querySelector('tbody td')!, '::before').content,
            };
          }),
      );
      expect(tabellen.length).toBeGreaterThan(0);
      for (const t of tabellen) {
        expect(t.scrolls).toBe(false);
        expect(t.smalsteCel).toBeGreaterThan(t.breedte * 0.9);
        expect(t.label).toMatch(/^"(Antwoord|Optie)"$/);
      }
      await context.close();
    });

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
