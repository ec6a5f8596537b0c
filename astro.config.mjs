// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import editie from './src/integrations/editie.ts';
import { editieCheck } from './src/lib/editie/check.ts';
import begripLinks from './src/integrations/begrip-links.ts';
import pagefind from './src/integrations/pagefind.ts';
import precompress from './src/integrations/precompress.ts';
import { cspConfig } from './src/lib/csp.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { distVoor, editieUitOmgeving } from './src/lib/editie/omgeving.ts';
import { adresMelding, siteUitOmgeving } from './src/lib/adres.ts';

// The content folder can be swapped for a fixture (tests/fixtures/…) with STAALKAART_CONTENT.
const contentDir = process.env.STAALKAART_CONTENT ?? './content';
// An editie: EDITIE=voorbeeldgemeente builds content/edities/voorbeeldgemeente/ into dist-voorbeeldgemeente/.
const editieId = editieUitOmgeving();
// The public address (QR codes, address lines, the feed) comes from configuration only: SITE_URL=https://… npm run build.
// Without it, no address is printed anywhere (see src/lib/adres.ts).
const siteUrl = siteUitOmgeving(process.env.SITE_URL);
/** @type {import('astro').AstroIntegration} */
const adresIntegratie = {
  name: 'staalkaart:adres',
  hooks: {
    'astro:build:start': ({ logger }) => {
      const { niveau, tekst } = adresMelding(siteUrl);
      logger[niveau](tekst);
    },
  },
};

export default defineConfig({
  site: siteUrl?.href,
  trailingSlash: 'always',
  outDir: process.env.STAALKAART_DIST ?? distVoor(editieId),
  // An editie keeps its own content cache, so `npm test` can build the national site and an editie side by side; so
  // does a build of other content (a test fixture through STAALKAART_CONTENT), which must never read or write the real
  // site's data store while a test builds the real site beside it (tests/unit/build-rejects.test.ts and
  // site-url-build.test.ts run at the same time).
  cacheDir: editieId ? `./node_modules/.astro-${editieId}/` : process.env.STAALKAART_CONTENT ? './node_modules/.astro-inhoud/' : './node_modules/.astro/',
  // Stylesheets are files under /_astro/, never inlined. The policy still allows inline <style> elements
  // (style-src 'self' 'unsafe-inline': the kaart's SVG carries its own <style>); see STYLE_SOURCES in src/lib/csp.ts.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No code blocks in the content; Shiki's inline styles would not pass the CSP.
  markdown: { syntaxHighlight: false },
  // Everything is local: no prefetching of other origins, no telemetry in the page.
  prefetch: false,
  // Every page carries a strict Content-Security-Policy (a <meta> from Astro, the same policy as a
  // header in deploy/). Astro adds the hashes of its own scripts and styles. See src/lib/csp.ts.
  security: { csp: cspConfig },
  devToolbar: { enabled: false },
  // After the build, begrip links are added to the HTML; the search index is built from
  // that final HTML, so pagefind() comes after it; serviceWorker() precaches the final files (Workbox);
  // precompress() writes .gz/.br copies of everything last.
  integrations: [
    adresIntegratie,
    // The content check runs the checks features add; the editie adds its check and, in an
    // editie build, its pages.
    contentCheck({ contentDir, checks: [editieCheck] }),
    editie({ contentDir, id: editieId }),
    mdx(),
    begripLinks({ contentDir }),
    pagefind({ contentDir }),
    serviceWorker(),
    precompress(),
  ],
  vite: {
    define: {
      'import.meta.env.STAALKAART_CONTENT': JSON.stringify(contentDir),
      'import.meta.env.STAALKAART_EDITIE': JSON.stringify(editieId ?? ''),
    },
  },
});
