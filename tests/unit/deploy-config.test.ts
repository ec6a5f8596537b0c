/**
 * The web server files: the generated header files are current (CSP and headers in one place), the CSP holds
 * the rules, and scripts/serve.mjs (npm start) reads _headers and picks the precompressed file the
 * browser accepts, as a static host would.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../../scripts/deploy-config.ts';
import { encodingsFor, headersFor, parseHeadersFile } from '../../scripts/serve.mjs';
import { cspHeader } from '../../src/lib/csp.ts';
import { IMMUTABLE, staticHeaders } from '../../src/lib/headers.ts';
import { MIN_BYTES, precompressDir } from '../../src/integrations/precompress.ts';
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

  it('negotiates Brotli before gzip, and respects q=0', () => {
    expect(encodingsFor('gzip, deflate, br').map(([n]) => n)).toEqual(['br', 'gzip']);
    expect(encodingsFor('gzip').map(([n]) => n)).toEqual(['gzip']);
    expect(encodingsFor('br;q=0, gzip;q=0.5').map(([n]) => n)).toEqual(['gzip']);
    expect(encodingsFor('').map(([n]) => n)).toEqual([]);
    expect(encodingsFor(undefined).map(([n]) => n)).toEqual([]);
  });
});

describe('precompression', () => {
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
