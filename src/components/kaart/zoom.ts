/**
 * Zoom and pan of the kaart, by its SVG viewBox (text stays sharp), and the semantic zoom: a full piece opens to
 * show its keuzes by name once their labels render large enough. The maths is pure: src/lib/kaart/view.ts (the
 * view box), lod.ts (when a piece opens, a tour step's zoom), toetsen.ts (the buttons).
 */
import { baseScale, openUpZoom, pan, tussen, zoomTo, type Box, type Punt, type Zoom } from '../../lib/kaart/view.ts';
import { drempel, leesbaar, toonZoom, type ToonVak } from '../../lib/kaart/lod.ts';
import { ZOOM_STAP, zoomKnop } from '../../lib/kaart/toetsen.ts';
import { selectieSleutel } from '../../lib/kaart/state.ts';
import { centre, heelInBeeld, vakVan } from './beeld.ts';
import { keepFocus } from './focus.ts';
import { $$, announce, box, commit, maat, type KaartSessie } from './sessie.ts';

/**
 * CSS px per kaart unit at zoom 1; undefined while the kaart has no size yet (a shared tour link can ask for a step
 * before the presentation has laid the kaart out: a made-up scale would decide the semantic zoom wrongly).
 */
function meetSchaal(s: KaartSessie): number | undefined {
  const r = s.v.svg.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? baseScale(r, maat(s)) : undefined;
}
const scale = (s: KaartSessie) => meetSchaal(s) ?? 1;
/** Smallest label size (CSS px) at which a full piece opens. */
const threshold = (s: KaartSessie) => drempel(s.root.classList.contains('is-presentatie'), window.innerWidth);
const lodVan = (vak: Element) => Number(vak.getAttribute('data-lod'));

/**
 * The full pieces under a route's numbered step (a casus route drawn over the kaart, as in a tour step): the step
 * stands on its keuze, so the piece shows that keuze by name rather than its summary under the number.
 */
const onderRoute = (s: KaartSessie) =>
  new Set($$('.route-stap[data-bedekt]', s.v.svg).map((stap) => s.v.byKey.get(stap.getAttribute('data-bedekt')!)?.getAttribute('data-vak')));

/**
 * Semantic zoom: a crowded piece opens up once its labels render large enough (or when a route's step stands on one
 * of its keuzes). Without a size yet the pieces wait for it (`volgMaat`).
 */
export function renderLod(s: KaartSessie) {
  const sc = meetSchaal(s);
  const route = onderRoute(s);
  for (const vak of sc ? $$('.vak', s.v.svg) : []) {
    const id = vak.getAttribute('data-vak')!;
    const open = s.geopend.has(id) || route.has(id) || leesbaar(lodVan(vak), sc! * (s.state.zoom?.k ?? 1), threshold(s));
    vak.classList.toggle('lod-open', open);
    for (const m of $$(`.marker[data-vak="${CSS.escape(id)}"]`, s.v.svg)) m.classList.toggle('lod-open', open);
  }
  // Zoomed in, a marker that the view would cut (symbol or name) leaves the picture and the accessibility tree
  // until it is whole in view again: no half names at the edges, and nothing half-visible to focus.
  const b = box(s);
  for (const m of $$('.marker', s.v.svg)) m.classList.toggle('buiten-beeld', !!s.state.zoom && !heelInBeeld(s, m, b));
  keepFocus(s);
}

