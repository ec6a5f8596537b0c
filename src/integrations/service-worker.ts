/**
 * Offline use (issues 13 and 22): after the build (and after the begrip links
 * and the search index, so the final HTML is hashed), Workbox's generateSW
 * writes dist/sw.js. Every page registers it (src/layouts/Base.astro →
 * src/components/werksessie/Offline.astro, with workbox-window), and it
 * precaches the whole site: every page, the search index, the werkblad and
 * the kaart, with a revision per file, and removes outdated caches. So one
 * visit to any page is enough to use all of it without a network. A page that
 * is still missing (a new one, or before the precache finished) gets the Dutch
 * offline page /offline/ instead of the browser's error page.
 *
 * What this costs is printed by the build and by `npm run budget` (precacheCost).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';
import { COMPRESSIBLE, MIN_BYTES } from './precompress.ts';

/** Everything a visitor can open: every page, its assets and the search index. */
export const PRECACHE = ['**/*.{html,json,js,css,svg,png,ico,xml,txt,woff2}', 'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'];
/** Not precached: compressed copies (the server picks them), the worker itself, server config, the search wasm for pages without a language, the 404 page. */
export const NIET_PRECACHE = ['**/*.{gz,br}', 'sw.js', '_headers', 'pagefind/wasm.unknown.pagefind', '404.html'];
/** The page shown for an address that is not on this device while offline. */
export const OFFLINE_PAGINA = '/offline/index.html';

const manifestOpties = (dist: string) => ({
  globDirectory: dist,
  globPatterns: PRECACHE,
  globIgnores: NIET_PRECACHE,
  // Astro's assets and Pagefind's index and fragments carry a content hash in their name.
  dontCacheBustURLsMatching: /^(?:_astro\/|pagefind\/(?:index|fragment|filter)\/)/,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
});

/** Writes dist/sw.js over a built site (also used by the update test on a copy of dist/). */
export function writeServiceWorker(dist: string) {
  return generateSW({
    ...manifestOpties(dist),
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // /kaart/ is kaart/index.html; its query (?rondleiding=…&stap=…, ?wet=… on /vragen/, ?q=… on /zoeken/)
    // does not change the file; Pagefind adds ?ts=… to its entry file.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // A new version waits until the page asks for it ("Nu vernieuwen") or no tab is open: never a half-new site.
    skipWaiting: false,
    clientsClaim: true,
    runtimeCaching: [
      {
        // Pages outside the precache (none after a full install; a new page of a newer deploy): network first,
        // and without a network the Dutch offline page instead of the browser's error page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'staalkaart-paginas',
          networkTimeoutSeconds: 10,
          expiration: { maxEntries: 80 },
          precacheFallback: { fallbackURL: OFFLINE_PAGINA },
        },
      },
    ],
  });
}

export interface PrecacheKosten {
  bestanden: number;
  /** Bytes as stored in the browser's cache (uncompressed). */
  bytes: number;
  /** Bytes over the wire when text files are sent gzipped (Pagefind's files are compressed already). */
  gzip: number;
}

/** What offline costs a visitor: the files the service worker fetches on the first visit. */
export async function precacheKosten(dist: string): Promise<PrecacheKosten> {
  const { manifestEntries, size } = await getManifest(manifestOpties(dist));
  let gzip = 0;
  for (const e of manifestEntries ?? []) {
    const body = readFileSync(join(dist, e.url));
    gzip += COMPRESSIBLE.test(e.url) && body.length >= MIN_BYTES ? gzipSync(body).length : body.length;
  }
  return { bestanden: manifestEntries?.length ?? 0, bytes: size, gzip };
}

export const kostenTekst = (k: PrecacheKosten) =>
  `${k.bestanden} bestanden vooraf bewaard voor offline gebruik: ${Math.round(k.bytes / 1024)} KB in de cache, ${Math.round(k.gzip / 1024)} KB over het netwerk (gzip)`;

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'staalkaart:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { warnings } = await writeServiceWorker(dist);
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker geschreven: ${kostenTekst(await precacheKosten(dist))}`);
      },
    },
  };
}
