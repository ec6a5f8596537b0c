/**
 * Facts (content/feiten/): an amount, date, count or age written once and
 * used everywhere by id. This module is the one place where a reference to a
 * fact becomes text:
 *
 *  - in YAML text fields and MDX frontmatter: `{feit:abonnementstarief}`
 *  - in an MDX body: `<Feit id="abonnementstarief" />` (src/components/Feit.astro
 *    writes the same placeholder)
 *
 * Every page passes through `resolveFeitenInHtml` (src/middleware.ts), so a
 * fact is resolved at render time wherever it appears: running text gets the
 * value, and a fact marked `onzeker` gets a visible mark linking to its note on
 * /feiten/. Attributes, <title>, scripts and SVG get the plain value.
 * Plain-text consumers (search records, the Atom feed) use `resolveFeitenInText`.
 *
 * Pure TypeScript: no Astro, no DOM.
 */
import type { Feit } from './schema.ts';
import { escapeHtml } from '../escape.ts';
import { bedrag, formatDatum, getal } from '../format.ts';

/** `{feit:id}` in a text. */
export const FEIT_PLACEHOLDER = /\{feit:([^}\s]*)\}/g;
/** `<Feit id="…" />` in an MDX body. */
export const MDX_FEIT = /<Feit\s+id=(?:"([^"]*)"|'([^']*)')\s*\/?>/g;

/** The fields of a fact this module reads; `Feit` from the schema fits. */
export type FeitWaarde = Pick<Feit, 'label' | 'soort' | 'waarde' | 'eenheid' | 'weergave' | 'onzeker'>;
export type Feiten = ReadonlyMap<string, FeitWaarde>;

/** Where facts are explained: the anchor of a fact on /feiten/. */
export const feitUrl = (id: string) => `/feiten/#${id}`;

const NBSP = '\u00a0';

/** The value as written in running text: "€ 21,80 per maand", "1 januari 2026", "41", "23". */
export function formatFeit(f: FeitWaarde): string {
  if (f.weergave) return f.weergave;
  const w = f.waarde;
  let value: string;
  if (w instanceof Date) value = formatDatum(w);
  else if (typeof w === 'number')
    value = f.soort === 'bedrag' ? `€${NBSP}${bedrag(w)}` : f.soort === 'percentage' ? `${getal(w)}%` : getal(w);
  else value = w;
  return f.eenheid ? `${value} ${f.eenheid}` : value;
}

function lookup(id: string, feiten: Feiten): FeitWaarde {
  const f = feiten.get(id);
  if (!f) throw new Error(`onbekend feit "${id}": voeg content/feiten/${id}.yaml toe of verbeter de verwijzing`);
  return f;
}

/** The plain form, for text without markup: "€ 21,80 (onzeker)". */
export function feitTekst(id: string, feiten: Feiten): string {
  const f = lookup(id, feiten);
  return f.onzeker ? `${formatFeit(f)} (onzeker)` : formatFeit(f);
}


/**
 * The markup of a fact's value in running text. An onzeker fact is marked
 * with a class; its visible mark, "(onzeker)", is written by `feitMarkHtml`
 * after the sentence (see resolveFeitenInHtml), so it never splits a phrase
 * like "43 centrumgemeenten".
 */
export function feitHtml(id: string, feiten: Feiten): string {
  const f = lookup(id, feiten);
  const value = escapeHtml(formatFeit(f));
  return `<span class="sk-feit${f.onzeker ? ' sk-feit--onzeker' : ''}" data-feit="${id}">${value}</span>`;
}

/** The visible mark of an onzeker fact: "(onzeker)", linking to its note on /feiten/ and carrying it as a tooltip. */
export function feitMarkHtml(id: string, feiten: Feiten): string {
  const f = lookup(id, feiten);
  return `<a class="sk-feit__mark" data-feit-mark="${id}" href="${feitUrl(id)}" title="${escapeHtml(`Niet zeker: ${f.onzeker ?? ''}`)}">(onzeker)</a>`;
}

/** Replaces every `{feit:id}` in a plain text by the plain form of the fact. */
export function resolveFeitenInText(text: string, feiten: Feiten): string {
  return text.replace(FEIT_PLACEHOLDER, (_, id: string) => feitTekst(id, feiten));
}

