/**
 * Links the first use of each begrip on a page to its entry in the
 * begrippenlijst (/begrippen/#id). Works on the built HTML, so it covers text
 * from frontmatter, MDX and components alike. Pure: HTML in, HTML out.
 *
 * Only text inside <main> is considered, and never inside headings, links,
 * buttons, labels, form controls, SVG, code, or the definition list itself.
 */
import { ELEMENT_NODE, parse, renderSync, TEXT_NODE, type Node } from 'ultrahtml';
import { escapeRegExp } from '../escape.ts';

export interface Term {
  /** Begrip id: the anchor on /begrippen/. */
  id: string;
  /** The term and its aliases. */
  forms: string[];
}

const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label', 'input', 'select', 'textarea', 'option', 'svg', 'code', 'pre', 'script', 'style', 'dt', 'title', 'legend', 'summary', 'noscript', 'template', 'nav', 'figcaption']);


/** A pattern for one form: whole words only; short all-capital abbreviations match case-sensitively. */
function pattern(form: string): RegExp {
  const caseSensitive = form.length <= 4 && form === form.toUpperCase() && /[A-Z]/.test(form);
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(form)}(?![\\p{L}\\p{N}-])`, caseSensitive ? 'u' : 'iu');
}

interface Segment {
  text: string;
  linked: boolean;
}

export function autolink(html: string, terms: Term[], opts: { hrefBase?: string; exclude?: string[] } = {}): string {
  const hrefBase = opts.hrefBase ?? '/begrippen/';
  const doc = parse(html);
  // Collect the text nodes that may get a link, in document order.
  const slots: { node: Node; segments: Segment[] }[] = [];
  const visit = (node: Node, inMain: boolean, skipped: boolean) => {
    if (node.type === ELEMENT_NODE) {
      const attrs = node.attributes as Record<string, string>;
      const isMain = node.name === 'main';
      const skip =
        skipped ||
        SKIP.has(node.name) ||
        'data-geen-begriplinks' in attrs ||
        'hidden' in attrs ||
        (attrs.class ?? '').split(/\s+/).includes('sk-visually-hidden');
      for (const c of node.children ?? []) visit(c, inMain || isMain, skip);
    } else if (node.type === TEXT_NODE && inMain && !skipped && /\S/.test(String(node.value))) {
      slots.push({ node, segments: [{ text: String(node.value), linked: false }] });
    } else {
      for (const c of (node as { children?: Node[] }).children ?? []) visit(c, inMain, skipped);
    }
  };
  visit(doc, false, false);

  // Longer terms first, so "algemene voorziening" is linked before a shorter term inside it could be.
  const begrippen = terms
    .filter((t) => !(opts.exclude ?? []).includes(t.id))
    .map((t) => ({ id: t.id, res: t.forms.filter((f) => f.trim().length >= 3).map(pattern), longest: Math.max(...t.forms.map((f) => f.length)) }))
    .filter((t) => t.res.length)
    .sort((a, b) => b.longest - a.longest || a.id.localeCompare(b.id));

  for (const t of begrippen) {
    // The first use in document order of any form of this begrip.
    let hit: { slot: (typeof slots)[number]; seg: number; index: number; length: number } | undefined;
    for (const slot of slots) {
      slot.segments.forEach((s, seg) => {
        if (s.linked || (hit && (hit.slot !== slot || hit.seg < seg))) return;
        for (const re of t.res) {
          const m = re.exec(s.text);
          if (m && (!hit || hit.slot !== slot || seg < hit.seg || m.index < hit.index)) hit = { slot, seg, index: m.index, length: m[0].length };
        }
      });
      if (hit) break;
    }
    if (!hit) continue;
    const { slot, seg, index, length } = hit;
    const s = slot.segments[seg]!;
    const parts: Segment[] = [
      { text: s.text.slice(0, index), linked: false },
      { text: `<a class="sk-begrip" href="${hrefBase}#${t.id}">${s.text.slice(index, index + length)}</a>`, linked: true },
      { text: s.text.slice(index + length), linked: false },
    ];
    slot.segments.splice(seg, 1, ...parts.filter((x) => x.text));
  }
  for (const slot of slots) slot.node.value = slot.segments.map((s) => s.text).join('');
  return renderSync(doc);
}
