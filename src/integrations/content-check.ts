/**
 * Astro integration: checks content/ (schemas and cross-references) before
 * anything is built, so broken content stops `astro build` and `astro dev`
 * with one message per problem naming the file, the field and what was expected.
 * Features add their own checks (`checks`, such as the editie's).
 * The validated content stays in the content store for the later build steps:
 * Astro's collections (src/lib/content/loader.ts), begrip links, the search
 * index, the editie. The MDX compiler gets the text of a .mdx file from the
 * store too (a Vite plugin, in a build), so no content file is read twice.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWarnings, type ContentCheck } from '../lib/content/check.ts';
import { contentStore } from '../lib/content/store.ts';
import { storeSourcePlugin } from '../lib/content/loader.ts';

export default function contentCheck({ contentDir, checks = [] }: { contentDir: string; checks?: readonly ContentCheck[] }): AstroIntegration {
  return {
    name: 'staalkaart:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // The one read of content/ for this build: later steps (collections, begrip links, search, editie) reuse it.
        const store = contentStore(resolve(root, contentDir), root, { fresh: true, checks });
        if (store.warnings.length) logger.warn(formatWarnings([...store.warnings]));
        logger.info(`content in orde (${store.checked.length} bestanden)`);
        updateConfig({ vite: { plugins: [storeSourcePlugin(contentDir, root)] } });
      },
    },
  };
}
