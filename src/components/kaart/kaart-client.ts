/**
 * The kaart's behaviour in the browser: selection with a detail panel,
 * layers, a filter by grade (the list below follows both), zoom and pan
 * (buttons, keys, wheel, double-click, pinch and drag), semantic zoom
 * (a crowded piece shows its counts until its labels are large enough to
 * read), keyboard navigation (one tab stop, arrow keys between items, Enter
 * opens, Escape closes), the state in the URL and a share button.
 *
 * The page holds two SVGs computed at build time (breed, and a portrait
 * "smal" one below 64rem); the script works on the one that is shown.
 *
 * Hooks for other features (issue 13 tours, issue 15 layers), on the
 * [data-kaart] element:
 *   dispatchEvent(new CustomEvent('kaart:uitlichten', { detail: { items: ['wet:wmo', 'grens:wmo-wlz'] } }))
 *     adds the class is-uitgelicht to those items (an empty list clears it);
 *   dispatchEvent(new CustomEvent('kaart:zoom', { detail: { item: 'keuze:wmo/eigen-bijdrage' } }))
 *     zooms to an item (or { detail: {} } to the whole kaart);
 *   addEventListener('kaart:state', (e) => e.detail)  – the state after every change.
 *
 * Everything shown comes from the page itself (the SVGs and the list); nothing
 * from the URL is ever inserted as markup.
 */
import { parseState, serializeState, ZOOM_MAX, ZOOM_MIN, type KaartState, type Selectie } from '../../lib/kaart/state.ts';


interface View {
  svg: SVGSVGElement;
  W: number;
  H: number;
  items: SVGAElement[];
  byKey: Map<string, SVGAElement>;
  centres: Map<Element, { x: number; y: number }>;
}

const keyOf = (el: Element) => el.getAttribute('data-item')!;

