/**
 * The site's Content-Security-Policy, in one place.
 *
 * - astro.config.mjs passes `cspConfig` to Astro's `security.csp`: Astro writes a <meta> policy into every
 *   page with these directives, plus `script-src`/`style-src` with the hashes of what it bundled.
 * - The web server sends the same policy as a header (`cspHeader()`): `npm run deploy:config` writes it into
 *   deploy/nginx/staalkaart/headers.conf and public/_headers, and a unit test checks those files are current.
 *
 * Rules for new features (also in CONTRIBUTING.md): no inline event handlers (`onclick=`) or `javascript:`
 * URLs; no inline <script> (write a <script> in an .astro component: Astro bundles it as a module file under
 * /_astro/); no inline <style> in pages (component <style> blocks become files; `inlineStylesheets: 'never'`);
 * no `eval` or `new Function`; nothing from another origin.
 */

/** Directives other than script-src and style-src (Astro owns those two in the <meta>). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Kaart downloads (SVG/PNG) go through blob: and data: URLs and a canvas.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Search fetches its index from /pagefind/; nothing goes to another origin.
  "connect-src 'self'",
  // The offline service worker of /werksessie/.
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src: our own module files only. `wasm-unsafe-eval` is for Pagefind's WebAssembly and allows nothing wider. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * style-src: our own stylesheets, and inline <style> elements. The kaart's SVG carries its own <style> (which
 * symbols show per layer, and the semantic-zoom rules computed from the layout at build time), so the SVG
 * also renders right on its own, e.g. as a download. Those rules change with the content, so no fixed hash
 * can allow them. Style attributes stay forbidden by the header (style-src-attr 'none', below); scripts
 * stay strict.
 */
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;

/** Only in the header: frame-ancestors (a <meta> policy ignores it), and style-src-attr (Astro does not take it). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'", "style-src-attr 'none'"] as const;

export const cspConfig = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  scriptDirective: { resources: [...SCRIPT_SOURCES] },
  styleDirective: { resources: [...STYLE_SOURCES] },
};

/** The policy as the server sends it: the same for every page, since no page has inline scripts. */
export function cspHeader(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}
