/**
 * Astro integration for an editie (EDITIE=<id> npm run build): the
 * editie as a plugin. It takes its editie from the content store (checked
 * there by `editieCheck`, which astro.config.mjs adds to the content check)
 * and adds its own pages with injectRoute. The national build gets neither.
 * The pages keep the public address /gemeente/: it is what a raadslid reads and
 * shares ("uw gemeente"), while "editie" is the name of the concept in code.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentStore } from '../lib/content/store.ts';
import { editieUit } from '../lib/editie/load.ts';

export default function editie({ contentDir, id }: { contentDir: string; id: string | undefined }): AstroIntegration {
  return {
    name: 'staalkaart:editie',
    hooks: {
      'astro:config:setup': ({ config, logger, injectRoute }) => {
        if (!id) return;
        const root = fileURLToPath(config.root);
        const ed = editieUit(contentStore(resolve(root, contentDir), root), id);
        logger.info(`editie ${ed.gemeente.naam}: ${ed.keuzes.size} lokale keuzes`);
        injectRoute({ pattern: '/gemeente', entrypoint: './src/editie/gemeente.astro', prerender: true });
        injectRoute({ pattern: '/gemeente/antwoorden.json', entrypoint: './src/editie/antwoorden.json.ts', prerender: true });
      },
    },
  };
}
