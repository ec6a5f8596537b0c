/**
 * The kaart's behaviour in the browser: selection with a detail panel,
 * layers, a filter by grade (the list below and the counts of full pieces
 * follow it), zoom and pan (buttons, keys, wheel, double-click, pinch and
 * drag), semantic zoom (a crowded piece shows its counts until its labels are
 * large enough to read), keyboard navigation (one tab stop, always on a
 * visible item; arrow keys between visible items, Enter opens, Escape
 * closes), the state in the URL and a share button.
 *
 * Split by behaviour (see README.md in this folder):
 *  - src/lib/kaart/view.ts      view-box maths (zoom, pan, screen ↔ kaart)
 *  - src/lib/kaart/buren.ts     keyboard neighbour search
 *  - src/lib/kaart/gebaren.ts   wheel, pinch and drag maths
 *  - src/lib/kaart/state.ts     the state in the URL
 *  - ./aanwijzer.ts             pointer and gesture listeners
 *  - ./paneel.ts                the detail panel
 *  - ./delen.ts, ./volledig-scherm.ts   the share and full-screen buttons
 *  - ./adres.ts                 the one writer of the URL
 *  - this file                  the state, rendering it, keyboard and hooks
 *
 * The page holds two SVGs computed at build time (breed, and a portrait
 * "smal" one below 64rem); the script works on the one that is shown.
 *
 * Hooks for other features, on the [data-kaart] element:
 *   dispatchEvent(new CustomEvent('kaart:uitlichten', { detail: { items: ['wet:wmo', 'scheidslijn:wmo-wlz'] } }))
 *     adds the class is-uitgelicht to those items (an empty list clears it);
 *   dispatchEvent(new CustomEvent('kaart:zoom', { detail: { item: 'keuze:wmo/eigen-bijdrage' } }))
 *     zooms to an item (or { detail: {} } to the whole kaart);
 *   dispatchEvent(new CustomEvent('kaart:toon', { detail: { keuzes: ['jeugdwet/verlengde-jeugdhulp'], ook: [x, y, w, h] } }))
 *     zooms so that those keuzes show by name, keeping the box `ook` (kaart units, optional) in view too
 *     (an empty list: the whole kaart again);
 *   dispatchEvent(new CustomEvent('kaart:rondleiding', { detail: { id: 'jeugdwet', stap: 5 } }))
 *     a tour step runs (detail null: the tour ended; the view from before it comes back);
 *   addEventListener('kaart:state', (e) => e.detail)  – the state after every change.
 *
 * Everything shown comes from the page itself (the SVGs and the list); nothing
 * from the URL is ever inserted as markup.
 */
import { isGedeeld, parseState, type KaartState, type RondleidingAdres, type Selectie } from '../../lib/kaart/state.ts';
import { baseScale, clip, inBox, normalise, openUpZoom, pan, viewBox, zoomTo, type Box, type Punt, type Zoom } from '../../lib/kaart/view.ts';
import { nearest, neighbour, readingOrder, type Kandidaat } from '../../lib/kaart/buren.ts';
import { adres } from './adres.ts';
import { aanwijzer } from './aanwijzer.ts';
import { paneel as maakPaneel } from './paneel.ts';
import { deelKnop } from './delen.ts';
import { volledigScherm } from './volledig-scherm.ts';

interface View {
  svg: SVGSVGElement;
  W: number;
  H: number;
  items: SVGAElement[];
  byKey: Map<string, SVGAElement>;
  /** Where an item sits, in kaart units (marker: its symbol; others: their box). */
  boxes: Map<Element, Box>;
}

const keyOf = (el: Element) => el.getAttribute('data-item')!;
const GRADES = ['ruim', 'beperkt', 'geen'] as const;
const midden = ([x, y, w, h]: Box): Punt => ({ x: x + w / 2, y: y + h / 2 });

