/**
 * The kaart renderer: one small function that composes the parts, each a
 * pure function from the layout to SVG markup (after Observable Plot's marks):
 *   stijl.ts    the SVG's own CSS (layers, grade colours, semantic zoom, forced colours)
 *   assen.ts    axes and grid
 *   regios.ts   neighbours at the edge, regions with their names
 *   scheidslijnen.ts  scheidslijnen
 *   vakken.ts   count summaries of crowded pieces (screen only)
 *   markers.ts  keuzes with symbol and name
 *   overlays.ts groups on top (casus routes, …)
 * The legend for static outputs is in ../export.ts and ../legenda.ts.
 */
import type { Keuze } from '../../content/schema.ts';
import { KAART_FONT_FAMILY } from '../../tekst/font.ts';
import { KERN_LAGEN, type KaartLaag } from '../lagen.ts';
import type { KaartLayout } from '../layout.ts';
import { renderAssen } from './assen.ts';
import type { RenderContext } from './context.ts';
import { renderScheidslijnen } from './scheidslijnen.ts';
import { renderMarkers } from './markers.ts';
import { renderOverlays, type KaartOverlay } from './overlays.ts';
import { renderBuren, renderRegios } from './regios.ts';
import { renderStijl } from './stijl.ts';
import { renderVakken } from './vakken.ts';

export type { KaartOverlay } from './overlays.ts';
export { MIN_LABEL_PX } from './stijl.ts';

export interface RenderOpties {
  /** Prefix for ids inside the SVG (unique per page). */
  id?: string;
  /** false: a picture without links (the small kaart on the home page, the poster). */
  links?: boolean;
  /** A static output (poster, print, download): every keuze by name; no summaries, no semantic zoom. */
  statisch?: boolean;
  /** Groups drawn on top of the kaart, in kaart coordinates of this layout. */
  overlays?: KaartOverlay[];
  /** Extra category layers registered by the caller (an editie's "Onze keuzes"). */
  lagen?: KaartLaag[];
}

export function renderKaart(layout: KaartLayout, keuzes: Map<string, Keuze>, opties: RenderOpties = {}): string {
  const ctx: RenderContext = {
    layout,
    keuzes,
    id: opties.id ?? 'kaart',
    links: opties.links ?? true,
    statisch: opties.statisch ?? false,
    lagen: [...KERN_LAGEN, ...(opties.lagen ?? [])],
  };
  const smal = layout.variant === 'smal';
  const samenvatting = ctx.statisch ? 'Elk punt is een onderwerp met zijn naam en zijn beleidsruimte.' : 'Elk punt is een onderwerp met zijn beleidsruimte; een vol vak toont eerst het aantal per beleidsruimte.';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" class="sk-kaart__svg" data-variant="${layout.variant}" data-laag="beleidsruimte"${ctx.statisch ? ' data-statisch=""' : ''} ${ctx.links ? 'role="group" tabindex="-1"' : 'role="img"'} aria-labelledby="${ctx.id}-titel ${ctx.id}-uitleg" font-family="${KAART_FONT_FAMILY.replaceAll('"', "'")}">`,
    `<title id="${ctx.id}-titel">Staalkaart sociaal domein</title>`,
    `<desc id="${ctx.id}-uitleg">Vijf wetten als gebieden: ${smal ? 'van boven naar onder de levensfase, van links naar rechts de soort hulp' : 'van links naar rechts de levensfase, van onder naar boven de soort hulp'}. Dikke lijnen zijn scheidslijnen tussen twee wetten. ${samenvatting}</desc>`,
    renderStijl(ctx),
    `<defs><pattern id="${ctx.id}-arcering" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="10" height="10" fill="#eef1f6"/><line x1="0" y1="0" x2="0" y2="10" stroke="#c5ccda" stroke-width="4"/></pattern></defs>`,
    renderAssen(ctx),
    renderBuren(ctx),
    renderRegios(ctx),
    renderScheidslijnen(ctx),
    renderVakken(ctx),
    renderMarkers(ctx),
    renderOverlays(ctx, opties.overlays ?? []),
    `</svg>`,
  ]
    .filter(Boolean)
    .join('\n');
}
