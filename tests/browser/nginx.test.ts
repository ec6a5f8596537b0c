/**
 * The shipped nginx configuration (deploy/nginx/) on Debian's nginx, on a loopback port, serving dist/:
 * security headers on every response (the CSP equal to src/lib/csp.ts), caching per kind of file, Brotli and
 * gzip from the files precompressed at build time, the Dutch 404 with status 404, redirects to the slash,
 * and the site itself working through it in Chromium with no CSP violation. A deliberately broken copy of the
 * configuration (the nginx add_header trap) shows the header check fails when headers go missing.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROTLI_MODULE, startNginx, type RunningNginx } from '../../scripts/nginx.ts';
import { cspHeader } from '../../src/lib/csp.ts';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/lib/headers.ts';
import { useBrowser, watch } from '../helpers/browser.ts';
import { parsePolicy, policyProblems, watchCsp } from '../helpers/csp.ts';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly the headers given (fetch would add and decode its own Accept-Encoding). */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((ok, fail) => {
    request(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

/** The security headers a response lacks or has wrong (empty when all are right). */
function missingSecurityHeaders(r: Raw): string[] {
  return SECURITY_HEADERS.filter(([name, value]) => r.headers[name.toLowerCase()] !== value).map(([name]) => name);
}

const dist = (path: string) => readFileSync(join('dist', path));
const firstAsset = (html: string, ext: string) => html.match(new RegExp(`/_astro/[\\w.-]+\\.${ext}`))![0];

describe('nginx with deploy/nginx/', () => {
  let n: RunningNginx;
  const home = readFileSync('dist/index.html', 'utf8');
  const kaart = readFileSync('dist/kaart/index.html', 'utf8');

  beforeAll(async () => {
    n = await startNginx();
  });
  afterAll(async () => {
    await n?.stop();
  });

  it('sends the CSP, nosniff, Referrer-Policy and Permissions-Policy on pages, assets, search files and the 404', async () => {
    const css = firstAsset(home, 'css');
    const js = firstAsset(kaart, 'js');
    for (const path of ['/', '/kaart/', '/wetten/wmo/', css, js, '/pagefind/pagefind.js', '/favicon.svg', '/bestaat-niet/']) {
      const r = await get(n.url, path);
      expect(missingSecurityHeaders(r), path).toEqual([]);
    }
    const r = await get(n.url, '/');
    expect(r.headers['content-security-policy']).toBe(cspHeader());
    expect(policyProblems(parsePolicy(cspHeader()))).toEqual([]);
  });

  it('revalidates HTML and fixed names, keeps hashed files for a year', async () => {
    expect((await get(n.url, '/')).headers['cache-control']).toBe(REVALIDATE);
    expect((await get(n.url, '/kaart/')).headers['cache-control']).toBe(REVALIDATE);
    expect((await get(n.url, '/pagefind/pagefind.js')).headers['cache-control']).toBe(REVALIDATE);
    expect((await get(n.url, firstAsset(home, 'css'))).headers['cache-control']).toBe(IMMUTABLE);
    expect((await get(n.url, firstAsset(kaart, 'js'))).headers['cache-control']).toBe(IMMUTABLE);
    const fragment = readdirSync('dist/pagefind/fragment').find((f) => f.endsWith('.pf_fragment'))!;
    expect((await get(n.url, `/pagefind/fragment/${fragment}`)).headers['cache-control']).toBe(IMMUTABLE);
    const r = await get(n.url, '/');
    expect(r.headers.etag ?? r.headers['last-modified']).toBeTruthy();
  });

  it('sends the precompressed files: Brotli when the module is there, gzip, and plain when asked for nothing', async () => {
    const pages: [string, string][] = [
      ['/kaart/', 'kaart/index.html'],
      ['/', 'index.html'],
    ];
    const css = firstAsset(home, 'css');
    pages.push([css, css.slice(1)]);
    for (const [path, file] of pages) {
      const plain = await get(n.url, path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(dist(file))).toBe(true);

      const gz = await get(n.url, path, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
      expect(gunzipSync(gz.body).equals(dist(file))).toBe(true);
      expect(gz.body.length).toBe(dist(`${file}.gz`).length);

      if (n.brotli) {
        const br = await get(n.url, path, { 'accept-encoding': 'gzip, deflate, br' });
        expect(br.headers['content-encoding'], path).toBe('br');
        expect(brotliDecompressSync(br.body).equals(dist(file))).toBe(true);
        expect(br.body.length).toBeLessThan(gz.body.length);
      }
    }
    // The kaart page, the heaviest document, goes out at a fraction of its size.
    expect((await get(n.url, '/kaart/', { 'accept-encoding': 'gzip' })).body.length).toBeLessThan(dist('kaart/index.html').length / 3);
  });

  it("sends Pagefind's gzip files as they are with Content-Encoding: gzip, never compressed twice, caching unchanged", async () => {
    const index = readdirSync('dist/pagefind/index').find((f) => f.endsWith('.pf_index'))!;
    const fragment = readdirSync('dist/pagefind/fragment').find((f) => f.endsWith('.pf_fragment'))!;
    const meta = readdirSync('dist/pagefind').find((f) => f.endsWith('.pf_meta'))!;
    const files: [string, string][] = [
      [`pagefind/index/${index}`, IMMUTABLE],
      [`pagefind/fragment/${fragment}`, IMMUTABLE],
      [`pagefind/${meta}`, REVALIDATE],
      ['pagefind/wasm.nl.pagefind', REVALIDATE],
    ];
    for (const [file, cache] of files) {
      for (const accept of ['gzip, deflate, br', 'gzip']) {
        const r = await get(n.url, `/${file}`, { 'accept-encoding': accept });
        expect(r.status, file).toBe(200);
        expect(r.headers['content-encoding'], file).toBe('gzip');
        expect(r.headers['content-type'], file).toBe('application/octet-stream');
        expect(r.headers['cache-control'], file).toBe(cache);
        expect(missingSecurityHeaders(r), file).toEqual([]);
        // The file itself: one gzip layer that unpacks to what Pagefind reads.
        expect(r.body.equals(dist(file)), file).toBe(true);
        expect(gunzipSync(r.body).subarray(0, 12).toString(), file).toBe('pagefind_dcd');
      }
    }
    // The rest of Pagefind's folder is not: its script and entry file, and our lexicon, go by the usual rules.
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/zoekwijzer.json']) {
      expect((await get(n.url, path)).headers['content-encoding'], path).toBeUndefined();
    }
  });

  it('has the Brotli module on this machine (.ci/run installs libnginx-mod-http-brotli-static)', () => {
    expect(existsSync(BROTLI_MODULE)).toBe(true);
    expect(n.brotli).toBe(true);
  });

  it('answers a missing page with the Dutch 404 page and status 404', async () => {
    for (const path of ['/bestaat-niet/', '/wetten/bestaat-niet/', '/_astro/', '/_headers']) {
      const r = await get(n.url, path, { 'accept-encoding': 'gzip' });
      expect(r.status, path).toBe(404);
      const html = r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body).toString() : r.body.toString();
      expect(html).toContain('Deze pagina bestaat niet');
      expect(html).toContain('<html lang="nl"');
    }
  });

  it('redirects a folder without its slash to the slash, on the same host and port', async () => {
    const r = await get(n.url, '/wetten/wmo');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/wetten/wmo/');
  });

  describe('in Chromium', () => {
    const chromium = useBrowser();

    it('the kaart, its layers and search work through nginx with no CSP violation', async () => {
      const page = await chromium.context().newPage();
      const w = await watch(page, n.url);
      const csp = await watchCsp(page);
      const r = await page.goto(`${n.url}/kaart/?laag=wiebetaalt`, { waitUntil: 'load' });
      expect(r?.headers()['content-security-policy']).toBe(cspHeader());
      expect(await page.getAttribute('svg.sk-kaart__svg', 'data-laag')).toBe('wiebetaalt');
      await page.locator('svg a.marker').first().click();
      expect(await page.locator('[data-paneel]').isVisible()).toBe(true);

      await page.goto(`${n.url}/zoeken/?q=beschermd%20wonen`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelectorAll('[data-sk-zoekresultaten] > li').length > 0, undefined, { timeout: 60_000 });

      await page.goto(`${n.url}/wetten/wmo/`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toMatch(/Wmo|maatschappelijke ondersteuning/i);
      expect(await csp.violations()).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
      await page.close();
    });
  });
});

describe('nginx without the Brotli module', () => {
  it('still starts (brotli.conf left out) and sends gzip', async () => {
    const n = await startNginx({ brotli: false });
    try {
      const r = await get(n.url, '/', { 'accept-encoding': 'gzip, br' });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(missingSecurityHeaders(r)).toEqual([]);
    } finally {
      await n.stop();
    }
  });
});

describe('the header check itself', () => {
  it('sees the headers go missing with a broken configuration (add_header in a location)', async () => {
    const deployDir = mkdtempSync(join(tmpdir(), 'staalkaart-deploy-'));
    cpSync('tests/fixtures/nginx-broken', deployDir, { recursive: true });
    cpSync('deploy/nginx/staalkaart/headers.conf', join(deployDir, 'staalkaart/headers.conf'));
    const n = await startNginx({ deployDir });
    try {
      expect(missingSecurityHeaders(await get(n.url, '/'))).toEqual([]);
      const css = firstAsset(readFileSync('dist/index.html', 'utf8'), 'css');
      expect(missingSecurityHeaders(await get(n.url, css))).toEqual(SECURITY_HEADERS.map(([name]) => name));
    } finally {
      await n.stop();
      rmSync(deployDir, { recursive: true, force: true });
    }
  });
});

describe('a port another program holds', () => {
  let other: Server;
  let taken: number;
  beforeAll(async () => {
    other = createServer((_, res) => res.end('not nginx'));
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', () => ok()));
    taken = (other.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((ok) => other.close(() => ok())));

  it('is never taken for nginx: an asked-for port says it is in use', async () => {
    await expect(startNginx({ port: taken })).rejects.toThrow(/Address already in use/);
  });

  it('is skipped when it was picked as free but taken before nginx bound it: nginx starts on another port', async () => {
    let picks = 0;
    const n = await startNginx({ pickPort: () => (picks++ === 0 ? Promise.resolve(taken) : freePortOnce()) });
    try {
      expect(n.port).not.toBe(taken);
      expect(picks).toBe(2);
      const r = await get(n.url, '/');
      expect(r.status).toBe(200);
      expect(String(r.headers.server)).toMatch(/nginx/);
    } finally {
      await n.stop();
    }
  });
});

/** A port that was free a moment ago (the same way scripts/nginx.ts picks one). */
function freePortOnce(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}
