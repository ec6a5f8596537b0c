/**
 * The built site on disk: every file and every HTML page of dist/ with its URL path. STAALKAART_DIST picks another
 * build (the *-gemeente test projects set dist-voorbeeldgemeente). Used by scripts (budget, typografie) and tests.
 */
import { relative, sep } from 'node:path';
import { walk } from '../../src/lib/files.ts';

export const DIST = process.env.STAALKAART_DIST ?? 'dist';

/** The URL path of a built HTML file: "index.html" → "/", "wetten/wmo/index.html" → "/wetten/wmo/", "404.html" → "/404.html". */
export function pathOf(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/** Every HTML page of a build (Pagefind's own files left out): file path and URL path, sorted by URL path. */
export function builtPages(dist = DIST): { file: string; path: string }[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('pagefind'))
    .map((file) => ({ file, path: pathOf(dist, file) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
