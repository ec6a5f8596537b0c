/**
 * Onze gemeente on the national site (dist/): every keuze card says "Wat koos
 * uw gemeente?" with the document and a well-formed search link on
 * lokaleregelgeving.overheid.nl (checked offline); /lokale-regels/ exists;
 * and nothing of any editie leaks into the pages or the search index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { loadGraph } from '../helpers/content.ts';
import { decodeAttr, nodeAttr, nodeText } from '../helpers/html.ts';
import { builtTexts, DIST } from '../helpers/site.ts';
import { useBrowser, watch } from '../helpers/browser.ts';
import { searchOnPage, TOP } from '../../scripts/lib/golden.ts';

const g = loadGraph('content');
const html = (path: string) => parse(readFileSync(`${DIST}${path}index.html`, 'utf8'));
const text = nodeText;
const attr = nodeAttr;

describe('Wat koos uw gemeente? on every keuze', () => {
  for (const w of g.wetten) {
    it(`/wetten/${w.id}/: every keuze card has the block, with a valid search link where the rules are published`, () => {
      const cards = querySelectorAll(html(`/wetten/${w.id}/`), 'section.sk-keuze[id]');
      expect(cards.length).toBe(g.keuzesVan(w.id).length);
      for (const card of cards) {
        const id = attr(card, 'id');
        const blok = querySelectorAll(card, '.sk-lokaal')[0];
        expect(blok, id).toBeDefined();
        expect(text(blok!), id).toMatch(/^Wat koos uw gemeente\?\s*(Kijk in .+ van uw gemeente\.|Dit ligt landelijk vast)/);
        for (const a of querySelectorAll(blok!, 'a[data-lokale-regelgeving]')) {
          const url = new URL(decodeAttr(attr(a, 'href')!));
          expect(url.origin + url.pathname, id).toBe('https://lokaleregelgeving.overheid.nl/ZoekResultaat');
          const tekst = url.searchParams.get('tekst') ?? '';
          expect(tekst.length, id).toBeGreaterThan(2);
          expect(url.searchParams.has('gemeenten'), id).toBe(false);
          expect(text(a)).toContain(tekst);
        }
      }
    });
  }
});

describe('the national site carries nothing of an editie', () => {
  it('has /lokale-regels/ but no /gemeente/', () => {
    expect(existsSync(`${DIST}/lokale-regels/index.html`)).toBe(true);
    expect(existsSync(`${DIST}/gemeente`)).toBe(false);
  });

  it('no page, script or search index file mentions an editie', () => {
    const hits = builtTexts()
      .filter(({ text }) => /voorbeeldgemeente|data-onzekeuze|data-editie|In Testgemeente/i.test(text))
      .map(({ file }) => file);
    expect(hits).toEqual([]);
  });

  it('the kaart offers no layer "Onze keuzes"', () => {
    expect(readFileSync(`${DIST}/kaart/index.html`, 'utf8')).not.toContain('value="onzekeuzes"');
  });
});

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('kaart with a layer this build lacks', () => {
  it('/kaart/?laag=onzekeuzes shows the default layer with its symbols', async () => {
    const page = await browser.context().newPage();
    const w = await watch(page, baseUrl);
    await page.goto(`${baseUrl}/kaart/?laag=onzekeuzes`);
    await page.waitForSelector('[data-bediening]:not([hidden])');
    expect(await page.getAttribute('svg.sk-kaart__svg', 'data-laag')).toBe('beleidsruimte');
    expect(await page.isChecked('input[name="laag"][value="beleidsruimte"]')).toBe(true);
    expect(await page.locator('svg a.marker .sym-beleidsruimte').first().isVisible()).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('searching for the local rules', () => {
  for (const query of ['lokale regelgeving', 'verordening opzoeken', 'lokale regels']) {
    it(`"${query}" finds /lokale-regels/ in the top ${TOP}`, async () => {
      const page = await browser.context().newPage();
      await page.goto(`${baseUrl}/zoeken/`);
      // A result may point at the section of the page that answers (/lokale-regels/#welk-document).
      const urls = (await searchOnPage(page, query)).map((u) => u.replace(/#.*$/, ''));
      const rank = urls.indexOf('/lokale-regels/') + 1;
      expect(rank, `top 5: ${urls.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
      expect(rank).toBeLessThanOrEqual(TOP);
      await page.close();
    });
  }
});
