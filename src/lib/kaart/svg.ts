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
import { categorie, CATEGORIEEN, LAAG_DEFINITIES, LAGEN, laagTeken, type Laag } from './lagen.ts';
import type { KaartLayout } from './layout.ts';
import { ONZE_KEUZES_CATEGORIEEN, type OnzeKeuze } from '../lokaal/status.ts';

const FILL: Record<string, string> = {
  jeugdwet: '#fbe3c0',
  participatiewet: '#d9ecd0',
  wmo: '#f8d8c8',
  wlz: '#e3e6ee',
  zvw: '#dde9ef',
};

export interface RenderOpties {
  /** Prefix for ids inside the SVG (unique per page). */
  id?: string;
  /** false: a picture without links (the small kaart on the home page). */
  links?: boolean;
  /**
   * Extra groups drawn on top of the kaart (issue 13's routes, issue 15's own layer …). Each becomes
   * `<g class="kaart-overlay" data-overlay="id">…</g>` after the markers, in kaart coordinates of this layout.
   */
  overlays?: KaartOverlay[];
  /** Gemeente edition only: the layer "Onze keuzes", keuze id → local status (src/lib/lokaal/status.ts). */
  onzeKeuzes?: ReadonlyMap<string, OnzeKeuze>;
}

/** An overlay group: its markup is computed from the layout (positions of markers, regions, borders). */
export interface KaartOverlay {
  id: string;
  /** Accessible name of the group, if it holds something a reader must know. */
  label?: string;
  svg: (layout: KaartLayout) => string;
}

/** Minimal rendered label size in CSS px: 12 below 1024 px viewport width, 14 from there. */
export const MIN_LABEL_PX = { smal: 12, breed: 14, breedVanaf: 1024 } as const;

/**
 * Without JavaScript the frame's width decides which crowded pieces open up
 * (container queries): a piece whose labels have font f opens when the frame
 * is at least MIN·width/f px wide. With JavaScript, the client does the same
 * with the zoom included (the svg then has the class js-lod).
 */
