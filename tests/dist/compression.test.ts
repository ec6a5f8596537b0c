/**
 * The bytes of a first search (issue 24): the Pagefind files every search loads (its WebAssembly, meta file and index
 * chunks) and the gzip copies of the scripts and data it loads (pagefind.js, the search's chunks, the lexicon) are
 * Zopfli's gzip of their content: byte for byte what Zopfli makes of it again (so the build is deterministic, and a
 * build that lost the recompression fails here), and smaller than zlib's level 9. Every Pagefind file still unpacks
 * to "pagefind_dcd" and its data, which is what lets hosts send them with Content-Encoding: gzip (_headers, checked
 * here; deploy/nginx in tests/browser/nginx.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/serve.mjs';
import { PAGEFIND_GZIP, PAGEFIND_SIGNATURE, PAGEFIND_ZOPFLI, withoutCustomSections, zopfli } from '../../src/integrations/precompress.ts';
import { PAGEFIND_EXPORTS } from '../../src/integrations/pagefind.ts';

const dist = process.env.STAALKAART_DIST ?? 'dist';
const pagefindDir = join(dist, 'pagefind');
const pagefindFiles = readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => PAGEFIND_GZIP.test(f))
  .sort();
const zlib9 = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** The search's own chunks, named by the build after their entry (src/components/search/). */
const searchChunks = readdirSync(join(dist, '_astro')).filter((f) => /^(header|query|page|uitleg|herstel|nl)\.[\w-]+\.js$/.test(f));

describe('Pagefind files', () => {
  it('are all gzip streams of the signature and the data', () => {
    expect(pagefindFiles.length).toBeGreaterThan(10);
    const wrong = pagefindFiles.filter((f) => gunzipSync(readFileSync(join(pagefindDir, f))).subarray(0, 12).toString('latin1') !== PAGEFIND_SIGNATURE);
    expect(wrong).toEqual([]);
  });

  it('that every first search loads are Zopfli gzip, smaller than zlib level 9', async () => {
    const chosen = pagefindFiles.filter((f) => PAGEFIND_ZOPFLI.test(f.split('/').at(-1)!));
    // The WebAssembly, the meta file and the index chunks.
    expect(chosen).toContain('wasm.nl.pagefind');
    expect(chosen.some((f) => f.endsWith('.pf_meta'))).toBe(true);
    expect(chosen.filter((f) => f.startsWith('index/')).length).toBe(readdirSync(join(pagefindDir, 'index')).length);
    for (const f of chosen) {
      const gz = readFileSync(join(pagefindDir, f));
      const body = gunzipSync(gz);
      expect(gz.equals(await zopfli(body, f)), `${f} is Zopfli's gzip of its content`).toBe(true);
      expect(gz.length, f).toBeLessThan(zlib9(body));
    }
  });

  it('hold a WebAssembly module without custom sections that still compiles, and a pagefind.js with only the API the site calls', async () => {
    const body = gunzipSync(readFileSync(join(pagefindDir, 'wasm.nl.pagefind')));
    const wasm = body.subarray(PAGEFIND_SIGNATURE.length);
    expect(WebAssembly.validate(wasm)).toBe(true);
    expect(WebAssembly.Module.customSections(new WebAssembly.Module(wasm), 'producers')).toEqual([]);
    expect(WebAssembly.Module.customSections(new WebAssembly.Module(wasm), 'target_features')).toEqual([]);
    expect(withoutCustomSections(body).equals(body)).toBe(true);
    const js = readFileSync(join(pagefindDir, 'pagefind.js'), 'utf8');
    const exported = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(js)![1]!.split(',').map((e) => e.split(/\s+as\s+/).at(-1)!.trim());
    expect(exported.sort()).toEqual([...PAGEFIND_EXPORTS].sort());
  });

  it('are sent with Content-Encoding: gzip by _headers, and nothing else of Pagefind is', () => {
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const missing = pagefindFiles.filter((f) => headersFor(rules, `/pagefind/${f}`)['content-encoding'] !== 'gzip');
    expect(missing).toEqual([]);
    const others = readdirSync(pagefindDir).filter((f) => !PAGEFIND_GZIP.test(f) && headersFor(rules, `/pagefind/${f}`)['content-encoding']);
    expect(others).toEqual([]);
  });
});

describe('gzip copies of what a search loads', () => {
  it('are Zopfli gzip, smaller than zlib level 9', async () => {
    expect(searchChunks.filter((f) => /^(header|query)\./.test(f)).length).toBe(2);
    for (const f of ['pagefind/pagefind.js', 'pagefind/zoekwijzer.json', ...searchChunks.map((c) => `_astro/${c}`)]) {
      const body = readFileSync(join(dist, f));
      if (body.length < 1024) continue;
      const gz = readFileSync(join(dist, `${f}.gz`));
      expect(gunzipSync(gz).equals(body), f).toBe(true);
      expect(gz.equals(await zopfli(body, f)), `${f}.gz is Zopfli's gzip`).toBe(true);
      expect(gz.length, f).toBeLessThan(zlib9(body));
    }
  });
});
