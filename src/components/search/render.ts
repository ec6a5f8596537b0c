/**
 * Small DOM helpers shared by the header search and the /zoeken/ page: what every first search shows. What only some
 * queries show (what was searched, "Bedoelde u …?", the gemeente notice) is in uitleg.ts, loaded when a query has it.
 */
import type { PreparedQuery } from '../../lib/search/query.ts';
import type { Hit, ResultType } from '../../lib/search/rank.ts';
import { gradeSymbol } from '../../lib/symbols.ts';
import type { Beleidsruimte } from '../../lib/content/schema.ts';

export const typeLabel: Record<ResultType, string> = {
  wet: 'Wet',
  keuze: 'Keuze',
  scheidslijn: 'Scheidslijn',
  casus: 'Casus',
  begrip: 'Begrip',
  feit: 'Feit',
  vraag: 'Vraag voor de raad',
  werksessie: 'Werksessie',
  pagina: 'Pagina',
};

/** "Keuze · Wmo · beleidsruimte ruim": what kind of result, in which wet ("Wet · Wlz" for a wet itself). */
export function hitMeta(hit: Hit): string {
  const parts = [typeLabel[hit.type]];
  if (hit.wetten.length) parts.push(hit.wetten.join(', '));
  if (hit.beleidsruimte) parts.push(`beleidsruimte ${hit.beleidsruimte}`);
  return parts.join(' · ');
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

/** The beleidsruimte of a keuze as a badge: symbol and text, never colour alone. */
export function gradeBadge(grade: string): HTMLSpanElement {
  const badge = el('span', `nl-data-badge sk-zoekgraad sk-zoekgraad--${grade}`);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '-8 -8 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.innerHTML = gradeSymbol(grade as Beleidsruimte, 6) ?? '';
  badge.append(svg, `Beleidsruimte: ${grade}`);
  return badge;
}

/** The answer shown with the first result when it is a keuze: its beleidsruimte and one-line summary. */
export function answer(hit: Hit, className: string): HTMLParagraphElement | undefined {
  if (hit.type !== 'keuze' || !hit.summary || !hit.beleidsruimte) return undefined;
  const p = el('p', className);
  p.append(gradeBadge(hit.beleidsruimte), ' ', hit.summary);
  return p;
}

/**
 * Creates an element with a class and children. The search's own copy of el() in ../dom.ts (the werkblad and the kaart
 * share that one): importing it made a file of its own, one more request for every first search (issue 24).
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...kids);
  return e;
}

/**
 * Whether a prepared query has something for uitleg.ts to show: words left out, weak or repaired, a suggestion, a
 * gemeente, or several terms (the results may hold only some of them). A one-word query typed as it is has not, and
 * its first search does not load uitleg.ts.
 */
export const heeftUitleg = (p: PreparedQuery): boolean =>
  !!(p.dropped.length || p.repairs.length || p.weak.length || p.plaats || p.suggestion || p.terms.length > 1);
