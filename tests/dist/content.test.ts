/**
 * What the built pages must hold for the content issues: five law pages with
 * enough keuzes, each keuze complete (grade in text and symbol, who decides,
 * options with risks, questions, article link with the right BWB id,
 * sources); scheidslijn pages with criterion, article, who pays and casussen;
 * casus pages; links both ways; the begrippenlijst.
 * Reads dist/ in Node with an HTML parser; the content comes from content/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { loadGraph } from '../helpers/content.ts';
import { decodeAttr } from '../helpers/html.ts';

const g = loadGraph('content');
const page = (path: string) => {
  const file = `dist${path}index.html`;
  expect(existsSync(file), file).toBe(true);
  return parse(readFileSync(file, 'utf8'));
};
const text = (node: Node | undefined): string => {
  if (!node) return '';
  let out = '';
  walkSync(node, (n: Node) => {
    if (n.type === TEXT_NODE) out += String(n.value);
  });
  return out.replace(/\s+/g, ' ').trim();
};
const attr = (n: Node, a: string) => (n.attributes as Record<string, string>)[a];
const hrefs = (n: Node) => querySelectorAll(n, 'a[href]').map((a: Node) => decodeAttr(attr(a, 'href')!));

const MIN_KEUZES: Record<string, number> = { wmo: 8, jeugdwet: 8, participatiewet: 8, wlz: 4, zvw: 4 };

describe('law pages', () => {
  for (const [wet, min] of Object.entries(MIN_KEUZES)) {
    describe(`/wetten/${wet}/`, () => {
      const doc = page(`/wetten/${wet}/`);
      const bwb = g.wet(wet)!.data.bwb;
      const sections = querySelectorAll(doc, 'section[data-beleidsruimte][id]');

      it(`has at least ${min} keuzes, each an anchored element with its grade`, () => {
        expect(sections.length).toBeGreaterThanOrEqual(min);
        expect(sections.length).toBe(g.keuzesVan(wet).length);
        for (const s of sections) expect(['ruim', 'beperkt', 'geen']).toContain(attr(s, 'data-beleidsruimte'));
      });

      it('shows each grade in text and symbol, with who decides, options with risks, questions, article and sources', () => {
        for (const s of sections) {
          const id = attr(s, 'id')!;
          const badge = querySelector(s, '.sk-grade');
          expect(text(badge), id).toContain(attr(s, 'data-beleidsruimte'));
          expect(querySelector(badge, 'svg'), `${id} symbol`).toBeTruthy();
          const facts = querySelectorAll(s, 'dt').map(text);
          expect(facts, id).toEqual(expect.arrayContaining(['Wie beslist', 'Instrument', 'Regionaal', 'Wetsartikel']));
          const rows = querySelectorAll(s, 'tr').filter((r: Node) => querySelectorAll(r, 'td').length > 0);
          expect(rows.length, `${id} options`).toBeGreaterThanOrEqual(2);
          for (const r of rows) {
            const cells = querySelectorAll(r, 'td').map(text);
            expect(cells.length).toBe(2);
            expect(cells.every((c: string) => c.length > 5), `${id} option and risk`).toBe(true);
          }
          expect(querySelectorAll(s, '.sk-vragen li').length, `${id} questions`).toBeGreaterThanOrEqual(2);
          const art = querySelector(s, 'a[data-bwb]');
          expect(decodeAttr(attr(art, 'href')!), id).toMatch(/^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWB[RV]\d{7}&artikel=/);
          expect(querySelectorAll(s, '.sk-bronnen a[href^="https://"]').length, `${id} sources`).toBeGreaterThanOrEqual(1);
        }
      });

      it('links every article to wetten.overheid.nl with the BWB id of its own law', () => {
        for (const k of g.keuzesVan(wet)) {
          const own = !k.data.artikel.wet && !k.data.artikel.bwb;
          const expected = own ? bwb : k.data.artikel.bwb ?? g.wet(k.data.artikel.wet!)!.data.bwb;
          const anchor = k.id.split('/')[1]!;
          const section = sections.find((s) => attr(s, 'id') === anchor)!;
          const href = decodeAttr(attr(querySelector(section, 'a[data-bwb]'), 'href')!);
          expect(href, k.id).toContain(`jci1.3:c:${expected}&artikel=${encodeURIComponent(k.data.artikel.nummer)}`);
        }
        // Most keuzes cite their own law.
        expect(g.keuzesVan(wet).filter((k) => !k.data.artikel.wet && !k.data.artikel.bwb).length).toBeGreaterThan(g.keuzesVan(wet).length / 2);
      });

      it('has a 30-second summary, what is changing, its scheidslijnen, sources and a peildatum', () => {
        expect(text(querySelector(doc, 'dl.sk-facts'))).toMatch(/Wie voert uit.*Hoe krijgt iemand hulp.*Wie betaalt.*Ruimte voor de raad/);
        expect(querySelector(doc, '#wat-verandert')).toBeTruthy();
        expect(querySelectorAll(doc, '[data-status]').length).toBe(g.wijzigingenVanWet(wet).length);
        const links = hrefs(doc);
        for (const s of g.scheidslijnenVan(wet)) expect(links).toContain(`/scheidslijnen/${s.id}/`);
        expect(text(doc)).toMatch(/peildatum \d+ \w+ 20\d\d/i);
        expect(querySelectorAll(doc, '.sk-bronnen a').length).toBeGreaterThan(0);
      });

      it('links begrippen from their first use', () => {
        const links = querySelectorAll(doc, 'main a.sk-begrip');
        expect(links.length).toBeGreaterThan(5);
        const targets = links.map((a: Node) => attr(a, 'href'));
        expect(new Set(targets).size).toBe(targets.length);
      });
    });
  }
});

describe('changes', () => {
  it('every wijziging has a status and a source, and the bills are not presented as law', () => {
    expect(g.wijzigingen.length).toBeGreaterThan(5);
    const statuses = new Set(g.wijzigingen.map((w) => w.data.status));
    expect(statuses.has('in-werking')).toBe(true);
    expect([...statuses].some((s) => s !== 'in-werking')).toBe(true);
  });
});

describe('scheidslijn pages', () => {
  it('there are at least 8', () => {
    expect(g.scheidslijnen.length).toBeGreaterThanOrEqual(8);
  });
  for (const s of g.scheidslijnen) {
    it(`/scheidslijnen/${s.id}/ has criterion, article link, who pays on both sides, a diagram and its casussen`, () => {
      const doc = page(`/scheidslijnen/${s.id}/`);
      expect(text(querySelector(doc, '.sk-criterium')).length).toBeGreaterThan(20);
      const arts = querySelectorAll(querySelector(doc, 'section[aria-labelledby="criterium"]'), 'a[data-bwb]');
      expect(arts.length).toBeGreaterThanOrEqual(1);
      for (const a of arts) {
        const wet = attr(a, 'data-wet');
        const href = decodeAttr(attr(a, 'href')!);
        expect(href).toMatch(/^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:/);
        if (wet) expect(href).toContain(g.wet(wet)!.data.bwb);
      }
      const betaalt = querySelectorAll(doc, 'tr').find((r: Node) => text(querySelector(r, 'th')) === 'Wie betaalt');
      expect(betaalt, 'row Wie betaalt').toBeTruthy();
      const cells = querySelectorAll(betaalt!, 'td').map(text);
      expect(cells.length).toBe(2);
      expect(cells.every((c: string) => c.length > 2)).toBe(true);
      expect(querySelector(doc, 'figure.sk-diagram svg[role="img"]')).toBeTruthy();
      const links = hrefs(doc);
      for (const w of s.data.tussen) expect(links).toContain(`/wetten/${w}/`);
      const casussen = g.casussenVanScheidslijn(s.id);
      expect(casussen.length, 'at least one casus').toBeGreaterThanOrEqual(1);
      for (const c of casussen) expect(links).toContain(`/casussen/${c.id}/`);
      expect(text(doc)).toMatch(/Peildatum: \d+ \w+ 20\d\d/);
    });
  }
});

describe('casus pages', () => {
  it('there are at least 10, and every casus links its laws and scheidslijnen', () => {
    expect(g.casussen.length).toBeGreaterThanOrEqual(10);
    for (const c of g.casussen) {
      const doc = page(`/casussen/${c.id}/`);
      const links = hrefs(doc);
      for (const w of c.data.wetten) expect(links, c.id).toContain(`/wetten/${w}/`);
      for (const s of c.data.scheidslijnen) expect(links, c.id).toContain(`/scheidslijnen/${s}/`);
      for (const id of ['situatie', 'wat-gaat-mis', 'politieke-keuze', 'werksessie']) expect(querySelector(doc, `#${id}`), `${c.id} #${id}`).toBeTruthy();
    }
  });

  it('the overview groups every casus under each of its laws, without JavaScript', () => {
    const doc = page('/casussen/');
    for (const w of g.wetten) {
      const group = querySelector(doc, `section.sk-groep[data-wet="${w.id}"]`);
      expect(group, w.id).toBeTruthy();
      const links = hrefs(group);
      for (const c of g.casussenVanWet(w.id)) expect(links).toContain(`/casussen/${c.id}/`);
    }
  });
});

describe('overviews and links both ways', () => {
  it('the scheidslijnen matrix links every scheidslijn, and a list does too', () => {
    const doc = page('/scheidslijnen/');
    const matrix = hrefs(querySelector(doc, 'table.sk-matrix'));
    const list = hrefs(querySelector(doc, 'section[aria-labelledby="lijst-kop"]'));
    for (const s of g.scheidslijnen) {
      expect(matrix).toContain(`/scheidslijnen/${s.id}/`);
      expect(list).toContain(`/scheidslijnen/${s.id}/`);
    }
  });

  it('every wet page lists its scheidslijnen, every scheidslijn its casussen, every casus its laws', () => {
    for (const w of g.wetten) {
      const links = hrefs(page(`/wetten/${w.id}/`));
      for (const s of g.scheidslijnenVan(w.id)) expect(links).toContain(`/scheidslijnen/${s.id}/`);
    }
    for (const c of g.casussen) for (const s of c.data.scheidslijnen) expect(hrefs(page(`/scheidslijnen/${s}/`))).toContain(`/casussen/${c.id}/`);
  });
});

describe('begrippenlijst', () => {
  it('has at least 40 terms, each a <dt id> with a definition', () => {
    const doc = page('/begrippen/');
    const dts = querySelectorAll(doc, 'dl dt[id]');
    expect(dts.length).toBeGreaterThanOrEqual(40);
    expect(dts.length).toBe(g.begrippen.length);
    for (const id of ['maatwerkvoorziening', 'algemene-voorziening', 'pgb', 'zorg-in-natura', 'woonplaatsbeginsel', 'zorgkantoor', 'keukentafelgesprek', 'verlengde-jeugdhulp', 'beschut-werk', 'loonkostensubsidie'])
      expect(dts.map((d: Node) => attr(d, 'id')), id).toContain(id);
  });
});

describe('sources page', () => {
  it('lists every source cited in the content, with peildatum', () => {
    const doc = page('/bronnen/');
    const links = new Set(hrefs(doc));
    for (const b of g.bronnen()) expect(links.has(b.bron.url), b.bron.url).toBe(true);
    expect(text(doc)).toMatch(/peildatum \d+ \w+ 20\d\d/);
  });
});

