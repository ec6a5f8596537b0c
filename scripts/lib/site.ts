/**
 * The built site on disk: every file and every HTML page of dist/ with its URL path. STAALKAART_DIST picks another
 * build (the *-gemeente test projects set dist-voorbeeldgemeente). Used by scripts (budget, typografie) and tests.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.STAALKAART_DIST ?? 'dist';

/** Every file under `dir`, depth first. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

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
