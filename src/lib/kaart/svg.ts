/**
 * Turns a kaart layout into SVG markup. Pure and deterministic, so the SVG
 * snapshot tests render exactly what the page shows. Regions link to their
 * wet page, borders to their scheidslijn page, markers to their keuze
 * anchor: the kaart works as a map of links without JavaScript.
 */
import type { Keuze } from '../content/schema.ts';
import { gradeSymbol } from '../symbols.ts';
import { beleidsruimteLabel } from '../labels.ts';
import { paths } from '../links.ts';
import { esc, r2 } from '../svg.ts';
import { categorie, CATEGORIEEN, type Laag } from './lagen.ts';
import type { KaartLayout } from './layout.ts';
import { ONZE_KEUZES_CATEGORIEEN, type OnzeKeuze } from '../lokaal/status.ts';

const FILL: Record<string, string> = {
  jeugdwet: '#fbe3c0',
  participatiewet: '#d9ecd0',
  wmo: '#f8d8c8',
  wlz: '#e3e6ee',
  zvw: '#dde9ef',
};

/** The SVG's own stylesheet: which symbols show per layer, and the grade colours. */
export const KAART_SVG_STYLE =
  '.sym{display:none}[data-laag="beleidsruimte"] .sym-beleidsruimte,[data-laag="wiebeslist"] .sym-wiebeslist,[data-laag="wiebetaalt"] .sym-wiebetaalt,[data-laag="regionaal"] .sym-regionaal,[data-laag="onzekeuzes"] .sym-onzekeuzes{display:inline}.sym-ruim{color:#1e6b34}.sym-beperkt{color:#7a4d00}.sym-geen{color:#4d4d57}';

export interface RenderOpties {
  /** Prefix for ids inside the SVG (unique per page). */
  id?: string;
  /** false: a picture without links (the small kaart on the home page). */
  links?: boolean;
  /** Gemeente edition only: the layer "Onze keuzes", keuze id → local status (src/lib/lokaal/status.ts). */
  onzeKeuzes?: ReadonlyMap<string, OnzeKeuze>;
}

