/**
 * Zod schemas for every content type in `content/`.
 *
 * One module per type in ./typen/ (its schema and its checks); this file
 * lists them. Astro's collections (src/content.config.ts) and the
 * stand-alone content check (src/lib/content/check.ts) both use these, so a
 * field is defined exactly once. Field names are the Dutch domain terms of
 * the design card (wet, keuze, scheidslijn, casus, begrip, wijziging).
 */
export * from './constants.ts';
export * from './typen/common.ts';
export * from './typen/wetten.ts';
export * from './typen/keuzes.ts';
export * from './typen/scheidslijnen.ts';
export * from './typen/casussen.ts';
export * from './typen/begrippen.ts';
export * from './typen/wijzigingen.ts';
export * from './typen/feiten.ts';
export * from './typen/vragen.ts';
export * from './typen/werksessie.ts';
import { wet } from './typen/wetten.ts';
import { keuze } from './typen/keuzes.ts';
import { scheidslijn } from './typen/scheidslijnen.ts';
import { casus } from './typen/casussen.ts';
import { begrip } from './typen/begrippen.ts';
import { wijziging } from './typen/wijzigingen.ts';
import { feit } from './typen/feiten.ts';
import { vraag } from './typen/vragen.ts';
import { oefening, rondleiding } from './typen/werksessie.ts';

export const schemas = {
  wetten: wet,
  keuzes: keuze,
  scheidslijnen: scheidslijn,
  casussen: casus,
  begrippen: begrip,
  wijzigingen: wijziging,
  feiten: feit,
  vragen: vraag,
  rondleidingen: rondleiding,
  oefeningen: oefening,
} as const;
export type CollectionName = keyof typeof schemas;
