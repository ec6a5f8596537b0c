/**
 * Astro glue: loads the content collections once and builds the content graph
 * (src/lib/content/graph.ts). Every page gets its data through `site()`.
 */
import { getCollection } from 'astro:content';
import { buildGraph, type Graph } from './lib/content/graph.ts';
import type { Editie } from './lib/editie/check.ts';
import { editieUit } from './lib/editie/load.ts';
import { contentStore } from './lib/content/store.ts';
import type { KaartLaag } from './lib/kaart/lagen.ts';
import { onzeKeuzesKaartLaag } from './lib/editie/status.ts';

let graph: Promise<Graph> | undefined;

export function site(): Promise<Graph> {
  graph ??= (async () =>
    buildGraph({
      wetten: await getCollection('wetten'),
      keuzes: await getCollection('keuzes'),
      scheidslijnen: await getCollection('scheidslijnen'),
      casussen: await getCollection('casussen'),
      begrippen: await getCollection('begrippen'),
      wijzigingen: await getCollection('wijzigingen'),
      feiten: await getCollection('feiten'),
      vragen: await getCollection('vragen'),
      rondleidingen: await getCollection('rondleidingen'),
      oefeningen: await getCollection('oefeningen'),
    }))();
  return graph;
}

let editieCache: Promise<Editie | undefined> | undefined;

/**
 * The editie this build is for (EDITIE=<id> npm run build), or
 * undefined on the national site. (Issue: Onze gemeente.)
 */
export function editie(): Promise<Editie | undefined> {
  editieCache ??= (async () => {
    const id = import.meta.env.STAALKAART_EDITIE as string | undefined;
    if (!id) return undefined;
    // The editie as the content check read and checked it at the start of this build.
    return editieUit(contentStore(import.meta.env.STAALKAART_CONTENT ?? './content'), id);
  })();
  return editieCache;
}

/**
 * Kaart layers beyond the core ones: an editie registers "Onze keuzes" here, so the kaart code
 * never imports the editie (it only knows the KaartLaag interface of src/lib/kaart/lagen.ts).
 */
export async function kaartLagen(): Promise<KaartLaag[]> {
  const ed = await editie();
  return ed ? [onzeKeuzesKaartLaag(ed, (await site()).keuzes)] : [];
}
