/** The built site on disk: every page in dist/ and its URL path. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML page: file path and URL path ("/wetten/wmo/"). */
export function builtPages(): { file: string; path: string }[] {
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !relative(DIST, f).startsWith('pagefind'))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { file, path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function allFiles(dir = DIST): string[] {
  return walk(dir);
}
