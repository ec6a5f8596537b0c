/**
 * Selecting an item: it and its neighbours are marked in both views, the detail panel (./paneel.ts) shows it, and
 * an item in a closed full piece is zoomed to. Closing the panel puts the focus back on the item.
 */
import { selectieSleutel, selectieVan } from '../../lib/kaart/state.ts';
import { bereikbaar } from './beeld.ts';
import { focusOn, setTabStop } from './focus.ts';
import { openUp } from './zoom.ts';
import { $$, announce, commit, keyOf, type KaartSessie } from './sessie.ts';

/** The items drawn as neighbours of a selection: a keuze's region, a wet's markers and scheidslijnen, a scheidslijn's two wetten. */
function neighboursOf(svg: SVGSVGElement, key: string, el: Element | undefined): Element[] {
  const { soort, id } = selectieVan(key);
  const q = (sel: string) => $$<Element>(sel, svg);
  const wet = (w: string) => CSS.escape(w);
  if (soort === 'keuze') return q(`.regio[data-wet="${wet(el?.getAttribute('data-wet') ?? '')}"]`);
  if (soort === 'wet') return [...q(`.marker[data-wet="${wet(id)}"]`), ...q('.scheidslijn').filter((e) => (e.getAttribute('data-tussen') ?? '').split(' ').includes(id))];
  const tussen = (el?.getAttribute('data-tussen') ?? '').split(' ');
  return tussen.flatMap((w) => q(`.regio[data-wet="${wet(w)}"], .marker[data-wet="${wet(w)}"]`));
}

/** The selected item in the view shown. */
export const gekozen = (s: KaartSessie) => (s.state.selectie ? s.v.byKey.get(selectieSleutel(s.state.selectie)!) : undefined);

export function renderSelection(s: KaartSessie) {
  const key = selectieSleutel(s.state.selectie);
  for (const view of s.views) {
    const el = key ? view.byKey.get(key) : undefined;
    $$('.is-geselecteerd, .is-buur', view.svg).forEach((e) => e.classList.remove('is-geselecteerd', 'is-buur'));
    view.svg.classList.toggle('heeft-selectie', !!el);
    if (!el || !key) continue;
    (el.classList.contains('regio-link') ? el.parentElement! : el).classList.add('is-geselecteerd');
    for (const n of neighboursOf(view.svg, key, el)) n.classList.add('is-buur');
  }
  const el = gekozen(s);
  if (!el || !key) s.paneel.verberg();
  else s.paneel.toon(key, el, s.v.svg);
}

/** Click, tap, Enter or Space on an item: a full piece's summary zooms in; anything else is selected. */
export function choose(s: KaartSessie, el: SVGAElement, focusPanel: boolean) {
  if (keyOf(el).startsWith('vak:')) return openUp(s, el);
  s.state = { ...s.state, selectie: selectieVan(keyOf(el)) };
  setTabStop(s, el);
  renderSelection(s);
  openUp(s, el);
  commit(s);
  announce(s, `Geselecteerd: ${s.paneel.titel()}`);
  if (focusPanel) s.paneel.el.focus();
  else s.paneel.el.scrollIntoView({ block: 'nearest' });
}

export function closePanel(s: KaartSessie) {
  const back = s.state.selectie ? gekozen(s) : s.current;
  s.state = { ...s.state, selectie: undefined };
  renderSelection(s);
  commit(s);
  announce(s, 'Uitleg gesloten');
  focusOn(s, bereikbaar(s, back) ? back : s.current);
}
