/**
 * The Pagefind integration (src/integrations/pagefind.ts) on a tiny site: it
 * writes one Dutch index with the pages and the keuze and begrip records, and
 * it fails (so the build fails) when Pagefind finds nothing to index or the
 * index would be split over two languages.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';
import { contentWith } from '../helpers/fixtures.ts';

const page = (lang: string, body = true) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body><nav>Menu</nav><main ${body ? 'data-pagefind-body' : ''}><h1>Wet langdurige zorg</h1><p>Over de Wlz.</p></main></body></html>`;

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'staalkaart-dist-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
}

describe('search index', () => {
  it('indexes the pages and a record per keuze and begrip, in one Dutch index', async () => {
    const content = contentWith();
    const dist = site({ 'wetten/wlz': page('nl'), over: page('nl', false) });
    const summary = await buildSearchIndex(dist, content, content);
    // The page without data-pagefind-body is not indexed: one page and three records.
    expect(summary).toEqual({ pages: 1, records: 3, languages: ['nl'] });
    const out = join(dist, 'pagefind');
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.nl.page_count).toBe(4);
    expect(existsSync(join(out, 'pagefind.js'))).toBe(true);
    expect(readdirSync(out).filter((f) => /ui|highlight/.test(f))).toEqual([]);
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
