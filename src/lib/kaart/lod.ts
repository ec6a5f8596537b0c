/**
 * Semantic zoom of the interactive kaart: when a crowded piece ("vol vak", drawn as counts) opens to show its keuzes
 * by name, and how far a tour step zooms so that its keuzes show by name. Pure (no DOM); the client measures the
 * SVG and applies the result (tests/unit/kaart-lod.test.ts).
 */
import { normalise, type Box, type Maat, type Punt, type Zoom } from './view.ts';

/** Smallest label size (CSS px) at which a full piece opens: larger on the beamer (a tour), smaller on a phone. */
export const drempel = (presentatie: boolean, schermBreedte: number) => (presentatie ? 16 : schermBreedte >= 1024 ? 14 : 12);

/** In a tour, the step's keuzes are zoomed to this label size where the other keuzes of the step still fit. */
export const TOUR_PX = 24;

/** Whether labels of `lod` kaart units render at `drempel` CSS px or more at `s` CSS px per kaart unit. */
export const leesbaar = (lod: number, s: number, minPx: number) => lod * s >= minPx - 0.01;

/** A tour step's keuze as the client measured it. */
export interface ToonKeuze {
  /** The marker with its label, in kaart units; empty (width 0) while its piece is closed. */
  box: Box;
  /** The marker's symbol, in kaart units. */
  centre: Punt;
  /** Its label's font size, in kaart units. */
  font: number;
}

/** A full piece that holds one of the step's keuzes: its id and its label size in kaart units. */
export interface ToonVak {
  id: string;
  lod: number;
}

/** Room for the label of a marker whose piece is closed (no box yet), around its symbol, in kaart units. */
const LABEL_RUIMTE = { links: 20, boven: 20, rechts: 160, onder: 30 };
const MARGE = 24;

/**
 * The view of a tour step that names `keuzes`: zoomed in until their pieces open and their labels reach TOUR_PX,
 * but never so far that one of them (or the box `ook`, a casus route) leaves the view. `open`: the pieces that are
 * then still too small for their labels and open anyway. No keuzes: the whole kaart.
 */
export function toonZoom(
  m: Maat,
  keuzes: ToonKeuze[],
  vakken: ToonVak[],
  ook: Box | undefined,
  scale: number,
  minPx: number,
): { zoom: Zoom | undefined; open: string[] } {
  if (!keuzes.length) return { zoom: undefined, open: [] };
  const hoeken = ([x, y, w, h]: Box): Punt[] => [{ x, y }, { x: x + w, y: y + h }];
  const pts = [
    ...keuzes.flatMap(({ box, centre: c }) =>
      box[2] > 0 ? hoeken(box) : hoeken([c.x - LABEL_RUIMTE.links, c.y - LABEL_RUIMTE.boven, LABEL_RUIMTE.links + LABEL_RUIMTE.rechts, LABEL_RUIMTE.boven + LABEL_RUIMTE.onder]),
    ),
    ...(ook ? hoeken(ook) : []),
  ];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const fit = Math.min(m.W / (Math.max(...xs) - Math.min(...xs) + 2 * MARGE), m.H / (Math.max(...ys) - Math.min(...ys) + 2 * MARGE));
  const need = Math.max(1, ...vakken.map((v) => minPx / (v.lod * scale)), ...keuzes.map((k) => TOUR_PX / (k.font * scale)));
  const k = Math.min(fit, need);
  return {
    zoom: normalise(m, k, (Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2),
    open: vakken.filter((v) => !leesbaar(v.lod, scale * k, minPx)).map((v) => v.id),
  };
}
