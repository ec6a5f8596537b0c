/**
 * What every part of the kaart renderer shares: the layout, the keuzes, the
 * options and two small helpers (links or plain groups; lines of text).
 */
import type { Keuze } from '../../content/schema.ts';
import { esc, r2 } from '../../svg.ts';
import { alsTekst, SHY } from '../../tekst/regels.ts';
import type { KaartLaag } from '../lagen.ts';
import type { KaartLayout } from '../layout.ts';

export interface RenderContext {
  layout: KaartLayout;
  keuzes: Map<string, Keuze>;
  /** Prefix for ids inside the SVG (unique per page). */
  id: string;
  /** Items are links (true) or plain groups of one image (false). */
  links: boolean;
  /** A static output (poster, print, download): every keuze by name, no summaries, no semantic zoom. */
  statisch: boolean;
  /** The category layers: the core ones plus any registered by the caller. */
  lagen: KaartLaag[];
}

/** Opens an item: a link, or (without links) a plain group without an accessible name. */
export const open = (ctx: RenderContext, href: string, attrs: string) =>
  ctx.links ? `<a href="${href}" ${attrs}>` : `<g ${attrs.replace(/ aria-label="[^"]*"/, '')}>`;
export const close = (ctx: RenderContext) => (ctx.links ? '</a>' : '</g>');

/**
 * Lines of a label as tspans. A line broken inside a word ends in a drawn hyphen, marked
 * `class="afbreekstreep"` (the hyphenation check reads it); a wrapped line ends in a space,
 * so copied text reads as one phrase.
 */
export function tspans(lines: string[], x: number, lineHeight: number): string {
  return lines
    .map((l, i) => {
      const last = i === lines.length - 1;
      const body = l.endsWith(SHY) ? `${esc(l.slice(0, -1))}<tspan class="afbreekstreep">-</tspan>` : `${esc(l)}${!last && !l.endsWith('-') ? ' ' : ''}`;
      return `<tspan x="${r2(x)}" dy="${i === 0 ? 0 : lineHeight}">${body}</tspan>`;
    })
    .join('');
}

/** Clean text of lines for accessible names: no soft hyphens, no drawn break hyphens. */
export const naamVan = alsTekst;

/** The short name of a wet as on the kaart. */
export const kortVan = (layout: KaartLayout, wet: string) => layout.regions.find((r) => r.wet === wet)?.kort ?? wet;

/** One line of text whose last word may be broken (trailing soft hyphen): its markup inside a <text>. */
export const tspansZonderX = (line: string) => (line.endsWith(SHY) ? `${esc(line.slice(0, -1))}<tspan class="afbreekstreep">-</tspan>` : esc(line));
