/** Escaping, in one place: text into HTML, SVG or XML (element content and quoted attributes), and text into a RegExp. */

/** Text made safe for HTML, SVG and XML content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text that a RegExp matches literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
