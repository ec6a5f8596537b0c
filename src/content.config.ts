/**
 * Astro content collections. Their entries come from the content store
 * (src/lib/content/store.ts): the content check (src/integrations/content-check.ts)
 * reads and validates content/ once at the start of a build, and the loader
 * (src/lib/content/loader.ts) hands those entries to Astro without reading a
 * file again. The schemas (src/lib/content/schema.ts) give the entries their types.
 */
import { defineCollection } from 'astro:content';
import { schemas } from './lib/content/schema.ts';
import { storeLoader } from './lib/content/loader.ts';

const base = import.meta.env.STAALKAART_CONTENT ?? './content';

export const collections = {
  wetten: defineCollection({ loader: storeLoader('wetten', base), schema: schemas.wetten }),
  keuzes: defineCollection({ loader: storeLoader('keuzes', base), schema: schemas.keuzes }),
  scheidslijnen: defineCollection({ loader: storeLoader('scheidslijnen', base), schema: schemas.scheidslijnen }),
  casussen: defineCollection({ loader: storeLoader('casussen', base), schema: schemas.casussen }),
  begrippen: defineCollection({ loader: storeLoader('begrippen', base), schema: schemas.begrippen }),
  wijzigingen: defineCollection({ loader: storeLoader('wijzigingen', base), schema: schemas.wijzigingen }),
  feiten: defineCollection({ loader: storeLoader('feiten', base), schema: schemas.feiten }),
  vragen: defineCollection({ loader: storeLoader('vragen', base), schema: schemas.vragen }),
  rondleidingen: defineCollection({ loader: storeLoader('rondleidingen', base), schema: schemas.rondleidingen }),
  oefeningen: defineCollection({ loader: storeLoader('oefeningen', base), schema: schemas.oefeningen }),
};
