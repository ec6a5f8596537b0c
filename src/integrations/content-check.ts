/**
 * Astro integration: checks content/ (schemas and cross-references) before
 * anything is built, so broken content stops `astro build` and `astro dev`
 * with one message per problem naming the file, the field and what was expected.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatWarnings } from '../lib/content/check.ts';
import type { Keuze } from '../lib/content/schema.ts';
import { loadEditie } from '../lib/lokaal/load.ts';

export default function contentCheck({ contentDir, gemeente }: { contentDir: string; gemeente?: string }): AstroIntegration {
  return {
    name: 'staalkaart:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { checked: entries, warnings } = checkContent(resolve(root, contentDir), root);
        if (warnings.length) logger.warn(formatWarnings(warnings));
        logger.info(`content in orde (${entries.length} bestanden)`);
        if (gemeente) {
          const keuzes = new Map(entries.filter((e) => e.collection === 'keuzes').map((e) => [e.id, e.data as Keuze]));
          const editie = loadEditie(resolve(root, contentDir), gemeente, keuzes, root);
          logger.info(`editie ${editie.gemeente.naam}: ${editie.keuzes.size} lokale keuzes`);
        }
      },
    },
  };
}
