/** DOM helpers for the client scripts beside the components (src/lib stays free of the DOM). */

/**
 * Creates an element. The second argument is a class name, or attributes (set with setAttribute, so use
 * attribute names: "class", "for", "maxlength"); the rest are children, text or nodes.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: string | Record<string, string | number>,
  ...kids: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (typeof attrs === 'string') e.className = attrs;
  else if (attrs) for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...kids);
  return e;
}
