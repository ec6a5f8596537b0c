/**
 * Byte budget of the built site (dist/), per page type:
 *  - JavaScript a page loads before search is used (script tags and their
 *    static imports; dynamic import() is loaded later, on use), gzipped;
 *  - the page's own HTML plus its stylesheets, gzipped;
 * and what offline use costs (the service worker's precache, once per visitor).
 * Usage: npm run budget   (after npm run build)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { pathOf } from './lib/site.ts';

export const LIMITS = {
  /** Gzipped JS before search is used, on every page but the kaart. */
  js: 10 * 1024,
  /** Gzipped JS on the kaart page. */
  kaartJs: 15 * 1024,
  /** Gzipped JS on /vragen/ (the werkblad: storage, import, export, filters in the URL), header script and the
   *  service-worker registration of every page (≈2.4 KB, offline use) included. Since the lezen page shares the
   *  werkblad's storage and the one DOM helper, those are chunks of their own (≈0.3 KB more than one bundle). */
  vragenJs: 11 * 1024,
  /** Gzipped JS on /lezen/ before a file is opened (issue 26: paste field, file picker, rendering, werkblad
   *  storage); the worker, the knowledge JSON, pdfjs-dist and mammoth load only on use and are not counted. */
  lezenJs: 12 * 1024,
  /** Gzipped HTML + CSS of one page. */
  htmlCss: 60 * 1024,
};

export interface PageBudget {
  path: string;
  type: string;
  js: number;
  htmlCss: number;
  jsFiles: string[];
}

const gz = (buf: Buffer | string) => gzipSync(buf).length;

export function pageType(path: string): string {
  if (path === '/') return 'home';
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 1) return parts[0]!.replace(/\.html$/, '');
  return `${parts[0]}/[id]`;
}

/** All JS files reachable from `entry` through static imports. */
function staticGraph(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const m of code.matchAll(re)) {
    const spec = m[1]!;
    const file = spec.startsWith('/') ? join(dist, spec) : join(dirname(entry), spec);
    staticGraph(dist, file, seen);
  }
  return seen;
}

export function measurePage(dist: string, file: string): PageBudget {
  const html = readFileSync(file, 'utf8');
  const path = pathOf(dist, file);
  const css: string[] = [];
  const scripts = new Set<string>();
  let inlineJs = '';
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const a = node.attributes as Record<string, string>;
    if (node.name === 'link' && a.rel === 'stylesheet' && a.href) css.push(join(dist, a.href));
    if (node.name === 'script') {
      if (a.src) for (const f of staticGraph(dist, join(dist, a.src))) scripts.add(f);
      else if (!a.type || a.type === 'module' || a.type === 'text/javascript') {
        const text = node.children.map((c: Node) => ('value' in c ? String(c.value) : '')).join('');
        inlineJs += text;
        // Inline modules can import chunks too.
        for (const m of text.matchAll(/["'](\/[^"']+\.m?js)["']/g)) {
          if (!text.includes(`import(${m[0]}`)) for (const f of staticGraph(dist, join(dist, m[1]!))) scripts.add(f);
        }
      }
    }
  });
  const js = [...scripts].reduce((n, f) => n + gz(readFileSync(f)), 0) + (inlineJs ? gz(inlineJs) : 0);
  const htmlCss = gz(html) + css.reduce((n, f) => n + gz(readFileSync(f)), 0);
  return { path, type: pageType(path), js, htmlCss, jsFiles: [...scripts].map((f) => relative(dist, f)) };
}

export function summarize(pages: PageBudget[]) {
  const types = [...new Set(pages.map((p) => p.type))].sort();
  return types.map((type) => {
    const of = pages.filter((p) => p.type === type);
    return {
      type,
      pages: of.length,
      maxJs: Math.max(...of.map((p) => p.js)),
      maxHtmlCss: Math.max(...of.map((p) => p.htmlCss)),
    };
  });
}

/** The JS limit of one page. */
export const jsLimit = (path: string) =>
  path === '/kaart/' ? LIMITS.kaartJs : path === '/vragen/' ? LIMITS.vragenJs : path === '/lezen/' ? LIMITS.lezenJs : LIMITS.js;

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function report(pages: PageBudget[]): string {
  const rows = summarize(pages);
  const lines = ['page type            pages   JS (gz, max)   HTML+CSS (gz, max)'];
  for (const r of rows) lines.push(`${r.type.padEnd(20)} ${String(r.pages).padStart(5)}   ${kb(r.maxJs).padStart(12)}   ${kb(r.maxHtmlCss).padStart(18)}`);
  lines.push(`limits: JS ${kb(LIMITS.js)} (kaart ${kb(LIMITS.kaartJs)}, vragen ${kb(LIMITS.vragenJs)}, lezen ${kb(LIMITS.lezenJs)}), HTML+CSS ${kb(LIMITS.htmlCss)}`);
  return lines.join('\n');
}

if (import.meta.main) {
  const { builtPages } = await import('./lib/site.ts');
  const { kostenTekst, precacheKosten } = await import('../src/integrations/service-worker.ts');
  const pages = builtPages().map((p) => measurePage('dist', p.file));
  console.log(report(pages));
  // Offline use: what the service worker fetches once, on the first visit to any page.
  console.log(`offline: ${kostenTekst(await precacheKosten('dist'))}`);
}
