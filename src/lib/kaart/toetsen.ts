/**
 * The kaart's keys and zoom buttons, as actions. Pure (no DOM): the client's keyboard module asks what a key does
 * and carries it out (tests/unit/kaart-toetsen.test.ts).
 *
 * On a kaart item: arrow → the nearest visible item that way, Shift + arrow → pan, Home / End → first / last
 * visible item, Enter / Space → choose. Anywhere in the kaart block outside a field: + / = zoom in, - / _ zoom out,
 * 0 the whole kaart.
 */
export type Richting = { dx: number; dy: number };
export type ItemActie = ({ doe: 'buur' } & Richting) | ({ doe: 'pan' } & Richting) | { doe: 'eerste' | 'laatste' | 'kies' };
export type ZoomActie = { doe: 'in' | 'uit' | 'passend' } | ({ doe: 'pan' } & Richting);

/** One zoom step of the keys and buttons. */
export const ZOOM_STAP = 1.5;

const PIJLEN: Record<string, Richting> = { ArrowRight: { dx: 1, dy: 0 }, ArrowLeft: { dx: -1, dy: 0 }, ArrowUp: { dx: 0, dy: -1 }, ArrowDown: { dx: 0, dy: 1 } };

/** What a key does on a focused kaart item (undefined: nothing, the browser keeps it). */
export function itemToets(key: string, shift: boolean): ItemActie | undefined {
  const r = PIJLEN[key];
  if (r) return { doe: shift ? 'pan' : 'buur', ...r };
  if (key === 'Home') return { doe: 'eerste' };
  if (key === 'End') return { doe: 'laatste' };
  if (key === 'Enter' || key === ' ') return { doe: 'kies' };
  return undefined;
}

/** What a key does anywhere in the kaart block outside a field. */
export function zoomToets(key: string): ZoomActie | undefined {
  if (key === '+' || key === '=') return { doe: 'in' };
  if (key === '-' || key === '_') return { doe: 'uit' };
  if (key === '0') return { doe: 'passend' };
  return undefined;
}

const KNOP_PAN: Record<string, Richting> = { links: { dx: -1, dy: 0 }, rechts: { dx: 1, dy: 0 }, omhoog: { dx: 0, dy: -1 }, omlaag: { dx: 0, dy: 1 } };

/** What a zoom button (`data-zoom="in|uit|passend|links|rechts|omhoog|omlaag"`) does. */
export function zoomKnop(naam: string | null): ZoomActie {
  if (naam === 'in' || naam === 'uit' || naam === 'passend') return { doe: naam };
  return { doe: 'pan', ...(KNOP_PAN[naam ?? ''] ?? { dx: 0, dy: 0 }) };
}