function init(root: HTMLElement) {
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const $$ = <T extends Element = HTMLElement>(sel: string, from: ParentNode = root) => Array.from(from.querySelectorAll<T>(sel));
  const views: View[] = $$<SVGSVGElement>('svg.sk-kaart__svg').map((svg) => {
    const [, , W, H] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const items = $$<SVGAElement>('a.kaart-item', svg);
    svg.classList.add('js-lod');
    return { svg, W, H, items, byKey: new Map(items.map((el) => [keyOf(el), el])), centres: new Map() };
  });
  const wide = window.matchMedia('(min-width: 64rem)');
  const pick = () => views.find((v) => v.svg.getAttribute('data-variant') === (wide.matches ? 'breed' : 'smal')) ?? views[0]!;
  let v = pick();
  const list = document.querySelector<HTMLElement>('.sk-kaartlijst');
  const panel = $('[data-paneel]');
  const status = $('[data-status]');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const all = v.items.map(keyOf);
  const known = {
    keuzes: new Set(all.filter((k) => k.startsWith('keuze:')).map((k) => k.slice(6))),
    wetten: new Set(all.filter((k) => k.startsWith('wet:')).map((k) => k.slice(4))),
    grenzen: new Set(all.filter((k) => k.startsWith('grens:')).map((k) => k.slice(6))),
    width: Math.max(...views.map((x) => x.W)),
    height: Math.max(...views.map((x) => x.H)),
  };

  let state: KaartState = parseState(location.search, known);
  // A layer this build lacks ("Onze keuzes" exists only in a gemeente edition) falls back to the default.
  if (!root.querySelector(`input[name="laag"][value="${CSS.escape(state.laag)}"]`)) state = { ...state, laag: 'beleidsruimte' };
  let current: SVGAElement | undefined;

  $('[data-bediening]').hidden = false;
  $('[data-uitleg-js]').hidden = false;
  $('[data-uitleg-nojs]').hidden = true;

  const selKey = (s?: Selectie) => (s ? `${s.soort}:${s.id}` : undefined);
  const toSelectie = (key: string): Selectie => {
    const i = key.indexOf(':');
    return { soort: key.slice(0, i) as Selectie['soort'], id: key.slice(i + 1) };
  };
  const visible = (el: Element) => {
    const grade = el.getAttribute('data-beleidsruimte');
    return (!grade || state.filter.includes(grade as never)) && el.checkVisibility({ visibilityProperty: true });
  };

  function centre(el: Element): { x: number; y: number } {
    let c = v.centres.get(el);
    if (!c) {
      const b = ((el.querySelector('.regio-naam, .grens-lijn, rect, g[transform]') as SVGGraphicsElement | null) ?? (el as SVGGraphicsElement)).getBBox();
      const t = el.classList.contains('marker') ? el.querySelector('g[transform]')!.getAttribute('transform')! : '';
      const m = /translate\(([\d.-]+) ([\d.-]+)\)/.exec(t);
      c = m ? { x: Number(m[1]), y: Number(m[2]) } : { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      v.centres.set(el, c);
    }
    return c;
  }

  function setTabStop(el: SVGAElement | undefined) {
    for (const view of views) for (const it of view.items) it.setAttribute('tabindex', it === el ? '0' : '-1');
    current = el;
  }

  /** The nearest visible item in a direction (a cone of ±60° around it). */
  function neighbour(from: SVGAElement, dx: number, dy: number): SVGAElement | undefined {
    const a = centre(from);
    let best: SVGAElement | undefined;
    let bestScore = Infinity;
    for (const el of v.items) {
      if (el === from || !visible(el)) continue;
      const b = centre(el);
      const vx = b.x - a.x;
      const vy = b.y - a.y;
      const along = vx * dx + vy * dy;
      if (along <= 0) continue;
      const across = Math.abs(vx * dy - vy * dx);
      if (across > along * 1.8) continue;
      const score = along + across * 2;
      if (score < bestScore) {
        bestScore = score;
        best = el;
      }
    }
    return best;
  }

  function neighboursOf(svg: SVGSVGElement, key: string, el: Element | undefined): Element[] {
    const { soort, id } = toSelectie(key);
    const q = (sel: string) => $$(sel, svg) as Element[];
    if (soort === 'keuze') return q(`.regio[data-wet="${CSS.escape(el?.getAttribute('data-wet') ?? '')}"]`);
    if (soort === 'wet') return [...q(`.marker[data-wet="${CSS.escape(id)}"]`), ...q('.grens').filter((e) => (e.getAttribute('data-tussen') ?? '').split(' ').includes(id))];
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
    if (!el || !key) {
      panel.hidden = true;
      return;
    }
    fillPanel(key, el);
    panel.hidden = false;
  }

  /** Fills the panel with a copy of the matching list item (text from the page, not the URL). */
  function fillPanel(key: string, el: SVGAElement) {
    const source = document.getElementById(`lijst-${key.replace(/[:/]/g, '-')}`);
    const inhoud = $('[data-paneel-inhoud]');
    const link = $<HTMLAnchorElement>('[data-paneel-link]');
    inhoud.replaceChildren();
    $('[data-paneel-titel]').textContent = source?.querySelector('.sk-kaartlijst__titel, a')?.textContent ?? el.getAttribute('aria-label') ?? '';
    const para = (text: string | null) => {
      const p = document.createElement('p');
      p.textContent = text;
      inhoud.append(p);
    };
    if (key.startsWith('wet:')) {
      const p = document.getElementById(`lijst-${key.replace(/[:/]/g, '-')}-tekst`);
      if (p) inhoud.append(p.cloneNode(true));
      para(`${$$(`.marker[data-wet="${CSS.escape(key.slice(4))}"]`, v.svg).length} onderwerpen op de kaart.`);
    } else if (source) {
      const grade = source.querySelector('.sk-grade');
      if (grade) {
        const p = document.createElement('p');
        p.append(grade.cloneNode(true));
        inhoud.append(p);
      }
      source.querySelectorAll('.sk-kaartlijst__tekst, .sk-kaartlijst__wie').forEach((n) => para(n.textContent));
    }
    for (const c of inhoud.querySelectorAll('[id]')) c.removeAttribute('id');
    link.href = el.getAttribute('href') ?? '/kaart/';
    link.textContent = key.startsWith('keuze:') ? 'Lees de hele keuze' : key.startsWith('wet:') ? 'Naar de wet' : 'Naar de scheidslijn';
  }

  /**
   * In the other layers a marker shows a mark with a code; its accessible
   * name then starts with that code and says the category, so the name still
   * contains the visible text (WCAG 2.5.3).
   */
  const categoryLabel = (laag: string, id: string) => $(`[data-legenda="${CSS.escape(laag)}"] [data-categorie="${CSS.escape(id)}"]`)?.getAttribute('data-label') ?? id;
  function renderLayer() {
    for (const view of views) {
      view.svg.setAttribute('data-laag', state.laag);
      for (const m of view.items) {
        if (!m.classList.contains('marker')) continue;
        const base = m.getAttribute('data-naam') ?? m.getAttribute('aria-label') ?? '';
        m.setAttribute('data-naam', base);
        const code = m.querySelector(`.sym-${state.laag} text`)?.textContent;
        m.setAttribute('aria-label', state.laag === 'beleidsruimte' ? base : `${code} ${base}; ${categoryLabel(state.laag, m.getAttribute(`data-${state.laag}`) ?? '')}`);
      }
    }
    if (list) for (const s of $$('[data-laag-waarde]', list)) s.hidden = s.getAttribute('data-laag-waarde') !== state.laag;
    $$('[data-legenda]').forEach((el) => (el.hidden = el.getAttribute('data-legenda') !== state.laag));
    $$<HTMLInputElement>('input[name="laag"]').forEach((i) => (i.checked = i.value === state.laag));
  }

  function renderFilter() {
    for (const g of ['ruim', 'beperkt', 'geen'] as const) {
      for (const view of views) view.svg.classList.toggle(`verberg-${g}`, !state.filter.includes(g));
      list?.classList.toggle(`verberg-${g}`, !state.filter.includes(g));
    }
    const filterLine = document.querySelector<HTMLElement>('[data-lijst-filter]');
    if (filterLine) {
      filterLine.hidden = state.filter.length === 3;
      filterLine.textContent = `Deze lijst volgt de kaart: alleen beleidsruimte ${state.filter.join(', ')}.`;
    }
    $$<HTMLInputElement>('input[name="toon"]').forEach((i) => (i.checked = state.filter.includes(i.value as never)));
    if (current && !visible(current)) setTabStop(v.items.find(visible));
  }

  const threshold = () => (window.innerWidth >= 1024 ? 14 : 12);
  /** CSS px per kaart unit at zoom 1. */
  const baseScale = () => {
    const r = v.svg.getBoundingClientRect();
    return Math.min(r.width / v.W, r.height / v.H) || 1;
  };

  /** Semantic zoom: a crowded piece opens up once its labels render large enough. */
  function renderLod() {
    const scale = baseScale() * (state.zoom?.k ?? 1);
    // Zoomed in, markers wholly out of view leave the picture (and the accessibility tree) until they come back.
    const [bx, by, bw, bh] = viewBox() as [number, number, number, number];
    for (const m of $$('.marker', v.svg)) {
      const c = centre(m);
      const out = !!state.zoom && (c.x < bx - 10 || c.y < by - 10 || c.y > by + bh + 10 || c.x > bx + bw + 10);
      m.classList.toggle('buiten-beeld', out);
    }
    for (const vak of $$('.vak', v.svg)) {
      const open = Number(vak.getAttribute('data-lod')) * scale >= threshold() - 0.01;
      vak.classList.toggle('lod-open', open);
      for (const m of $$(`.marker[data-vak="${CSS.escape(vak.getAttribute('data-vak')!)}"]`, v.svg)) m.classList.toggle('lod-open', open);
    }
  }

  function viewBox(z = state.zoom): number[] {
    const { k, x: cx, y: cy } = z ?? { k: 1, x: v.W / 2, y: v.H / 2 };
    const w = v.W / k;
    const h = v.H / k;
    return [Math.max(0, Math.min(v.W - w, cx - w / 2)), Math.max(0, Math.min(v.H - h, cy - h / 2)), w, h];
  }

  function renderZoom(animate = false) {
    const target = viewBox();
    const set = (vb: number[]) => v.svg.setAttribute('viewBox', vb.map((n) => Math.round(n * 100) / 100).join(' '));
    v.svg.classList.toggle('is-ingezoomd', !!state.zoom);
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

  let committed = '';
  function commit() {
    const q = serializeState(state);
    if (q !== committed) history.replaceState(null, '', `${location.pathname}${q}`);
    committed = q;
    root.dispatchEvent(new CustomEvent('kaart:state', { detail: state }));
  }
  const announce = (text: string) => (status.textContent = text);

  /** Zooms to factor k (clamped) keeping point p (kaart units) where it is on screen; without p around the centre. */
  function zoomTo(k: number, p?: { x: number; y: number }, centreOn = false, animate = true) {
    const z = state.zoom ?? { k: 1, x: v.W / 2, y: v.H / 2 };
    const nk = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, k));
    // Keep p fixed: the visible box's centre moves towards p by the zoom ratio.
    const [bx, by, bw, bh] = viewBox(z);
    const cx = bx! + bw! / 2;
    const cy = by! + bh! / 2;
    const f = z.k / nk;
    const x = p ? (centreOn ? p.x : p.x + (cx - p.x) * f) : cx;
    const y = p ? (centreOn ? p.y : p.y + (cy - p.y) * f) : cy;
    const w = v.W / nk;
    const h = v.H / nk;
    state = { ...state, zoom: nk <= 1 ? undefined : { k: nk, x: Math.max(w / 2, Math.min(v.W - w / 2, x)), y: Math.max(h / 2, Math.min(v.H - h / 2, y)) } };
    renderZoom(animate);
    commit();
    announce(nk <= 1 ? 'Hele kaart' : `Zoom ${Math.round(nk * 100)} procent`);
  }
  const zoomBy = (factor: number, p?: { x: number; y: number }, centreOn = false) => zoomTo((state.zoom?.k ?? 1) * factor, p, centreOn);

  /** Zoom so that an item in a crowded piece is readable, centred on it. */
  function openUp(el: Element) {
    const vak = el.closest('.vak') ?? (el.getAttribute('data-vak') ? v.svg.querySelector(`.vak[data-vak="${CSS.escape(el.getAttribute('data-vak')!)}"]`) : null);
    if (!vak || vak.classList.contains('lod-open')) return;
    const need = threshold() / (Number(vak.getAttribute('data-lod')) * baseScale());
    const [x, y, w, h] = vak.getAttribute('data-rect')!.split(' ').map(Number) as [number, number, number, number];
    const p = el.classList.contains('marker') ? centre(el) : { x: x + w / 2, y: y + h / 2 };
    zoomTo(Math.ceil(need * 20) / 20, p, true);
  }

  function choose(el: SVGAElement, focusPanel: boolean) {
    if (keyOf(el).startsWith('vak:')) return openUp(el);
    state = { ...state, selectie: toSelectie(keyOf(el)) };
    setTabStop(el);
    renderSelection();
    openUp(el);
    commit();
    announce(`Geselecteerd: ${$('[data-paneel-titel]').textContent}`);
    if (focusPanel) panel.focus();
    else panel.scrollIntoView({ block: 'nearest' });
  }

  function closePanel() {
    const back = state.selectie ? v.byKey.get(selKey(state.selectie)!) : current;
    state = { ...state, selectie: undefined };
    renderSelection();
    commit();
    announce('Uitleg gesloten');
    (back ?? current)?.focus();
  }

  function pan(dx: number, dy: number) {
    const z = state.zoom;
    if (!z) return;
    const [bx, by, bw, bh] = viewBox(z);
    zoomTo(z.k, { x: bx! + bw! / 2 + dx * bw! * 0.25, y: by! + bh! / 2 + dy * bh! * 0.25 }, true);
  }

  /** A screen point in kaart units of the current view. */
  function toKaart(clientX: number, clientY: number) {
    // From the target view box, not the screen matrix: right even while a zoom animates.
    const r = v.svg.getBoundingClientRect();
    const [bx, by, bw, bh] = viewBox() as [number, number, number, number];
    const scale = Math.min(r.width / bw, r.height / bh);
    const ox = r.left + (r.width - bw * scale) / 2;
    const oy = r.top + (r.height - bh * scale) / 2;
    return { x: bx + (clientX - ox) / scale, y: by + (clientY - oy) / scale };
  }

  // Pointer: click/tap selects; double-click zooms in at the pointer.
  let dragged = false;
  for (const view of views) {
    const svg = view.svg;
    svg.addEventListener('click', (event) => {
      const el = (event.target as Element).closest<SVGAElement>('a.kaart-item') ?? (event.target as Element).closest('.vak')?.querySelector<SVGAElement>('a.kaart-item');
      if (!el) return;
      event.preventDefault();
      if (dragged) return;
      choose(el, false);
    });
    svg.addEventListener('dblclick', (event) => {
      event.preventDefault();
      zoomBy(2, toKaart(event.clientX, event.clientY));
    });

    // Wheel: Ctrl/⌘ + wheel (and a trackpad pinch) always zooms; a plain wheel zooms only once zoomed in,
    // and at the limits it lets the page scroll, so the kaart never traps the page.
    svg.addEventListener(
      'wheel',
      (event) => {
        const k = state.zoom?.k ?? 1;
        const zoomIn = event.deltaY < 0;
        if (!(event.ctrlKey || event.metaKey) && (k <= 1 || (zoomIn && k >= ZOOM_MAX))) {
          if (k <= 1) hint();
          return;
        }
        event.preventDefault();
        zoomTo(k * Math.exp(-Math.max(-100, Math.min(100, event.deltaY)) * 0.005), toKaart(event.clientX, event.clientY), false, false);
      },
      { passive: false },
    );

    // Touch and pen: one pointer drags (when zoomed in), two pinch.
    const pointers = new Map<number, { x: number; y: number }>();
    let start: { d: number; k: number; mid: { x: number; y: number }; p: { x: number; y: number } } | undefined;
    const midOf = () => {
      const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      return { d: Math.hypot(a.x - b.x, a.y - b.y) || 1, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
    };
    svg.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      dragged = false;
      if (pointers.size === 2) {
        const m = midOf();
        start = { d: m.d, k: state.zoom?.k ?? 1, mid: m.mid, p: toKaart(m.mid.x, m.mid.y) };
      } else if (pointers.size === 1) start = { d: 1, k: state.zoom?.k ?? 1, mid: { x: e.clientX, y: e.clientY }, p: toKaart(e.clientX, e.clientY) };
    });
    svg.addEventListener('pointermove', (e) => {
      if (!pointers.has(e.pointerId) || !start) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pointers.size === 2) {
        const m = midOf();
        dragged = true;
        zoomTo(start.k * (m.d / start.d), start.p, false, false);
        // Keep the pinched point under the fingers' midpoint.
        const now = toKaart(m.mid.x, m.mid.y);
        if (state.zoom) zoomTo(state.zoom.k, { x: state.zoom.x + start.p.x - now.x, y: state.zoom.y + start.p.y - now.y }, true, false);
      } else if (pointers.size === 1 && state.zoom) {
        const d = Math.hypot(e.clientX - start.mid.x, e.clientY - start.mid.y);
        if (d < 6 && !dragged) return;
        dragged = true;
        const now = toKaart(e.clientX, e.clientY);
        zoomTo(state.zoom.k, { x: state.zoom.x + start.p.x - now.x, y: state.zoom.y + start.p.y - now.y }, true, false);
      }
    });
    const end = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      if (pointers.size < 2) start = pointers.size ? { d: 1, k: state.zoom?.k ?? 1, mid: [...pointers.values()][0]!, p: toKaart([...pointers.values()][0]!.x, [...pointers.values()][0]!.y) } : undefined;
      // The click that ends a drag does not select.
      if (dragged) setTimeout(() => (dragged = false), 0);
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);

    // Keyboard inside the kaart.
    svg.addEventListener('keydown', (event) => {
      const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
      if (!el) return;
      const dirs: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      const dir = dirs[event.key];
      const go = (next?: SVGAElement) => {
        if (!next) return;
        setTabStop(next);
        next.focus();
      };
      if (dir && event.shiftKey) {
        event.preventDefault();
        pan(dir[0], dir[1]);
      } else if (dir) {
        event.preventDefault();
        go(neighbour(el, dir[0], dir[1]));
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        const vis = v.items.filter(visible);
        go(event.key === 'Home' ? vis[0] : vis[vis.length - 1]);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(el, !keyOf(el).startsWith('vak:'));
      } else if (event.key === 'Escape' && !panel.hidden) {
        event.preventDefault();
        closePanel();
      }
    });
    svg.addEventListener('focusin', (event) => {
      const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
      if (el) setTabStop(el);
    });
  }

  const hintEl = $('[data-zoomhint]');
  let hintTimer = 0;
  function hint() {
    hintEl.hidden = false;
    clearTimeout(hintTimer);
    hintTimer = window.setTimeout(() => (hintEl.hidden = true), 2500);
  }

  // Keys anywhere in the kaart block: zoom (on the selection or the focused item).
  root.addEventListener('keydown', (event) => {
    if ((event.target as Element).closest('input, button')) return;
    const focus = (state.selectie && v.byKey.get(selKey(state.selectie)!)) || current;
    if (event.key === '+' || event.key === '=') zoomBy(1.5, focus ? centre(focus) : undefined, true);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.5);
    else if (event.key === '0') zoomTo(1);
    else if (event.key === 'Escape' && !panel.hidden) closePanel();
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
      else if (a === 'passend') zoomTo(1);
      else pan(a === 'links' ? -1 : a === 'rechts' ? 1 : 0, a === 'omhoog' ? -1 : a === 'omlaag' ? 1 : 0);
    }),
  );

  // Share: copy the address of this view; where the clipboard is not allowed, show the link to copy by hand.
  const deelStatus = $('[data-deel-status]');
  const deelUrl = $<HTMLInputElement>('[data-deel-url]');
  $('[data-deel]').addEventListener('click', async () => {
    const url = location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      deelUrl.hidden = true;
      deelStatus.textContent = 'De link naar deze weergave is gekopieerd.';
    } catch {
      deelUrl.value = url;
      deelUrl.hidden = false;
      deelUrl.focus();
      deelUrl.select();
      deelStatus.textContent = 'Kopiëren mocht hier niet. Kopieer de link hieronder zelf (Ctrl+C of ⌘C).';
    }
  });

  // Full screen, for projecting in a werksessie. Escape leaves it (the browser does that itself).
  const volledig = $<HTMLButtonElement>('[data-volledig]');
  if (!document.fullscreenEnabled) volledig.hidden = true;
  volledig.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.requestFullscreen().catch(() => announce('Volledig scherm is hier niet beschikbaar'));
  });
  document.addEventListener('fullscreenchange', () => {
    const on = document.fullscreenElement === root;
    volledig.setAttribute('aria-pressed', String(on));
    volledig.textContent = on ? 'Volledig scherm sluiten' : 'Volledig scherm';
    requestAnimationFrame(() => renderLod());
  });

  // Hooks for tours and overlays.
  root.addEventListener('kaart:uitlichten', (e) => {
    const keys = new Set(((e as CustomEvent).detail?.items ?? []) as string[]);
    for (const view of views) for (const it of view.items) (it.classList.contains('regio-link') ? it.parentElement! : it).classList.toggle('is-uitgelicht', keys.has(keyOf(it)));
  });
  root.addEventListener('kaart:zoom', (e) => {
    const el = v.byKey.get(String((e as CustomEvent).detail?.item ?? ''));
    if (el) zoomTo(Math.max(2, state.zoom?.k ?? 1), centre(el), true);
    else zoomTo(1);
  });

  // The other layout when the screen turns or the window changes: zoom starts over.
  wide.addEventListener('change', () => {
    v = pick();
    state = { ...state, zoom: undefined };
    renderZoom();
    commit();
  });
  new ResizeObserver(() => renderLod()).observe(root);

  // Restore the state from the URL.
  if (state.zoom && (state.zoom.x > v.W || state.zoom.y > v.H)) state = { ...state, zoom: undefined };
  renderLayer();
  renderFilter();
  renderZoom();
  const restored = state.selectie ? v.byKey.get(selKey(state.selectie)!) : undefined;
  setTabStop(restored ?? v.items.find((el) => el.classList.contains('regio-link')) ?? v.items[0]);
  renderSelection();
  if (restored && !state.zoom) openUp(restored);
  committed = serializeState(state);
}

const kaartRoot = document.querySelector<HTMLElement>('[data-kaart]');
if (kaartRoot?.querySelector('svg.sk-kaart__svg')) init(kaartRoot);
