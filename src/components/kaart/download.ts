/**
 * Download of the kaart for slides (issue 13), loaded on demand: SVG, or PNG
 * at 2400 px wide, of the layer and filter shown now, with legend and source
 * line (src/lib/kaart/export.ts). Made in the browser; nothing leaves it.
 */
import { exportSvg } from '../../lib/kaart/export.ts';
import { LAGEN, type Laag } from '../../lib/kaart/lagen.ts';
import { BELEIDSRUIMTE, type Beleidsruimte } from '../../lib/content/constants.ts';

export const PNG_BREEDTE = 2400;

/** The kaart as shown, cleaned for a file: hidden markers out, no focus or selection state, full view. */
function kaartMarkup(svg: SVGSVGElement, filter: Beleidsruimte[], width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('.marker').forEach((m) => {
    if (!filter.includes(m.getAttribute('data-beleidsruimte') as Beleidsruimte)) m.remove();
  });
  clone.querySelectorAll('[tabindex]').forEach((e) => e.removeAttribute('tabindex'));
  clone.querySelectorAll('.is-geselecteerd, .is-buur').forEach((e) => e.classList.remove('is-geselecteerd', 'is-buur'));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return new XMLSerializer().serializeToString(clone);
}

export async function download(root: HTMLElement, box: HTMLElement, soort: 'svg' | 'png'): Promise<void> {
  const svg = root.querySelector<SVGSVGElement>('svg.sk-kaart__svg');
  if (!svg) return;
  const width = Number(box.getAttribute('data-breedte'));
  const height = Number(box.getAttribute('data-hoogte'));
  const laagAttr = svg.getAttribute('data-laag') ?? 'beleidsruimte';
  const laag: Laag = (LAGEN as readonly string[]).includes(laagAttr) ? (laagAttr as Laag) : 'beleidsruimte';
  const filter = BELEIDSRUIMTE.filter((b) => !svg.classList.contains(`verberg-${b}`));
  const markup = exportSvg({ kaart: kaartMarkup(svg, filter, width, height), width, height, laag, filter, bron: box.getAttribute('data-bron') ?? '' });
  const naam = `staalkaart-${laag}${filter.length < BELEIDSRUIMTE.length ? `-${filter.join('-')}` : ''}`;
  const svgBlob = new Blob([markup], { type: 'image/svg+xml' });
  if (soort === 'svg') return save(svgBlob, `${naam}.svg`);

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
    if (png) save(png, `${naam}.png`);
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
