import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  feitTekst,
  feitVerwijzingen,
  feitVerwijzingenInMdx,
  formatFeit,
  resolveFeitenInHtml,
  resolveFeitenInText,
  type Feiten,
} from '../../src/lib/content/feiten.ts';
import { checkBegripOnzekereFeiten, checkContentDir } from '../../src/lib/content/check.ts';
import type { Checked } from '../../src/lib/content/refs.ts';
import type { Begrip, Feit } from '../../src/lib/content/schema.ts';
import { contentWith } from '../helpers/fixtures.ts';

const NBSP = '\u00a0';
const feiten: Feiten = new Map([
  ['tarief', { label: 'Tarief', soort: 'bedrag', waarde: 21.8 }],
  ['grens', { label: 'Grens', soort: 'bedrag', waarde: 67500 }],
  ['regios', { label: 'Regio’s', soort: 'aantal', waarde: 41 }],
  ['centrum', { label: 'Centrumgemeenten', soort: 'aantal', waarde: 43, onzeker: 'Uit een "secundaire" bron.' }],
  ['vormen', { label: 'Vormen', soort: 'aantal', waarde: 10, weergave: 'tien' }],
  ['peildatum', { label: 'Peildatum', soort: 'datum', waarde: new Date('2026-01-01T00:00:00Z') }],
  ['risico', { label: 'Eigen risico', soort: 'bedrag', waarde: 385, eenheid: 'per jaar' }],
] as const);

describe('formatFeit', () => {
  it('writes amounts, counts and dates the Dutch way', () => {
    expect(formatFeit(feiten.get('tarief')!)).toBe(`€${NBSP}21,80`);
    expect(formatFeit(feiten.get('grens')!)).toBe(`€${NBSP}67.500`);
    expect(formatFeit(feiten.get('regios')!)).toBe('41');
    expect(formatFeit(feiten.get('vormen')!)).toBe('tien');
    expect(formatFeit(feiten.get('peildatum')!)).toBe('1 januari 2026');
    expect(formatFeit(feiten.get('risico')!)).toBe(`€${NBSP}385 per jaar`);
  });
});

describe('resolving fact references', () => {
  it('replaces placeholders in plain text, marking an onzeker fact', () => {
    expect(resolveFeitenInText('In {feit:regios} regio’s en {feit:centrum} centrumgemeenten.', feiten)).toBe(
      'In 41 regio’s en 43 (onzeker) centrumgemeenten.',
    );
    expect(feitTekst('tarief', feiten)).toBe(`€${NBSP}21,80`);
  });

  it('gives an onzeker fact in running text a visible mark that links to its explanation, after the sentence', () => {
    const html = resolveFeitenInHtml('<p>Er zijn {feit:centrum} centrumgemeenten.</p>', feiten);
    expect(html).toContain('<span class="sk-feit sk-feit--onzeker" data-feit="centrum">43</span>');
    const mark =
      '<a class="sk-feit__mark" data-feit-mark="centrum" href="/feiten/#centrum" title="Niet zeker: Uit een &quot;secundaire&quot; bron.">(onzeker)</a>';
    // Never wedged inside the phrase: "43 centrumgemeenten (onzeker)." — the mark closes the sentence.
    expect(html).toBe(`<p>Er zijn <span class="sk-feit sk-feit--onzeker" data-feit="centrum">43</span> centrumgemeenten ${mark}.</p>`);
    expect(resolveFeitenInHtml('<p>{feit:tarief}</p>', feiten)).toBe(`<p><span class="sk-feit" data-feit="tarief">€${NBSP}21,80</span></p>`);
  });

  it('puts the mark at the end of the block when the sentence has no full stop, and once per fact', () => {
    const html = resolveFeitenInHtml('<li>{feit:centrum} of {feit:centrum} centrumgemeenten</li><li>verder</li>', feiten);
    expect(html).toMatch(/centrumgemeenten <a class="sk-feit__mark"[^>]*>\(onzeker\)<\/a><\/li><li>verder<\/li>$/);
    expect(html.match(/sk-feit__mark/g)).toHaveLength(1);
  });

  it('does not take the dot in an amount for the end of the sentence, and never puts the mark inside a link', () => {
    const html = resolveFeitenInHtml('<p>Bij {feit:centrum} gemeenten, elk met € 1.419,46 per maand. Klaar.</p>', feiten);
    expect(html).toMatch(/1\.419,46 per maand <a class="sk-feit__mark"[^>]*>\(onzeker\)<\/a>\. Klaar\.<\/p>$/);
    const link = resolveFeitenInHtml('<p><a href="/x">{feit:centrum} gemeenten.</a> Meer.</p>', feiten);
    expect(link).toMatch(/gemeenten\.<\/a> <a class="sk-feit__mark"/);
    expect(link).not.toMatch(/<a href="\/x">[^<]*<span[^>]*>43<\/span>[^<]*<a class/);
  });

  it('writes the plain value inside attributes, the title, scripts and SVG', () => {
    const page =
      '<head><title>{feit:centrum} gemeenten</title><meta name="description" content="Tarief {feit:tarief}"></head>' +
      '<body><svg><text>{feit:regios}</text></svg><script type="application/json">{"t":"{feit:centrum}"}</script></body>';
    const out = resolveFeitenInHtml(page, feiten);
    expect(out).toContain('<title>43 (onzeker) gemeenten</title>');
    expect(out).toContain(`content="Tarief €${NBSP}21,80"`);
    expect(out).toContain('<svg><text>41</text></svg>');
    expect(out).toContain('{"t":"43 (onzeker)"}');
    expect(out).not.toContain('sk-feit');
  });

  it('leaves a page without references untouched and refuses an unknown fact', () => {
    expect(resolveFeitenInHtml('<p>{niets}</p>', feiten)).toBe('<p>{niets}</p>');
    expect(() => resolveFeitenInText('{feit:onbekend}', feiten)).toThrow(/onbekend feit "onbekend"/);
  });

  it('finds every reference with the field it is in', () => {
    expect(
      feitVerwijzingen({ samenvatting: 'x {feit:a}', waartussen: [{ optie: 'o', risico: '{feit:b} en {feit:c}' }], n: 3 }),
    ).toEqual([
      { field: 'samenvatting', id: 'a' },
      { field: 'waartussen[0].risico', id: 'b' },
      { field: 'waartussen[0].risico', id: 'c' },
    ]);
    expect(feitVerwijzingenInMdx('Tekst <Feit id="a" /> en <Feit id=\'b\'/>.')).toEqual(['a', 'b']);
  });
});

