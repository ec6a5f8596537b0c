/**
 * The kaart's keyboard. On an item: arrows to the nearest visible item that way (src/lib/kaart/buren.ts),
 * Shift + arrows pan, Home / End, Enter / Space choose. Anywhere in the kaart block: Escape closes the panel (also
 * from its own buttons); outside fields + / - zoom and 0 shows the whole kaart. What each key means is in
 * src/lib/kaart/toetsen.ts.
 */
import { neighbour, readingOrder } from '../../lib/kaart/buren.ts';
import { itemToets, zoomToets, ZOOM_STAP } from '../../lib/kaart/toetsen.ts';
import { centre, kandidaten, plek } from './beeld.ts';
import { focusOn } from './focus.ts';
import { choose, closePanel, gekozen } from './selectie.ts';
import { panBy, setZoom, zoomBy } from './zoom.ts';
import { keyOf, type KaartSessie, type View } from './sessie.ts';

/** Keys on a focused item of one view. */
export function itemToetsen(s: KaartSessie, view: View) {
  view.svg.addEventListener('keydown', (event) => {
    const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
    const actie = el && itemToets(event.key, event.shiftKey);
    if (!el || !actie) return;
    event.preventDefault();
    if (actie.doe === 'pan') panBy(s, actie.dx, actie.dy);
    else if (actie.doe === 'buur') focusOn(s, neighbour(plek(s, el) ?? centre(s, el), kandidaten(s), actie.dx, actie.dy, el));
    else if (actie.doe === 'kies') choose(s, el, !keyOf(el).startsWith('vak:'));
    else {
      const vis = readingOrder(kandidaten(s));
      focusOn(s, actie.doe === 'eerste' ? vis[0] : vis[vis.length - 1]);
    }
  });
}

/** Keys anywhere in the kaart block. */
export function blokToetsen(s: KaartSessie) {
  s.root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && s.paneel.open) {
      event.preventDefault();
      closePanel(s);
      return;
    }
    if ((event.target as Element).closest('input, button, select, textarea')) return;
    const actie = zoomToets(event.key);
    const focus = gekozen(s) || s.current;
    if (actie?.doe === 'in') zoomBy(s, ZOOM_STAP, focus ? centre(s, focus) : undefined, true);
    else if (actie?.doe === 'uit') zoomBy(s, 1 / ZOOM_STAP);
    else if (actie?.doe === 'passend') setZoom(s, undefined);
  });
}