function init(root: HTMLElement) {
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const $$ = <T extends Element = HTMLElement>(sel: string, from: ParentNode = root) => Array.from(from.querySelectorAll<T>(sel));
  const views: View[] = $$<SVGSVGElement>('svg.sk-kaart__svg').map((svg) => {
    const [, , W, H] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const items = $$<SVGAElement>('a.kaart-item', svg);
    svg.classList.add('js-lod');
    return { svg, W, H, items, byKey: new Map(items.map((el) => [keyOf(el), el])), boxes: new Map() };
  });
  const wide = window.matchMedia('(min-width: 64rem)');
  const pick = () => views.find((x) => x.svg.getAttribute('data-variant') === (wide.matches ? 'breed' : 'smal')) ?? views[0]!;
  let v = pick();
  const maat = () => ({ W: v.W, H: v.H });
  const list = document.querySelector<HTMLElement>('.sk-kaartlijst');
  const paneel = maakPaneel(root);
  const status = $('[data-status]');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const all = v.items.map(keyOf);
  const known = {
    keuzes: new Set(all.filter((k) => k.startsWith('keuze:')).map((k) => k.slice(6))),
    wetten: new Set(all.filter((k) => k.startsWith('wet:')).map((k) => k.slice(4))),
    scheidslijnen: new Set(all.filter((k) => k.startsWith('scheidslijn:')).map((k) => k.slice('scheidslijn:'.length))),
    width: Math.max(...views.map((x) => x.W)),
    height: Math.max(...views.map((x) => x.H)),
  };

  let state: KaartState = parseState(location.search, known);
  // A layer this build lacks ("Onze keuzes" exists only in an editie) falls back to the default.
  if (!root.querySelector(`input[name="laag"][value="${CSS.escape(state.laag)}"]`)) state = { ...state, laag: 'beleidsruimte' };
  const url = adres(location.search);
  url.kaart(state, false);
  let current: SVGAElement | undefined;
  /** Whether keyboard focus was in the kaart (it survives the focused item leaving the picture). */
  let kaartFocus = false;
  /** Full pieces shown by name below their readable size (chosen by the reader, or a tour step's keuzes). */
  const geopend = new Set<string>();

  $$('[data-bediening]').forEach((el) => (el.hidden = false));
  $('[data-uitleg-js]').hidden = false;
  $('[data-uitleg-nojs]').hidden = true;

  const selKey = (s?: Selectie) => (s ? `${s.soort}:${s.id}` : undefined);
  const toSelectie = (key: string): Selectie => {
    const i = key.indexOf(':');
    return { soort: key.slice(0, i) as Selectie['soort'], id: key.slice(i + 1) };
  };
  const box = (): Box => viewBox(maat(), state.zoom);

  function boxOf(el: Element): Box {
    let b = v.boxes.get(el);
    if (!b) {
      const t = el.classList.contains('marker') ? el.querySelector('g[transform]')!.getAttribute('transform')! : '';
      const m = /translate\(([\d.-]+) ([\d.-]+)\)/.exec(t);
      if (m) b = [Number(m[1]), Number(m[2]), 0, 0];
      else {
        const r = ((el.querySelector('.regio-naam, .scheidslijn-lijn, rect') as SVGGraphicsElement | null) ?? (el as SVGGraphicsElement)).getBBox();
        b = [r.x, r.y, r.width, r.height];
      }
      v.boxes.set(el, b);
    }
    return b;
  }
  const centre = (el: Element) => midden(boxOf(el));
  /** A marker with its name, in kaart units (known once it has been drawn). */
  const heel = new Map<Element, Box>();
  function heelInBeeld(m: Element, b: Box): boolean {
    let r = heel.get(m);
    if (!r) {
      const g = (m as SVGGraphicsElement).getBBox();
      if (!g.width) return inBox(centre(m), b);
      r = [g.x, g.y, g.width, g.height];
      heel.set(m, r);
    }
    return r[0] >= b[0] - 0.5 && r[1] >= b[1] - 0.5 && r[0] + r[2] <= b[0] + b[2] + 0.5 && r[1] + r[3] <= b[1] + b[3] + 0.5;
  }

  /**
   * Shown at all: its grade passes the filter and nothing hides it. (Chromium's checkVisibility says true for an
   * SVG link inside a group with display: none, as a full piece's summary is once the piece opens; such a link
   * has no box, so its size tells.)
   */
  const shown = (el: Element) => {
    const grade = el.getAttribute('data-beleidsruimte');
    if (grade && !state.filter.includes(grade as never)) return false;
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  };
  /** Where a shown item is in the current view (its visible part's centre), or undefined when it is outside. */
  function plek(el: Element): Punt | undefined {
    const b = boxOf(el);
    if (el.classList.contains('marker')) return inBox(midden(b), box()) ? midden(b) : undefined;
    const c = clip(b, box());
    return c && midden(c);
  }
  /** The items the keyboard can reach now: shown and in view. */
  function kandidaten(): Kandidaat<SVGAElement>[] {
    const out: Kandidaat<SVGAElement>[] = [];
    for (const el of v.items) {
      if (!shown(el)) continue;
      const p = plek(el);
      if (p) out.push({ item: el, p });
    }
    return out;
  }

  function setTabStop(el: SVGAElement | undefined) {
    for (const view of views) for (const it of view.items) it.setAttribute('tabindex', it === el ? '0' : '-1');
    current = el;
  }
  const focusOn = (el: SVGAElement | undefined) => {
    if (!el) return;
    setTabStop(el);
    el.focus({ preventScroll: true });
  };

  /**
   * The tab stop stays on a visible item. When zoom, pan, the filter or a layout change takes the current one out
   * of the picture, the nearest visible item (in the same full piece first) takes its place, and keeps the focus
   * if the kaart had it.
   */
  function keepFocus() {
    const cands = kandidaten();
    if (current && cands.some((c) => c.item === current)) return;
    const old = current;
    const from = old && v.items.includes(old) ? centre(old) : midden(box());
    const vak = old?.getAttribute('data-item')?.startsWith('vak:') ? keyOf(old).slice(4) : old?.getAttribute('data-vak');
    const next = (vak && nearest(from, cands.filter((c) => c.item.getAttribute('data-vak') === vak))) || nearest(from, cands);
    const hadFocus = !!old && (document.activeElement === old || (kaartFocus && (document.activeElement === document.body || !document.activeElement)));
    if (hadFocus) focusOn(next);
    else setTabStop(next);
  }

  function neighboursOf(svg: SVGSVGElement, key: string, el: Element | undefined): Element[] {
    const { soort, id } = toSelectie(key);
    const q = (sel: string) => $$(sel, svg) as Element[];
    if (soort === 'keuze') return q(`.regio[data-wet="${CSS.escape(el?.getAttribute('data-wet') ?? '')}"]`);
    if (soort === 'wet') return [...q(`.marker[data-wet="${CSS.escape(id)}"]`), ...q('.scheidslijn').filter((e) => (e.getAttribute('data-tussen') ?? '').split(' ').includes(id))];
    const tussen = (el?.getAttribute('data-tussen') ?? '').split(' ');
    return tussen.flatMap((w) => q(`.regio[data-wet="${CSS.escape(w)}"], .marker[data-wet="${CSS.escape(w)}"]`));
  }

  function renderSelection() {
    const key = selKey(state.selectie);
    for (const view of views) {
      const el = key ? view.byKey.get(key) : undefined;
      $$('.is-geselecteerd, .is-buur', view.svg).forEach((e) => e.classList.remove('is-geselecteerd', 'is-buur'));
      view.svg.classList.toggle('heeft-selectie', !!el);
      if (!el || !key) continue;
      (el.classList.contains('regio-link') ? el.parentElement! : el).classList.add('is-geselecteerd');
      for (const n of neighboursOf(view.svg, key, el)) n.classList.add('is-buur');
    }
    const el = key ? v.byKey.get(key) : undefined;
    if (!el || !key) paneel.verberg();
    else paneel.toon(key, el, v.svg);
  }

  /**
   * In the other layers a marker shows a mark with a code; its accessible
   * name then starts with that code and says the category, so the name still
   * contains the visible text (WCAG 2.5.3).
   */
  const categoryLabel = (laag: string, id: string) => {
    const laagNaam = root.querySelector(`input[name="laag"][value="${CSS.escape(laag)}"]`)?.parentElement?.textContent?.trim() ?? laag;
    const uitleg = root.querySelector(`[data-legenda="${CSS.escape(laag)}"] [data-categorie="${CSS.escape(id)}"]`)?.getAttribute('data-label') ?? id;
    return `${laagNaam.toLowerCase()}: ${uitleg}`;
  };
  function renderLayer() {
    for (const view of views) {
      view.svg.setAttribute('data-laag', state.laag);
      for (const m of view.items) {
        if (!m.classList.contains('marker')) continue;
        const base = m.getAttribute('data-naam') ?? m.getAttribute('aria-label') ?? '';
        m.setAttribute('data-naam', base);
        const code = m.querySelector(`.sym-${state.laag} text`)?.textContent;
        m.setAttribute('aria-label', state.laag === 'beleidsruimte' || !code ? base : `${code} ${base}; ${categoryLabel(state.laag, m.getAttribute(`data-${state.laag}`) ?? '')}`);
      }
    }
    if (list) for (const s of $$('[data-laag-waarde]', list)) s.hidden = s.getAttribute('data-laag-waarde') !== state.laag;
    $$('[data-legenda]').forEach((el) => (el.hidden = el.getAttribute('data-legenda') !== state.laag));
    $$<HTMLInputElement>('input[name="laag"]').forEach((i) => (i.checked = i.value === state.laag));
  }

  /** The counts of full pieces follow the filter: only the grades shown are counted and listed. */
  function renderCounts() {
    for (const view of views) {
      for (const vak of $$('.vak', view.svg)) {
        const id = vak.getAttribute('data-vak')!;
        const markers = $$(`.marker[data-vak="${CSS.escape(id)}"]`, view.svg);
        const n = markers.filter((m) => state.filter.includes(m.getAttribute('data-beleidsruimte') as never)).length;
        vak.classList.toggle('is-leeg', n === 0);
        const link = vak.querySelector('a.vak-link')!;
        const totaal = link.querySelector('text')!;
        const orig = totaal.getAttribute('data-tekst') ?? totaal.textContent ?? '';
        totaal.setAttribute('data-tekst', orig);
        totaal.textContent = /^\d+$/.test(orig) ? String(n) : `${n} ${n === 1 ? 'keuze' : 'keuzes'}`;
        const label = link.getAttribute('data-label') ?? link.getAttribute('aria-label') ?? '';
        link.setAttribute('data-label', label);
        const [telling = '', rest = ''] = label.split(/;(.*)/s);
        const delen = telling.split(' · ').slice(1).filter((d) => state.filter.some((g) => d.endsWith(` ${g}`)));
        link.setAttribute('aria-label', `${[`${n} ${n === 1 ? 'keuze' : 'keuzes'}`, ...delen].join(' · ')};${rest}`);
        // The per-grade lines: the hidden grades leave, the others move up into their places.
        const lines = $$<SVGTextElement>('g[aria-hidden] > text', vak);
        const syms = $$<SVGGElement>('g[aria-hidden] > g[class^="sym-"]', vak);
        const ys = lines.map((t) => Number(t.getAttribute('data-y') ?? t.getAttribute('y')));
        let slot = 0;
        lines.forEach((t, i) => {
          t.setAttribute('data-y', String(ys[i]));
          const sym = syms[i];
          const grade = sym?.getAttribute('class')?.slice(4);
          const toon = !grade || state.filter.includes(grade as never);
          t.style.display = sym && !toon ? 'none' : '';
          if (sym) sym.style.display = toon ? '' : 'none';
          if (!toon) return;
          const dy = ys[slot]! - ys[i]!;
          t.setAttribute('y', String(ys[slot]));
          if (sym) {
            const t0 = sym.getAttribute('data-transform') ?? sym.getAttribute('transform') ?? '';
            sym.setAttribute('data-transform', t0);
            sym.setAttribute('transform', dy ? `translate(0 ${dy}) ${t0}` : t0);
          }
          slot++;
        });
      }
    }
  }

  function renderFilter() {
    for (const g of GRADES) {
      for (const view of views) view.svg.classList.toggle(`verberg-${g}`, !state.filter.includes(g));
      list?.classList.toggle(`verberg-${g}`, !state.filter.includes(g));
    }
    const filterLine = document.querySelector<HTMLElement>('[data-lijst-filter]');
    if (filterLine) {
      filterLine.hidden = state.filter.length === 3;
      filterLine.textContent = `Deze lijst volgt de kaart: alleen beleidsruimte ${state.filter.join(', ')}.`;
    }
    $$<HTMLInputElement>('input[name="toon"]').forEach((i) => (i.checked = state.filter.includes(i.value as never)));
    renderCounts();
    keepFocus();
  }

  /** Smallest label size (CSS px) at which a full piece opens: larger on the beamer, in a tour. */
  const threshold = () => (root.classList.contains('is-presentatie') ? 16 : window.innerWidth >= 1024 ? 14 : 12);
  /** In a tour, the step's keuzes are zoomed to this size where the other keuzes of the step still fit. */
  const TOUR_PX = 24;
  const scale = () => baseScale(v.svg.getBoundingClientRect(), maat());

  /** Semantic zoom: a crowded piece opens up once its labels render large enough. */
  function renderLod() {
    const s = scale() * (state.zoom?.k ?? 1);
    for (const vak of $$('.vak', v.svg)) {
      const id = vak.getAttribute('data-vak')!;
      const open = geopend.has(id) || Number(vak.getAttribute('data-lod')) * s >= threshold() - 0.01;
      vak.classList.toggle('lod-open', open);
      for (const m of $$(`.marker[data-vak="${CSS.escape(id)}"]`, v.svg)) m.classList.toggle('lod-open', open);
    }
    // Zoomed in, a marker that the view would cut (symbol or name) leaves the picture and the accessibility tree
    // until it is whole in view again: no half names at the edges, and nothing half-visible to focus.
    const b = box();
    for (const m of $$('.marker', v.svg)) m.classList.toggle('buiten-beeld', !!state.zoom && !heelInBeeld(m, b));
    keepFocus();
  }

  function renderZoom(animate = false) {
    const target = box();
    const set = (vb: number[]) => v.svg.setAttribute('viewBox', vb.map((n) => Math.round(n * 100) / 100).join(' '));
    v.svg.classList.toggle('is-ingezoomd', !!state.zoom);
    if (!state.zoom) geopend.clear();
    renderLod();
    if (!animate || reduceMotion.matches) return set(target);
    const from = v.svg.getAttribute('viewBox')!.split(' ').map(Number);
    const t0 = performance.now();
    const step = (t: number) => {
      const p = Math.min(1, (t - t0) / 200);
      set(from.map((f, i) => f + (target[i]! - f) * p));
      if (p < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  function commit() {
    url.kaart(state);
    root.dispatchEvent(new CustomEvent('kaart:state', { detail: state }));
  }
  const announce = (text: string) => (status.textContent = text);

  function setZoom(z: Zoom | undefined, animate = true) {
    state = { ...state, zoom: z };
    renderZoom(animate);
    commit();
    announce(z ? `Zoom ${Math.round(z.k * 100)} procent` : 'Hele kaart');
  }
  const zoomBy = (factor: number, p?: Punt, centreOn = false) => setZoom(zoomTo(maat(), state.zoom, (state.zoom?.k ?? 1) * factor, p, centreOn));

  const vakVan = (el: Element) => el.closest('.vak') ?? (el.getAttribute('data-vak') ? v.svg.querySelector(`.vak[data-vak="${CSS.escape(el.getAttribute('data-vak')!)}"]`) : null);
  /** Zoom so that an item in a crowded piece is readable, centred on it; where that is beyond the zoom limit, the piece opens anyway. */
  function openUp(el: Element) {
    const vak = vakVan(el);
    if (!vak || vak.classList.contains('lod-open')) return;
    const [x, y, w, h] = vak.getAttribute('data-rect')!.split(' ').map(Number) as Box;
    const p = el.classList.contains('marker') ? centre(el) : { x: x + w / 2, y: y + h / 2 };
    const z = openUpZoom(maat(), state.zoom, Number(vak.getAttribute('data-lod')), scale(), threshold(), p);
    if (Number(vak.getAttribute('data-lod')) * scale() * (z?.k ?? 1) < threshold() - 0.01) geopend.add(vak.getAttribute('data-vak')!);
    setZoom(z);
  }

  function choose(el: SVGAElement, focusPanel: boolean) {
    if (keyOf(el).startsWith('vak:')) return openUp(el);
    state = { ...state, selectie: toSelectie(keyOf(el)) };
    setTabStop(el);
    renderSelection();
    openUp(el);
    commit();
    announce(`Geselecteerd: ${paneel.titel()}`);
    if (focusPanel) paneel.el.focus();
    else paneel.el.scrollIntoView({ block: 'nearest' });
  }

  function closePanel() {
    const back = state.selectie ? v.byKey.get(selKey(state.selectie)!) : current;
    state = { ...state, selectie: undefined };
    renderSelection();
    commit();
    announce('Uitleg gesloten');
    const target = back && kandidaten().some((c) => c.item === back) ? back : current;
    focusOn(target);
  }

  const panBy = (dx: number, dy: number) => {
    if (state.zoom) setZoom(pan(maat(), state.zoom, dx, dy));
  };

  for (const view of views) {
    aanwijzer({
      svg: view.svg,
      maat,
      box,
      zoom: () => state.zoom,
      zet: (z) => setZoom(z, false),
      dubbel: (p) => zoomBy(2, p),
      kies: (el) => choose(el, false),
      hint,
    });

    // Keyboard inside the kaart.
    view.svg.addEventListener('keydown', (event) => {
      const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
      if (!el) return;
      const dirs: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      const dir = dirs[event.key];
      if (dir && event.shiftKey) {
        event.preventDefault();
        panBy(dir[0], dir[1]);
      } else if (dir) {
        event.preventDefault();
        const from = plek(el) ?? centre(el);
        focusOn(neighbour(from, kandidaten(), dir[0], dir[1], el));
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        const vis = readingOrder(kandidaten());
        focusOn(event.key === 'Home' ? vis[0] : vis[vis.length - 1]);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(el, !keyOf(el).startsWith('vak:'));
      }
    });
    view.svg.addEventListener('focusin', (event) => {
      kaartFocus = true;
      const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
      if (el) setTabStop(el);
    });
    view.svg.addEventListener('focusout', (event) => {
      // Focus that moves elsewhere leaves the kaart; focus lost to nothing (its item vanished) is kept by keepFocus.
      const to = (event as FocusEvent).relatedTarget as Node | null;
      if (to && !view.svg.contains(to)) kaartFocus = false;
    });
  }

  const hintEl = $('[data-zoomhint]');
  let hintTimer = 0;
  function hint() {
    hintEl.hidden = false;
    clearTimeout(hintTimer);
    hintTimer = window.setTimeout(() => (hintEl.hidden = true), 2500);
  }

  // Keys anywhere in the kaart block: Escape closes the panel (also from its own buttons); zoom keys outside fields.
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && paneel.open) {
      event.preventDefault();
      closePanel();
      return;
    }
    if ((event.target as Element).closest('input, button, select, textarea')) return;
    const focus = (state.selectie && v.byKey.get(selKey(state.selectie)!)) || current;
    if (event.key === '+' || event.key === '=') zoomBy(1.5, focus ? centre(focus) : undefined, true);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.5);
    else if (event.key === '0') setZoom(undefined);
  });

  $('[data-paneel-sluit]').addEventListener('click', closePanel);
  $$<HTMLInputElement>('input[name="laag"]').forEach((input) =>
    input.addEventListener('change', () => {
      state = { ...state, laag: input.value as KaartState['laag'] };
      renderLayer();
      commit();
      announce(`Laag: ${input.parentElement?.textContent?.trim() ?? input.value}`);
    }),
  );
  $$<HTMLInputElement>('input[name="toon"]').forEach((input) =>
    input.addEventListener('change', () => {
      const filter = $$<HTMLInputElement>('input[name="toon"]:checked').map((i) => i.value) as KaartState['filter'];
      // At least one grade stays visible.
      if (!filter.length) {
        input.checked = true;
        return;
      }
      state = { ...state, filter };
      renderFilter();
      commit();
      announce(`${v.items.filter((i) => i.classList.contains('marker') && state.filter.includes(i.getAttribute('data-beleidsruimte') as never)).length} onderwerpen zichtbaar`);
    }),
  );
  $$<HTMLButtonElement>('[data-zoom]').forEach((b) =>
    b.addEventListener('click', () => {
      const a = b.getAttribute('data-zoom');
      const sel = state.selectie && v.byKey.get(selKey(state.selectie)!);
      if (a === 'in') zoomBy(1.5, sel ? centre(sel) : undefined, !!sel);
      else if (a === 'uit') zoomBy(1 / 1.5);
      else if (a === 'passend') setZoom(undefined);
      else panBy(a === 'links' ? -1 : a === 'rechts' ? 1 : 0, a === 'omhoog' ? -1 : a === 'omlaag' ? 1 : 0);
    }),
  );

  deelKnop(root);
  volledigScherm(root, { announce, veranderd: () => renderLod() });

  // Hooks for tours and overlays.
  root.addEventListener('kaart:uitlichten', (e) => {
    const keys = new Set(((e as CustomEvent).detail?.items ?? []) as string[]);
    for (const view of views) for (const it of view.items) (it.classList.contains('regio-link') ? it.parentElement! : it).classList.toggle('is-uitgelicht', keys.has(keyOf(it)));
  });
  root.addEventListener('kaart:zoom', (e) => {
    const el = v.byKey.get(String((e as CustomEvent).detail?.item ?? ''));
    setZoom(el ? zoomTo(maat(), state.zoom, Math.max(2, state.zoom?.k ?? 1), centre(el), true) : undefined);
  });
  // A tour step's keuzes by name: zoom until their pieces open (at most so far that all of them stay in view);
  // a piece that is then still too small for its labels opens anyway.
  root.addEventListener('kaart:toon', (e) => {
    const detail = (e as CustomEvent<{ keuzes?: string[]; ook?: Box }>).detail;
    const markers = (detail?.keuzes ?? []).map((id) => v.byKey.get(`keuze:${id}`)).filter((m): m is SVGAElement => !!m);
    geopend.clear();
    if (!markers.length) return setZoom(undefined, false);
    const font = (m: Element) => Number(m.querySelector('.marker-label')?.getAttribute('font-size') ?? 14);
    // Also in view: what else the step draws (a casus route), as a box in kaart units.
    const ook = detail?.ook ? [{ x: detail.ook[0], y: detail.ook[1] }, { x: detail.ook[0] + detail.ook[2], y: detail.ook[1] + detail.ook[3] }] : [];
    // Each keuze with its label (a marker in a closed piece has no box yet: its centre with room for a label).
    const pts = [
      ...markers.flatMap((m) => {
        const b = (m as SVGGraphicsElement).getBBox();
        const c = centre(m);
        return b.width > 0 ? [{ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height }] : [{ x: c.x - 20, y: c.y - 20 }, { x: c.x + 160, y: c.y + 30 }];
      }),
      ...ook,
    ];
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const marge = 24;
    const fit = Math.min(v.W / (Math.max(...xs) - Math.min(...xs) + 2 * marge), v.H / (Math.max(...ys) - Math.min(...ys) + 2 * marge));
    const vakken = [...new Set(markers.map(vakVan).filter((x): x is Element => !!x))];
    const need = Math.max(1, ...vakken.map((x) => threshold() / (Number(x.getAttribute('data-lod')) * scale())), ...markers.map((m) => TOUR_PX / (font(m) * scale())));
    const k = Math.min(fit, need);
    for (const x of vakken) if (Number(x.getAttribute('data-lod')) * scale() * k < threshold() - 0.01) geopend.add(x.getAttribute('data-vak')!);
    setZoom(normalise(maat(), k, (Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2), false);
  });
  let voorRondleiding: KaartState | undefined;
  root.addEventListener('kaart:rondleiding', (e) => {
    const r = (e as CustomEvent<RondleidingAdres | null>).detail;
    if (r && !voorRondleiding) voorRondleiding = state;
    if (!r && voorRondleiding) {
      geopend.clear();
      state = { ...state, zoom: voorRondleiding.zoom };
      voorRondleiding = undefined;
      renderZoom();
    }
    url.rondleiding(r ?? undefined);
    if (!r) commit();
  });

  // The other layout when the screen turns or the window changes: zoom starts over.
  wide.addEventListener('change', () => {
    const had = kaartFocus && !!current && document.activeElement === current;
    v = pick();
    state = { ...state, zoom: undefined };
    current = undefined;
    renderZoom();
    commit();
    const first = readingOrder(kandidaten())[0];
    if (had) focusOn(first);
    else setTabStop(first);
  });
  new ResizeObserver(() => renderLod()).observe(root);

  // Restore the state from the URL.
  if (state.zoom && (state.zoom.x > v.W || state.zoom.y > v.H)) state = { ...state, zoom: undefined };
  renderLayer();
  renderFilter();
  const restored = state.selectie ? v.byKey.get(selKey(state.selectie)!) : undefined;
  // The selected item of a shared link is shown: zoomed to (without a zoom in the link) or its full piece opened.
  const vak = restored && vakVan(restored);
  if (vak && state.zoom) geopend.add(vak.getAttribute('data-vak')!);
  setTabStop(restored ?? v.items.find((el) => el.classList.contains('regio-link')) ?? v.items[0]);
  renderZoom();
  renderSelection();
  if (restored && !state.zoom) openUp(restored);
  if (restored && kandidaten().some((c) => c.item === restored)) setTabStop(restored);
  url.kaart(state, false);
  // A shared link opens at the kaart, not at the top of the page.
  if (isGedeeld(location.search, known)) root.scrollIntoView({ block: 'start' });
}

const kaartRoot = document.querySelector<HTMLElement>('[data-kaart]');
if (kaartRoot?.querySelector('svg.sk-kaart__svg')) init(kaartRoot);
