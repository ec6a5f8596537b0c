/**
 * Overlays: groups drawn on top of the kaart in kaart coordinates (a casus
 * route, a gemeente's own marks …). A caller passes them to the renderer; the
 * kaart's markup is never edited afterwards.
 */
import { esc } from '../../svg.ts';
import type { KaartLayout } from '../layout.ts';
import type { RenderContext } from './context.ts';

/** An overlay group: its markup is computed from the layout (positions of markers, regions, borders). */
export interface KaartOverlay {
  id: string;
  /** Accessible name of the group, if it holds something a reader must know. */
  label?: string;
  svg: (layout: KaartLayout) => string;
}

export function renderOverlays(ctx: RenderContext, overlays: readonly KaartOverlay[]): string {
  return overlays
    .map((o) => `<g class="kaart-overlay" data-overlay="${esc(o.id)}"${o.label ? ` role="group" aria-label="${esc(o.label)}"` : ' aria-hidden="true"'}>${o.svg(ctx.layout)}</g>`)
    .join('\n');
}
