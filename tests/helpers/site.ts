/**
 * The built site on disk: every page in dist/ and its URL path. STAALKAART_DIST
 * picks another build (the e2e-gemeente project sets dist-voorbeeldgemeente).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.STAALKAART_DIST ?? 'dist';

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

/**
 * The text of every file of a build, Pagefind's gzipped index and fragments
 * unpacked: for checks that something does (or does not) appear anywhere.
 */
export function builtTexts(dir = DIST): { file: string; text: string }[] {
  return walk(dir).map((file) => {
    const raw = readFileSync(file);
    let buf = raw;
    if (raw[0] === 0x1f && raw[1] === 0x8b) {
      try {
        buf = gunzipSync(raw);
      } catch {
        buf = raw;
      }
    }
    return { file, text: buf.toString('utf8') };
  });
}
