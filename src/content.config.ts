/**
 * Astro content collections, loaded from content/ with the content-layer glob
 * loader. The schemas live in src/lib/content/schema.ts; cross-references are
 * checked before the build by src/integrations/content-check.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas } from './lib/content/schema.ts';

const base = import.meta.env.STAALKAART_CONTENT ?? './content';
// Keep the path as the id ("wmo/eigen-bijdrage"), as the content check does.
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx?|ya?ml)$/, '');

export const collections = {
  wetten: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/wetten`, generateId: pathId }), schema: schemas.wetten }),
  keuzes: defineCollection({ loader: glob({ pattern: '*/*.{yaml,yml}', base: `${base}/keuzes`, generateId: pathId }), schema: schemas.keuzes }),
  scheidslijnen: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${base}/scheidslijnen`, generateId: pathId }),
    schema: schemas.scheidslijnen,
  }),
  casussen: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/casussen`, generateId: pathId }), schema: schemas.casussen }),
  begrippen: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `${base}/begrippen`, generateId: pathId }), schema: schemas.begrippen }),
  wijzigingen: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${base}/wijzigingen`, generateId: pathId }),
    schema: schemas.wijzigingen,
  }),
  feiten: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: `${base}/feiten`, generateId: pathId }), schema: schemas.feiten }),
  vragen: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: `${base}/vragen`, generateId: pathId }), schema: schemas.vragen }),
  rondleidingen: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${base}/rondleidingen`, generateId: pathId }),
    schema: schemas.rondleidingen,
  }),
  oefeningen: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${base}/oefeningen`, generateId: pathId }),
    schema: schemas.oefeningen,
  }),
};
