/**
 * Clean text (issue 22): the typography check (scripts/typografie.ts) finds
 * nothing on any built page, and it does find each kind of glitch it is for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controleer } from '../../scripts/typografie.ts';
import { join, relative } from 'node:path';
import { builtPages, builtTexts, DIST } from '../helpers/site.ts';

describe('typography', () => {
  it('finds the glitches it is for, and passes good text', () => {
    const soorten = (html: string) => controleer(`<p>${html}</p>`).map((v) => v.soort);
    expect(soorten('Verder met<kbd>→</kbd> en<strong>Download PNG</strong>')).toEqual(['vastgeplakt aan element']);
    expect(soorten('ziet u op<a href="/">waarstaatjegemeente.nl</a>.')).toEqual(['vastgeplakt aan element']);
    expect(soorten('<a href="/">Wie beslist er?</a>. Het CIZ')).toEqual(['dubbele leestekens']);
    expect(soorten('Werk of dagbesteding!. Ja')).toEqual(['dubbele leestekens']);
    expect(soorten('Staalkaart sociaal domein · · peildatum')).toEqual(['dubbele leestekens']);
    expect(soorten('57 onderwerpen, 8scheidslijnen')).toEqual(['getal aan woord']);
    expect(soorten('<a href="/">overheid.nl</a>(Gemeentewet artikel 140)')).toEqual(['geen spatie voor (']);
    expect(soorten('peildatum 1 juli 2026 ·61 onderwerpen · 8 scheidslijnen')).toEqual(['geen spatie bij ·']);
    expect(soorten('Op de <span>18</span>e verjaardag, <em>de</em> <a href="/">kaart</a> (Wmo), keuze(s), 22graden, Movisie e.a., en… verder...')).toEqual([]);
    expect(soorten('<span hidden>casus</span><span hidden>Wmo</span><svg><text>a</text><text>b</text></svg>')).toEqual([]);
  });

  it('passes on every built page', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    const gevonden = pages.flatMap((p) => controleer(readFileSync(p.file, 'utf8')).map((v) => `${p.path}: ${v.soort}: ${v.tekst}`));
    expect(gevonden).toEqual([]);
  });

  // "Pw" is the Participatiewet's legal abbreviation (fine in "artikel 10b Pw"); a raadslid reading a title, a route
  // label on the kaart or a hand-out does not know it. Wmo, Wlz and Zvw are the names people use, so they stay.
  it('writes "Pw" out in titles, headings, route labels, search results, the feed and on the werksessie material', () => {
    const PW = /\bPw\b/;
    const tekst = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const gevonden: string[] = [];
    for (const p of builtPages()) {
      const html = readFileSync(p.file, 'utf8');
      const delen = [
        ...[...html.matchAll(/<(title|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => tekst(m[2]!)),
        ...[...html.matchAll(/<text class="route-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!),
        ...(p.path.startsWith('/werksessie/') ? [tekst(html)] : []),
      ];
      for (const d of delen) if (PW.test(d)) gevonden.push(`${p.path}: ${d.trim().slice(0, 80)}`);
    }
    const feed = join(DIST, 'wijzigingen/feed.xml');
    if (existsSync(feed)) for (const m of readFileSync(feed, 'utf8').matchAll(/label="([^"]*)"/g)) if (PW.test(m[1]!)) gevonden.push(`feed.xml: label="${m[1]}"`);
    // Search results show the title of Pagefind's fragments.
    for (const { file, text } of builtTexts().filter((t) => /pagefind\/fragment\//.test(relative(DIST, t.file))))
      for (const m of text.matchAll(/"title":"([^"]*)"/g)) if (PW.test(m[1]!)) gevonden.push(`${relative(DIST, file)}: ${m[1]}`);
    expect(gevonden).toEqual([]);
  });
});
