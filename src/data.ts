/**
 * Astro glue: loads the content collections once and builds the content graph
 * (src/lib/content/graph.ts). Every page gets its data through `site()`.
 */
import { getCollection } from 'astro:content';
import { buildGraph, type Graph } from './lib/content/graph.ts';

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
