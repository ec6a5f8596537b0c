/**
 * Issue "Eén waarheid" in the built site: the time line of changes and its
 * Atom feed are served, the feed is valid Atom with absolute URLs on the
 * configured site, and a fact marked onzeker shows its mark wherever it is used.
 */
import { describe, expect, inject, it } from 'vitest';
import { pagePool, useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/site.ts';
import { loadGraph } from '../helpers/content.ts';
import { readFileSync } from 'node:fs';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
// One page, reused from test to test (see pagePool).
const pool = pagePool(chromium.context, baseUrl, 1);
const g = loadGraph('content');

describe('/wijzigingen/', () => {
  it('shows every change on the time line with its status, and links the keuzes it touches', async () => {
    const { page, response } = await pool.visit('/wijzigingen/');
    expect(response?.status()).toBe(200);
    const items = page.locator('ol.sk-tijdlijn > li');
    expect(await items.count()).toBe(g.wijzigingen.length);
    expect(await items.evaluateAll((li) => li.map((l) => l.id).sort())).toEqual(g.wijzigingen.map((w) => `wijziging-${w.id}`).sort());
    // Huishoudelijke hulp out of the Wmo is a plan, not a fact.
    const hh = page.locator('#wijziging-wmo-huishoudelijke-hulp-uit-wmo');
    expect(await hh.locator('.nl-data-badge').textContent()).toContain('voornemen');
    expect(await hh.locator('a[href="/wetten/wmo/#huishoudelijke-hulp-normering"]').count()).toBe(1);
    // Dated changes come in date order.
    const dates = g.wijzigingen.filter((w) => w.data.datum).map((w) => w.id);
    const order = await items.evaluateAll((li) => li.map((l) => l.id.replace(/^wijziging-/, '')));
    expect(order.filter((id) => dates.includes(id))).toEqual(dates);
    // The feed is announced to feed readers.
    expect(await page.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe('/wijzigingen/feed.xml');
  });
});

describe('/wijzigingen/feed.xml', () => {
  it('is served as well-formed Atom with one entry per change; built without SITE_URL, links are relative and ids invent no domain', async () => {
    const response = await fetch(`${baseUrl}/wijzigingen/feed.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    const { page } = await pool.visit('/');
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const A = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      const kids = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === A && c.localName === name);
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${root.namespaceURI} ${root.localName}`,
        feed: ['id', 'title', 'updated', 'author'].map((n) => kids(root, n).length),
        self: kids(root, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href'),
        entries: kids(root, 'entry').map((e) => ({
          id: kids(e, 'id')[0]?.textContent ?? '',
          title: kids(e, 'title')[0]?.textContent ?? '',
          updated: kids(e, 'updated')[0]?.textContent ?? '',
          alternate: kids(e, 'link').find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href') ?? '',
          summary: kids(e, 'summary')[0]?.textContent ?? '',
        })),
      };
    }, xml);
    expect(feed.error).toBe(0);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.feed).toEqual([1, 1, 1, 1]);
    // npm test builds without SITE_URL (scripts/test.ts); with it, atomFeed uses absolute URLs (tests/unit/adres.test.ts).
    expect(feed.self).toBe('/wijzigingen/feed.xml');
    expect(feed.entries).toHaveLength(g.wijzigingen.length);
    for (const e of feed.entries) {
      expect(e.id.startsWith('urn:staalkaart-sociaal-domein:wijzigingen:wijziging-'), e.id).toBe(true);
      expect(e.alternate).toMatch(/^\/wijzigingen\/#wijziging-/);
      expect(e.title).not.toBe('');
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(e.summary).not.toContain('{feit:');
    }
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  });
});

describe('facts', () => {
  it('an onzeker fact shows its value with a visible mark that leads to the explanation', async () => {
    const { page } = await pool.visit('/begrippen/');
    const fact = page.locator('#centrumgemeente + dd .sk-feit--onzeker').first();
    expect(await fact.isVisible()).toBe(true);
    expect(await fact.textContent()).toBe('43');
    // The mark follows the sentence, not the number: "… 43 centrumgemeenten (onzeker)."
    expect((await page.locator('#centrumgemeente + dd').first().textContent())?.replace(/\s+/g, ' ')).toMatch(/43 centrumgemeenten \(onzeker\)\./);
    const mark = page.locator('#centrumgemeente + dd a.sk-feit__mark[data-feit-mark="aantal-centrumgemeenten"]').first();
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.getAttribute('title')).toContain('Niet zeker:');
    await mark.click();
    await page.waitForURL(/\/feiten\/#aantal-centrumgemeenten$/);
    expect(await page.locator('#aantal-centrumgemeenten .sk-note').textContent()).toContain('secundaire bron');
  });

  it('no built page (text, attributes, SVG or scripts) holds a raw fact reference', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, file } of pages) expect(readFileSync(file, 'utf8'), path).not.toContain('{feit:');
  });
});
