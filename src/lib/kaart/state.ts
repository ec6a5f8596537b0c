/**
 * The kaart's state in the URL (`/kaart/?keuze=wmo/eigen-bijdrage&laag=wiebeslist`),
 * so a shared link restores it. Parsing never throws and accepts only known
 * values: anything malformed, unknown or hostile is ignored, never echoed.
 * Pure: no DOM.
 */
import { BELEIDSRUIMTE, type Beleidsruimte } from '../content/constants.ts';
import { LAGEN, type Laag } from './lagen.ts';

export interface Selectie {
  soort: 'keuze' | 'wet' | 'scheidslijn';
  id: string;
}

/** An item's key on the kaart (`data-item`): `keuze:wmo/eigen-bijdrage`, `wet:wmo`, `scheidslijn:wmo-wlz`. */
export const selectieSleutel = (s: Selectie | undefined) => (s ? `${s.soort}:${s.id}` : undefined);

/** The selection an item key stands for (the part before the first colon is its soort). */
export function selectieVan(key: string): Selectie {
  const i = key.indexOf(':');
  return { soort: key.slice(0, i) as Selectie['soort'], id: key.slice(i + 1) };
}

/** The query parameter of each soort: a scheidslijn keeps its older, shorter name `grens` so shared links still work. */
const PARAM: Record<Selectie['soort'], string> = { keuze: 'keuze', wet: 'wet', scheidslijn: 'grens' };

export interface KaartState {
  selectie?: Selectie;
  laag: Laag;
  /** Grades that are shown; all three by default. */
  filter: Beleidsruimte[];
  /** Zoom factor 1–8 and centre in kaart coordinates. */
  zoom?: { k: number; x: number; y: number };
}

export interface Known {
  keuzes: ReadonlySet<string>;
  wetten: ReadonlySet<string>;
  scheidslijnen: ReadonlySet<string>;
  width: number;
  height: number;
}

export const DEFAULT_STATE: KaartState = { laag: 'beleidsruimte', filter: [...BELEIDSRUIMTE] };

const MAX_QUERY = 2000;
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 8;

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.length > MAX_QUERY ? '' : search);
  } catch {
    return new URLSearchParams();
  }
}

/** Reads the state from a query string; unknown or malformed values fall back to the default. */
export function parseState(search: unknown, known: Known): KaartState {
  const state: KaartState = { laag: DEFAULT_STATE.laag, filter: [...DEFAULT_STATE.filter] };
  if (typeof search !== 'string') return state;
  const p = params(search);
  const one = (name: string) => {
    const all = p.getAll(name);
    return all.length === 1 && all[0]!.length <= 100 ? all[0]! : undefined;
  };

  const keuze = one(PARAM.keuze);
  const scheidslijn = one(PARAM.scheidslijn);
  const wet = one(PARAM.wet);
  if (keuze && known.keuzes.has(keuze)) state.selectie = { soort: 'keuze', id: keuze };
  else if (scheidslijn && known.scheidslijnen.has(scheidslijn)) state.selectie = { soort: 'scheidslijn', id: scheidslijn };
  else if (wet && known.wetten.has(wet)) state.selectie = { soort: 'wet', id: wet };

  const laag = one('laag');
  if (laag && (LAGEN as readonly string[]).includes(laag)) state.laag = laag as Laag;

  const filter = one('toon');
  if (filter !== undefined) {
    const grades = filter.split(',').filter((g): g is Beleidsruimte => (BELEIDSRUIMTE as readonly string[]).includes(g));
    const unique = BELEIDSRUIMTE.filter((g) => grades.includes(g));
    if (unique.length) state.filter = unique;
  }

  const zoom = one('zoom');
  if (zoom && /^\d{1,2}(\.\d{1,2})?,\d{1,4}(\.\d{1,2})?,\d{1,4}(\.\d{1,2})?$/.test(zoom)) {
    const [k, x, y] = zoom.split(',').map(Number) as [number, number, number];
    if (k >= ZOOM_MIN && k <= ZOOM_MAX && x <= known.width && y <= known.height && k > ZOOM_MIN) state.zoom = { k, x, y };
  }
  return state;
}

/** Writes the state as a query string ("" for the default state). */
export function serializeState(state: KaartState): string {
  const p = new URLSearchParams();
  if (state.selectie) p.set(PARAM[state.selectie.soort], state.selectie.id);
  if (state.laag !== DEFAULT_STATE.laag) p.set('laag', state.laag);
  if (state.filter.length && state.filter.length < BELEIDSRUIMTE.length) p.set('toon', state.filter.join(','));
  if (state.zoom && state.zoom.k > ZOOM_MIN) {
    const r = (n: number) => Math.round(n * 100) / 100;
    p.set('zoom', `${r(state.zoom.k)},${r(state.zoom.x)},${r(state.zoom.y)}`);
  }
  const s = p.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** A running rondleiding (presentation mode), as it shows in the address. */
export interface RondleidingAdres {
  id: string;
  stap: number;
}

/**
 * The whole query of /kaart/: during a rondleiding its id and step (that link starts the tour), otherwise the
 * kaart's state. The client's address module (src/components/kaart/adres.ts) is the only writer of the URL.
 */
export function adresVan(state: KaartState, rondleiding?: RondleidingAdres): string {
  if (rondleiding) return `?rondleiding=${encodeURIComponent(rondleiding.id)}&stap=${rondleiding.stap}`;
  return serializeState(state);
}

/** Whether a query asks for something other than the kaart's default view (a shared link). */
export const isGedeeld = (search: string, known: Known) =>
  serializeState(parseState(search, known)) !== '' || new URLSearchParams(search.length > MAX_QUERY ? '' : search).has('rondleiding');
