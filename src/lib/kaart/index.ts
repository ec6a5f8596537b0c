/** The kaart from the content graph: both layouts (breed and smal) plus the keuzes, computed once per build. */
import type { Graph } from '../content/graph.ts';
import type { Keuze } from '../content/schema.ts';
import { computeLayout, type KaartLayout, type VariantId } from './layout.ts';

export function kaartVan(g: Graph): { layout: KaartLayout; layouts: Record<VariantId, KaartLayout>; keuzes: Map<string, Keuze> } {
  const input = { wetten: g.wetten, keuzes: g.keuzes, scheidslijnen: g.scheidslijnen };
  const layouts = { breed: computeLayout(input, 'breed'), smal: computeLayout(input, 'smal') };
  return { layout: layouts.breed, layouts, keuzes: new Map(g.keuzes.map((k) => [k.id, k.data])) };
}
