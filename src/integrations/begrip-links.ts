/**
 * Astro integration: after the build, links the first use of each begrip on
 * every page to the begrippenlijst (src/lib/begrippen/autolink.ts). Runs
 * before the search index is made, so search sees the final pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentStore } from '../lib/content/store.ts';
import { autolink, type Term } from '../lib/begrippen/autolink.ts';
import { walk } from '../lib/files.ts';

/** Pages where linking makes no sense: the list itself, search, the 404 page. */
const SKIP = ['begrippen/index.html', 'zoeken/index.html', '404.html'];

export default function begripLinks({ contentDir }: { contentDir: string }): AstroIntegration {
  let root = '';
  return {
    name: 'staalkaart:begrip-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const terms: Term[] = contentStore(resolve(root, contentDir), root).content.begrippen.map((b) => ({
          id: b.id,
          forms: [b.data.term, ...b.data.aliassen],
        }));
        const out = fileURLToPath(dir);
        let pages = 0;
        for (const file of walk(out).filter((f) => f.endsWith('.html'))) {
          const rel = relative(out, file).split('\\').join('/');
          if (SKIP.includes(rel)) continue;
          const html = readFileSync(file, 'utf8');
          const linked = autolink(html, terms);
          if (linked !== html) {
            writeFileSync(file, linked);
            pages++;
          }
        }
        logger.info(`begrippen gelinkt op ${pages} pagina's`);
      },
    },
  };
}
