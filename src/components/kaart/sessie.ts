/**
 * The one state object of the interactive kaart (`KaartSessie`): the page's two SVG views, the state that goes into
 * the URL (selection, layer, filter, zoom), the tab stop and the full pieces opened by hand. Every behaviour module
 * of the kaart (focus, zoom, selectie, filter, toetsen, haken) works on it; this module only reads the page and
 * offers the small shared helpers (the visible box, commit, announce).
 */
import { parseState, type KaartState, type Known } from '../../lib/kaart/state.ts';
import { viewBox, type Box, type Maat } from '../../lib/kaart/view.ts';
import { adres } from './adres.ts';
import { paneel } from './paneel.ts';

/** One of the page's SVGs (breed or smal) with its items. */
export interface View {
  svg: SVGSVGElement;
  W: number;
  H: number;
  items: SVGAElement[];
  byKey: Map<string, SVGAElement>;
  /** Where an item sits, in kaart units (marker: its symbol; others: their box). */
  boxes: Map<Element, Box>;
  /** A marker with its name, in kaart units (known once it has been drawn). */
  heel: Map<Element, Box>;
}

export interface KaartSessie {
  readonly root: HTMLElement;
  readonly views: View[];
  /** The view shown now (breed from 64rem, else smal). */
  v: View;
  /** What the URL holds; replaced (never mutated) on every change. */
  state: KaartState;
  /** The kaart's one tab stop. */
  current: SVGAElement | undefined;
  /** Whether keyboard focus was in the kaart (it survives the focused item leaving the picture). */
  kaartFocus: boolean;
  /** Full pieces shown by name below their readable size (chosen by the reader, or a tour step's keuzes). */
  readonly geopend: Set<string>;
  /** A tour step's keuzes asked for while the kaart had no size yet: shown once it has one (`volgMaat`). */
  toonStraks: { keuzes: string[]; ook: Box | undefined } | undefined;
  readonly known: Known;
  readonly paneel: ReturnType<typeof paneel>;
  readonly url: ReturnType<typeof adres>;
  /** The list of keuzes below the kaart (same content as text). */
  readonly list: HTMLElement | null;
  readonly status: HTMLElement;
  readonly wide: MediaQueryList;
  readonly reduceMotion: MediaQueryList;
}

export const keyOf = (el: Element) => el.getAttribute('data-item')!;
export const $$ = <T extends Element = HTMLElement>(sel: string, from: ParentNode) => Array.from(from.querySelectorAll<T>(sel));

function viewVan(svg: SVGSVGElement): View {
  const [, , W, H] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const items = $$<SVGAElement>('a.kaart-item', svg);
  svg.classList.add('js-lod');
  return { svg, W, H, items, byKey: new Map(items.map((el) => [keyOf(el), el])), boxes: new Map(), heel: new Map() };
}

/** The view that fits the screen now. */
export const kiesView = (s: Pick<KaartSessie, 'views' | 'wide'>) =>
  s.views.find((x) => x.svg.getAttribute('data-variant') === (s.wide.matches ? 'breed' : 'smal')) ?? s.views[0]!;

/** Reads the kaart in `root` and the state from the URL (the URL is not written yet). */
export function maakSessie(root: HTMLElement): KaartSessie {
  const views = $$<SVGSVGElement>('svg.sk-kaart__svg', root).map(viewVan);
  const wide = window.matchMedia('(min-width: 64rem)');
  const v = kiesView({ views, wide });
  const all = v.items.map(keyOf);
  const ids = (soort: string) => new Set(all.filter((k) => k.startsWith(`${soort}:`)).map((k) => k.slice(soort.length + 1)));
  const known: Known = {
    keuzes: ids('keuze'),
    wetten: ids('wet'),
    scheidslijnen: ids('scheidslijn'),
    width: Math.max(...views.map((x) => x.W)),
    height: Math.max(...views.map((x) => x.H)),
  };
  let state = parseState(location.search, known);
  // A layer this build lacks ("Onze keuzes" exists only in an editie) falls back to the default.
  if (!root.querySelector(`input[name="laag"][value="${CSS.escape(state.laag)}"]`)) state = { ...state, laag: 'beleidsruimte' };
  const url = adres(location.search);
  url.kaart(state, false);
  return {
    root,
    views,
    v,
    state,
    current: undefined,
    kaartFocus: false,
    geopend: new Set(),
    toonStraks: undefined,
    known,
    paneel: paneel(root),
    url,
    list: document.querySelector<HTMLElement>('.sk-kaartlijst'),
    status: root.querySelector<HTMLElement>('[data-status]')!,
    wide,
    reduceMotion: window.matchMedia('(prefers-reduced-motion: reduce)'),
  };
}

export const maat = (s: KaartSessie): Maat => ({ W: s.v.W, H: s.v.H });
/** The visible box the kaart is heading to (not the animated one), in kaart units. */
export const box = (s: KaartSessie): Box => viewBox(maat(s), s.state.zoom);

/** After every change: the URL (through its one writer) and the `kaart:state` event. */
export function commit(s: KaartSessie) {
  s.url.kaart(s.state);
  s.root.dispatchEvent(new CustomEvent('kaart:state', { detail: s.state }));
}

/** Says it in the kaart's polite live region. */
export const announce = (s: KaartSessie, text: string) => (s.status.textContent = text);
