/** Reading built HTML in Node with a real parser (ultrahtml), for link and content checks. */
import { readFileSync } from 'node:fs';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';
import { unescapeHtml } from '../../src/lib/escape.ts';

export interface ParsedPage {
  ids: Set<string>;
  links: { tag: string; attr: string; value: string }[];
  elements: { name: string; attributes: Record<string, string> }[];
}

export function parseFile(file: string): ParsedPage {
  const doc = parse(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  const links: ParsedPage['links'] = [];
  const elements: ParsedPage['elements'] = [];
  walkSync(doc, (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attrs = node.attributes as Record<string, string>;
    elements.push({ name: node.name, attributes: attrs });
    if (attrs.id) ids.add(attrs.id);
    if (node.name === 'a' && attrs.name) ids.add(attrs.name);
    for (const attr of ['href', 'src', 'action']) {
      if (attrs[attr] !== undefined && node.name !== 'use') links.push({ tag: node.name, attr, value: attrs[attr]! });
    }
  });
  return { ids, links, elements };
}

/** Decodes the character references in an attribute value. */
export const decodeAttr = unescapeHtml;

/** The text of a node; `sep` goes between text nodes (' ' where blocks such as dt and dd would run together). */
export function nodeText(node: Node, sep = ''): string {
  let out = '';
  walkSync(node, (n: Node) => {
    if (n.type === TEXT_NODE) out += String(n.value) + sep;
  });
  return out.replace(/\s+/g, ' ').trim();
}

/** One attribute of an element node. */
export const nodeAttr = (n: Node, a: string): string | undefined => (n.attributes as Record<string, string>)[a];
