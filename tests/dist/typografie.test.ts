/**
 * Clean text (issue 22): the typography check (scripts/typografie.ts) finds
 * nothing on any built page, and it does find each kind of glitch it is for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controleer } from '../../scripts/typografie.ts';
import { builtPages } from '../helpers/site.ts';

describe('typography', () => {
  it('finds the glitches it is for, and passes good text', () => {
    const soorten = (html: string) => controleer(`<p>${html}</p>`).map((v) => v.soort);
    expect(soorten('Verder met<kbd>→</kbd> en<strong>Download PNG</strong>')).toEqual(['vastgeplakt aan element']);
    expect(soorten('ziet u op<a href="/">waarstaatjegemeente.nl</a>.')).toEqual(['vastgeplakt aan element']);
    expect(soorten('<a href="/">Wie beslist er?</a>. Het CIZ')).toEqual(['dubbele leestekens']);
    expect(soorten('Werk of dagbesteding!. Ja')).toEqual(['dubbele leestekens']);
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
});
