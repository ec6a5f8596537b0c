/**
 * Text from a published regulation: the XML of CVDR (lokaleregelgeving.overheid.nl: meta/owmskern with
 * dcterms:identifier and dcterms:title, body/regeling/regeling-tekst with artikel, kop (label, nr, titel), lid, al)
 * or an HTML page. One line per block (paragraph, lid, list item, heading), so the matcher sees the document's own
 * articles. Parsing is done by ultrahtml, not by hand; no DOM is needed, so this also runs in a worker or in Node.
 */
import { parse, ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';
import { LOKALE_REGELGEVING } from '../links.ts';
import { unescapeHtml } from '../escape.ts';

export interface Markuptekst {
  tekst: string;
  titel?: string;
  /** The CVDR identifier ("CVDR350238_1"), when the XML has one. */
  cvdr?: string;
}

/** Blocks: each starts on a new line. */
const BLOK = new Set([
  'p', 'div', 'section', 'article', 'li', 'tr', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dd', 'dt', 'blockquote',
  'al', 'lid', 'kop', 'artikel', 'aanhef', 'afkondiging', 'considerans', 'considerans-al', 'wij', 'lijst', 'hoofdstuk',
  'paragraaf', 'afdeling', 'regeling-sluiting', 'slotformulering', 'dagtekening', 'ondertekening', 'intitule', 'citeertitel', 'toelichting',
]);
/** Inline inside a block although listed above: the parts of a heading, and list numbers, stay on the line. */
const INLINE_IN = new Set(['kop', 'li', 'lid']);
const WEG = new Set(['script', 'style', 'head', 'nav', 'header', 'footer', 'noscript', 'meta', 'svg', 'button', 'form']);

interface Knoop {
  type: number;
  name?: string;
  value?: string;
  children?: Knoop[];
  attributes?: Record<string, string>;
}

const lokaal = (naam: string) => naam.toLowerCase().replace(/^.*:/, '');

/** Entities to text; a non-breaking space reads as a plain space here (words are matched, not laid out). */
const entiteiten = (s: string) => unescapeHtml(s).replace(/\u00a0/g, ' ');

function zoek(k: Knoop, naam: string): Knoop | undefined {
  if (k.type === ELEMENT_NODE && k.name && (k.name.toLowerCase() === naam || lokaal(k.name) === naam)) return k;
  for (const c of k.children ?? []) {
    const r = zoek(c, naam);
    if (r) return r;
  }
  return undefined;
}

function platteTekst(k: Knoop): string {
  if (k.type === TEXT_NODE) return entiteiten(k.value ?? '');
  return (k.children ?? []).map(platteTekst).join(' ').replace(/\s+/g, ' ').trim();
}

/** Text, title and CVDR id of an XML or HTML document. Never throws; bad markup gives what could be read. */
export function tekstUitMarkup(bron: string): Markuptekst {
  let boom: Knoop;
  try {
    // CVDR uses element names with a dot (li.nr, considerans.al), which an HTML parser reads as text.
    boom = parse(bron.replace(/<(\/?)([a-z][\w-]*)\.([\w.-]+)/gi, (_, s: string, a: string, b: string) => `<${s}${a}-${b.replace(/\./g, '-')}`)) as Knoop;
  } catch {
    return { tekst: bron.replace(/<[^>]*>/g, ' ') };
  }
  const regels: string[] = [];
  let regel = '';
  const breek = () => {
    const t = regel.replace(/\s+/g, ' ').trim();
    if (t) regels.push(t);
    regel = '';
  };
  const loop = (k: Knoop, inline: boolean) => {
    if (k.type === TEXT_NODE) {
      regel += entiteiten(k.value ?? '');
      return;
    }
    if (k.type !== ELEMENT_NODE && k.type !== 0) return;
    const naam = k.name ? lokaal(k.name) : '';
    if (WEG.has(naam)) return;
    const blok = BLOK.has(naam) && !inline;
    if (blok) breek();
    else if (naam) regel += ' ';
    const binnen = inline || INLINE_IN.has(naam);
    for (const c of k.children ?? []) loop(c, binnen);
    if (blok) breek();
    else if (naam) regel += ' ';
  };
  // CVDR: read the regulation's body (not the metadata); HTML: the body.
  const cvdrBody = zoek(boom, 'regeling') ?? zoek(boom, 'body');
  loop(cvdrBody ?? boom, false);
  breek();
  const titelKnoop = zoek(boom, 'title') ?? zoek(boom, 'citeertitel') ?? zoek(boom, 'intitule') ?? zoek(boom, 'h1');
  const id = zoek(boom, 'identifier');
  const titel = titelKnoop ? platteTekst(titelKnoop) : undefined;
  const cvdr = id ? /CVDR\d+(?:_\d+)?/i.exec(platteTekst(id))?.[0] : undefined;
  return { tekst: regels.join('\n'), ...(titel ? { titel } : {}), ...(cvdr ? { cvdr: cvdr.toUpperCase() } : {}) };
}

/** The lokaleregelgeving.overheid.nl address of a CVDR identifier ("CVDR350238_1" → …/CVDR350238/1). */
export function cvdrUrl(cvdr: string): string {
  const m = /^CVDR(\d+)(?:_(\d+))?$/i.exec(cvdr);
  return m ? `${LOKALE_REGELGEVING}/CVDR${m[1]}${m[2] ? `/${m[2]}` : ''}` : `${LOKALE_REGELGEVING}/`;
}