function lodCss(layout: KaartLayout, sel: string): string {
  const fonts = [...new Set(layout.vakken.filter((v) => v.samenvatting).map((v) => v.font))].sort((a, b) => b - a);
  const rules = [
    `${sel} .marker[data-lod]{display:none}`,
    `${sel}.js-lod .vak.lod-open .vak-samenvatting{display:none}`,
    `${sel}.js-lod .marker.lod-open{display:inline}`,
  ];
  const q = (min: number, media: string) =>
    fonts.map((f) => {
      const w = Math.ceil((min * layout.width) / f);
      return `@container kaart (min-width: ${w}px){${media ? `@media ${media}{` : ''}${sel}:not(.js-lod) .marker[data-lod="${f}"]{display:inline}${sel}:not(.js-lod) .vak[data-lod="${f}"] .vak-samenvatting{display:none}${media ? '}' : ''}}`;
    });
  return [...rules, ...q(MIN_LABEL_PX.smal, `(max-width: ${MIN_LABEL_PX.breedVanaf - 0.02}px)`), ...q(MIN_LABEL_PX.breed, `(min-width: ${MIN_LABEL_PX.breedVanaf}px)`)].join('');
}

export function renderKaartSvg(layout: KaartLayout, keuzes: Map<string, Keuze>, opties: RenderOpties = {}): string {
  const id = opties.id ?? 'kaart';
  const links = opties.links ?? true;
  // Without links every item is a plain group; the whole SVG is then one image.
  const open = (href: string, attrs: string) => (links ? `<a href="${href}" ${attrs}>` : `<g ${attrs.replace(/ aria-label="[^"]*"/, '')}>`);
  const close = links ? '</a>' : '</g>';
  const { width, height, plot, tekst } = layout;
  const smal = layout.variant === 'smal';
  const T = r2(tekst);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="sk-kaart__svg" data-variant="${layout.variant}" data-laag="beleidsruimte" ${links ? 'role="group" tabindex="-1"' : 'role="img"'} aria-labelledby="${id}-titel ${id}-uitleg" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
  );
  out.push(`<title id="${id}-titel">Staalkaart sociaal domein</title>`);
  out.push(
    `<desc id="${id}-uitleg">Vijf wetten als gebieden: ${smal ? 'van boven naar onder de levensfase, van links naar rechts de soort hulp' : 'van links naar rechts de levensfase, van onder naar boven de soort hulp'}. Dikke lijnen zijn scheidslijnen tussen twee wetten. Elk punt is een onderwerp met zijn beleidsruimte; een vol vak toont eerst het aantal per beleidsruimte.</desc>`,
  );
  // Which symbols show (per layer), the grade colours and the semantic zoom: inside the SVG, so it also renders right on its own.
  const sel = `svg[data-variant="${layout.variant}"]`;
  out.push(
    `<style>.sym{display:none}${LAGEN.map((l) => `[data-laag="${l}"] .sym-${l}`).join(',')}{display:inline}.sym-ruim{color:#1e6b34}.sym-beperkt{color:#7a4d00}.sym-geen{color:#4d4d57}${links ? lodCss(layout, sel) : `${sel} .marker[data-lod]{display:none}`}</style>`,
  );
  out.push(
    `<defs><pattern id="${id}-arcering" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="10" height="10" fill="#eef1f6"/><line x1="0" y1="0" x2="0" y2="10" stroke="#c5ccda" stroke-width="4"/></pattern></defs>`,
  );

  // Axes and grid: decoration for sighted readers; the list beside the kaart carries the same.
  const lh = r2(tekst * 1.15);
  out.push(`<g class="kaart-assen" aria-hidden="true">`);
  if (!smal) {
    for (const band of layout.soortenHulp) {
      const lines = band.label;
      const y0 = band.rect.y + band.rect.h / 2 - ((lines.length - 1) * lh) / 2 + tekst * 0.35;
      lines.forEach((l, i) => out.push(`<text x="${plot.x - 10}" y="${r2(y0 + i * lh)}" text-anchor="end" font-size="${T}" fill="#4a4a55">${esc(l)}</text>`));
      out.push(`<line x1="${plot.x}" y1="${r2(band.rect.y + band.rect.h)}" x2="${plot.x + plot.w}" y2="${r2(band.rect.y + band.rect.h)}" stroke="#d8d8d2" stroke-dasharray="2 4"/>`);
    }
    for (const t of layout.ticks) {
      out.push(`<line x1="${r2(t.x)}" y1="${plot.y}" x2="${r2(t.x)}" y2="${plot.y + plot.h + 6}" stroke="#d8d8d2" stroke-dasharray="2 4"/>`);
      out.push(`<text x="${r2(t.x)}" y="${r2(plot.y + plot.h + tekst + 4)}" text-anchor="middle" font-size="${T}" fill="#4a4a55">${esc(t.label)}</text>`);
    }
    out.push(`<text x="${plot.x + plot.w / 2}" y="${height - 8}" text-anchor="middle" font-size="${T}" fill="#1b1b1f">levensfase →</text>`);
    out.push(`<text transform="translate(${r2(tekst)} ${plot.y + plot.h / 2}) rotate(-90)" text-anchor="middle" font-size="${T}" fill="#1b1b1f">soort hulp →</text>`);
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

  out.push(`<g class="kaart-buren" aria-hidden="true">`);
  for (const b of layout.buren) {
    out.push(`<rect x="${r2(b.rect.x + 4)}" y="${r2(b.rect.y + 4)}" width="${r2(b.rect.w - 8)}" height="${r2(b.rect.h - 8)}" rx="8" fill="#f3f3f0" stroke="#d8d8d2"/>`);
    const y0 = b.rect.y + b.rect.h / 2 - ((b.lines.length - 1) * lh) / 2 + tekst * 0.35;
    b.lines.forEach((l, i) =>
      out.push(`<text x="${r2(b.rect.x + b.rect.w / 2)}" y="${r2(y0 + i * lh)}" text-anchor="middle" font-size="${T}" fill="#4a4a55"${i === 0 ? ' font-style="italic"' : ''}>${esc(l)}</text>`),
    );
  }
  out.push(`</g>`);

  // Regions, grouped into gemeentelijk and landelijk.
  out.push(`<g class="kaart-regios">`);
  for (const groep of ['gemeentelijk', 'landelijk'] as const) {
    out.push(`<g class="kaart-groep" data-groep="${groep}" aria-label="${groep === 'gemeentelijk' ? 'Gemeentelijke wetten' : 'Landelijke wetten'}" role="group">`);
    for (const r of layout.regions.filter((x) => x.bestuurslaag === groep)) {
      const fill = groep === 'landelijk' ? `url(#${id}-arcering)` : FILL[r.wet] ?? '#f3f3f0';
      // The accessible name starts with the text as shown (a name broken over lines keeps its hyphen: WCAG 2.5.3).
      const naam = `${rendered(r.label.lines)}${groep === 'landelijk' && !r.label.text.includes('landelijk') ? ' (landelijk)' : ''}`;
      out.push(`<g class="regio" data-wet="${esc(r.wet)}" data-groep="${groep}">`);
      out.push(open(paths.wet(r.wet), `class="kaart-item regio-link" data-item="wet:${esc(r.wet)}" aria-label="${esc(`${naam}: ${r.naam}, ${groep === 'landelijk' ? 'landelijk geregeld' : 'uitgevoerd door de gemeente'}`)}"`));
      out.push(`<path class="regio-vlak" d="${r.path}" fill="${fill}" stroke="#767680" stroke-width="1.5"/>`);
      out.push(`<text class="regio-naam" x="${r2(r.label.x)}" y="${r2(r.label.y)}" font-size="${r2(r.label.fontSize)}" font-weight="bold" fill="#1b1b1f">`);
      r.label.lines.forEach((l, i) => out.push(`<tspan x="${r2(r.label.x)}" dy="${i === 0 ? 0 : r.label.lineHeight}">${esc(l)}</tspan>`));
      out.push(`</text>${close}</g>`);
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

  // Summaries of crowded pieces: the number of keuzes per grade; a link that zooms in (with JavaScript) or to the wet.
  const vakken = new Map(layout.vakken.map((v) => [v.id, v]));
  out.push(`<g class="kaart-vakken">`);
  for (const v of layout.vakken) {
    if (!v.samenvatting) continue;
    const s = v.samenvatting;
    out.push(`<g class="vak" data-vak="${esc(v.id)}" data-lod="${v.font}" data-wet="${esc(v.wet)}" data-rect="${[v.rect.x, v.rect.y, v.rect.w, v.rect.h].map(r2).join(' ')}">`);
    out.push(`<g class="vak-samenvatting">`);
    out.push(open(paths.wet(v.wet), `class="kaart-item vak-link" data-item="vak:${esc(v.id)}" aria-label="${esc(`${s.naam}; ${kortVan(layout, v.wet)}, ${v.levensfase} × ${v.soortHulp}: zoom in om ze te zien`)}"`));
    out.push(`<rect x="${r2(s.box.x - 3)}" y="${r2(s.box.y - 2)}" width="${r2(s.box.w + 6)}" height="${r2(s.box.h + 4)}" rx="4" fill="#ffffff" fill-opacity="0.85" stroke="#767680"/>`);
    // The link's visible text is the count; the per-grade lines (said in its accessible name) are drawn beside it.
    const [eerste, ...rest] = s.regels;
    out.push(`<text x="${r2(eerste!.x)}" y="${r2(eerste!.y)}" font-size="${r2(s.fontSize)}" font-weight="bold" fill="#1b1b1f">${esc(eerste!.tekst)}</text>${close}`);
    // Drawn over the link's box; clicks go through to the link.
    out.push(`<g aria-hidden="true" pointer-events="none">`);
    for (const regel of rest) {
      if (regel.grade) out.push(`<g class="sym-${regel.grade}" transform="translate(${r2(regel.x - s.fontSize * 0.6)} ${r2(regel.y - s.fontSize * 0.33)})">${gradeSymbol(regel.grade, r2(s.fontSize * 0.36))}</g>`);
      out.push(`<text x="${r2(regel.x)}" y="${r2(regel.y)}" font-size="${r2(s.fontSize)}" fill="#1b1b1f">${esc(regel.tekst)}</text>`);
    }
    out.push(`</g></g></g>`);
  }
  out.push(`</g>`);

  out.push(`<g class="kaart-markers">`);
  for (const m of layout.markers) {
    const k = keuzes.get(m.keuze)!;
    const vak = vakken.get(m.vak);
    // The accessible name starts with the visible label (WCAG 2.5.3), then says the rest.
    const zichtbaar = rendered(m.label.lines);
    const naam = `${zichtbaar}${zichtbaar === m.onderwerp ? '' : ` (${m.onderwerp})`}, ${kortVan(layout, m.wet)}, beleidsruimte ${beleidsruimteLabel[m.beleidsruimte]}`;
    const cats = LAAG_DEFINITIES.map((l) => ({ laag: l, c: categorie(l.id, k) }));
    // Layer "Onze keuzes" (gemeente edition only).
    const onze = opties.onzeKeuzes?.get(m.keuze);
    const onzeCat = onze ? ONZE_KEUZES_CATEGORIEEN.find((c) => c.id === onze)! : undefined;
    out.push(
      open(
        paths.keuze(m.keuze),
        `class="kaart-item marker" data-item="keuze:${esc(m.keuze)}" data-keuze="${esc(m.keuze)}" data-wet="${esc(m.wet)}" data-vak="${esc(m.vak)}"${vak?.samenvatting ? ` data-lod="${vak.font}"` : ''} data-beleidsruimte="${m.beleidsruimte}" ${cats.map(({ laag, c }) => `data-${laag.id}="${c.id}"`).join(' ')}${onzeCat ? ` data-onzekeuzes="${onzeCat.id}"` : ''} aria-label="${esc(naam)}"`,
      ),
    );
    if (links) out.push(`<title>${esc(naam)}</title>`);
    out.push(`<g transform="translate(${r2(m.x)} ${r2(m.y)})">`);
    out.push(`<circle class="marker-halo" r="${r2(m.r + 3)}" fill="#ffffff"/>`);
    out.push(`<g class="sym sym-beleidsruimte sym-${m.beleidsruimte}" aria-hidden="true">${gradeSymbol(m.beleidsruimte, m.r)}</g>`);
    for (const { laag, c } of cats) out.push(`<g class="sym sym-${laag.id}" aria-hidden="true">${laagTeken(laag.vorm, c, m.r)}</g>`);
    if (onzeCat) out.push(`<g class="sym sym-onzekeuzes" aria-hidden="true">${laagTeken('ruit', onzeCat, m.r)}</g>`);
    out.push(`</g>`);
    out.push(`<text class="marker-label" x="${r2(m.label.x)}" y="${r2(m.label.y)}" font-size="${r2(m.label.fontSize)}" fill="#1b1b1f">`);
    // A space ends every wrapped line (not a hyphenated one), so the text reads as one phrase.
    m.label.lines.forEach((l, i) =>
      out.push(`<tspan x="${r2(m.label.x)}" dy="${i === 0 ? 0 : m.label.lineHeight}">${esc(l)}${i < m.label.lines.length - 1 && !l.endsWith('-') ? ' ' : ''}</tspan>`),
    );
    out.push(`</text>${close}`);
  }
  out.push(`</g>`);
  for (const o of opties.overlays ?? []) {
    out.push(`<g class="kaart-overlay" data-overlay="${esc(o.id)}"${o.label ? ` role="group" aria-label="${esc(o.label)}"` : ' aria-hidden="true"'}>${o.svg(layout)}</g>`);
  }
  out.push(`</svg>`);
  return out.join('\n');
}

/** The text of wrapped lines as the SVG renders it: a space between lines, none after a hyphen. */
const rendered = (lines: string[]) => lines.map((l, i) => (i < lines.length - 1 && !l.endsWith('-') ? `${l} ` : l)).join('');

const kortVan = (layout: KaartLayout, wet: string) => layout.regions.find((r) => r.wet === wet)?.kort ?? wet;

/** Which categories exist per layer (for legends). */
export { CATEGORIEEN };
export type { Laag };
