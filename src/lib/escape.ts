/** Escaping, in one place: text into HTML, SVG or XML (element content and quoted attributes), and text into a RegExp. */

/** Text made safe for HTML, SVG and XML content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text that a RegExp matches literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The named character references that the site's own HTML and the documents it reads use. */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * HTML text back to plain text: the named references above and every numeric one (&#39;, &#x27;), in one pass, so
 * "&amp;lt;" stays "&lt;". A reference it does not know stays as it is.
 */
export function unescapeHtml(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (ref, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? ref;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
}
