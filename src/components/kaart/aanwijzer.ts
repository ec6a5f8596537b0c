/**
 * Pointer input on the kaart: click or tap selects, double-click zooms in at
 * the pointer, Ctrl/⌘ + wheel (and a trackpad pinch) zooms, two fingers pinch,
 * one finger or the mouse drags once zoomed in. The maths is in
 * src/lib/kaart/gebaren.ts and view.ts; this module only listens.
 */
import { anchor, isDrag, pinchOf, wheel } from '../../lib/kaart/gebaren.ts';
import { toKaart, type Box, type Maat, type Punt, type Zoom } from '../../lib/kaart/view.ts';

export interface AanwijzerOpties {
  svg: SVGSVGElement;
  maat: () => Maat;
  /** The visible box the client is heading to (not the animated one). */
  box: () => Box;
  zoom: () => Zoom | undefined;
  /** Applies a zoom (no animation: it follows the fingers). */
  zet: (z: Zoom | undefined) => void;
  /** Double-click: zoom in by 2 at this kaart point. */
  dubbel: (p: Punt) => void;
  kies: (item: SVGAElement) => void;
  hint: () => void;
}

export function aanwijzer(o: AanwijzerOpties): void {
  const { svg } = o;
  const frame = () => svg.getBoundingClientRect();
  const punt = (x: number, y: number) => toKaart(frame(), o.box(), x, y);
  let dragged = false;

  svg.addEventListener('click', (event) => {
    const t = event.target as Element;
    const el = t.closest<SVGAElement>('a.kaart-item') ?? t.closest('.vak')?.querySelector<SVGAElement>('a.kaart-item');
    if (!el) return;
    event.preventDefault();
    if (!dragged) o.kies(el);
  });
  svg.addEventListener('dblclick', (event) => {
    event.preventDefault();
    o.dubbel(punt(event.clientX, event.clientY));
  });
  svg.addEventListener(
    'wheel',
    (event) => {
      const r = wheel(o.zoom()?.k ?? 1, event.deltaY, event.ctrlKey || event.metaKey);
      if (r.doe === 'hint') o.hint();
      if (r.doe !== 'zoom') return;
      event.preventDefault();
      o.zet(anchor(o.maat(), frame(), r.k, punt(event.clientX, event.clientY), { x: event.clientX, y: event.clientY }));
    },
    { passive: false },
  );

  // Touch and pen: one pointer drags (when zoomed in), two pinch.
  const pointers = new Map<number, Punt>();
  let start: { d: number; k: number; down: Punt; p: Punt } | undefined;
  const begin = () => {
    const ps = [...pointers.values()];
    if (ps.length === 2) {
      const m = pinchOf(ps[0]!, ps[1]!);
      start = { d: m.d, k: o.zoom()?.k ?? 1, down: m.mid, p: punt(m.mid.x, m.mid.y) };
    } else if (ps.length === 1) start = { d: 1, k: o.zoom()?.k ?? 1, down: ps[0]!, p: punt(ps[0]!.x, ps[0]!.y) };
    else start = undefined;
  };
  svg.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    dragged = false;
    begin();
  });
  svg.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId) || !start) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const ps = [...pointers.values()];
    if (ps.length === 2) {
      const m = pinchOf(ps[0]!, ps[1]!);
      dragged = true;
      o.zet(anchor(o.maat(), frame(), start.k * (m.d / start.d), start.p, m.mid));
    } else if (ps.length === 1 && o.zoom()) {
      if (!dragged && !isDrag(start.down, ps[0]!)) return;
      dragged = true;
      o.zet(anchor(o.maat(), frame(), o.zoom()!.k, start.p, ps[0]!));
    }
  });
  const end = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    begin();
    // The click that ends a drag does not select.
    if (dragged) setTimeout(() => (dragged = false), 0);
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
}