/**
 * Elements whose content is not running text, and single tags (with their
 * attributes): a fact there is written plain, without markup.
 */
const RAW_OR_TAG = /<(script|style|title|textarea|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;

/** Tags that end a block of running text: an onzeker mark still waiting is written before them. */
const BLOCK_EINDE = /^<(?:\/(?:p|li|dd|dt|td|th|h[1-6]|figcaption|blockquote|div|section|article|caption|summary|label|button|option|nav|header|footer|main|aside|details|table|ul|ol|dl)\b|br\b|(?:p|li|dd|dt|div|h[1-6]|ul|ol|dl|table)\b)/i;
/** The end of a sentence or clause in running text: the mark goes just before it. Not the dot in 1.419,46. */
const ZINSEINDE = /[.!?;](?=\s|$|<)/;

/**
 * Resolves every `{feit:id}` in a page: markup in running text, plain in tags,
 * attributes, scripts and SVG. The "(onzeker)" mark of an onzeker fact is put
 * at the end of its sentence (before the full stop), or at the end of the
 * block (paragraph, list item, cell) when the sentence has no end, and never
 * inside a link.
 */
export function resolveFeitenInHtml(html: string, feiten: Feiten): string {
  if (!html.includes('{feit:')) return html;
  let out = '';
  let last = 0;
  let wachtend: string[] = [];
  let inLink = 0;
  const marks = () => {
    const s = wachtend.map((id) => ` ${feitMarkHtml(id, feiten)}`).join('');
    wachtend = [];
    return s;
  };
  const text = (s: string) => {
    let res = '';
    let pos = 0;
    const schrijf = (stuk: string) => {
      // Text without placeholders: close waiting marks at the first sentence end (outside a link).
      let rest = stuk;
      while (wachtend.length && !inLink) {
        const m = ZINSEINDE.exec(rest);
        if (!m) break;
        res += rest.slice(0, m.index) + marks();
        rest = rest.slice(m.index);
        break;
      }
      res += rest;
    };
    for (const m of s.matchAll(FEIT_PLACEHOLDER)) {
      schrijf(s.slice(pos, m.index));
      const id = m[1]!;
      res += feitHtml(id, feiten);
      if (lookup(id, feiten).onzeker && !wachtend.includes(id)) wachtend.push(id);
      pos = m.index + m[0].length;
    }
    schrijf(s.slice(pos));
    return res;
  };
  for (const m of html.matchAll(RAW_OR_TAG)) {
    out += text(html.slice(last, m.index));
    const tag = m[0];
    if (/^<a\b/i.test(tag)) inLink++;
    if (wachtend.length && !inLink && BLOCK_EINDE.test(tag)) out += marks();
    out += resolveFeitenInText(tag, feiten);
    if (/^<\/a\s*>/i.test(tag)) {
      inLink = Math.max(0, inLink - 1);
      // A sentence that ended inside the link: the mark follows the link.
      if (!inLink && wachtend.length && ZINSEINDE.test(html.slice(last, m.index))) out += marks();
    }
    last = m.index + tag.length;
  }
  return out + text(html.slice(last)) + marks();
}

export interface FeitVerwijzing {
  /** Field path as the content check names it: "waartussen[1].risico". */
  field: string;
  id: string;
}

/** Every `{feit:id}` in a parsed YAML value, with the field it is in. */
export function feitVerwijzingen(value: unknown, path = ''): FeitVerwijzing[] {
  if (typeof value === 'string') return [...value.matchAll(FEIT_PLACEHOLDER)].map((m) => ({ field: path || '(hele bestand)', id: m[1]! }));
  if (Array.isArray(value)) return value.flatMap((v, i) => feitVerwijzingen(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => feitVerwijzingen(v, path ? `${path}.${k}` : k));
  return [];
}

/** Every `<Feit id="…" />` in an MDX body. */
export function feitVerwijzingenInMdx(body: string): string[] {
  return [...body.matchAll(MDX_FEIT)].map((m) => m[1] ?? m[2]!);
}
