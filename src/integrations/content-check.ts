/**
 * Astro integration: checks content/ (schemas and cross-references) before
 * anything is built, so broken content stops `astro build` and `astro dev`
 * with one message per problem naming the file, the field and what was expected.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatWarnings } from '../lib/content/check.ts';

export default function contentCheck({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'staalkaart:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { checked, warnings } = checkContent(resolve(root, contentDir), root);
        if (warnings.length) logger.warn(formatWarnings(warnings));
        logger.info(`content in orde (${checked.length} bestanden)`);
      },
    },
  };
}
