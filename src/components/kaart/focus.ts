/**
 * The kaart's roving tab stop: exactly one item has tabindex 0, and it is always a visible one. When zoom, pan,
 * the filter or a layout change takes it out of the picture, the nearest visible item takes its place (and the
 * focus, if the kaart had it).
 */
import { opvolger } from '../../lib/kaart/buren.ts';
import { midden } from '../../lib/kaart/view.ts';
import { centre, kandidaten } from './beeld.ts';
import { box, keyOf, type KaartSessie, type View } from './sessie.ts';

export function setTabStop(s: KaartSessie, el: SVGAElement | undefined) {
  for (const view of s.views) for (const it of view.items) it.setAttribute('tabindex', it === el ? '0' : '-1');
  s.current = el;
}

export function focusOn(s: KaartSessie, el: SVGAElement | undefined) {
  if (!el) return;
  setTabStop(s, el);
  el.focus({ preventScroll: true });
}

/**
 * The tab stop stays on a visible item. When zoom, pan, the filter or a layout change takes the current one out
 * of the picture, the nearest visible item (in the same full piece first) takes its place, and keeps the focus
 * if the kaart had it.
 */
export function keepFocus(s: KaartSessie) {
  const cands = kandidaten(s);
  const old = s.current;
  if (old && cands.some((c) => c.item === old)) return;
  const from = old && s.v.items.includes(old) ? centre(s, old) : midden(box(s));
  const vak = old && keyOf(old).startsWith('vak:') ? keyOf(old).slice(4) : old?.getAttribute('data-vak');
  const next = opvolger(from, cands, (el) => !!vak && el.getAttribute('data-vak') === vak);
  const active = document.activeElement;
  const hadFocus = !!old && (active === old || (s.kaartFocus && (active === document.body || !active)));
  if (hadFocus) focusOn(s, next);
  else setTabStop(s, next);
}

/** Follows the focus in a view: the item focused becomes the tab stop; focus that goes elsewhere leaves the kaart. */
export function volgFocus(s: KaartSessie, view: View) {
  view.svg.addEventListener('focusin', (event) => {
    s.kaartFocus = true;
    const el = (event.target as Element).closest<SVGAElement>('a.kaart-item');
    if (el) setTabStop(s, el);
  });
  view.svg.addEventListener('focusout', (event) => {
    // Focus lost to nothing (its item vanished) is kept by keepFocus.
    const to = event.relatedTarget as Node | null;
    if (to && !view.svg.contains(to)) s.kaartFocus = false;
  });
}