describe('fact references in the content check', () => {
  it('names the MDX file of an unknown <Feit id>', () => {
    const dir = contentWith();
    const file = `${dir}/casussen/wachten-op-wlz.mdx`;
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nHet tarief is <Feit id="tarif" />.\n`);
    expect(() => checkContentDir(dir, dir)).toThrow(/casussen\/wachten-op-wlz\.mdx: veld "\(tekst\)": verwacht een bekend feit uit content\/feiten\/, niet "tarif"/);
  });

  it('keeps facts out of names and labels', () => {
    const dir = contentWith();
    const file = `${dir}/keuzes/wmo/eigen-bijdrage.yaml`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('onderwerp: Eigen bijdrage', 'onderwerp: Eigen bijdrage tot {feit:abonnementstarief}'));
    expect(() => checkContentDir(dir, dir)).toThrow(/keuzes\/wmo\/eigen-bijdrage\.yaml: veld "onderwerp": verwacht een naam zonder \{feit:…\}/);
  });

  it('refuses an amount that is not a number', () => {
    const dir = contentWith();
    writeFileSync(`${dir}/feiten/abonnementstarief.yaml`, 'label: T\nsoort: bedrag\nwaarde: veel\npeildatum: 2026-01-01\nbronnen:\n  - titel: W\n    url: https://wetten.overheid.nl/\n');
    expect(() => checkContentDir(dir, dir)).toThrow(/feiten\/abonnementstarief\.yaml: veld "waarde": verwacht een getal \(soort bedrag\)/);
  });
});

describe('a begrip that mentions an onzeker fact', () => {
  const feit = (herkenning: string[][]): Checked<Feit> => ({
    id: 'vorm-jeugdregio',
    file: 'feiten/vorm-jeugdregio.yaml',
    data: { label: 'Vorm', soort: 'tekst', waarde: 'een gemeenschappelijke regeling', onzeker: 'Niet gelezen.', herkenning, zoekwoorden: [], peildatum: new Date(), bronnen: [] },
  });
  const begrip = (term: string, definitie: string): Checked<Pick<Begrip, 'term' | 'definitie'>> => ({ id: 'x', file: 'begrippen/x.yaml', data: { term, definitie } });

  it('is found by the words of its herkenning, including the term', () => {
    const problems = checkBegripOnzekereFeiten([begrip('Jeugdregio', 'Vastgelegd in een Gemeenschappelijke regeling.')], [feit([['jeugdregio', 'gemeenschappelijke regeling']])]);
    expect(problems).toEqual([
      { file: 'begrippen/x.yaml', field: 'definitie', expected: expect.stringContaining('{feit:vorm-jeugdregio} in plaats van het feit zelf') },
    ]);
  });

  it('is accepted once it uses the fact, and ignored when only some words match', () => {
    const f = [feit([['jeugdregio', 'gemeenschappelijke regeling']])];
    expect(checkBegripOnzekereFeiten([begrip('Jeugdregio', 'Vastgelegd in {feit:vorm-jeugdregio}.')], f)).toEqual([]);
    expect(checkBegripOnzekereFeiten([begrip('Wgr', 'Een gemeenschappelijke regeling.')], f)).toEqual([]);
  });
});
