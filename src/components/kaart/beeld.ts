/**
 * Where the kaart's items are and which of them a person can see: their boxes in kaart units (read once from the
 * SVG and cached per view), whether the filter or a folded full piece hides them, and whether they are in the
 * zoomed view. The keyboard and the tab stop reach only these items.
 */
import { clip, binnen, inBox, midden, translateVan, type Box, type Punt } from '../../lib/kaart/view.ts';
import type { Kandidaat } from '../../lib/kaart/buren.ts';
import { box, type KaartSessie } from './sessie.ts';

/** Where an item sits, in kaart units: a marker's symbol (a point), another item's box. */
export function boxOf(s: KaartSessie, el: Element): Box {
  let b = s.v.boxes.get(el);
  if (!b) {
    const p = el.classList.contains('marker') ? translateVan(el.querySelector('g[transform]')!.getAttribute('transform')!) : undefined;
    if (p) b = [p.x, p.y, 0, 0];
    else {
      const r = ((el.querySelector('.regio-naam, .scheidslijn-lijn, rect') as SVGGraphicsElement | null) ?? (el as SVGGraphicsElement)).getBBox();
      b = [r.x, r.y, r.width, r.height];
    }
    s.v.boxes.set(el, b);
  }
  return b;
}

export const centre = (s: KaartSessie, el: Element) => midden(boxOf(s, el));

/** Whether a marker with its name lies wholly in box b (before it has been drawn: its symbol). */
export function heelInBeeld(s: KaartSessie, m: Element, b: Box): boolean {
  let r = s.v.heel.get(m);
  if (!r) {
    const g = (m as SVGGraphicsElement).getBBox();
    if (!g.width) return inBox(centre(s, m), b);
    r = [g.x, g.y, g.width, g.height];
    s.v.heel.set(m, r);
  }
  return binnen(r, b);
}

/**
 * Shown at all: its grade passes the filter and nothing hides it. (Chromium's checkVisibility says true for an
 * SVG link inside a group with display: none, as a full piece's summary is once the piece opens; such a link
 * has no box, so its size tells.)
 */
function shown(s: KaartSessie, el: Element) {
  const grade = el.getAttribute('data-beleidsruimte');
  if (grade && !s.state.filter.includes(grade as never)) return false;
  if (!el.checkVisibility({ visibilityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** Where a shown item is in the current view (its visible part's centre), or undefined when it is outside. */
export function plek(s: KaartSessie, el: Element): Punt | undefined {
  const b = boxOf(s, el);
  if (el.classList.contains('marker')) return inBox(midden(b), box(s)) ? midden(b) : undefined;
  const c = clip(b, box(s));
  return c && midden(c);
}

/** The items the keyboard can reach now: shown and in view. */
export function kandidaten(s: KaartSessie): Kandidaat<SVGAElement>[] {
  const out: Kandidaat<SVGAElement>[] = [];
  for (const el of s.v.items) {
    if (!shown(s, el)) continue;
    const p = plek(s, el);
    if (p) out.push({ item: el, p });
  }
  return out;
}

export const bereikbaar = (s: KaartSessie, el: SVGAElement | undefined) => !!el && kandidaten(s).some((c) => c.item === el);

/** The full piece an item belongs to (a piece's own summary link, or a marker's `data-vak`), in the view shown. */
export const vakVan = (s: KaartSessie, el: Element) =>
  el.closest('.vak') ?? (el.getAttribute('data-vak') ? s.v.svg.querySelector(`.vak[data-vak="${CSS.escape(el.getAttribute('data-vak')!)}"]`) : null);
