/** Small DOM helpers shared by the header search and the /zoeken/ page. */
import type { Hit, ResultType } from './engine.ts';

export const typeLabel: Record<ResultType, string> = {
  wet: 'Wet',
  keuze: 'Keuze',
  scheidslijn: 'Scheidslijn',
  casus: 'Casus',
  begrip: 'Begrip',
  vraag: 'Vraag voor de raad',
  pagina: 'Pagina',
};

/** "Keuze · Wmo · beleidsruimte ruim": what kind of result, in which wet ("Wet · Wlz" for a wet itself). */
export function hitMeta(hit: Hit): string {
  const parts = [typeLabel[hit.type]];
  if (hit.wetten.length) parts.push(hit.wetten.join(', '));
  if (hit.beleidsruimte) parts.push(`beleidsruimte ${hit.beleidsruimte}`);
  return parts.join(' · ');
}

/** Creates an element with a class and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The excerpt as a paragraph; Pagefind escapes it and adds only <mark>. */
export function excerpt(hit: Hit, className: string): HTMLParagraphElement {
  const p = el('p', className);
  p.innerHTML = hit.excerpt;
  return p;
}

export const resultaten = (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`);

/**
 * A polite live region that speaks only when the typing pauses: the result
 * count is announced once per query, not once per keystroke.
 */
export function announcer(region: HTMLElement, delay = 600): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    clearTimeout(timer);
    timer = setTimeout(() => (region.textContent = text), delay);
  };
}
