/** The regions (one per wet, gemeentelijk or landelijk) with their names, and the neighbours at the edge of the domain. */
import { paths } from '../../links.ts';
import { esc, r2 } from '../../svg.ts';
import { close, label, naamVan, open, tspansZonderX, type RenderContext } from './context.ts';

export const FILL: Record<string, string> = {
  jeugdwet: '#fbe3c0',
  participatiewet: '#d9ecd0',
  wmo: '#f8d8c8',
  wlz: '#e3e6ee',
  zvw: '#dde9ef',
};

export function renderBuren(ctx: RenderContext): string {
  const { tekst } = ctx.layout;
  const lh = r2(tekst * 1.15);
  const out: string[] = [`<g class="kaart-buren" aria-hidden="true">`];
  for (const b of ctx.layout.buren) {
    out.push(`<rect x="${r2(b.rect.x + 4)}" y="${r2(b.rect.y + 4)}" width="${r2(b.rect.w - 8)}" height="${r2(b.rect.h - 8)}" rx="8" fill="#f3f3f0" stroke="#d8d8d2"/>`);
    const y0 = b.rect.y + b.rect.h / 2 - ((b.lines.length - 1) * lh) / 2 + tekst * 0.35;
    b.lines.forEach((l, i) =>
      out.push(`<text x="${r2(b.rect.x + b.rect.w / 2)}" y="${r2(y0 + i * lh)}" text-anchor="middle" font-size="${r2(tekst)}" fill="#4a4a55"${i === 0 ? ' font-weight="bold"' : ''}>${tspansZonderX(l)}</text>`),
    );
  }
  out.push(`</g>`);
  return out.join('\n');
}

export function renderRegios(ctx: RenderContext): string {
  const out: string[] = [`<g class="kaart-regios">`];
  for (const groep of ['gemeentelijk', 'landelijk'] as const) {
    out.push(`<g class="kaart-groep" data-groep="${groep}" aria-label="${groep === 'gemeentelijk' ? 'Gemeentelijke wetten' : 'Landelijke wetten'}" role="group">`);
    for (const r of ctx.layout.regions.filter((x) => x.bestuurslaag === groep)) {
      const fill = groep === 'landelijk' ? `url(#${ctx.id}-arcering)` : (FILL[r.wet] ?? '#f3f3f0');
      // The accessible name starts with the name as shown, as clean text (WCAG 2.5.3).
      const naam = `${naamVan(r.label.lines)}${groep === 'landelijk' && !r.label.text.includes('landelijk') ? ' (landelijk)' : ''}`;
      out.push(`<g class="regio" data-wet="${esc(r.wet)}" data-groep="${groep}">`);
      out.push(open(ctx, paths.wet(r.wet), `class="kaart-item regio-link" data-item="wet:${esc(r.wet)}" aria-label="${esc(`${naam}: ${r.naam}, ${groep === 'landelijk' ? 'landelijk geregeld' : 'uitgevoerd door de gemeente'}`)}"`));
      out.push(`<path class="regio-vlak" d="${r.path}" fill="${fill}" stroke="#767680" stroke-width="1.5"/>`);
      out.push(label({ cls: 'regio-naam', x: r.label.x, y: r.label.y, fontSize: r.label.fontSize, lineHeight: r.label.lineHeight, lines: r.label.lines, gewicht: 700 }));
      out.push(`${close(ctx)}</g>`);
    }
    out.push(`</g>`);
  }
  out.push(`</g>`);
  return out.join('\n');
}
