/** The axes: soort hulp and levensfase bands, their labels and the grid. Decoration; the list beside the kaart says the same. */
import { esc, r2 } from '../../svg.ts';
import { tekstBreedte } from '../../tekst/meten.ts';
import type { RenderContext } from './context.ts';

export function renderAssen(ctx: RenderContext): string {
  const { layout } = ctx;
  const { plot, tekst, height } = layout;
  const T = r2(tekst);
  const lh = r2(tekst * 1.15);
  const out: string[] = [`<g class="kaart-assen" aria-hidden="true">`];
  if (layout.variant !== 'smal') {
    for (const band of layout.soortenHulp) {
      const y0 = band.rect.y + band.rect.h / 2 - ((band.label.length - 1) * lh) / 2 + tekst * 0.35;
      band.label.forEach((l, i) => out.push(`<text x="${plot.x - 10}" y="${r2(y0 + i * lh)}" text-anchor="end" font-size="${T}" fill="#4a4a55">${esc(l)}</text>`));
      out.push(`<line x1="${plot.x}" y1="${r2(band.rect.y + band.rect.h)}" x2="${plot.x + plot.w}" y2="${r2(band.rect.y + band.rect.h)}" stroke="#d8d8d2" stroke-dasharray="2 4"/>`);
    }
    for (const t of layout.ticks) {
      out.push(`<line x1="${r2(t.x)}" y1="${plot.y}" x2="${r2(t.x)}" y2="${plot.y + plot.h + 6}" stroke="#d8d8d2" stroke-dasharray="2 4"/>`);
      out.push(`<text x="${r2(t.x)}" y="${r2(plot.y + plot.h + tekst + 4)}" text-anchor="middle" font-size="${T}" fill="#4a4a55">${esc(t.label)}</text>`);
    }
    out.push(`<text x="${plot.x + plot.w / 2}" y="${height - 8}" text-anchor="middle" font-size="${T}" fill="#1b1b1f">levensfase →</text>`);
    // The vertical axis title sits left of the widest row label (measured), never on top of it.
    const widest = Math.max(...layout.soortenHulp.flatMap((b) => b.label.map((l) => tekstBreedte(l, tekst))));
    const x = Math.min(tekst, plot.x - 10 - widest - tekst * 0.75);
    out.push(`<text transform="translate(${r2(x)} ${plot.y + plot.h / 2}) rotate(-90)" text-anchor="middle" font-size="${T}" fill="#1b1b1f">soort hulp →</text>`);
  } else {
    for (const band of layout.soortenHulp) {
      band.label.forEach((l, i) =>
        out.push(`<text x="${r2(band.rect.x + band.rect.w / 2)}" y="${r2(plot.y - 8 - (band.label.length - 1 - i) * lh)}" text-anchor="middle" font-size="${T}" fill="#4a4a55">${esc(l)}</text>`),
      );
      out.push(`<line x1="${r2(band.rect.x)}" y1="${plot.y}" x2="${r2(band.rect.x)}" y2="${plot.y + plot.h}" stroke="#d8d8d2" stroke-dasharray="2 4"/>`);
    }
    for (const band of layout.levensfasen) {
      out.push(`<text transform="translate(${r2(plot.x - 8)} ${r2(band.rect.y + band.rect.h / 2)}) rotate(-90)" text-anchor="middle" font-size="${T}" fill="#4a4a55">${esc(band.label.join(' '))}</text>`);
      out.push(`<line x1="${plot.x}" y1="${r2(band.rect.y)}" x2="${plot.x + plot.w}" y2="${r2(band.rect.y)}" stroke="#d8d8d2" stroke-dasharray="2 4"/>`);
    }
  }
  out.push(`</g>`);
  return out.join('\n');
}
