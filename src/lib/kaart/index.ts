/**
 * The kaart from the content graph: both screen layouts (breed and smal), the static layout for outputs that
 * cannot be zoomed (poster, download, print, casus route), and the keuzes; computed once per graph.
 */
import type { Graph } from '../content/graph.ts';
import type { Keuze } from '../content/schema.ts';
import { computeLayout, type KaartLayout, type VariantId } from './layout.ts';

/** What other features may use of the kaart (the layering check keeps them out of its other files). */
export type { KaartLayout } from './layout.ts';
export type { KaartLaag } from './lagen.ts';
export type { renderRoute } from './route.ts';

export interface Kaart {
  layout: KaartLayout;
  layouts: Record<VariantId, KaartLayout>;
  /** The landscape layout for static outputs: every name at a readable size, or a number and the namenlijst. */
  statisch: KaartLayout;
  keuzes: Map<string, Keuze>;
}

const cache = new WeakMap<Graph, Kaart>();

export function kaartVan(g: Graph): Kaart {
  let k = cache.get(g);
  if (!k) {
    const input = { wetten: g.wetten, keuzes: g.keuzes, scheidslijnen: g.scheidslijnen };
    const layouts = { breed: computeLayout(input, 'breed'), smal: computeLayout(input, 'smal') };
    k = { layout: layouts.breed, layouts, statisch: computeLayout(input, 'breed', { statisch: true }), keuzes: new Map(g.keuzes.map((x) => [x.id, x.data])) };
    cache.set(g, k);
  }
  return k;
}

/** Does the static output need its own layout (the screen's landscape layout has names below the static minimum)? */
export const eigenStatischeLayout = (k: Kaart) =>
  k.statisch.markers.some((m, i) => m.nummer !== undefined || m.label.fontSize !== k.layouts.breed.markers[i]?.label.fontSize);
