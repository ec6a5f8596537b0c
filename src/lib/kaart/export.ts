/**
 * The kaart as a file for slides (issue 13, issue 21): the static kaart (every
 * keuze by name, no count boxes) of the layer and filter shown, a legend that
 * names only the codes in use, and a source line, as one self-contained SVG
 * with the font embedded (so the PNG made from it, and the file opened
 * anywhere, use the font the labels were measured in).
 *
 * Pure string work, so it runs in the browser (download.ts) and in unit tests
 * alike; text is measured by the `meet` function passed in (the browser's
 * loaded web font, or fontkit in tests) and wrapped at spaces.
 */
import { BELEIDSRUIMTE } from '../content/constants.ts';
import { beleidsruimteLabel, beleidsruimteUitleg } from '../labels.ts';
import { gradeSymbol } from '../symbols.ts';
import { esc, r2 } from '../svg.ts';
import { KAART_FONT_FAMILY, type Meter } from '../tekst/font.ts';
import { regels } from '../tekst/regels.ts';
import { laagTeken, type KaartLaag } from './lagen.ts';
import type { NamenGroep } from './namenlijst.ts';
import { GRADE_KLEUR } from '../kleuren.ts';

/** One legend entry: a symbol (SVG markup centred on 0,0, at most 24 × 24) and its text. */
export interface LegendaItem {
  symbool: string;
  tekst: string;
}

export interface ExportOpties {
  /** The kaart's <svg> markup, static (see statischeKaart in download.ts) with hidden markers removed. */
  kaart: string;
  width: number;
  height: number;
  /** The legend heading, e.g. "Legenda — punten: wie betaalt". */
  titel: string;
  items: LegendaItem[];
  /** "Bron: Staalkaart sociaal domein, https://… · peildatum …". */
  bron: string;
  meet: Meter;
  /** @font-face rules with the font as data: URLs; without them the file falls back to the system's fonts. */
  fontCss?: string;
  /** The names behind numbers on the kaart (src/lib/kaart/namenlijst.ts), listed below the legend. */
  namen?: NamenGroep[];
}

export const EXPORT_FONT = 17;
const LINE = 21;
const SYMBOL = 30;
const MARGIN = 20;
const GAP = 24;

/** The entries every legend has: the two kinds of region and the scheidslijn. */
export const VASTE_ITEMS: LegendaItem[] = [
  { symbool: `<rect x="-13" y="-8" width="26" height="16" rx="3" fill="#f8d8c8" stroke="#767680"/>`, tekst: 'gemeentelijke wet: de raad kan kiezen' },
  {
    symbool: `<rect x="-13" y="-8" width="26" height="16" rx="3" fill="#eef1f6" stroke="#767680"/><path d="M-9 8L3-8M1 8L13-8" stroke="#c5ccda" stroke-width="3"/>`,
    tekst: 'landelijke wet (gearceerd): Rijk, CIZ, zorgkantoor of zorgverzekeraar',
  },
  { symbool: `<line x1="-13" y1="0" x2="13" y2="0" stroke="#1b1b1f" stroke-width="4" stroke-linecap="round"/>`, tekst: 'scheidslijn: hier raken twee wetten elkaar' },
];

/** Legend entries of a layer for the categories (or grades) in `gebruikt` only, then the fixed entries. */
export function legendaItems(laag: KaartLaag | 'beleidsruimte', gebruikt: ReadonlySet<string>): LegendaItem[] {
  const punten =
    laag === 'beleidsruimte'
      ? BELEIDSRUIMTE.filter((b) => gebruikt.has(b)).map((b) => ({
          symbool: `<g color="${GRADE_KLEUR[b]}">${gradeSymbol(b, 8)}</g>`,
          tekst: `${beleidsruimteLabel[b]}: ${beleidsruimteUitleg[b]}`,
        }))
      : laag.categorieen.filter((c) => gebruikt.has(c.id)).map((c) => ({ symbool: laagTeken(laag.vorm, c, 8), tekst: `${c.letter}: ${c.label}` }));
  return [...punten, ...VASTE_ITEMS];
}

interface Geplaatst {
  item: LegendaItem;
  lines: string[];
  x: number;
  y: number;
}

/**
 * The legend in as many columns as fit (3, 2 or 1) with every text wrapped at spaces inside its
 * column: the columns that give the lowest legend without a line wider than its column.
 */
export function legendaIndeling(items: LegendaItem[], width: number, meet: Meter): { geplaatst: Geplaatst[]; hoogte: number } {
  let best: { geplaatst: Geplaatst[]; hoogte: number } | undefined;
  for (const cols of [3, 2, 1]) {
    const colW = (width - 2 * MARGIN - (cols - 1) * GAP) / cols;
    const textW = colW - SYMBOL - 8;
    const wrapped = items.map((item) => regels(item.tekst, textW, EXPORT_FONT, { meet }));
    if (!wrapped.every((lines) => lines.every((l) => meet(l, EXPORT_FONT) <= textW))) continue;
    const geplaatst: Geplaatst[] = [];
    let y = 0;
    for (let i = 0; i < items.length; i += cols) {
      const row = wrapped.slice(i, i + cols);
      row.forEach((lines, c) => geplaatst.push({ item: items[i + c]!, lines, x: MARGIN + c * (colW + GAP), y }));
      y += Math.max(...row.map((l) => l.length)) * LINE + 10;
    }
    if (!best || y < best.hoogte) best = { geplaatst, hoogte: y };
  }
  if (!best) throw new Error('legenda past niet: een woord is breder dan de hele breedte');
  return best;
}

