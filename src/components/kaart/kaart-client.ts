/**
 * The kaart's behaviour in the browser: selection with a detail panel,
 * layers, a filter by grade, zoom and pan with buttons and keys, keyboard
 * navigation (one tab stop, arrow keys between items, Enter opens, Escape
 * closes) and the state in the URL. Imports single d3 modules only.
 *
 * Everything shown comes from the page itself (the SVG and the list under
 * it); nothing from the URL is ever inserted as markup.
 */
import { select, selectAll } from 'd3-selection';
import { parseState, serializeState, ZOOM_MAX, ZOOM_MIN, type KaartState, type Selectie } from '../../lib/kaart/state.ts';

const root = document.querySelector<HTMLElement>('[data-kaart]');
const svg = root?.querySelector<SVGSVGElement>('svg.sk-kaart__svg');

if (root && svg) init(root, svg);

function init(root: HTMLElement, svg: SVGSVGElement) {
  const [, , W, H] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const items = Array.from(svg.querySelectorAll<SVGAElement>('a.kaart-item'));
  const keyOf = (el: Element) => el.getAttribute('data-item')!;
  const byKey = new Map(items.map((el) => [keyOf(el), el]));
  const known = {
    keuzes: new Set(items.filter((el) => keyOf(el).startsWith('keuze:')).map((el) => keyOf(el).slice(6))),
    wetten: new Set(items.filter((el) => keyOf(el).startsWith('wet:')).map((el) => keyOf(el).slice(4))),
    grenzen: new Set(items.filter((el) => keyOf(el).startsWith('grens:')).map((el) => keyOf(el).slice(6))),
    width: W,
    height: H,
  };
  const panel = root.querySelector<HTMLElement>('[data-paneel]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  let state: KaartState = parseState(location.search, known);
  // A layer this build lacks ("Onze keuzes" exists only in a gemeente edition) falls back to the default.
  if (!root.querySelector(`input[name="laag"][value="${CSS.escape(state.laag)}"]`)) state = { ...state, laag: 'beleidsruimte' };
  // Keyboard: one tab stop into the kaart (roving tabindex).
  let current: SVGAElement | undefined = items.find((el) => el.classList.contains('regio-link')) ?? items[0];

  root.querySelector<HTMLElement>('[data-bediening]')!.hidden = false;
  root.querySelector<HTMLElement>('[data-uitleg-js]')!.hidden = false;
  root.querySelector<HTMLElement>('[data-uitleg-nojs]')!.hidden = true;

  const selKey = (s?: Selectie) => (s ? `${s.soort}:${s.id}` : undefined);
  const toSelectie = (key: string): Selectie => {
    const i = key.indexOf(':');
    return { soort: key.slice(0, i) as Selectie['soort'], id: key.slice(i + 1) };
  };

  const visible = (el: Element) => {
    const grade = el.getAttribute('data-beleidsruimte');
    return !grade || state.filter.includes(grade as never);
  };

  function centre(el: SVGGraphicsElement): { x: number; y: number } {
    if (el.classList.contains('marker')) {
      const t = el.querySelector('g[transform]')!.getAttribute('transform')!;
      const [x, y] = t.replace(/[^\d.\s-]/g, ' ').trim().split(/\s+/).map(Number) as [number, number];
      return { x, y };
    }
    const b = (el.querySelector('.regio-naam, .grens-lijn') as SVGGraphicsElement | null ?? el).getBBox();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }
  const centres = new Map(items.map((el) => [el, centre(el)]));

  function setTabStop(el: SVGAElement | undefined) {
    for (const it of items) it.setAttribute('tabindex', it === el ? '0' : '-1');
    current = el;
  }

  /** The nearest visible item in a direction (a cone of ±60° around it). */
  function neighbour(from: SVGAElement, dx: number, dy: number): SVGAElement | undefined {
    const a = centres.get(from)!;
    let best: SVGAElement | undefined;
    let bestScore = Infinity;
    for (const el of items) {
      if (el === from || !visible(el)) continue;
      const b = centres.get(el)!;
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

  function neighboursOf(key: string): Set<Element> {
    const out = new Set<Element>();
    const { soort, id } = toSelectie(key);
    if (soort === 'keuze') {
      const wet = byKey.get(key)?.getAttribute('data-wet');
      svg.querySelectorAll(`.regio[data-wet="${CSS.escape(wet ?? '')}"]`).forEach((e) => out.add(e));
    } else if (soort === 'wet') {
      svg.querySelectorAll(`.marker[data-wet="${CSS.escape(id)}"]`).forEach((e) => out.add(e));
      svg.querySelectorAll('.grens').forEach((e) => {
        if ((e.getAttribute('data-tussen') ?? '').split(' ').includes(id)) out.add(e);
      });
    } else {
      const tussen = (byKey.get(key)?.getAttribute('data-tussen') ?? '').split(' ');
      for (const w of tussen) svg.querySelectorAll(`.regio[data-wet="${CSS.escape(w)}"], .marker[data-wet="${CSS.escape(w)}"]`).forEach((e) => out.add(e));
    }
    return out;
  }

  function renderSelection() {
    const key = selKey(state.selectie);
    const el = key ? byKey.get(key) : undefined;
    selectAll<Element, unknown>('.sk-kaart__svg .is-geselecteerd, .sk-kaart__svg .is-buur').classed('is-geselecteerd', false).classed('is-buur', false);
    select(svg).classed('heeft-selectie', !!el);
    if (!el || !key) {
      panel.hidden = true;
      return;
    }
    const target = el.classList.contains('regio-link') ? el.parentElement! : el;
    target.classList.add('is-geselecteerd');
    for (const n of neighboursOf(key)) n.classList.add('is-buur');
    fillPanel(key, el);
    panel.hidden = false;
  }

  /** Fills the panel with a copy of the matching list item (text from the page, not the URL). */
  function fillPanel(key: string, el: SVGAElement) {
    const source = document.getElementById(`lijst-${key.replace(/[:/]/g, '-')}`);
    const titel = panel.querySelector<HTMLElement>('[data-paneel-titel]')!;
    const inhoud = panel.querySelector<HTMLElement>('[data-paneel-inhoud]')!;
    const link = panel.querySelector<HTMLAnchorElement>('[data-paneel-link]')!;
    inhoud.replaceChildren();
    const title = source?.querySelector('.sk-kaartlijst__titel, a')?.textContent ?? el.getAttribute('aria-label') ?? '';
    titel.textContent = title;
    if (key.startsWith('wet:')) {
      const p = document.getElementById(`lijst-${key.replace(/[:/]/g, '-')}-tekst`);
      if (p) inhoud.append(p.cloneNode(true));
      const n = svg.querySelectorAll(`.marker[data-wet="${CSS.escape(key.slice(4))}"]`).length;
      const extra = document.createElement('p');
      extra.textContent = `${n} onderwerpen op de kaart.`;
      inhoud.append(extra);
    } else if (source) {
      const grade = source.querySelector('.sk-grade');
      if (grade) {
        const p = document.createElement('p');
        p.append(grade.cloneNode(true));
        inhoud.append(p);
      }
      source.querySelectorAll('.sk-kaartlijst__tekst, .sk-kaartlijst__wie').forEach((n) => {
        const p = document.createElement('p');
        p.textContent = n.textContent;
        inhoud.append(p);
      });
    }
    for (const c of inhoud.querySelectorAll('[id]')) c.removeAttribute('id');
    link.href = el.getAttribute('href') ?? '/kaart/';
    link.textContent = key.startsWith('keuze:') ? 'Lees de hele keuze' : key.startsWith('wet:') ? 'Naar de wet' : 'Naar de scheidslijn';
  }

  /**
   * In the other layers a marker shows a letter before its label; its
   * accessible name then starts with that letter and says the category, so
   * the name still contains the visible text (WCAG 2.5.3).
   */
  const categoryLabel = (laag: string, id: string) =>
    root.querySelector(`[data-legenda="${CSS.escape(laag)}"] [data-categorie="${CSS.escape(id)}"]`)?.textContent?.trim() ?? id;
  function renderMarkerNames() {
    for (const m of items) {
      if (!m.classList.contains('marker')) continue;
      const base = m.getAttribute('data-naam') ?? m.getAttribute('aria-label') ?? '';
      m.setAttribute('data-naam', base);
      if (state.laag === 'beleidsruimte') m.setAttribute('aria-label', base);
      else {
        const letter = m.querySelector(`.sym-${state.laag} text`)?.textContent ?? '';
        m.setAttribute('aria-label', `${letter} ${base}; ${categoryLabel(state.laag, m.getAttribute(`data-${state.laag}`) ?? '')}`);
      }
    }
  }

  function renderLayer() {
    svg.setAttribute('data-laag', state.laag);
    renderMarkerNames();
    root.querySelectorAll<HTMLElement>('[data-legenda]').forEach((el) => {
      el.hidden = el.getAttribute('data-legenda') !== state.laag;
    });
    root.querySelectorAll<HTMLInputElement>('input[name="laag"]').forEach((i) => (i.checked = i.value === state.laag));
  }

  function renderFilter() {
    for (const g of ['ruim', 'beperkt', 'geen'] as const) svg.classList.toggle(`verberg-${g}`, !state.filter.includes(g));
    root.querySelectorAll<HTMLInputElement>('input[name="toon"]').forEach((i) => (i.checked = state.filter.includes(i.value as never)));
    if (current && !visible(current)) setTabStop(items.find(visible));
  }

  function renderZoom(animate = false) {
    const z = state.zoom ?? { k: 1, x: W / 2, y: H / 2 };
    const w = W / z.k;
    const h = H / z.k;
    const x = Math.max(0, Math.min(W - w, z.x - w / 2));
    const y = Math.max(0, Math.min(H - h, z.y - h / 2));
    const target = [x, y, w, h];
    if (!animate || reduceMotion.matches) {
      svg.setAttribute('viewBox', target.map((n) => Math.round(n * 100) / 100).join(' '));
      return;
    }
    const from = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const t0 = performance.now();
    const step = (t: number) => {
      const p = Math.min(1, (t - t0) / 200);
      svg.setAttribute('viewBox', from.map((f, i) => Math.round((f + (target[i]! - f) * p) * 100) / 100).join(' '));
      if (p < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  function commit() {
    history.replaceState(null, '', `${location.pathname}${serializeState(state)}`);
  }

  function announce(text: string) {
    status.textContent = text;
  }

  function choose(el: SVGAElement, focusPanel: boolean) {
    state = { ...state, selectie: toSelectie(keyOf(el)) };
    setTabStop(el);
    renderSelection();
    commit();
    announce(`Geselecteerd: ${panel.querySelector('[data-paneel-titel]')!.textContent}`);
    if (focusPanel) panel.focus();
    else panel.scrollIntoView({ block: 'nearest' });
  }

  function closePanel() {
    const back = state.selectie ? byKey.get(selKey(state.selectie)!) : current;
    state = { ...state, selectie: undefined };
    renderSelection();
    commit();
    announce('Uitleg gesloten');
    (back ?? current)?.focus();
  }

  function zoomBy(factor: number, centre?: { x: number; y: number }) {
    const z = state.zoom ?? { k: 1, x: W / 2, y: H / 2 };
    const k = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, z.k * factor));
    state = { ...state, zoom: k === 1 ? undefined : { k, x: centre?.x ?? z.x, y: centre?.y ?? z.y } };
    renderZoom(true);
    commit();
    announce(k === 1 ? 'Hele kaart' : `Zoom ${Math.round(k * 100)} procent`);
  }

  function pan(dx: number, dy: number) {
    const z = state.zoom;
    if (!z) return;
    const w = W / z.k;
    const h = H / z.k;
    const x = Math.max(w / 2, Math.min(W - w / 2, z.x + dx * w * 0.25));
    const y = Math.max(h / 2, Math.min(H - h / 2, z.y + dy * h * 0.25));
    state = { ...state, zoom: { k: z.k, x, y } };
    renderZoom(true);
    commit();
  }

  // Events: pointer.
  select(svg).on('click', (event: MouseEvent) => {
    const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
    if (!el) return;
    event.preventDefault();
    choose(el, false);
  });

  // Events: keyboard inside the kaart.
  select(svg).on('keydown', (event: KeyboardEvent) => {
    const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
    if (!el) return;
    const dirs: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const dir = dirs[event.key];
    if (dir && event.shiftKey) {
      event.preventDefault();
      pan(dir[0], dir[1]);
    } else if (dir) {
      event.preventDefault();
      const next = neighbour(el, dir[0], dir[1]);
      if (next) {
        setTabStop(next);
        next.focus();
      }
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const vis = items.filter(visible);
      const next = event.key === 'Home' ? vis[0] : vis[vis.length - 1];
      if (next) {
        setTabStop(next);
        next.focus();
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(el, true);
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      closePanel();
    }
  });
  select(svg).on('focusin', (event: FocusEvent) => {
    const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
    if (el) setTabStop(el);
  });

  // Keys anywhere in the kaart block: zoom.
  select(root).on('keydown.zoom', (event: KeyboardEvent) => {
    if ((event.target as Element).closest('input')) return;
    if (event.key === '+' || event.key === '=') zoomBy(1.5, current ? centres.get(current) : undefined);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.5);
    else if (event.key === '0') {
      state = { ...state, zoom: undefined };
      renderZoom(true);
      commit();
    } else if (event.key === 'Escape' && !panel.hidden) closePanel();
  });

  root.querySelector('[data-paneel-sluit]')!.addEventListener('click', closePanel);
  root.querySelectorAll<HTMLInputElement>('input[name="laag"]').forEach((input) =>
    input.addEventListener('change', () => {
      state = { ...state, laag: input.value as KaartState['laag'] };
      renderLayer();
      commit();
      announce(`Laag: ${input.parentElement?.textContent?.trim() ?? input.value}`);
    }),
  );
  root.querySelectorAll<HTMLInputElement>('input[name="toon"]').forEach((input) =>
    input.addEventListener('change', () => {
      const filter = Array.from(root.querySelectorAll<HTMLInputElement>('input[name="toon"]:checked')).map((i) => i.value) as KaartState['filter'];
      // At least one grade stays visible.
      if (!filter.length) {
        input.checked = true;
        return;
      }
      state = { ...state, filter };
      renderFilter();
      commit();
      announce(`${items.filter((i) => i.classList.contains('marker') && visible(i)).length} onderwerpen zichtbaar`);
    }),
  );
  root.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) =>
    b.addEventListener('click', () => {
      const a = b.getAttribute('data-zoom');
      if (a === 'in') zoomBy(1.5);
      else if (a === 'uit') zoomBy(1 / 1.5);
      else if (a === 'passend') {
        state = { ...state, zoom: undefined };
        renderZoom(true);
        commit();
      } else if (a === 'links') pan(-1, 0);
      else if (a === 'rechts') pan(1, 0);
      else if (a === 'omhoog') pan(0, -1);
      else if (a === 'omlaag') pan(0, 1);
    }),
  );

  // Full screen, for projecting in a werksessie. Escape leaves it (the browser does that itself).
  const volledig = root.querySelector<HTMLButtonElement>('[data-volledig]')!;
  if (!document.fullscreenEnabled) volledig.hidden = true;
  volledig.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.requestFullscreen().catch(() => announce('Volledig scherm is hier niet beschikbaar'));
  });
  document.addEventListener('fullscreenchange', () => {
    const on = document.fullscreenElement === root;
    volledig.setAttribute('aria-pressed', String(on));
    volledig.textContent = on ? 'Volledig scherm sluiten' : 'Volledig scherm';
  });

  // Restore the state from the URL.
  renderLayer();
  renderFilter();
  renderZoom();
  const restored = state.selectie ? byKey.get(selKey(state.selectie)!) : undefined;
  setTabStop(restored ?? current);
  renderSelection();
}
