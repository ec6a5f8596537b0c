/**
 * What every part of the kaart renderer shares: the layout, the keuzes, the
 * options and two small helpers (links or plain groups; lines of text).
 */
import type { Keuze } from '../../content/schema.ts';
import { esc, r2 } from '../../svg.ts';
import { alsTekst, SHY } from '../../tekst/regels.ts';
import type { Gewicht } from '../../tekst/font.ts';
import { tekstBreedte } from '../../tekst/meten.ts';
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
 * A label of one or more lines as an SVG <text>. A line broken inside a word (it ends in a soft hyphen) gets
 * `class="afgebroken"` and its hyphen is drawn as a short stroke after it (`<path class="afbreekstreep">`),
 * not as a character: the text then reads as the whole word for screen readers, copy and speech input
 * (WCAG 2.5.3), while the reader sees the hyphen where the Dutch patterns put it. The stroke sits where the
 * font's hyphen would (its advance is in the measured line width). A wrapped line ends in a space, so copied
 * text reads as one phrase.
 */
export function label(o: { cls?: string; attrs?: string; x: number; y: number; fontSize: number; lineHeight: number; lines: string[]; gewicht?: Gewicht; fill?: string }): string {
  const fill = o.fill ?? '#1b1b1f';
  const streepjes: string[] = [];
  const spans = o.lines
    .map((l, i) => {
      const last = i === o.lines.length - 1;
      const y = o.y + i * o.lineHeight;
      if (l.endsWith(SHY)) {
        const tekst = l.slice(0, -1);
        const x0 = o.x + tekstBreedte(tekst, o.fontSize, o.gewicht) + o.fontSize * 0.05;
        const dikte = o.fontSize * (o.gewicht === 700 ? 0.09 : 0.065);
        streepjes.push(`<path class="afbreekstreep" d="M${r2(x0)} ${r2(y - o.fontSize * 0.255)}h${r2(o.fontSize * 0.22)}" stroke="${fill}" stroke-width="${r2(dikte)}" aria-hidden="true"/>`);
        return `<tspan class="afgebroken" x="${r2(o.x)}" dy="${i === 0 ? 0 : o.lineHeight}">${esc(tekst)}</tspan>`;
      }
      return `<tspan x="${r2(o.x)}" dy="${i === 0 ? 0 : o.lineHeight}">${esc(l)}${!last && !l.endsWith('-') ? ' ' : ''}</tspan>`;
    })
    .join('');
  const weight = o.gewicht === 700 ? ' font-weight="bold"' : '';
  return `<text${o.cls ? ` class="${o.cls}"` : ''}${o.attrs ?? ''} x="${r2(o.x)}" y="${r2(o.y)}" font-size="${r2(o.fontSize)}"${weight} fill="${fill}">${spans}</text>${streepjes.join('')}`;
}

/** Clean text of lines for accessible names: no soft hyphens, no drawn break hyphens. */
export const naamVan = alsTekst;

/** The short name of a wet as on the kaart. */
export const kortVan = (layout: KaartLayout, wet: string) => layout.regions.find((r) => r.wet === wet)?.kort ?? wet;

/**
 * One line of text whose last word may be broken (trailing soft hyphen), as markup inside a <text>, with the
 * hyphen as a character in `<tspan class="afbreekstreep">`: for text that is decoration or inside one picture
 * (role="img"), where no accessible name is computed from it.
 */
export const tspansZonderX = (line: string) => (line.endsWith(SHY) ? `${esc(line.slice(0, -1))}<tspan class="afbreekstreep">-</tspan>` : esc(line));
