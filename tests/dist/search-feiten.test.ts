/**
 * Every fact of content/feiten/ is a search result of its own in the built index (issue 24: "Each fact of /feiten/
 * is a record of its own", "specific answers first"), and carries its lay words (`zoekwoorden`) among its own names
 * (the meta field `zoektermen`), so that "hoeveel spaargeld mag je hebben" finds the amount and not only the section
 * that states it. Reads the fragments Pagefind wrote to dist/pagefind/fragment/ (gzipped JSON after a signature).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feitUrl } from '../../src/lib/content/feiten.ts';
import { loadGraph } from '../helpers/content.ts';

const g = loadGraph('content');
const dist = process.env.STAALKAART_DIST ?? 'dist';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function fragments(): Fragment[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    let data = readFileSync(join(dir, f));
    if (data.subarray(0, 12).toString() !== 'pagefind_dcd') data = gunzipSync(data);
    return JSON.parse(data.subarray(12).toString('utf8')) as Fragment;
  });
}

describe('facts in the search index (dist/pagefind)', () => {
  const all = fragments();
  const byUrl = new Map(all.map((f) => [f.url, f]));

  it('has one result of type feit for every fact, at its row on /feiten/', () => {
    const feitUrls = all.filter((f) => f.filters.type?.includes('feit')).map((f) => f.url).sort();
    expect(feitUrls).toEqual(g.feiten.map((f) => feitUrl(f.id)).sort());
  });

  it('gives every fact at least two lay words of its own, searched as its own names (meta zoektermen)', () => {
    for (const f of g.feiten) {
      expect(f.data.zoekwoorden.length, `${f.id}: zoekwoorden`).toBeGreaterThanOrEqual(2);
      const fragment = byUrl.get(feitUrl(f.id));
      expect(fragment, feitUrl(f.id)).toBeDefined();
      const own = (fragment!.meta.zoektermen ?? '').split(', ');
      for (const w of f.data.zoekwoorden) expect(own, `${f.id}: "${w}"`).toContain(w);
    }
  });
});
