/**
 * Gesture maths of the interactive kaart: wheel, pinch and drag. Pure (no DOM);
 * the client's pointer module feeds it screen points and applies the zoom it
 * returns (tests/unit/kaart-view.test.ts).
 */
import { baseScale, normalise, type Maat, type Punt, type Scherm, type Zoom } from './view.ts';
import { ZOOM_MAX } from './state.ts';

/**
 * What a wheel turn does. Ctrl/⌘ + wheel (and a trackpad pinch, which the browser sends as Ctrl + wheel) always
 * zooms; a plain wheel zooms only once zoomed in, and at the limits it scrolls the page, so the kaart never traps it.
 * 'hint': the page scrolls and the kaart says how to zoom.
 */
export function wheel(k: number, deltaY: number, ctrl: boolean): { doe: 'pagina' | 'hint' } | { doe: 'zoom'; k: number } {
  const zoomIn = deltaY < 0;
  if (!ctrl && k <= 1) return { doe: 'hint' };
  if (!ctrl && zoomIn && k >= ZOOM_MAX) return { doe: 'pagina' };
  return { doe: 'zoom', k: k * Math.exp(-Math.max(-100, Math.min(100, deltaY)) * 0.005) };
}

/**
 * The zoom at factor k that puts kaart point p under the screen point `at` (a pinch keeps the pinched point under
 * the fingers; a drag keeps the grabbed point under the pointer). At the kaart's edges the box stays inside.
 */
export function anchor(m: Maat, frame: Scherm, k: number, p: Punt, at: Punt): Zoom | undefined {
  const s = baseScale(frame, m) * k;
  // With "meet", the drawn box is centred in the frame; its offset does not depend on k.
  const ox = frame.left + (frame.width - (m.W / k) * s) / 2;
  const oy = frame.top + (frame.height - (m.H / k) * s) / 2;
  const bx = p.x - (at.x - ox) / s;
  const by = p.y - (at.y - oy) / s;
  return normalise(m, k, bx + m.W / k / 2, by + m.H / k / 2);
}

/** Distance and midpoint of two pointers. */
export function pinchOf(a: Punt, b: Punt): { d: number; mid: Punt } {
  return { d: Math.hypot(a.x - b.x, a.y - b.y) || 1, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
}

/** A pointer that moved less than this (CSS px) is a tap, not a drag. */
export const DRAG_SLOP = 6;
export const isDrag = (from: Punt, to: Punt) => Math.hypot(to.x - from.x, to.y - from.y) >= DRAG_SLOP;
