/**
 * What only some queries show, in the header and on /zoeken/: what was searched (words left out, weak, corrected or
 * split; whether the results hold every word), "Bedoelde u …?" and the notice for a gemeente name. A chunk of its own,
 * loaded while a query that has any of these is searched (render.ts heeftUitleg), so a first search for one word typed
 * as it is does not download it (issue 24).
 */
import type { Outcome } from './engine.ts';
import { searchedText } from '../../lib/search/query.ts';
import { el } from './render.ts';

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
