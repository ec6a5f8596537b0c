/**
 * Download of the kaart for slides (issue 13, issue 21), loaded on demand:
 * SVG, or PNG at 2400 px wide, of the layer and filter shown now. It is the
 * static kaart (every keuze by name: count boxes and semantic zoom removed),
 * always the landscape layout, with a legend read from the page's legend for
 * the codes in use, a source line and the font embedded
 * (src/lib/kaart/export.ts). Made in the browser; nothing leaves it.
 */
import { exportSvg, VASTE_ITEMS, type LegendaItem } from '../../lib/kaart/export.ts';
import type { NamenGroep } from '../../lib/kaart/namenlijst.ts';
import { LAGEN, laagLabel, type Laag } from '../../lib/kaart/lagen.ts';
import { BELEIDSRUIMTE, type Beleidsruimte } from '../../lib/content/constants.ts';
import { KAART_FONT_FILES, type Gewicht, type Meter } from '../../lib/tekst/font.ts';

export const PNG_BREEDTE = 2400;

/**
 * The kaart as shown, made static for a file: markers hidden by the filter out, count boxes and the semantic-zoom
 * style out (every marker shows), no focus or selection state, the full view.
 */
export function statischeKaart(svg: SVGSVGElement, filter: Beleidsruimte[], width: number, height: number): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('.marker').forEach((m) => {
    if (!filter.includes(m.getAttribute('data-beleidsruimte') as Beleidsruimte)) m.remove();
  });
  clone.querySelectorAll('.kaart-vakken').forEach((e) => e.remove());
  clone.querySelectorAll('[data-lod]').forEach((e) => e.removeAttribute('data-lod'));
  clone.querySelectorAll('[tabindex]').forEach((e) => e.removeAttribute('tabindex'));
  clone.querySelectorAll('.is-geselecteerd, .is-buur, .lod-open').forEach((e) => e.classList.remove('is-geselecteerd', 'is-buur', 'lod-open'));
  clone.classList.remove('js-lod');
  clone.removeAttribute('style');
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return clone;
}

/** The page legend's entries for the codes the kaart's markers use, with their symbols, in the page legend's order. */
function legenda(root: HTMLElement, kaart: SVGSVGElement, laag: Laag): LegendaItem[] {
  const attr = laag === 'beleidsruimte' ? 'data-beleidsruimte' : `data-${laag}`;
  const gebruikt = new Set([...kaart.querySelectorAll('.marker')].map((m) => m.getAttribute(attr)));
  const items = [...root.querySelectorAll<HTMLElement>(`[data-legenda="${CSS.escape(laag)}"] li[data-categorie]`)]
    .filter((li) => gebruikt.has(li.getAttribute('data-categorie')))
    .map((li) => {
      const svg = li.querySelector('svg')!;
      const kleur = getComputedStyle(svg).color;
      return {
        symbool: `<svg x="-12" y="-12" width="24" height="24" viewBox="${svg.getAttribute('viewBox')}" color="${kleur}">${svg.innerHTML}</svg>`,
        tekst: (li.querySelector('span')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    });
  return [...items, ...VASTE_ITEMS];
}

/** Text widths from the web font the page has loaded (the font the labels were measured in at build time). */
async function meter(): Promise<Meter> {
  await Promise.all([document.fonts.load(`17px "Source Sans 3"`), document.fonts.load(`bold 17px "Source Sans 3"`)]);
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, size, gewicht = 400) => {
    ctx.font = `${gewicht === 700 ? 'bold ' : ''}${size}px "Source Sans 3", Arial, sans-serif`;
    return ctx.measureText(text).width;
  };
}

/** @font-face rules with the font files as data: URLs (fetched from this site), so the file carries its font. */
async function fontCss(): Promise<string> {
  const faces = await Promise.all(
    (Object.entries(KAART_FONT_FILES) as [string, string][]).map(async ([gewicht, file]) => {
      const bytes = new Uint8Array(await (await fetch(`/${file}`)).arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:'Source Sans 3';font-weight:${gewicht as unknown as Gewicht};src:url(data:font/woff2;base64,${btoa(bin)}) format('woff2')}`;
    }),
  );
  return faces.join('');
}

/** The export SVG of the kaart in `root` as shown now. */
export async function exportMarkup(root: HTMLElement, box: HTMLElement): Promise<{ markup: string; naam: string } | undefined> {
  const svg = root.querySelector<SVGSVGElement>('svg.sk-kaart__svg[data-variant="breed"]') ?? root.querySelector<SVGSVGElement>('svg.sk-kaart__svg');
  if (!svg) return undefined;
  // When the kaart is too full for names at a readable size, the page carries the static kaart (numbers in full
  // vakken) and the names behind the numbers; the layer, the filter and the legend still follow the page.
  const template = root.querySelector<HTMLTemplateElement>('template[data-kaart-statisch]');
  const bron = template?.content.querySelector<SVGSVGElement>('svg.sk-kaart__svg');
  const namen = template ? (JSON.parse(template.getAttribute('data-namen') ?? '[]') as NamenGroep[]) : [];
  const [width, height] = (svg.getAttribute('viewBox')?.split(' ').slice(2).map(Number) ?? []) as [number?, number?];
  const w = width ?? Number(box.getAttribute('data-breedte'));
  const h = height ?? Number(box.getAttribute('data-hoogte'));
  const laagAttr = svg.getAttribute('data-laag') ?? 'beleidsruimte';
  const laag: Laag = (LAGEN as readonly string[]).includes(laagAttr) ? (laagAttr as Laag) : 'beleidsruimte';
  const filter = BELEIDSRUIMTE.filter((b) => !svg.classList.contains(`verberg-${b}`));
  if (bron) {
    bron.setAttribute('data-laag', laag);
    for (const b of BELEIDSRUIMTE) bron.classList.toggle(`verberg-${b}`, !filter.includes(b));
  }
  const kaart = statischeKaart(bron ?? svg, filter, w, h);
  const zichtbaar = new Set([...kaart.querySelectorAll('.marker')].map((m) => m.getAttribute('data-keuze')));
  const [meet, css] = await Promise.all([meter(), fontCss()]);
  const markup = exportSvg({
    kaart: new XMLSerializer().serializeToString(kaart),
    width: w,
    height: h,
    titel: `Legenda — punten: ${laagLabel[laag].toLowerCase()}`,
    items: legenda(root, kaart, laag),
    bron: box.getAttribute('data-bron') ?? '',
    meet,
    fontCss: css,
    namen: namen.map((g) => ({ ...g, namen: g.namen.filter((n) => zichtbaar.has(n.keuze)) })).filter((g) => g.namen.length),
  });
  return { markup, naam: `staalkaart-${laag}${filter.length < BELEIDSRUIMTE.length ? `-${filter.join('-')}` : ''}` };
}

export async function download(root: HTMLElement, box: HTMLElement, soort: 'svg' | 'png'): Promise<void> {
  const made = await exportMarkup(root, box);
  if (!made) return;
  const svgBlob = new Blob([made.markup], { type: 'image/svg+xml' });
  if (soort === 'svg') return save(svgBlob, `${made.naam}.svg`);

  const img = new Image();
  const url = URL.createObjectURL(svgBlob);
  try {
    img.src = url;
    await img.decode();
    const scale = PNG_BREEDTE / img.width;
    const canvas = document.createElement('canvas');
    canvas.width = PNG_BREEDTE;
    canvas.height = Math.round(img.height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) save(png, `${made.naam}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function save(blob: Blob, naam: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = naam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
