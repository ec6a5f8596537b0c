/** The kaart from the content graph: layout plus SVG, computed once per build. */
import type { Graph } from '../content/graph.ts';
import type { Keuze } from '../content/schema.ts';
import { computeLayout, type KaartLayout } from './layout.ts';

export function kaartVan(g: Graph): { layout: KaartLayout; keuzes: Map<string, Keuze> } {
  const layout = computeLayout({ wetten: g.wetten, keuzes: g.keuzes, scheidslijnen: g.scheidslijnen });
  return { layout, keuzes: new Map(g.keuzes.map((k) => [k.id, k.data])) };
}
