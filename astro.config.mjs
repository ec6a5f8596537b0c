// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import begripLinks from './src/integrations/begrip-links.ts';
import pagefind from './src/integrations/pagefind.ts';
import { distVoor, gemeenteUitOmgeving } from './src/lib/lokaal/load.ts';

// The content folder can be swapped for a fixture (tests/fixtures/…) with STAALKAART_CONTENT.
const contentDir = process.env.STAALKAART_CONTENT ?? './content';
// A gemeente edition: GEMEENTE=voorbeeldgemeente builds content/lokaal/voorbeeldgemeente/ into dist-voorbeeldgemeente/.
const gemeente = gemeenteUitOmgeving();

export default defineConfig({
  site: 'https://staalkaart.example.org',
  trailingSlash: 'always',
  outDir: process.env.STAALKAART_DIST ?? distVoor(gemeente),
  build: { format: 'directory' },
  // Everything is local: no prefetching of other origins, no telemetry in the page.
  prefetch: false,
  devToolbar: { enabled: false },
  // After the build, begrip links are added to the HTML; the search index is built from
  // that final HTML, so pagefind() stays last.
  integrations: [contentCheck({ contentDir, gemeente }), mdx(), begripLinks({ contentDir }), pagefind({ contentDir })],
  vite: {
    define: {
      'import.meta.env.STAALKAART_CONTENT': JSON.stringify(contentDir),
      'import.meta.env.STAALKAART_GEMEENTE': JSON.stringify(gemeente ?? ''),
    },
  },
});
