/**
 * Astro integration: checks content/ (schemas and cross-references) before
 * anything is built, so broken content stops `astro build` and `astro dev`
 * with one message per problem naming the file, the field and what was expected.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWarnings } from '../lib/content/check.ts';
import { contentStore } from '../lib/content/store.ts';
import { loadEditie } from '../lib/lokaal/load.ts';

export default function contentCheck({ contentDir, gemeente }: { contentDir: string; gemeente?: string }): AstroIntegration {
  return {
    name: 'staalkaart:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        // The one read of content/ for this build: later steps (begrip links, search, edition) reuse it.
        const store = contentStore(resolve(root, contentDir), root, { fresh: true });
        if (store.warnings.length) logger.warn(formatWarnings([...store.warnings]));
        logger.info(`content in orde (${store.checked.length} bestanden)`);
        if (gemeente) {
          const editie = loadEditie(store.contentDir, gemeente, store, root);
          logger.info(`editie ${editie.gemeente.naam}: ${editie.keuzes.size} lokale keuzes`);
        }
      },
    },
  };
}
