/**
 * Link check over every built page: every internal link, form action and
 * asset reference resolves to a built file, and every #anchor to an id on
 * the target page. External links are not fetched (no network here).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeAttr, parseFile, type ParsedPage } from '../helpers/html.ts';
import { builtPages, DIST } from '../helpers/site.ts';

const pages = builtPages();
const parsed = new Map<string, ParsedPage>(pages.map((p) => [p.path, parseFile(p.file)]));

function fileFor(pathname: string): string | undefined {
  const direct = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(direct, 'index.html')) ? join(direct, 'index.html') : undefined;
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  return undefined;
}

describe('link check', () => {
  it('finds internal links to check', () => {
    const count = [...parsed.values()].reduce((n, p) => n + p.links.length, 0);
    expect(count).toBeGreaterThan(pages.length * 10);
  });

  for (const { path } of pages) {
    it(`${path} has no broken internal links or anchors`, () => {
      const page = parsed.get(path)!;
      const broken: string[] = [];
      for (const link of page.links) {
        const value = decodeAttr(link.value);
        if (/^(https?:|mailto:|tel:|data:)/.test(value)) continue;
        const url = new URL(value, `http://site${path}`);
        const samePage = url.pathname === new URL(`http://site${path}`).pathname;
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(`${link.tag}[${link.attr}="${value}"]: geen pagina of bestand ${url.pathname}`);
          continue;
        }
        if (url.hash && url.hash !== '#') {
          const id = decodeURIComponent(url.hash.slice(1));
          const targetPath = samePage ? path : pages.find((p) => p.file === file)?.path;
          const target = targetPath ? parsed.get(targetPath) : undefined;
          if (!target?.ids.has(id)) broken.push(`${link.tag}[${link.attr}="${value}"]: geen id "${id}" op ${url.pathname}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});