/** The namenlijst in columns: each group's heading and its numbered names, wrapped at spaces, filled column by column. */
export function namenIndeling(groepen: NamenGroep[], width: number, meet: Meter): { regels: { tekst: string; x: number; y: number; kop: boolean }[]; hoogte: number } {
  if (!groepen.length) return { regels: [], hoogte: 0 };
  const cols = Math.max(1, Math.floor((width - 2 * MARGIN + GAP) / (260 + GAP)));
  const colW = (width - 2 * MARGIN - (cols - 1) * GAP) / cols;
  const lines = groepen.flatMap((g) => [
    ...regels(g.kop, colW, EXPORT_FONT - 2, { meet, gewicht: 700 }).map((tekst) => ({ tekst, kop: true })),
    ...g.namen.flatMap((n) => regels(`${n.nummer}. ${n.naam}`, colW, EXPORT_FONT - 2, { meet }).map((tekst) => ({ tekst, kop: false }))),
  ]);
  const perCol = Math.ceil(lines.length / cols);
  return {
    regels: lines.map((l, i) => ({ ...l, x: MARGIN + Math.floor(i / perCol) * (colW + GAP), y: (i % perCol) * (LINE - 2) })),
    hoogte: perCol * (LINE - 2),
  };
}

export function exportSvg(o: ExportOpties): string {
  const { geplaatst, hoogte } = legendaIndeling(o.items, o.width, o.meet);
  const namen = namenIndeling(o.namen ?? [], o.width, o.meet);
  const legendTop = o.height + 16;
  const namenTop = legendTop + 36 + hoogte + (namen.hoogte ? 40 : 0);
  const bronRegels = regels(o.bron, o.width - 2 * MARGIN, EXPORT_FONT - 1, { meet: o.meet });
  const total = Math.ceil(namenTop + namen.hoogte + 8 + bronRegels.length * LINE + 12);
  const inner = o.kaart
    .replace(/^<svg\b[^>]*>/, (tag) => {
      const laag = /data-laag="([^"]*)"/.exec(tag)?.[1] ?? 'beleidsruimte';
      return `<svg xmlns="http://www.w3.org/2000/svg" x="0" y="0" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" data-laag="${esc(laag)}" data-statisch="" font-family="${KAART_FONT_FAMILY}">`;
    })
    .trim();
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${total}" viewBox="0 0 ${o.width} ${total}" font-family="${KAART_FONT_FAMILY}">`);
  out.push(`<title>Staalkaart sociaal domein — ${esc(o.titel)}</title>`);
  if (o.fontCss) out.push(`<style>${o.fontCss}</style>`);
  out.push(`<rect width="${o.width}" height="${total}" fill="#ffffff"/>`);
  out.push(inner);
  out.push(`<g class="export-legenda" transform="translate(0 ${legendTop})">`);
  out.push(`<text x="${MARGIN}" y="22" font-size="${EXPORT_FONT + 3}" font-weight="bold" fill="#1b1b1f">${esc(o.titel)}</text>`);
  for (const g of geplaatst) {
    const y = 36 + g.y;
    out.push(`<g class="legenda-regel">`);
    out.push(`<g class="legenda-teken" transform="translate(${r2(g.x + SYMBOL / 2)} ${r2(y + LINE / 2)})">${g.item.symbool}</g>`);
    out.push(
      `<text x="${r2(g.x + SYMBOL + 8)}" y="${r2(y + EXPORT_FONT * 0.95)}" font-size="${EXPORT_FONT}" fill="#1b1b1f">${g.lines.map((l, i) => `<tspan x="${r2(g.x + SYMBOL + 8)}" dy="${i === 0 ? 0 : LINE}">${esc(l)}${i < g.lines.length - 1 ? ' ' : ''}</tspan>`).join('')}</text>`,
    );
    out.push(`</g>`);
  }
  out.push(`</g>`);
  if (namen.hoogte) {
    out.push(`<g class="export-namen" transform="translate(0 ${r2(namenTop)})">`);
    out.push(`<text x="${MARGIN}" y="-12" font-size="${EXPORT_FONT + 1}" font-weight="bold" fill="#1b1b1f">Namen bij de nummers op de kaart</text>`);
    for (const l of namen.regels)
      out.push(`<text x="${r2(l.x)}" y="${r2(l.y + EXPORT_FONT)}" font-size="${EXPORT_FONT - 2}"${l.kop ? ' font-weight="bold"' : ''} fill="#1b1b1f">${esc(l.tekst)}</text>`);
    out.push(`</g>`);
  }
  const bronY = namenTop + namen.hoogte + 8;
  out.push(
    `<text class="export-bron" x="${MARGIN}" y="${r2(bronY + EXPORT_FONT)}" font-size="${EXPORT_FONT - 1}" fill="#4a4a55">${bronRegels.map((l, i) => `<tspan x="${MARGIN}" dy="${i === 0 ? 0 : LINE}">${esc(l)}${i < bronRegels.length - 1 ? ' ' : ''}</tspan>`).join('')}</text>`,
  );
  out.push(`</svg>`);
  return out.join('\n');
}
