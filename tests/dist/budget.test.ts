/**
 * Byte budget on dist/: printed per page type, and enforced per page.
 * Outside /kaart/ at most 10 KB gzipped JS before search is used; the kaart
 * page at most 15 KB, /vragen/ (the werkblad) at most 10 KB; every page's own HTML + CSS at most 60 KB gzipped.
 */
import { describe, expect, it } from 'vitest';
import { jsLimit, LIMITS, measurePage, report, summarize } from '../../scripts/budget.ts';
import { builtPages, DIST } from '../helpers/site.ts';
import { kostenTekst, precacheKosten } from '../../src/integrations/service-worker.ts';

const pages = builtPages().map((p) => measurePage(DIST, p.file));

describe('byte budget', () => {
  it('measures every built page and reports every page type', () => {
    console.log(`\n${report(pages)}\n`);
    // Every page has HTML, so a page measured as 0 bytes was not read.
    expect(pages.filter((p) => p.htmlCss <= 0).map((p) => p.path)).toEqual([]);
    // The report's rows add up to every built page, and name each type with its count.
    const rows = summarize(pages);
    expect(rows.reduce((n, r) => n + r.pages, 0)).toBe(builtPages().length);
    for (const r of rows) expect(report(pages), r.type).toMatch(new RegExp(`^${r.type.replace(/[[\]]/g, '\\$&')}\\s+${r.pages}\\s`, 'm'));
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['home', 'kaart', 'wetten/[id]']));
  });

  it('prints what offline costs: the precache of the whole site, counted honestly from the files', async () => {
    const k = await precacheKosten(DIST);
    console.log(`offline: ${kostenTekst(k)}`);
    // Every page is in it (the whole site works offline after one visit).
    expect(k.bestanden).toBeGreaterThan(pages.length);
    expect(k.gzip).toBeLessThan(k.bytes);
  });

  it('every page stays within its JavaScript budget', () => {
    const over = pages.filter((p) => p.js > jsLimit(p.path)).map((p) => `${p.path}: ${p.js} B (${p.jsFiles.join(', ')})`);
    expect(over).toEqual([]);
  });

  it('every page stays within its HTML + CSS budget', () => {
    const over = pages.filter((p) => p.htmlCss > LIMITS.htmlCss).map((p) => `${p.path}: ${p.htmlCss} B`);
    expect(over).toEqual([]);
  });
});
