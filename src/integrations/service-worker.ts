/**
 * Offline use for werksessies (issue 13): after the build (and after the
 * begrip links and the search index, so the final HTML is hashed), Workbox's
 * generateSW writes dist/sw.js. It precaches the kaart, the werksessie pages,
 * the hand-outs and the pages they link to, with a revision per file, and
 * removes outdated caches; pages visited later are cached network-first.
 * The worker is registered only by the pages that need it
 * (src/components/werksessie/sw-register.ts, with workbox-window).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** What a trainer needs in a room without network, after one visit of /werksessie/ or /kaart/. */
export const PRECACHE = [
  'kaart/index.html',
  'werksessie/**/*.{html,json}',
  'wetten/**/index.html',
  'scheidslijnen/**/index.html',
  'casussen/**/index.html',
  '_astro/**/*.{js,css}',
  'favicon.svg',
];

/** Writes dist/sw.js over a built site (also used by the update test on a copy of dist/). */
export function writeServiceWorker(dist: string) {
  return generateSW({
    globDirectory: dist,
    globPatterns: PRECACHE,
    globIgnores: ['pagefind/**', 'sw.js'],
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // /kaart/ is kaart/index.html; its query (?rondleiding=…&stap=…) does not change the file.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Astro's assets carry a content hash in their name.
    dontCacheBustURLsMatching: /^_astro\//,
    cleanupOutdatedCaches: true,
    // A new version waits until the page asks for it ("Nu vernieuwen") or no tab is open.
    skipWaiting: false,
    clientsClaim: true,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: 'staalkaart-paginas', networkTimeoutSeconds: 5, expiration: { maxEntries: 80 } },
      },
    ],
  });
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'staalkaart:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker geschreven: ${count} bestanden vooraf bewaard (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
