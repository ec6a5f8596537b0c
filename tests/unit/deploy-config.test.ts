/**
 * The web server files: the generated header files are current (CSP and headers in one place), the CSP holds
 * the rules, and scripts/serve.mjs (npm start) reads _headers and picks the precompressed file the
 * browser accepts, as a static host would.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../../scripts/deploy-config.ts';
import { encodingsFor, headersFor, parseHeadersFile } from '../../scripts/serve.mjs';
import { cspHeader } from '../../src/lib/csp.ts';
import { IMMUTABLE, staticHeaders } from '../../src/lib/headers.ts';
import { MIN_BYTES, PAGEFIND_SIGNATURE, precompressDir, recompressPagefind } from '../../src/integrations/precompress.ts';
import { parsePolicy, policyProblems } from '../helpers/csp.ts';

describe('generated web server files', () => {
  for (const [file, make] of Object.entries(GENERATED_FILES)) {
    it(`${file} is current (else: npm run deploy:config)`, () => {
      expect(readFileSync(file, 'utf8')).toBe(make());
    });
  }

  it('the header CSP keeps to the rules', () => {
    const p = parsePolicy(cspHeader());
    expect(policyProblems(p)).toEqual([]);
    expect(p.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(p.get('frame-ancestors')).toEqual(["'none'"]);
    expect(p.get('worker-src')).toEqual(["'self'"]);
    expect(p.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('the rule check rejects a weak policy', () => {
    const weak = parsePolicy("default-src *; script-src 'self' 'unsafe-inline' 'unsafe-eval' https://cdn.example.org; object-src 'self'");
    expect(policyProblems(weak)).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      "script-src allows more than self, wasm-unsafe-eval and hashes: 'unsafe-inline' 'unsafe-eval' https://cdn.example.org",
      "object-src is not 'none'",
      "base-uri is not 'self'",
      "form-action is not 'self'",
      "default-src is not 'self'",
    ]);
  });
});

describe('npm start serves like a static host', () => {
  const rules = parseHeadersFile(staticHeaders());

  it('reads _headers: security headers everywhere, a long cache for hashed files only', () => {
    const page = headersFor(rules, '/wetten/wmo/');
    expect(page['content-security-policy']).toBe(cspHeader());
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['cache-control']).toBeUndefined();
    const asset = headersFor(rules, '/_astro/Base.abc123.css');
    expect(asset['cache-control']).toBe(IMMUTABLE);
    expect(asset['content-security-policy']).toBe(cspHeader());
    expect(headersFor(rules, '/pagefind/pagefind.js')['cache-control']).toBeUndefined();
  });

  it("sends Pagefind's gzip files with Content-Encoding: gzip, and nothing else of its folder", () => {
    for (const path of ['/pagefind/index/nl_1a2b3c4.pf_index', '/pagefind/fragment/nl_1a2b3c4.pf_fragment', '/pagefind/filter/nl_1a2b3c4.pf_filter', '/pagefind/wasm.nl.pagefind', '/pagefind/pagefind.nl_494bb0cc9f.pf_meta'])
      expect(headersFor(rules, path)['content-encoding'], path).toBe('gzip');
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/zoekwijzer.json', '/', '/_astro/header.abc.js'])
      expect(headersFor(rules, path)['content-encoding'], path).toBeUndefined();
    expect(headersFor(rules, '/pagefind/index/nl_1a2b3c4.pf_index')['cache-control']).toBe(IMMUTABLE);
  });

  it('negotiates Brotli before gzip, and respects q=0', () => {
    expect(encodingsFor('gzip, deflate, br').map(([n]) => n)).toEqual(['br', 'gzip']);
    expect(encodingsFor('gzip').map(([n]) => n)).toEqual(['gzip']);
    expect(encodingsFor('br;q=0, gzip;q=0.5').map(([n]) => n)).toEqual(['gzip']);
    expect(encodingsFor('').map(([n]) => n)).toEqual([]);
    expect(encodingsFor(undefined).map(([n]) => n)).toEqual([]);
  });
});

describe('precompression', () => {
  it("rewrites the Pagefind files a first search loads with Zopfli, and stops the build at one that is not Pagefind's gzip", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    try {
      const words = Array.from({ length: 600 }, (_, i) => `${['wmo', 'jeugd', 'wlz', 'zvw', 'raad'][i % 5]}${(i * 7919) % 997}`);
      const body = Buffer.from(`${PAGEFIND_SIGNATURE}${JSON.stringify(words)}`);
      mkdirSync(join(dir, 'index'));
      mkdirSync(join(dir, 'fragment'));
      writeFileSync(join(dir, 'index', 'nl_1.pf_index'), gzipSync(body, { level: 9 }));
      writeFileSync(join(dir, 'fragment', 'nl_1.pf_fragment'), gzipSync(body, { level: 1 }));
      const s = await recompressPagefind(dir);
      expect(s.files).toBe(1);
      const index = readFileSync(join(dir, 'index', 'nl_1.pf_index'));
      expect(gunzipSync(index).equals(body)).toBe(true);
      expect(index.length).toBeLessThan(gzipSync(body, { level: 9 }).length);
      // Fragments stay as Pagefind wrote them.
      expect(readFileSync(join(dir, 'fragment', 'nl_1.pf_fragment')).equals(gzipSync(body, { level: 1 }))).toBe(true);

      writeFileSync(join(dir, 'fragment', 'nl_2.pf_fragment'), gzipSync('geen handtekening'));
      await expect(recompressPagefind(dir)).rejects.toThrow(/nl_2\.pf_fragment.*pagefind_dcd/);
      writeFileSync(join(dir, 'fragment', 'nl_2.pf_fragment'), body);
      await expect(recompressPagefind(dir)).rejects.toThrow(/nl_2\.pf_fragment/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes .gz and .br beside text files above the limit, and removes stale copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      const big = '<p>staalkaart</p>\n'.repeat(200);
      writeFileSync(join(dir, 'index.html'), big);
      writeFileSync(join(dir, 'klein.css'), 'p{color:red}');
      writeFileSync(join(dir, 'klein.css.gz'), 'oud');
      writeFileSync(join(dir, 'beeld.png'), Buffer.alloc(MIN_BYTES * 2));
      const s = await precompressDir(dir);
      expect(s.files).toBe(1);
      expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(big);
      expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(big);
      expect(existsSync(join(dir, 'klein.css.gz'))).toBe(false);
      expect(existsSync(join(dir, 'beeld.png.gz'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