/** Draws the state's zoom: at once, or in 200 ms when asked and motion is welcome. */
export function renderZoom(s: KaartSessie, animate = false) {
  const { svg } = s.v;
  const target = box(s);
  const set = (vb: number[]) => svg.setAttribute('viewBox', vb.map((n) => Math.round(n * 100) / 100).join(' '));
  svg.classList.toggle('is-ingezoomd', !!s.state.zoom);
  if (!s.state.zoom) s.geopend.clear();
  renderLod(s);
  if (!animate || s.reduceMotion.matches) return set(target);
  const from = svg.getAttribute('viewBox')!.split(' ').map(Number);
  const t0 = performance.now();
  const step = (t: number) => {
    const p = Math.min(1, (t - t0) / 200);
    set(tussen(from, target, p));
    if (p < 1) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

export function setZoom(s: KaartSessie, z: Zoom | undefined, animate = true) {
  s.state = { ...s.state, zoom: z };
  renderZoom(s, animate);
  commit(s);
  announce(s, z ? `Zoom ${Math.round(z.k * 100)} procent` : 'Hele kaart');
}

export const zoomBy = (s: KaartSessie, factor: number, p?: Punt, centreOn = false) =>
  setZoom(s, zoomTo(maat(s), s.state.zoom, (s.state.zoom?.k ?? 1) * factor, p, centreOn));

export function panBy(s: KaartSessie, dx: number, dy: number) {
  if (s.state.zoom) setZoom(s, pan(maat(s), s.state.zoom, dx, dy));
}

/** Zoom so that an item in a crowded piece is readable, centred on it; where that is beyond the zoom limit, the piece opens anyway. */
export function openUp(s: KaartSessie, el: Element) {
  const vak = vakVan(s, el);
  if (!vak || vak.classList.contains('lod-open')) return;
  const [x, y, w, h] = vak.getAttribute('data-rect')!.split(' ').map(Number) as Box;
  const p = el.classList.contains('marker') ? centre(s, el) : { x: x + w / 2, y: y + h / 2 };
  const z = openUpZoom(maat(s), s.state.zoom, lodVan(vak), scale(s), threshold(s), p);
  if (!leesbaar(lodVan(vak), scale(s) * (z?.k ?? 1), threshold(s))) s.geopend.add(vak.getAttribute('data-vak')!);
  setZoom(s, z);
}

/**
 * A tour step's keuzes by name: zoom until their pieces open (at most so far that all of them, and the box `ook`,
 * stay in view); a piece that is then still too small for its labels opens anyway.
 */
export function toonKeuzes(s: KaartSessie, keuzes: string[], ook: Box | undefined) {
  const markers = keuzes.map((id) => s.v.byKey.get(`keuze:${id}`)).filter((m): m is SVGAElement => !!m);
  s.geopend.clear();
  // Not laid out yet: the whole kaart for now, the step's zoom once the kaart has its size.
  s.toonStraks = markers.length && !meetSchaal(s) ? { keuzes, ook } : undefined;
  if (!markers.length || s.toonStraks) return setZoom(s, undefined, false);
  const vakken = new Map<string, ToonVak>();
  for (const m of markers) {
    const vak = vakVan(s, m);
    if (vak) vakken.set(vak.getAttribute('data-vak')!, { id: vak.getAttribute('data-vak')!, lod: lodVan(vak) });
  }
  // Measured with their names shown, whatever the view before showed (a piece open or closed): the same step gives
  // the same view however it is reached.
  const dicht = markers.filter((m) => !m.classList.contains('lod-open'));
  for (const m of dicht) m.classList.add('lod-open');
  const gemeten = markers.map((m) => {
    const b = (m as SVGGraphicsElement).getBBox();
    const font = Number(m.querySelector('.marker-label')?.getAttribute('font-size') ?? 14);
    return { box: [b.x, b.y, b.width, b.height] as Box, centre: centre(s, m), font };
  });
  for (const m of dicht) m.classList.remove('lod-open');
  const { zoom, open } = toonZoom(maat(s), gemeten, [...vakken.values()], ook, scale(s), threshold(s));
  for (const id of open) s.geopend.add(id);
  setZoom(s, zoom, false);
}

/**
 * The semantic zoom follows the kaart's drawn size: the block's and each SVG's (an SVG can change size while the
 * block keeps its own, as beside a tour step's text), and a tour step that waited for that size is shown.
 */
export function volgMaat(s: KaartSessie) {
  const kijk = new ResizeObserver(() => {
    if (s.toonStraks && meetSchaal(s)) toonKeuzes(s, s.toonStraks.keuzes, s.toonStraks.ook);
    else renderLod(s);
  });
  kijk.observe(s.root);
  for (const v of s.views) kijk.observe(v.svg);
}

/** The zoom buttons above the kaart: in (about the selected item, if any), out, whole kaart, and the four pans. */
export function zoomKnoppen(s: KaartSessie) {
  $$<HTMLButtonElement>('[data-zoom]', s.root).forEach((b) =>
    b.addEventListener('click', () => {
      const actie = zoomKnop(b.getAttribute('data-zoom'));
      const sel = s.state.selectie && s.v.byKey.get(selectieSleutel(s.state.selectie)!);
      if (actie.doe === 'in') zoomBy(s, ZOOM_STAP, sel ? centre(s, sel) : undefined, !!sel);
      else if (actie.doe === 'uit') zoomBy(s, 1 / ZOOM_STAP);
      else if (actie.doe === 'passend') setZoom(s, undefined);
      else if (actie.doe === 'pan') panBy(s, actie.dx, actie.dy);
    }),
  );
}
