/**
 * The Voorbeeldgemeente editie (dist-voorbeeldgemeente/, project browser-editie):
 * marked fictional on every page with both peildata, "In Voorbeeldgemeente"
 * on every keuze card, /gemeente/ sorted by the next moment, the pre-filled
 * answers, and the kaart layer "Onze keuzes" in Chromium. pages.test.ts and
 * links.test.ts run on this build too (axe, console, foreign requests, links).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { loadGraph } from '../helpers/content.ts';
import { nodeAttr, nodeText } from '../helpers/html.ts';
import { builtPages, builtTexts, DIST } from '../helpers/site.ts';
import { useBrowser, watch } from '../helpers/browser.ts';
import { leesWerkblad, type Werkblad } from '../../src/lib/vragen/werkblad.ts';
import { SLEUTEL } from '../../src/lib/vragen/opslag.ts';

const g = loadGraph('content');
const html = (file: string) => parse(readFileSync(file, 'utf8'));
const text = nodeText;
const attr = nodeAttr;

describe('Voorbeeldgemeente editie', () => {
  it('is this build', () => {
    expect(DIST).toBe('dist-voorbeeldgemeente');
  });

  it('every page says it is a fictional gemeente and shows both peildata', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(30);
    for (const { file, path } of pages) {
      const doc = html(file);
      const banner = querySelectorAll(doc, '[data-editie="voorbeeldgemeente"]')[0];
      expect(banner, path).toBeDefined();
      expect(text(banner!), path).toContain('Editie Voorbeeldgemeente: een verzonnen gemeente.');
      const footer = text(querySelectorAll(doc, 'footer')[0]!);
      expect(footer, path).toMatch(/Wetteksten: stand van \d+ \w+ \d{4}/);
      expect(footer, path).toContain('Peildatum van de lokale gegevens van Voorbeeldgemeente (fictief): 15 oktober 2026');
    }
  });

  for (const w of g.wetten) {
    it(`/wetten/${w.id}/: every keuze card shows "In Voorbeeldgemeente" beside the national room`, () => {
      const cards = querySelectorAll(html(`${DIST}/wetten/${w.id}/index.html`), 'section.sk-keuze[id]');
      expect(cards.length).toBe(g.keuzesVan(w.id).length);
      for (const card of cards) {
        const blok = querySelectorAll(card, '.sk-ingemeente')[0];
        expect(blok, attr(card, 'id')).toBeDefined();
        expect(text(blok!, ' ')).toMatch(/^In Voorbeeldgemeente \(fictief\) Status /);
        expect(text(blok!, ' ')).toContain('Peildatum lokale gegevens: 15 oktober 2026; landelijke inhoud:');
        expect(['besloten', 'bezig', 'open', 'geen']).toContain(attr(blok!, 'data-onzekeuze'));
      }
    });
  }

  it('marks the chosen option and links the local rule', () => {
    const card = querySelectorAll(html(`${DIST}/wetten/wmo/index.html`), 'section#eigen-bijdrage')[0]!;
    const t = text(card, ' ');
    expect(t).toContain('Gekozen Optie 2: Een lager bedrag');
    expect(t).toContain('(€ 19,50)');
    expect(t).toContain('Gekozen in Voorbeeldgemeente.');
    expect(t).toContain('Volgende kans voor de raad verordening, 24 juni 2027');
  });

  it('/gemeente/ lists every keuze once, the next moment first', () => {
    const rows = querySelectorAll(html(`${DIST}/gemeente/index.html`), 'tr[data-keuze]');
    expect(rows.map((r) => attr(r, 'data-keuze')).sort()).toEqual(g.keuzes.map((k) => k.id).sort());
    expect(text(rows[0]!, ' ')).toMatch(/^12 november 2026/);
    const statuses = rows.map((r) => attr(r, 'data-onzekeuze'));
    // Keuzes nobody looked at come after those with a next moment, and those without room last.
    expect(statuses.lastIndexOf('besloten')).toBeLessThan(statuses.indexOf('open'));
    expect(statuses.lastIndexOf('open')).toBeLessThan(statuses.lastIndexOf('geen'));
  });

  it('/gemeente/antwoorden.json is the werkblad the /vragen/ page starts from, a file "Antwoorden inlezen" accepts', () => {
    const r = leesWerkblad(JSON.parse(readFileSync(`${DIST}/gemeente/antwoorden.json`, 'utf8')));
    expect(r.ok).toBe(true);
    const start = (r as { waarde: Werkblad }).waarde;
    // Every question about wmo/eigen-bijdrage starts from what Voorbeeldgemeente chose there.
    const eigenBijdrage = g.vragen.filter((v) => v.data.keuzes.includes('wmo/eigen-bijdrage'));
    expect(eigenBijdrage.length).toBeGreaterThan(0);
    for (const v of eigenBijdrage) expect(start.antwoorden[v.id]?.hoe, v.id).toMatch(/^Voorbeeldgemeente: (Eigen bijdrage — )?besloten/);
    // The same answers are printed in the columns of /vragen/ (what a reader sees without JavaScript).
    const doc = html(`${DIST}/vragen/index.html`);
    const v = eigenBijdrage[0]!;
    const box = querySelectorAll(doc, '[data-sk-kolommen]').find((n) => attr(n, 'data-sk-kolommen') === v.id)!;
    const kolom = querySelectorAll(box, '[data-kolom]').find((n) => attr(n, 'data-kolom') === 'hoe')!;
    expect(text(querySelectorAll(kolom, '.sk-kolom__vak')[0]!)).toBe(start.antwoorden[v.id]!.hoe);
    const merk = querySelectorAll(doc, '[data-sk-start]').find((n) => attr(n, 'data-sk-start') === v.id)!;
    expect(text(merk)).toContain('Startantwoord van Voorbeeldgemeente');
    expect(text(querySelectorAll(doc, '[data-sk-start-uitleg]')[0]!)).toContain(`Bij ${Object.keys(start.antwoorden).length} vragen staat al ingevuld`);
  });

  it('the leak detector of the national test finds the editie here (so it can fail there)', () => {
    const hits = builtTexts().filter(({ text }) => /voorbeeldgemeente/i.test(text));
    expect(hits.some(({ file }) => file.includes('/pagefind/'))).toBe(true);
  });
});

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('kaart layer "Onze keuzes"', () => {
  it('shows per keuze whether the gemeente decided, is preparing, has not looked, or has no room', async () => {
    const page = await browser.context().newPage();
    const w = await watch(page, baseUrl);
    // The landscape kaart (the portrait one is for narrow screens).
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${baseUrl}/kaart/`);
    await page.waitForSelector('[data-bediening]:not([hidden])');
    await page.check('input[name="laag"][value="onzekeuzes"]');
    expect(await page.getAttribute('svg.sk-kaart__svg[data-variant="breed"]', 'data-laag')).toBe('onzekeuzes');
    expect(page.url()).toContain('laag=onzekeuzes');
    const marker = page.locator('svg[data-variant="breed"] a.marker[data-keuze="wmo/eigen-bijdrage"]');
    expect(await marker.getAttribute('data-onzekeuzes')).toBe('besloten');
    expect(await marker.locator('.sym-onzekeuzes').isVisible()).toBe(true);
    expect(await marker.locator('.sym-beleidsruimte').isVisible()).toBe(false);
    expect(await marker.getAttribute('aria-label')).toContain('besloten: de gemeente heeft gekozen');
    expect(await page.locator('[data-legenda="onzekeuzes"]').isVisible()).toBe(true);
    expect(await page.locator('[data-legenda="onzekeuzes"]').textContent()).toContain('wat Voorbeeldgemeente koos');
    const counts = await page.$$eval('svg a.marker', (els) => els.map((e) => e.getAttribute('data-onzekeuzes')));
    expect(new Set(counts)).toEqual(new Set(['besloten', 'bezig', 'open', 'geen']));
    expect(w.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('Voorbeeldgemeente editie: Lees een stuk (issue 26)', () => {
  it('beside a matched keuze, the raad\'s earlier choice: option, regeling with article, besluit date', async () => {
    const page = await browser.context().newPage();
    const w = await watch(page, baseUrl);
    await page.goto(`${baseUrl}/lezen/`);
    await page.waitForSelector('html[data-lezen="klaar-voor-invoer"]');
    await page.fill('[data-sk-lezen-tekst]', readFileSync('tests/fixtures/lezen/voorschoten-jeugdhulp-2015/tekst.txt', 'utf8'));
    await page.click('[data-sk-lezen-form] button[type="submit"]');
    await page.waitForSelector('html[data-lezen="klaar"]', { state: 'attached' });
    const lokaal = await page.locator('[data-sk-lezen-keuze="jeugdwet/verordening-jeugdhulp"] [data-sk-lezen-lokaal]').innerText();
    expect(lokaal).toMatch(/Wat koos Voorbeeldgemeente eerder\?/);
    expect(lokaal).toMatch(/Veel hulp vrij toegankelijk maken/);
    expect(lokaal).toMatch(/besluit van 14 december 2023/);
    expect(lokaal).toMatch(/Verordening jeugdhulp Voorbeeldgemeente 2024, artikel 4/);
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('Voorbeeldgemeente editie: the werkblad starts from what the gemeente chose', () => {
  it('shows the starting answers marked, and what the user types replaces them, also after a reload', async () => {
    const start = JSON.parse(readFileSync(`${DIST}/gemeente/antwoorden.json`, 'utf8')) as Werkblad;
    const [eerste, tweede] = Object.keys(start.antwoorden);
    expect(tweede).toBeDefined();
    const context = await browser.newContext();
    const page = await context.newPage();
    const w = await watch(page, baseUrl);
    await page.goto(`${baseUrl}/vragen/`);
    const veld = (id: string) => page.locator(`[id="${id}--hoe"]`);
    const merk = (id: string) => page.locator(`[data-sk-start="${id}"]`);
    // The client has turned the columns into fields holding the starting answers.
    await veld(eerste!).waitFor();
    await page.waitForFunction((id) => (document.getElementById(`${id}--hoe`) as HTMLTextAreaElement | null)?.value !== '', eerste);
    expect(await veld(eerste!).inputValue()).toBe(start.antwoorden[eerste!]!.hoe);
    expect(await merk(eerste!).isVisible()).toBe(true);
    // The group of fields is described by the mark, so a screen reader hears it with the question.
    expect(await page.getAttribute(`[data-sk-kolommen="${eerste}"]`, 'aria-describedby')).toBe(`${eerste}-start`);

    await veld(eerste!).fill('Eigen antwoord van de fractie');
    await merk(eerste!).waitFor({ state: 'hidden' });
    await page.waitForFunction((sleutel) => (localStorage.getItem(sleutel) ?? '').includes('Eigen antwoord van de fractie'), SLEUTEL);

    await page.reload();
    await veld(eerste!).waitFor();
    await page.waitForFunction((id) => (document.getElementById(`${id}--hoe`) as HTMLTextAreaElement | null)?.value !== '', eerste);
    expect(await veld(eerste!).inputValue()).toBe('Eigen antwoord van de fractie');
    expect(await merk(eerste!).isHidden()).toBe(true);
    // The other starting answers are still there, still marked.
    expect(await veld(tweede!).inputValue()).toBe(start.antwoorden[tweede!]!.hoe);
    expect(await merk(tweede!).isVisible()).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    await context.close();
  });
});
