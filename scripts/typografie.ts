/**
 * Typography check of the built pages (issue 22): the text a reader sees, with
 * element boundaries kept, is searched for
 *  - a word glued to a link or element ("enDownload PNG", "opwaarstaatjegemeente.nl"): a letter or digit on
 *    both sides of an inline element's edge, with no space between;
 *  - doubled punctuation ("?.", "!.", ".." that is no ellipsis, ",.", "· ·");
 *  - a number glued to a word ("8scheidslijnen");
 *  - a missing space before "(" ("overheid.nl(Gemeentewet"), or beside the separator " · " ("2026 ·61").
 * SVG (the kaart's labels are positioned, not running text), scripts and styles are skipped.
 *
 * Usage: npm run check:typografie   (after a build; also run by tests/dist/typografie.test.ts)
 */
import { readFileSync } from 'node:fs';
import { ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';
import { unescapeHtml } from '../src/lib/escape.ts';

/** Elements whose edges are a break in the text, not a join (a space is implied). */
const BLOK = new Set(
  'html head body header footer main nav section article aside div p ul ol li dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr td th caption figure figcaption blockquote pre form fieldset legend details summary dialog br hr option select textarea input button label title meta link template noscript'.split(
    ' ',
  ),
);
/** Not running text. */
const OVERSLAAN = new Set(['script', 'style', 'svg', 'head']);
/** Inline elements that may join letters: a superscript or a line-break opportunity. */
const MAG_PLAKKEN = new Set(['sup', 'sub', 'wbr']);

/** Names that start with a number (sources, organisations): no glue. */
const NAMEN = ['22graden', '5dok\\.'];

export interface Vondst {
  soort: 'vastgeplakt aan element' | 'dubbele leestekens' | 'getal aan woord' | 'geen spatie voor (' | 'geen spatie bij ·';
  tekst: string;
}

type Stuk = { tekst: string } | { grens: 'inline' | 'blok' | 'zacht' };

function stukken(node: Node, uit: Stuk[]): void {
  if (node.type === TEXT_NODE) {
    uit.push({ tekst: unescapeHtml(String(node.value)) });
    return;
  }
  if (node.type !== ELEMENT_NODE) {
    for (const k of node.children ?? []) stukken(k, uit);
    return;
  }
  const naam = String(node.name).toLowerCase();
  if (OVERSLAAN.has(naam)) return;
  // A hidden element (a search filter value, one of several alternatives shown in turn) is text of its own.
  const verborgen = node.attributes && 'hidden' in node.attributes;
  const grens: Stuk = { grens: BLOK.has(naam) || verborgen ? 'blok' : MAG_PLAKKEN.has(naam) ? 'zacht' : 'inline' };
  uit.push(grens);
  for (const k of node.children ?? []) stukken(k, uit);
  uit.push(grens);
}

const fragment = (s: string, i: number) => s.slice(Math.max(0, i - 25), i + 25).replace(/\s+/g, ' ').trim();

/** What the check finds in one page's HTML. */
export function controleer(html: string): Vondst[] {
  const lijst: Stuk[] = [];
  stukken(parse(html), lijst);
  const vondsten: Vondst[] = [];
  // Glue at element edges: text … inline edge(s) … text, letters or digits on both sides.
  let vorige = '';
  let grenzen: Stuk[] = [];
  for (const s of lijst) {
    if ('grens' in s) {
      grenzen.push(s);
      continue;
    }
    if (!s.tekst) continue;
    const ordinaal = /\d$/.test(vorige) && /^(e|ste|de)\b/.test(s.tekst); // <span class="sk-feit">18</span>e
    if (grenzen.length && !ordinaal && grenzen.every((g) => 'grens' in g && g.grens === 'inline') && /[\p{L}\p{N}]$/u.test(vorige) && /^[\p{L}\p{N}]/u.test(s.tekst))
      vondsten.push({ soort: 'vastgeplakt aan element', tekst: `${vorige.slice(-25).trimStart()}|${s.tekst.slice(0, 25)}`.replace(/\s+/g, ' ') });
    vorige = grenzen.some((g) => 'grens' in g && g.grens === 'blok') ? s.tekst : vorige + s.tekst;
    if (grenzen.some((g) => 'grens' in g && g.grens === 'blok')) vorige = s.tekst;
    grenzen = [];
  }
  // The running text, blocks apart.
  const tekst = lijst.map((s) => ('grens' in s ? (s.grens === 'blok' ? '\n' : '') : s.tekst)).join('');
  const zoek = (soort: Vondst['soort'], re: RegExp) => {
    for (const m of tekst.matchAll(re)) vondsten.push({ soort, tekst: fragment(tekst, m.index! + 1) });
  };
  // "?." and "!." (a title ending in ? or ! followed by a sentence's full stop), ".." that is no ellipsis, ",." ";." ":.".
  // Not "?," (a list of titles) nor "e.a.," (an abbreviation before a comma).
  // And a separator twice ("domein · · peildatum": a part between them left out).
  zoek('dubbele leestekens', /[?!]\.|(?<!\.)\.\.(?!\.)|[,;:]\.|·\s*·/g);
  zoek('getal aan woord', new RegExp(`(?<![\\p{L}\\p{N}.,/#:_-])(?!${NAMEN.join('|')})\\d+\\p{Ll}{3,}`, 'gu'));
  // The separator " · " always has a space on both sides ("2026 ·61 onderwerpen" is a glitch).
  zoek('geen spatie bij ·', /[^\s]·|·[^\s]/gu);
  zoek('geen spatie voor (', /[\p{L}\p{N}.,;:!?](?=\((?!s\)|en\)|n\)))/gu);
  return vondsten;
}

if (import.meta.main) {
  const { builtPages } = await import('./lib/site.ts');
  let n = 0;
  for (const p of builtPages()) {
    for (const v of controleer(readFileSync(p.file, 'utf8'))) {
      console.log(`${p.path}: ${v.soort}: ${v.tekst}`);
      n++;
    }
  }
  console.log(n ? `\n${n} vondsten.` : 'Geen typografische fouten gevonden.');
  process.exitCode = n ? 1 : 0;
}
