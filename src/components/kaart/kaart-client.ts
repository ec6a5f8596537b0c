/**
 * The kaart's behaviour in the browser: selection with a detail panel,
 * layers, a filter by grade (the list below and the counts of full pieces
 * follow it), zoom and pan (buttons, keys, wheel, double-click, pinch and
 * drag), semantic zoom (a crowded piece shows its counts until its labels are
 * large enough to read), keyboard navigation (one tab stop, always on a
 * visible item; arrow keys between visible items, Enter opens, Escape
 * closes), the state in the URL and a share button.
 *
 * This file only wires the modules together and restores the state from the
 * URL. They share one state object, the KaartSessie (./sessie.ts); the module
 * map is in README.md in this folder.
 *
 * The page holds two SVGs computed at build time (breed, and a portrait
 * "smal" one below 64rem); the script works on the one that is shown.
 * Everything shown comes from the page itself (the SVGs and the list); nothing
 * from the URL is ever inserted as markup.
 */
import { isGedeeld } from '../../lib/kaart/state.ts';
import { readingOrder } from '../../lib/kaart/buren.ts';
import { aanwijzer } from './aanwijzer.ts';
import { bereikbaar, kandidaten, vakVan } from './beeld.ts';
import { deelKnop } from './delen.ts';
import { filterKnoppen, renderFilter, renderLayer } from './filter.ts';
import { focusOn, setTabStop, volgFocus } from './focus.ts';
import { haken } from './haken.ts';
import { closePanel, choose, gekozen, renderSelection } from './selectie.ts';
import { announce, box, commit, kiesView, maakSessie, maat, type KaartSessie } from './sessie.ts';
import { blokToetsen, itemToetsen } from './toetsen.ts';
import { volledigScherm } from './volledig-scherm.ts';
import { openUp, renderLod, renderZoom, setZoom, volgMaat, zoomBy, zoomKnoppen } from './zoom.ts';

/** The hint how to zoom (Ctrl/⌘ + wheel, double-click, the buttons), shown for 2.5 s when a plain wheel turns over the whole kaart. */
function zoomHint(root: HTMLElement) {
  const el = root.querySelector<HTMLElement>('[data-zoomhint]')!;
  let timer = 0;
  return () => {
    el.hidden = false;
    clearTimeout(timer);
    timer = window.setTimeout(() => (el.hidden = true), 2500);
  };
}

/** The other layout when the screen turns or the window changes: zoom starts over, the tab stop on the first item. */
function wisselLayout(s: KaartSessie) {
  const had = s.kaartFocus && !!s.current && document.activeElement === s.current;
  s.v = kiesView(s);
  s.state = { ...s.state, zoom: undefined };
  s.current = undefined;
  renderZoom(s);
  commit(s);
  const first = readingOrder(kandidaten(s))[0];
  if (had) focusOn(s, first);
  else setTabStop(s, first);
}

/** The state from the URL on the page: a shared link opens at the kaart, its selection shown. */
function herstel(s: KaartSessie) {
  const { v } = s;
  if (s.state.zoom && (s.state.zoom.x > v.W || s.state.zoom.y > v.H)) s.state = { ...s.state, zoom: undefined };
  renderLayer(s);
  renderFilter(s);
  const restored = gekozen(s);
  // The selected item of a shared link is shown: zoomed to (without a zoom in the link) or its full piece opened.
  const vak = restored && vakVan(s, restored);
  if (vak && s.state.zoom) s.geopend.add(vak.getAttribute('data-vak')!);
  setTabStop(s, restored ?? v.items.find((el) => el.classList.contains('regio-link')) ?? v.items[0]);
  renderZoom(s);
  renderSelection(s);
  if (restored && !s.state.zoom) openUp(s, restored);
  if (bereikbaar(s, restored)) setTabStop(s, restored);
  s.url.kaart(s.state, false);
  // A shared link opens at the kaart, not at the top of the page.
  if (isGedeeld(location.search, s.known)) s.root.scrollIntoView({ block: 'start' });
}

function init(root: HTMLElement) {
  const s = maakSessie(root);
  root.querySelectorAll<HTMLElement>('[data-bediening]').forEach((el) => (el.hidden = false));
  root.querySelector<HTMLElement>('[data-uitleg-js]')!.hidden = false;
  root.querySelector<HTMLElement>('[data-uitleg-nojs]')!.hidden = true;

  const hint = zoomHint(root);
  for (const view of s.views) {
    aanwijzer({
      svg: view.svg,
      maat: () => maat(s),
      box: () => box(s),
      zoom: () => s.state.zoom,
      zet: (z) => setZoom(s, z, false),
      dubbel: (p) => zoomBy(s, 2, p),
      kies: (el) => choose(s, el, false),
      hint,
    });
    itemToetsen(s, view);
    volgFocus(s, view);
  }
  blokToetsen(s);
  root.querySelector('[data-paneel-sluit]')!.addEventListener('click', () => closePanel(s));
  filterKnoppen(s);
  zoomKnoppen(s);
  deelKnop(root);
  volledigScherm(root, { announce: (text) => announce(s, text), veranderd: () => renderLod(s) });
  haken(s);
  s.wide.addEventListener('change', () => wisselLayout(s));
  volgMaat(s);
  herstel(s);
}

const kaartRoot = document.querySelector<HTMLElement>('[data-kaart]');
if (kaartRoot?.querySelector('svg.sk-kaart__svg')) init(kaartRoot);
