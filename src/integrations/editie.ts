/**
 * Astro integration for a gemeente edition (GEMEENTE=<id> npm run build): the
 * edition as a plugin. It takes its edition from the content store (checked
 * there by `editieCheck`, which astro.config.mjs adds to the content check)
 * and adds its own pages with injectRoute. The national build gets neither.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentStore } from '../lib/content/store.ts';
import { editieUit } from '../lib/lokaal/load.ts';

export default function editie({ contentDir, gemeente }: { contentDir: string; gemeente: string | undefined }): AstroIntegration {
  return {
    name: 'staalkaart:editie',
    hooks: {
      'astro:config:setup': ({ config, logger, injectRoute }) => {
        if (!gemeente) return;
        const root = fileURLToPath(config.root);
        const ed = editieUit(contentStore(resolve(root, contentDir), root), gemeente);
        logger.info(`editie ${ed.gemeente.naam}: ${ed.keuzes.size} lokale keuzes`);
        injectRoute({ pattern: '/gemeente', entrypoint: './src/editie/gemeente.astro', prerender: true });
        injectRoute({ pattern: '/gemeente/antwoorden.json', entrypoint: './src/editie/antwoorden.json.ts', prerender: true });
      },
    },
  };
}
