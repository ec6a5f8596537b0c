/**
 * The Pagefind integration (src/integrations/pagefind.ts) on a tiny site: it
 * writes one Dutch index with the pages and the keuze and begrip records, and
 * it fails (so the build fails) when Pagefind finds nothing to index or the
 * index would be split over two languages.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';
import { contentWith } from '../helpers/fixtures.ts';

const page = (lang: string, body = true) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>` +
  `<header><label>Zoeken</label><nav>Hoofdmenuwoord</nav></header>` +
  `<main ${body ? 'data-pagefind-body' : ''}><h1>Wet langdurige zorg</h1><p>Over de Wlz.</p>` +
  `<svg viewBox="0 0 10 10"><text>Svglabelwoord</text></svg><nav aria-label="Keuzes">Inhoudsopgavewoord</nav></main>` +
  `<footer>Footerwoord</footer></body></html>`;

/** The text Pagefind stored for each indexed page or record (fragments are gzipped JSON after a signature). */
function fragments(out: string): { url: string; content: string }[] {
  const dir = join(out, 'fragment');
  return readdirSync(dir).map((f) => {
    let data = readFileSync(join(dir, f));
    if (data.subarray(0, 12).toString() !== 'pagefind_dcd') data = gunzipSync(data);
    return JSON.parse(data.subarray(12).toString('utf8'));
  });
}

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'staalkaart-dist-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
}

describe('search index', () => {
  it('indexes the pages and a record per keuze, begrip, feit, vraag, hand-out and oefening and the poster, in one Dutch index', async () => {
    const content = contentWith();
    const dist = site({ 'wetten/wlz': page('nl'), over: page('nl', false) });
    const summary = await buildSearchIndex(dist, content, content);
    // The page without data-pagefind-body is not indexed: one page and ten records (2 keuzes, 1 begrip, 1 feit,
    // 2 vragen, 2 hand-outs, the poster, 1 oefening).
    expect(summary).toEqual({ pages: 1, records: 10, languages: ['nl'] });
    const out = join(dist, 'pagefind');
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.nl.page_count).toBe(11);
    expect(existsSync(join(out, 'pagefind.js'))).toBe(true);
    expect(readdirSync(out).filter((f) => /ui|highlight/.test(f))).toEqual([]);

    // Only the main content: no navigation, header, footer or SVG labels.
    const stored = fragments(out);
    expect(stored.map((f) => f.url).sort()).toEqual([
      '/begrippen/#maatwerkvoorziening',
      '/feiten/#abonnementstarief',
      '/vragen/#eigen-bijdrage-drempel',
      '/vragen/#wachten-op-wlz',
      '/werksessie/handout/wlz/',
      '/werksessie/handout/wmo/',
      '/werksessie/oefeningen/#oef-wachten',
      '/werksessie/poster/',
      '/wetten/wlz/',
      '/wetten/wlz/#toegang',
      '/wetten/wmo/#eigen-bijdrage',
    ]);
    const wlz = stored.find((f) => f.url === '/wetten/wlz/')!;
    expect(wlz.content).toContain('Over de Wlz.');
    for (const word of ['Hoofdmenuwoord', 'Zoeken', 'Svglabelwoord', 'Inhoudsopgavewoord', 'Footerwoord']) expect(wlz.content).not.toContain(word);
  }, 60_000);

  it('writes a lexicon of the words of the index: the indexed page text, its search terms and the records, not what Pagefind leaves out', async () => {
    const content = contentWith();
    const html =
      `<!doctype html><html lang="nl"><head><title>T</title></head><body><nav>Hoofdmenuwoord</nav>` +
      `<main data-pagefind-body><h1>Wet langdurige zorg</h1><p>Over de Wlz en het zorgkantoorwoord.</p>` +
      `<span hidden data-pagefind-ignore data-pagefind-meta="zoektermen[data-zoektermen]" data-zoektermen="Zoektermwoord"></span>` +
      `<p data-pagefind-ignore>Genegeerdwoord</p><div class="sk-bronnen"><ul><li>Bronwoord</li></ul></div>` +
      `<section aria-labelledby="casussen"><h2 id="casussen">Casussen</h2><p>Casuslijstwoord</p></section></main>` +
      `<footer>Footerwoord</footer></body></html>`;
    const dist = site({ 'wetten/wlz': html });
    await buildSearchIndex(dist, content, content);
    const out = join(dist, 'pagefind');
    // Pagefind leaves the same parts out as the lexicon does.
    const wlz = fragments(out).find((f) => f.url === '/wetten/wlz/')!;
    expect(wlz.content).toContain('zorgkantoorwoord');
    for (const word of ['Genegeerdwoord', 'Bronwoord', 'Casuslijstwoord']) expect(wlz.content).not.toContain(word);
    const woorden = new Set((JSON.parse(readFileSync(join(out, 'zoekwijzer.json'), 'utf8')) as { woorden: string[] }).woorden);
    // "oefenkaart" is a search term of every oefening record only.
    for (const word of ['zorgkantoorwoord', 'zoektermwoord', 'oefenkaart']) expect(woorden).toContain(word);
    for (const word of ['genegeerdwoord', 'bronwoord', 'casuslijstwoord', 'footerwoord', 'hoofdmenuwoord']) expect(woorden).not.toContain(word);
  }, 60_000);

  it('fails when no page has data-pagefind-body', async () => {
    const content = contentWith();
    const dist = site({ over: page('nl', false) });
    await expect(buildSearchIndex(dist, content, content)).rejects.toThrow(/data-pagefind-body/);
  }, 60_000);

  it('fails when a page is not in Dutch, which would split the index', async () => {
    const content = contentWith();
    const dist = site({ 'wetten/wlz': page('nl'), en: page('en') });
    await expect(buildSearchIndex(dist, content, content)).rejects.toThrow(/precies één index in "nl".*en/s);
  }, 60_000);

  it('fails on broken content, before indexing', async () => {
    const content = contentWith('keuze-zonder-bron');
    const dist = site({ 'wetten/wlz': page('nl') });
    await expect(buildSearchIndex(dist, content, content)).rejects.toThrow(/bronnen/);
  }, 60_000);
});
