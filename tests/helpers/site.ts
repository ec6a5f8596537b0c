/**
 * The built site on disk: every page in dist/ and its URL path. STAALKAART_DIST
 * picks another build (the e2e-gemeente project sets dist-voorbeeldgemeente).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** The national build, against which an edition's pages are compared. */
export const NATIONAL_DIST = 'dist';

/**
 * An edition page as far as the edition changes it: without the edition banner and the footer line with the local
 * peildatum (the same on every page), and without the names of hashed assets (which differ between two builds).
 */
export function withoutEditionFrame(html: string): string {
  return html
    .replace(/<div class="sk-editie"[\s\S]*?<\/div>/g, '')
    .replace(/<p data-peildatum-lokaal[^>]*>[\s\S]*?<\/p>/g, '')
    .replace(/\/_astro\/[\w.-]+/g, '/_astro/*');
}

/**
 * The pages the browser checks of a build. For the national build: every page. For a gemeente edition: every page
 * whose content the edition changes (compared with the national build in dist/), plus one page of every section
 * for the banner and footer that every edition page shares; pages that differ only by that frame are the national
 * pages, which the e2e project checks already. Without a national build to compare with: every page.
 */
export function pagesToCheck(): { file: string; path: string }[] {
  const pages = builtPages();
  if (DIST === NATIONAL_DIST || !existsSync(NATIONAL_DIST)) return pages;
  const section = (path: string) => path.split('/')[1] ?? '';
  const seen = new Set<string>();
  return pages.filter(({ file, path }) => {
    const national = join(NATIONAL_DIST, relative(DIST, file));
    const firstOfSection = !seen.has(section(path));
    seen.add(section(path));
    if (firstOfSection || !existsSync(national)) return true;
    return withoutEditionFrame(readFileSync(file, 'utf8')) !== withoutEditionFrame(readFileSync(national, 'utf8'));
  });
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
