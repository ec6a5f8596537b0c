/**
 * Rondleidingen (guided tours) as the presentation mode reads them: every
 * step resolved against the content (names of what it highlights) and the
 * kaart (the SVG of a casus route). Pure: built once per build into
 * /werksessie/rondleidingen.json, so the on-demand presentation script stays
 * small and never computes geometry. (Issue 13.)
 */
import type { Graph } from '../content/graph.ts';
import type { KaartLayout, renderRoute } from '../kaart/index.ts';

export interface StapData {
  titel: string;
  tekst: string;
  vraag: string;
  gebieden: string[];
  scheidslijnen: string[];
  keuzes: string[];
  casus?: { id: string; titel: string; route: string };
}

export interface RondleidingData {
  id: string;
  titel: string;
  samenvatting: string;
  stappen: StapData[];
}

/** Route labels in presentation mode: large enough for a beamer (≥ 24 px at 1920 × 1080). */
export const PRESENTATIE_ROUTE_LABEL = 20;

/**
 * The tours as data. `route` draws a casus route (src/lib/kaart/route.ts, renderRoute): passed in, so this module,
 * which the presentation script imports for parseStap, does not pull the build-time text measuring into the browser.
 */
export function rondleidingenData(g: Graph, layout: KaartLayout, route: typeof renderRoute): RondleidingData[] {
  return g.rondleidingen.map((r) => ({
    id: r.id,
    titel: r.data.titel,
    samenvatting: r.data.samenvatting,
    stappen: r.data.stappen.map((s) => {
      const casus = s.casus ? g.casus(s.casus) : undefined;
      return {
        titel: s.titel,
        tekst: s.tekst,
        vraag: s.vraag,
        gebieden: s.gebieden,
        scheidslijnen: s.scheidslijnen,
        keuzes: s.keuzes,
        casus:
          casus && casus.data.route
            ? {
                id: casus.id,
                titel: casus.data.titel,
                route: route(layout, casus.data.route, { id: 'presentatie', casus: casus.id, titel: casus.data.titel, labelSize: PRESENTATIE_ROUTE_LABEL }),
              }
            : undefined,
      };
    }),
  }));
}

/** Which tour and step a URL asks for; anything unknown or malformed gives undefined (never throws). */
export function parseStap(search: unknown, tours: ReadonlyMap<string, number>): { rondleiding: string; stap: number } | undefined {
  if (typeof search !== 'string' || search.length > 500) return undefined;
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return undefined;
  }
  const id = p.getAll('rondleiding');
  if (id.length !== 1 || !tours.has(id[0]!)) return undefined;
  const aantal = tours.get(id[0]!)!;
  const raw = p.get('stap') ?? '1';
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : 1;
  return { rondleiding: id[0]!, stap: Math.min(Math.max(n, 1), aantal) };
}
