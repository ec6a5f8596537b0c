/**
 * The SVG's own style: which symbols show per layer, the grade colours, the
 * semantic zoom (screen only) and forced colours. Inside the SVG, so a file
 * saved on its own renders the same.
 */
import type { KaartLayout } from '../layout.ts';
import type { RenderContext } from './context.ts';
import { GRADE_KLEUR } from '../../kleuren.ts';

/** Minimal rendered label size in CSS px: 12 below 1024 px viewport width, 14 from there. */
export const MIN_LABEL_PX = { smal: 12, breed: 14, breedVanaf: 1024 } as const;

/**
 * Without JavaScript the frame's width decides which crowded pieces open up
 * (container queries): a piece whose labels have font f opens when the frame
 * is at least MIN·width/f px wide. With JavaScript, the client does the same
 * with the zoom included (the svg then has the class js-lod).
 */
export function lodCss(layout: KaartLayout, sel: string): string {
  const fonts = [...new Set(layout.vakken.filter((v) => v.samenvatting).map((v) => v.font))].sort((a, b) => b - a);
  const rules = [`${sel} .marker[data-lod]{display:none}`, `${sel}.js-lod .vak.lod-open .vak-samenvatting{display:none}`, `${sel}.js-lod .marker.lod-open{display:inline}`];
  const q = (min: number, media: string) =>
    fonts.map((f) => {
      const w = Math.ceil((min * layout.width) / f);
      return `@container kaart (min-width: ${w}px){${media ? `@media ${media}{` : ''}${sel}:not(.js-lod) .marker[data-lod="${f}"]{display:inline}${sel}:not(.js-lod) .vak[data-lod="${f}"] .vak-samenvatting{display:none}${media ? '}' : ''}}`;
    });
  return [...rules, ...q(MIN_LABEL_PX.smal, `(max-width: ${MIN_LABEL_PX.breedVanaf - 0.02}px)`), ...q(MIN_LABEL_PX.breed, `(min-width: ${MIN_LABEL_PX.breedVanaf}px)`)].join('');
}

/**
 * Forced colours (Windows contrast themes): the user's colours everywhere, so nothing stays
 * light-on-light. Regions become Canvas with CanvasText outlines, scheidslijnen CanvasText,
 * symbols and text CanvasText; the selected item uses Highlight.
 */
export const FORCED_COLORS_CSS =
  '@media (forced-colors: active){' +
  '.regio-vlak,.marker-halo,.kaart-buren rect,.vak-samenvatting rect{fill:Canvas;stroke:CanvasText}' +
  '.scheidslijn-lijn{stroke:CanvasText}' +
  'text{fill:CanvasText}' +
  '.sym-ruim,.sym-beperkt,.sym-geen{color:CanvasText}' +
  '.sym:not(.sym-beleidsruimte)>:first-child{fill:CanvasText}.sym:not(.sym-beleidsruimte) text{fill:Canvas}' +
  '.kaart-assen line{stroke:GrayText}' +
  '}';

export function renderStijl(ctx: RenderContext): string {
  const lagen = ['beleidsruimte', ...ctx.lagen.map((l) => l.id)];
  const sel = `svg[data-variant="${ctx.layout.variant}"]`;
  // Paper cannot be zoomed: in print every keuze shows by name and no count box is drawn.
  const print = `@media print{${sel} .marker[data-lod]{display:inline!important}${sel} .vak-samenvatting{display:none!important}}`;
  // The zoom rules only match markers with data-lod and count boxes, which a static output (and the download) has not.
  const zoom = ctx.statisch ? '' : ctx.links ? `${lodCss(ctx.layout, sel)}${print}` : `${sel} .marker[data-lod]{display:none}${print}`;
  return `<style>.sym{display:none}${lagen.map((l) => `[data-laag="${l}"] .sym-${l}`).join(',')}{display:inline}.sym-ruim{color:${GRADE_KLEUR.ruim}}.sym-beperkt{color:${GRADE_KLEUR.beperkt}}.sym-geen{color:${GRADE_KLEUR.geen}}${FORCED_COLORS_CSS}${zoom}</style>`;
}
