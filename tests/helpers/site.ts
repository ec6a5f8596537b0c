/**
 * The built site on disk for tests: the pages of dist/ (scripts/lib/site.ts, shared with the scripts), the pages the
 * browser checks of an editie, and the text of every built file. STAALKAART_DIST picks another build (the
 * *-gemeente projects set dist-voorbeeldgemeente).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { builtPages, DIST } from '../../scripts/lib/site.ts';
import { walk } from '../../src/lib/files.ts';

export { builtPages, DIST };

/** The national build, against which an editie's pages are compared. */
export const NATIONAL_DIST = 'dist';

/**
 * An editie page as far as the editie changes it: without the editie banner and the footer line with the local
 * peildatum (the same on every page), and without the names of hashed assets (which differ between two builds).
 */
export function withoutEditionFrame(html: string): string {
  return html
    .replace(/<div class="sk-editie"[\s\S]*?<\/div>/g, '')
    .replace(/<p data-peildatum-lokaal[^>]*>[\s\S]*?<\/p>/g, '')
    .replace(/\/_astro\/[\w.-]+/g, '/_astro/*');
}

/**
 * The pages the browser checks of a build. For the national build: every page. For an editie: every page
 * whose content the editie changes (compared with the national build in dist/), plus one page of every section
 * for the banner and footer that every editie page shares; pages that differ only by that frame are the national
 * pages, which the browser project checks already. Without a national build to compare with: every page.
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
