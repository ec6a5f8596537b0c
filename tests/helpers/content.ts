/** Content for unit tests: a folder read and validated by the real content check, as the build does. */
import { checkContentDir } from '../../src/lib/content/check.ts';
import { buildGraph, type SiteContent } from '../../src/lib/content/graph.ts';

export function loadContent(dir: string): SiteContent {
  const entries = checkContentDir(dir, dir);
  const pick = (c: string) => entries.filter((e) => e.collection === c).map((e) => ({ id: e.id, data: e.data })) as never;
  return {
    wetten: pick('wetten'),
    keuzes: pick('keuzes'),
    scheidslijnen: pick('scheidslijnen'),
    casussen: pick('casussen'),
    begrippen: pick('begrippen'),
    wijzigingen: pick('wijzigingen'),
  };
}

export const loadGraph = (dir: string) => buildGraph(loadContent(dir));
