/**
 * The kaart as a file for slides (issue 13): the kaart's SVG as shown (layer
 * and filter), a legend for that layer and a source line (peildatum, site
 * address) under it, as one self-contained SVG. Pure string work, so it runs
 * in the browser (download.ts) and in unit tests alike.
 */
import { ONZE_KEUZES_CATEGORIEEN } from '../lokaal/status.ts';
import { BELEIDSRUIMTE, type Beleidsruimte } from '../content/constants.ts';
import { beleidsruimteLabel, beleidsruimteUitleg } from '../labels.ts';
import { gradeSymbol } from '../symbols.ts';
import { esc } from '../svg.ts';
import { CATEGORIEEN, laagLabel, type Laag } from './lagen.ts';

export interface ExportOpties {
  /** The kaart's <svg> markup (already cleaned of hidden markers). */
  kaart: string;
  width: number;
  height: number;
  laag: Laag;
  filter: Beleidsruimte[];
  /** "Bron: Staalkaart sociaal domein, https://… · peildatum …". */
  bron: string;
}

const FONT = 17;
const ROW = 28;
const COLS = 2;
const GRADE_KLEUR: Record<Beleidsruimte, string> = { ruim: '#1e6b34', beperkt: '#7a4d00', geen: '#4d4d57' };

/** The legend entries of a layer: a symbol (SVG centred on 0,0) and its text. */
export function legendaItems(laag: Laag, filter: Beleidsruimte[]): { symbool: string; tekst: string }[] {
  const punten =
    laag === 'beleidsruimte'
      ? BELEIDSRUIMTE.filter((b) => filter.includes(b)).map((b) => ({
          symbool: `<g color="${GRADE_KLEUR[b]}">${gradeSymbol(b, 8)}</g>`,
          tekst: `${beleidsruimteLabel[b]}: ${beleidsruimteUitleg[b]}`,
        }))
      : (laag === 'onzekeuzes' ? ONZE_KEUZES_CATEGORIEEN : CATEGORIEEN[laag]).map((c) => ({
          symbool: `<circle r="9" fill="${c.kleur}"/><text y="4" text-anchor="middle" font-size="11" font-weight="bold" fill="#ffffff">${c.letter}</text>`,
          tekst: `${c.letter}: ${c.label}`,
        }));
  return [
    ...punten,
    { symbool: `<rect x="-13" y="-8" width="26" height="16" rx="3" fill="#f8d8c8" stroke="#767680"/>`, tekst: 'gemeentelijke wet: de raad kan kiezen' },
    {
      symbool: `<rect x="-13" y="-8" width="26" height="16" rx="3" fill="#eef1f6" stroke="#767680"/><path d="M-9 8L3-8M1 8L13-8" stroke="#c5ccda" stroke-width="3"/>`,
      tekst: 'landelijke wet (gearceerd): Rijk, CIZ, zorgkantoor of zorgverzekeraar',
    },
    { symbool: `<line x1="-13" y1="0" x2="13" y2="0" stroke="#1b1b1f" stroke-width="4" stroke-linecap="round"/>`, tekst: 'scheidslijn: hier raken twee wetten elkaar' },
  ];
}

export function exportSvg(o: ExportOpties): string {
  const items = legendaItems(o.laag, o.filter);
  const rows = Math.ceil(items.length / COLS);
  const legendTop = o.height + 16;
  const total = legendTop + 34 + rows * ROW + 40;
  const colW = (o.width - 40) / COLS;
  const inner = o.kaart
    .replace(/^<svg\b[^>]*>/, `<svg xmlns="http://www.w3.org/2000/svg" x="0" y="0" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" data-laag="${o.laag}">`)
    .trim();
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${total}" viewBox="0 0 ${o.width} ${total}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
  );
  out.push(`<title>Staalkaart sociaal domein — laag: ${esc(laagLabel[o.laag])}</title>`);
  out.push(`<rect width="${o.width}" height="${total}" fill="#ffffff"/>`);
  out.push(inner);
  out.push(`<g class="export-legenda" transform="translate(20 ${legendTop})">`);
  out.push(`<text x="0" y="22" font-size="${FONT + 3}" font-weight="bold" fill="#1b1b1f">Legenda — punten: ${esc(laagLabel[o.laag].toLowerCase())}</text>`);
  items.forEach((it, i) => {
    const x = (i % COLS) * colW;
    const y = 34 + Math.floor(i / COLS) * ROW + ROW / 2;
    out.push(`<g transform="translate(${x + 14} ${y})">${it.symbool}</g>`);
    out.push(`<text x="${x + 36}" y="${y + 6}" font-size="${FONT}" fill="#1b1b1f">${esc(it.tekst)}</text>`);
  });
  out.push(`</g>`);
  out.push(`<text class="export-bron" x="20" y="${total - 14}" font-size="${FONT - 1}" fill="#4a4a55">${esc(o.bron)}</text>`);
  out.push(`</svg>`);
  return out.join('\n');
}
