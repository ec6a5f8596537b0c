/**
 * The keuzes as markers with their names: a symbol per layer (the grade for
 * beleidsruimte, a coded mark for each category layer) and the label as
 * measured by the layout. On screen a marker in a crowded piece carries
 * `data-lod` (shown once large enough); in static outputs every marker shows.
 */
import { beleidsruimteLabel } from '../../labels.ts';
import { paths } from '../../links.ts';
import { gradeSymbol } from '../../symbols.ts';
import { esc, r2 } from '../../svg.ts';
import { laagTeken } from '../lagen.ts';
import { tekstBreedte } from '../../tekst/meten.ts';
import { close, kortVan, label, naamVan, open, type RenderContext } from './context.ts';

export function renderMarkers(ctx: RenderContext): string {
  const { layout } = ctx;
  const vakken = new Map(layout.vakken.map((v) => [v.id, v]));
  const out: string[] = [`<g class="kaart-markers">`];
  for (const m of layout.markers) {
    const k = ctx.keuzes.get(m.keuze)!;
    const vak = vakken.get(m.vak);
    // The accessible name starts with the visible label as clean text (WCAG 2.5.3), then says the rest.
    const zichtbaar = naamVan(m.label.lines);
    const naam =
      m.nummer !== undefined
        ? `${m.nummer}: ${m.onderwerp}, ${kortVan(layout, m.wet)}, beleidsruimte ${beleidsruimteLabel[m.beleidsruimte]}`
        : `${zichtbaar}${zichtbaar === m.onderwerp ? '' : ` (${m.onderwerp})`}, ${kortVan(layout, m.wet)}, beleidsruimte ${beleidsruimteLabel[m.beleidsruimte]}`;
    const cats = ctx.lagen.flatMap((laag) => {
      const id = laag.categorieVan(m.keuze, k);
      const c = id === undefined ? undefined : laag.categorieen.find((x) => x.id === id);
      return c ? [{ laag, c }] : [];
    });
    const lod = !ctx.statisch && vak?.samenvatting ? ` data-lod="${vak.font}"` : '';
    out.push(
      open(
        ctx,
        paths.keuze(m.keuze),
        `class="kaart-item marker" data-item="keuze:${esc(m.keuze)}" data-keuze="${esc(m.keuze)}" data-wet="${esc(m.wet)}" data-vak="${esc(m.vak)}"${lod} data-beleidsruimte="${m.beleidsruimte}" ${cats.map(({ laag, c }) => `data-${laag.id}="${esc(c.id)}"`).join(' ')} aria-label="${esc(naam)}"`,
      ),
    );
    if (ctx.links) out.push(`<title>${esc(naam)}</title>`);
    out.push(`<g class="marker-teken" transform="translate(${r2(m.x)} ${r2(m.y)})">`);
    out.push(`<circle class="marker-halo" r="${r2(m.r + 3)}" fill="#ffffff"/>`);
    out.push(`<g class="sym sym-beleidsruimte sym-${m.beleidsruimte}" aria-hidden="true">${gradeSymbol(m.beleidsruimte, m.r)}</g>`);
    for (const { laag, c } of cats) out.push(`<g class="sym sym-${laag.id}" aria-hidden="true">${laagTeken(laag.vorm, c, m.r, tekstBreedte)}</g>`);
    out.push(`</g>`);
    // A number (static layout, full vak) points to the namenlijst.
    out.push(
      label({
        cls: m.nummer !== undefined ? 'marker-label marker-nummer' : 'marker-label',
        attrs: m.nummer !== undefined ? ` data-nummer="${m.nummer}"` : '',
        x: m.label.x,
        y: m.label.y,
        fontSize: m.label.fontSize,
        lineHeight: m.label.lineHeight,
        lines: m.label.lines,
      }),
    );
    out.push(close(ctx));
  }
  out.push(`</g>`);
  return out.join('\n');
}
