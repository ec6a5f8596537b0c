/**
 * Summaries of crowded pieces on screen: the number of keuzes per grade, a
 * link that zooms in (with JavaScript) or leads to the wet. Static outputs
 * never draw them: there every keuze has its name (see markers.ts).
 */
import { paths } from '../../links.ts';
import { gradeSymbol } from '../../symbols.ts';
import { esc, r2 } from '../../svg.ts';
import { close, kortVan, open, type RenderContext } from './context.ts';

export function renderVakken(ctx: RenderContext): string {
  if (ctx.statisch) return '';
  const out: string[] = [`<g class="kaart-vakken">`];
  for (const v of ctx.layout.vakken) {
    if (!v.samenvatting) continue;
    const s = v.samenvatting;
    // The count per grade as data, so a filter can recount (data-ruim, data-beperkt, data-geen); each grade line has class vak-regel-<grade>.
    out.push(
      `<g class="vak" data-vak="${esc(v.id)}" data-lod="${v.font}" data-wet="${esc(v.wet)}" data-rect="${[v.rect.x, v.rect.y, v.rect.w, v.rect.h].map(r2).join(' ')}" data-ruim="${v.aantal.ruim}" data-beperkt="${v.aantal.beperkt}" data-geen="${v.aantal.geen}">`,
    );
    out.push(`<g class="vak-samenvatting">`);
    out.push(open(ctx, paths.wet(v.wet), `class="kaart-item vak-link" data-item="vak:${esc(v.id)}" aria-label="${esc(`${s.naam}; ${kortVan(ctx.layout, v.wet)}, ${v.levensfase} × ${v.soortHulp}: zoom in om ze te zien`)}"`));
    out.push(`<rect x="${r2(s.box.x - 3)}" y="${r2(s.box.y - 2)}" width="${r2(s.box.w + 6)}" height="${r2(s.box.h + 4)}" rx="4" fill="#ffffff" fill-opacity="0.85" stroke="#767680"/>`);
    // The link's visible text is the count; the per-grade lines (said in its accessible name) are drawn beside it.
    const [eerste, ...rest] = s.regels;
    out.push(`<text x="${r2(eerste!.x)}" y="${r2(eerste!.y)}" font-size="${r2(s.fontSize)}" font-weight="bold" fill="#1b1b1f">${esc(eerste!.tekst)}</text>${close(ctx)}`);
    // Drawn over the link's box; clicks go through to the link.
    out.push(`<g aria-hidden="true" pointer-events="none">`);
    for (const regel of rest) {
      out.push(`<g class="vak-regel${regel.grade ? ` vak-regel-${regel.grade}` : ''}">`);
      if (regel.grade) out.push(`<g class="sym-${regel.grade}" transform="translate(${r2(regel.x - s.fontSize * 0.6)} ${r2(regel.y - s.fontSize * 0.33)})">${gradeSymbol(regel.grade, r2(s.fontSize * 0.36))}</g>`);
      out.push(`<text x="${r2(regel.x)}" y="${r2(regel.y)}" font-size="${r2(s.fontSize)}" fill="#1b1b1f">${esc(regel.tekst)}</text></g>`);
    }
    out.push(`</g></g></g>`);
  }
  out.push(`</g>`);
  return out.join('\n');
}
