/**
 * The byte budget of a first search (issue 24): "wlz" typed into the header field on /, with an empty cache, transfers
 * at most 110 KB gzipped: Pagefind's runtime, the index chunk, the search code and the result data, counted as
 * `npm run bench:search` counts them (scripts/lib/first-search.ts: each file as the build wrote it, its gzip copy or
 * Pagefind's own gzip). Bytes only: how long it takes is the benchmark's business, never a test's.
 */
import { describe, expect, inject, it } from 'vitest';
import { FIRST_QUERY, FIRST_SEARCH_BUDGET, firstSearchTransfer, gzipTotal } from '../../scripts/lib/first-search.ts';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const dir = process.env.STAALKAART_DIST ?? 'dist';
const chromium = useBrowser();

describe('the first search of a short keyword', () => {
  it(`transfers at most ${FIRST_SEARCH_BUDGET / 1024} KB gzipped ("${FIRST_QUERY}" in the header, empty cache)`, async () => {
    const { transfers } = await firstSearchTransfer(() => chromium.newContext(), baseUrl, dir);
    const parts = transfers.map((t) => `${t.path} ${t.gzip}`).join('\n');
    // What it loads: Pagefind's runtime, at least one index chunk and result, and the search code; no lexicon.
    for (const part of [/^\/pagefind\/pagefind\.js$/, /^\/pagefind\/wasm\./, /^\/pagefind\/index\//, /^\/pagefind\/fragment\//, /^\/_astro\/header\./])
      expect(transfers.some((t) => part.test(t.path)), `${part}\n${parts}`).toBe(true);
    expect(transfers.some((t) => t.path === '/pagefind/zoekwijzer.json'), parts).toBe(false);
    const total = gzipTotal(transfers);
    console.log(`\nfirst search "${FIRST_QUERY}": ${transfers.length} requests, ${(total / 1024).toFixed(1)} KB gzipped (${total} bytes)\n`);
    expect(total, parts).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
});