export function renderKaartSvg(layout: KaartLayout, keuzes: Map<string, Keuze>, opties: RenderOpties = {}): string {
  const id = opties.id ?? 'kaart';
  const links = opties.links ?? true;
  // Without links every item is a plain group; the whole SVG is then one image.
  const open = (href: string, attrs: string) => (links ? `<a href="${href}" ${attrs}>` : `<g ${attrs.replace(/ aria-label="[^"]*"/, '')}>`);
  const close = links ? '</a>' : '</g>';
  const { width, height, plot } = layout;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="sk-kaart__svg" data-laag="beleidsruimte" ${links ? 'role="group" tabindex="-1"' : 'role="img"'} aria-labelledby="${id}-titel ${id}-uitleg" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
  );
  out.push(`<title id="${id}-titel">Staalkaart sociaal domein</title>`);
  out.push(
    `<desc id="${id}-uitleg">Vijf wetten als gebieden: van links naar rechts de levensfase, van onder naar boven de soort hulp. Dikke lijnen zijn scheidslijnen tussen twee wetten. Elk punt is een onderwerp met zijn beleidsruimte.</desc>`,
  );
  // Which symbols show (per layer) and the grade colours: inside the SVG, so it also renders right on its own.
  // The CSP allows exactly this <style> by its hash (src/lib/csp.ts).
  out.push(`<style>${KAART_SVG_STYLE}</style>`);
  out.push(
    `<defs><pattern id="${id}-arcering" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="10" height="10" fill="#eef1f6"/><line x1="0" y1="0" x2="0" y2="10" stroke="#c5ccda" stroke-width="4"/></pattern></defs>`,
  );

  // Axes and grid: decoration for sighted readers; the list beside the kaart carries the same.
  out.push(`<g class="kaart-assen" aria-hidden="true">`);
  for (const row of layout.rows) {
    const lines = row.label;
    const y0 = (row.y0 + row.y1) / 2 - ((lines.length - 1) * 15) / 2 + 4;
    lines.forEach((l, i) => out.push(`<text x="${plot.x - 10}" y="${r2(y0 + i * 15)}" text-anchor="end" font-size="13" fill="#4a4a55">${esc(l)}</text>`));
    out.push(`<line x1="${plot.x}" y1="${r2(row.y1)}" x2="${plot.x + plot.w}" y2="${r2(row.y1)}" stroke="#d8d8d2" stroke-dasharray="2 4"/>`);
  }
  for (const t of layout.ticks) {
    out.push(`<line x1="${r2(t.x)}" y1="${plot.y}" x2="${r2(t.x)}" y2="${plot.y + plot.h + 6}" stroke="#d8d8d2" stroke-dasharray="2 4"/>`);
    out.push(`<text x="${r2(t.x)}" y="${plot.y + plot.h + 20}" text-anchor="middle" font-size="13" fill="#4a4a55">${esc(t.label)}</text>`);
  }
  out.push(`<text x="${plot.x + plot.w / 2}" y="${height - 8}" text-anchor="middle" font-size="13" fill="#1b1b1f">levensfase →</text>`);
  out.push(`<text transform="translate(14 ${plot.y + plot.h / 2}) rotate(-90)" text-anchor="middle" font-size="13" fill="#1b1b1f">soort hulp →</text>`);
  out.push(`</g>`);

  out.push(`<g class="kaart-buren" aria-hidden="true">`);
  for (const b of layout.buren) {
    out.push(`<rect x="${r2(b.rect.x + 4)}" y="${r2(b.rect.y + 4)}" width="${r2(b.rect.w - 8)}" height="${r2(b.rect.h - 8)}" rx="8" fill="#f3f3f0" stroke="#d8d8d2"/>`);
    out.push(`<text x="${r2(b.rect.x + b.rect.w / 2)}" y="${r2(b.rect.y + b.rect.h / 2 - 2)}" text-anchor="middle" font-size="14" fill="#4a4a55" font-style="italic">${esc(b.label)}</text>`);
    out.push(`<text x="${r2(b.rect.x + b.rect.w / 2)}" y="${r2(b.rect.y + b.rect.h / 2 + 16)}" text-anchor="middle" font-size="12" fill="#4a4a55">${esc(b.sub)} (buur)</text>`);
  }
  out.push(`</g>`);

  // Regions, grouped into gemeentelijk and landelijk.
  out.push(`<g class="kaart-regios">`);
  for (const groep of ['gemeentelijk', 'landelijk'] as const) {
    out.push(`<g class="kaart-groep" data-groep="${groep}" aria-label="${groep === 'gemeentelijk' ? 'Gemeentelijke wetten' : 'Landelijke wetten'}" role="group">`);
    for (const r of layout.regions.filter((x) => x.bestuurslaag === groep)) {
      const fill = groep === 'landelijk' ? `url(#${id}-arcering)` : FILL[r.wet] ?? '#f3f3f0';
      out.push(`<g class="regio" data-wet="${esc(r.wet)}" data-groep="${groep}">`);
      out.push(open(paths.wet(r.wet), `class="kaart-item regio-link" data-item="wet:${esc(r.wet)}" aria-label="${esc(`${r.label.text}: ${r.naam}, ${groep === 'landelijk' ? 'landelijk geregeld' : 'uitgevoerd door de gemeente'}`)}"`));
      out.push(`<path class="regio-vlak" d="${r.path}" fill="${fill}" stroke="#767680" stroke-width="1.5"/>`);
      out.push(`<text class="regio-naam" x="${r2(r.label.x)}" y="${r2(r.label.y)}" font-size="17" font-weight="bold" fill="#1b1b1f">${esc(r.label.text)}</text>`);
      out.push(`${close}</g>`);
    }
    out.push(`</g>`);
  }
  out.push(`</g>`);

  out.push(`<g class="kaart-grenzen">`);
  for (const b of layout.borders) {
    out.push(
      open(
        paths.scheidslijn(b.scheidslijn),
        `class="kaart-item grens" data-item="grens:${esc(b.scheidslijn)}" data-scheidslijn="${esc(b.scheidslijn)}" data-tussen="${esc(b.tussen.join(' '))}" aria-label="${esc(`Scheidslijn: ${b.titel}`)}"`,
      ),
    );
    out.push(`<path class="grens-raak" d="${b.path}" stroke="transparent" stroke-width="14" fill="none"/>`);
    out.push(`<path class="grens-lijn" d="${b.path}" stroke="#1b1b1f" stroke-width="4" stroke-linecap="round" fill="none"/>`);
    out.push(close);
  }
  out.push(`</g>`);

  const kortVan = new Map(layout.regions.map((r) => [r.wet, r.kort]));
  out.push(`<g class="kaart-markers">`);
  for (const m of layout.markers) {
    const k = keuzes.get(m.keuze)!;
    const cats = {
      wiebeslist: categorie('wiebeslist', k),
      wiebetaalt: categorie('wiebetaalt', k),
      regionaal: categorie('regionaal', k),
    };
    // Layer "Onze keuzes" (gemeente edition only).
    const onze = opties.onzeKeuzes?.get(m.keuze);
    const onzeCat = onze ? ONZE_KEUZES_CATEGORIEEN.find((c) => c.id === onze)! : undefined;
    // The accessible name starts with the visible label (WCAG 2.5.3), then says the rest.
    const zichtbaar = m.label.lines.join(' ').replace(/- /g, '');
    const naam = `${zichtbaar}${zichtbaar === m.onderwerp ? '' : ` (${m.onderwerp})`}, ${kortVan.get(m.wet) ?? m.wet}, beleidsruimte ${beleidsruimteLabel[m.beleidsruimte]}`;
    out.push(
      open(
        paths.keuze(m.keuze),
        `class="kaart-item marker" data-item="keuze:${esc(m.keuze)}" data-keuze="${esc(m.keuze)}" data-wet="${esc(m.wet)}" data-beleidsruimte="${m.beleidsruimte}" data-wiebeslist="${cats.wiebeslist.id}" data-wiebetaalt="${cats.wiebetaalt.id}" data-regionaal="${cats.regionaal.id}"${onzeCat ? ` data-onzekeuzes="${onzeCat.id}"` : ''} aria-label="${esc(naam)}"`,
      ),
    );
    if (links) out.push(`<title>${esc(naam)}</title>`);
    out.push(`<g transform="translate(${r2(m.x)} ${r2(m.y)})">`);
    out.push(`<circle class="marker-halo" r="${m.r + 3}" fill="#ffffff"/>`);
    out.push(`<g class="sym sym-beleidsruimte sym-${m.beleidsruimte}" aria-hidden="true">${gradeSymbol(m.beleidsruimte, m.r)}</g>`);
    for (const [laag, c] of [...Object.entries(cats), ...(onzeCat ? [['onzekeuzes', onzeCat] as const] : [])]) {
      out.push(
        `<g class="sym sym-${laag}" aria-hidden="true"><circle r="${m.r + 1}" fill="${c.kleur}"/><text y="4" text-anchor="middle" font-size="10" font-weight="bold" fill="#ffffff">${c.letter}</text></g>`,
      );
    }
    out.push(`</g>`);
    out.push(`<text class="marker-label" x="${r2(m.label.x)}" y="${r2(m.label.y)}" font-size="${m.label.fontSize}" fill="#1b1b1f">`);
    // A space ends every wrapped line (not a hyphenated one), so the text reads as one phrase.
    m.label.lines.forEach((l, i) =>
      out.push(`<tspan x="${r2(m.label.x)}" dy="${i === 0 ? 0 : m.label.lineHeight}">${esc(l)}${i < m.label.lines.length - 1 && !l.endsWith('-') ? ' ' : ''}</tspan>`),
    );
    out.push(`</text>${close}`);
  }
  out.push(`</g>`);
  out.push(`</svg>`);
  return out.join('\n');
}

/** Which categories exist per layer (for legends). */
export { CATEGORIEEN };
export type { Laag };
