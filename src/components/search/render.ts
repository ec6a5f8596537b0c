/** Small DOM helpers shared by the header search and the /zoeken/ page. */
import type { Outcome } from './engine.ts';
import type { Hit, ResultType } from '../../lib/search/rank.ts';
import { searchedText } from '../../lib/search/query.ts';
import { gradeSymbol } from '../../lib/symbols.ts';
import type { Beleidsruimte } from '../../lib/content/schema.ts';
import { el } from '../dom.ts';

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

const quote = (s: string) => `‘${s}’`;
const list = (items: string[]) => items.map(quote).join(', ');

/**
 * What was searched, when it differs from what was typed: question words left
 * out, words corrected or split, and whether the results hold every word.
 * Empty when the query was searched as typed.
 */
export function explanation(o: Outcome): string {
  const p = o.prepared;
  const parts: string[] = [];
  const searched = searchedText(p);
  if (searched && (p.dropped.length || p.repairs.length || p.weak.length || p.plaats)) parts.push(`Gezocht op ${quote(searched)}.`);
  if (p.dropped.length) parts.push(`Weggelaten: ${list(p.dropped)}.`);
  if (p.weak.length) parts.push(`Licht meegeteld: ${list(p.weak)}.`);
  for (const r of p.repairs) {
    if (r.kind === 'corrected') parts.push(`${quote(r.word)} gelezen als ${quote(r.to)}.`);
    else if (r.kind === 'split') parts.push(`${quote(r.word)} gezocht als ${quote(r.parts.join(' '))}.`);
    else parts.push(`${quote(r.word)} staat niet letterlijk op de site.`);
  }
  if (p.terms.length > 1 && o.total > o.complete)
    parts.push(o.complete ? `${o.complete} met alle woorden, daarna resultaten met een deel ervan.` : `Geen resultaat bevat alle woorden; eerst de resultaten met de meeste.`);
  return parts.join(' ');
}

/** "Bedoelde u ‘…’?" with a link that searches the term, or undefined. */
export function suggestion(o: Outcome, className: string): HTMLParagraphElement | undefined {
  const term = o.prepared.suggestion;
  if (!term) return undefined;
  const p = el('p', className, 'Bedoelde u ');
  const a = el('a', 'nl-link', term);
  a.href = `/zoeken/?q=${encodeURIComponent(term)}`;
  p.append('‘', a, '’?');
  return p;
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
 * For a query that names a gemeente: the site has no information per gemeente; what a gemeente chose is in its own
 * regels (/lokale-regels/), and a gemeente can have its own editie of the site. Undefined for other queries.
 */
export function plaatsMelding(o: Outcome, className: string): HTMLParagraphElement | undefined {
  const plaats = o.prepared.plaats;
  if (!plaats) return undefined;
  const p = el('p', className);
  const regels = el('a', 'nl-link', 'Lokale regels opzoeken');
  regels.href = '/lokale-regels/';
  const editie = el('a', 'nl-link', 'een eigen gemeente-editie');
  editie.href = '/lokale-regels/#gemeente-editie';
  p.append(
    `Deze site heeft geen informatie per gemeente, ook niet over ${plaats}. Hij laat zien hoeveel ruimte de wet elke gemeente geeft. Wat ${plaats} koos, vindt u via `,
    regels,
    '. Een gemeente kan ook ',
    editie,
    ' van de staalkaart maken, met haar eigen keuzes erin.',
  );
  return p;
}
