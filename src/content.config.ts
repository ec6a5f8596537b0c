/**
 * Astro content collections, loaded from content/ with the content-layer glob
 * loader. The schemas live in src/lib/content/schema.ts and the glob patterns
 * in src/lib/content/collections.ts (shared with the content store);
 * cross-references are checked before the build by src/integrations/content-check.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas, type CollectionName } from './lib/content/schema.ts';
import { collectionPattern, pathId } from './lib/content/collections.ts';

const base = import.meta.env.STAALKAART_CONTENT ?? './content';
// Keep the path as the id ("wmo/eigen-bijdrage"), as the content store does.
const loader = (c: CollectionName) => glob({ pattern: collectionPattern(c), base: `${base}/${c}`, generateId: ({ entry }) => pathId(entry) });

export const collections = {
  wetten: defineCollection({ loader: loader('wetten'), schema: schemas.wetten }),
  keuzes: defineCollection({ loader: loader('keuzes'), schema: schemas.keuzes }),
  scheidslijnen: defineCollection({ loader: loader('scheidslijnen'), schema: schemas.scheidslijnen }),
  casussen: defineCollection({ loader: loader('casussen'), schema: schemas.casussen }),
  begrippen: defineCollection({ loader: loader('begrippen'), schema: schemas.begrippen }),
  wijzigingen: defineCollection({ loader: loader('wijzigingen'), schema: schemas.wijzigingen }),
  feiten: defineCollection({ loader: loader('feiten'), schema: schemas.feiten }),
  vragen: defineCollection({ loader: loader('vragen'), schema: schemas.vragen }),
  rondleidingen: defineCollection({ loader: loader('rondleidingen'), schema: schemas.rondleidingen }),
  oefeningen: defineCollection({ loader: loader('oefeningen'), schema: schemas.oefeningen }),
};
