/**
 * The layer and the filter by grade. The layer sets the markers' codes and accessible names, the list's values and
 * the legend; the filter hides markers, and the list below and the counts of full pieces follow it. The texts are
 * made in src/lib/kaart/labels.ts.
 */
import { categorieTekst, markerNaam, tellingLabel, tellingRegels, tellingTekst } from '../../lib/kaart/labels.ts';
import { BELEIDSRUIMTE } from '../../lib/content/constants.ts';
import type { KaartState } from '../../lib/kaart/state.ts';
import { keepFocus } from './focus.ts';
import { $$, announce, commit, type KaartSessie } from './sessie.ts';

const toont = (s: KaartSessie, grade: string | null | undefined) => s.state.filter.includes(grade as never);

/** "<layer name>: <category>" as the page's layer control and legend say it. */
function categorie(root: HTMLElement, laag: string, id: string) {
  const laagNaam = root.querySelector(`input[name="laag"][value="${CSS.escape(laag)}"]`)?.parentElement?.textContent?.trim() ?? laag;
  const uitleg = root.querySelector(`[data-legenda="${CSS.escape(laag)}"] [data-categorie="${CSS.escape(id)}"]`)?.getAttribute('data-label') ?? id;
  return categorieTekst(laagNaam, uitleg);
}

export function renderLayer(s: KaartSessie) {
  const { laag } = s.state;
  for (const view of s.views) {
    view.svg.setAttribute('data-laag', laag);
    for (const m of view.items) {
      if (!m.classList.contains('marker')) continue;
      const naam = m.getAttribute('data-naam') ?? m.getAttribute('aria-label') ?? '';
      m.setAttribute('data-naam', naam);
      const code = m.querySelector(`.sym-${laag} text`)?.textContent;
      m.setAttribute('aria-label', markerNaam(naam, laag, code, categorie(s.root, laag, m.getAttribute(`data-${laag}`) ?? '')));
    }
  }
  if (s.list) for (const el of $$('[data-laag-waarde]', s.list)) el.hidden = el.getAttribute('data-laag-waarde') !== laag;
  $$('[data-legenda]', s.root).forEach((el) => (el.hidden = el.getAttribute('data-legenda') !== laag));
  $$<HTMLInputElement>('input[name="laag"]', s.root).forEach((i) => (i.checked = i.value === laag));
}

/** A full piece's number, name and per-grade lines for the grades shown (the texts it was built with are kept in data-). */
function renderCount(s: KaartSessie, svg: SVGSVGElement, vak: Element) {
  const markers = $$(`.marker[data-vak="${CSS.escape(vak.getAttribute('data-vak')!)}"]`, svg);
  const n = markers.filter((m) => toont(s, m.getAttribute('data-beleidsruimte'))).length;
  vak.classList.toggle('is-leeg', n === 0);
  const link = vak.querySelector('a.vak-link')!;
  const totaal = link.querySelector('text')!;
  const orig = totaal.getAttribute('data-tekst') ?? totaal.textContent ?? '';
  totaal.setAttribute('data-tekst', orig);
  totaal.textContent = tellingTekst(orig, n);
  const label = link.getAttribute('data-label') ?? link.getAttribute('aria-label') ?? '';
  link.setAttribute('data-label', label);
  link.setAttribute('aria-label', tellingLabel(label, n, s.state.filter));
  // The per-grade lines: the hidden grades leave, the others move up into their places.
  const lines = $$<SVGTextElement>('g[aria-hidden] > text', vak);
  const syms = $$<SVGGElement>('g[aria-hidden] > g[class^="sym-"]', vak);
  const ys = lines.map((t) => Number(t.getAttribute('data-y') ?? t.getAttribute('y')));
  const regels = tellingRegels(ys, lines.map((_, i) => syms[i]?.getAttribute('class')?.slice(4)), s.state.filter);
  lines.forEach((t, i) => {
    const { toon, y } = regels[i]!;
    const sym = syms[i];
    t.setAttribute('data-y', String(ys[i]));
    t.style.display = toon ? '' : 'none';
    if (sym) sym.style.display = toon ? '' : 'none';
    if (!toon) return;
    t.setAttribute('y', String(y));
    if (sym) {
      const t0 = sym.getAttribute('data-transform') ?? sym.getAttribute('transform') ?? '';
      sym.setAttribute('data-transform', t0);
      sym.setAttribute('transform', y !== ys[i] ? `translate(0 ${y - ys[i]!}) ${t0}` : t0);
    }
  });
}

export function renderFilter(s: KaartSessie) {
  for (const g of BELEIDSRUIMTE) {
    for (const view of s.views) view.svg.classList.toggle(`verberg-${g}`, !toont(s, g));
    s.list?.classList.toggle(`verberg-${g}`, !toont(s, g));
  }
  const filterLine = document.querySelector<HTMLElement>('[data-lijst-filter]');
  if (filterLine) {
    filterLine.hidden = s.state.filter.length === BELEIDSRUIMTE.length;
    filterLine.textContent = `Deze lijst volgt de kaart: alleen beleidsruimte ${s.state.filter.join(', ')}.`;
  }
  $$<HTMLInputElement>('input[name="toon"]', s.root).forEach((i) => (i.checked = toont(s, i.value)));
  for (const view of s.views) for (const vak of $$('.vak', view.svg)) renderCount(s, view.svg, vak);
  keepFocus(s);
}

/** The layer and filter controls. At least one grade stays visible. */
export function filterKnoppen(s: KaartSessie) {
  $$<HTMLInputElement>('input[name="laag"]', s.root).forEach((input) =>
    input.addEventListener('change', () => {
      s.state = { ...s.state, laag: input.value as KaartState['laag'] };
      renderLayer(s);
      commit(s);
      announce(s, `Laag: ${input.parentElement?.textContent?.trim() ?? input.value}`);
    }),
  );
  $$<HTMLInputElement>('input[name="toon"]', s.root).forEach((input) =>
    input.addEventListener('change', () => {
      const filter = $$<HTMLInputElement>('input[name="toon"]:checked', s.root).map((i) => i.value) as KaartState['filter'];
      if (!filter.length) {
        input.checked = true;
        return;
      }
      s.state = { ...s.state, filter };
      renderFilter(s);
      commit(s);
      announce(s, `${s.v.items.filter((i) => i.classList.contains('marker') && toont(s, i.getAttribute('data-beleidsruimte'))).length} onderwerpen zichtbaar`);
    }),
  );
}
