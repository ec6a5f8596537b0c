// A small static file server for dist/ on 127.0.0.1, used by `npm start` and the browser tests.
// Like a static host, it sends the headers of dist/_headers (CSP, caching, Content-Encoding: gzip for Pagefind's gzip
// files …; see src/lib/headers.ts) and the precompressed .br or .gz copy of a file when the browser accepts it
// (src/integrations/precompress.ts).
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
// With EDITIE=<id> (an editie) the default folder is dist-<id>/, where `EDITIE=<id> npm run build` writes it.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distVoor, editieUitOmgeving } from '../src/lib/editie/omgeving.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The rules of a `_headers` file (Netlify / Cloudflare Pages format): a path pattern (exact, or ending in
 * `*` for a prefix) followed by indented `Name: value` lines.
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(':');
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers of every rule that matches a path; a later rule wins for the same header.
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const r of rules) {
    const match = r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern;
    if (match) for (const [n, v] of r.headers) out[n] = v;
  }
  return out;
}

/** The precompressed copy to send for an Accept-Encoding header: ['br', '.br'], ['gzip', '.gz'] or none. */
export function encodingsFor(acceptEncoding = '') {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((p) => p.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name.trim().toLowerCase()),
  );
  return [
    ['br', '.br'],
    ['gzip', '.gz'],
  ].filter(([name]) => accepted.has(name));
}

/** Starts the server; resolves with { server, url }. Port 0 picks a free port. */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  let rules = [];
  try {
    rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers: plain files, as before.
  }
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        path = join(path, 'index.html');
        info = await stat(path).catch(() => undefined);
      }
      if (!info || url.pathname === '/_headers') {
        const body = await readFile(join(root, '404.html')).catch(() => 'Niet gevonden');
        res.writeHead(404, { ...headersFor(rules, url.pathname), 'content-type': TYPES['.html'], 'cache-control': 'no-cache' }).end(body);
        return;
      }
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      let file = path;
      const headers = { 'cache-control': 'no-cache', ...headersFor(rules, url.pathname), 'content-type': type };
      if (/^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type)) {
        headers.vary = 'Accept-Encoding';
        // A precompressed copy older than its file is stale (the file was changed after the build): skip it.
        const original = await stat(path);
        for (const [name, ext] of encodingsFor(req.headers['accept-encoding'])) {
          const copy = await stat(path + ext).catch(() => undefined);
          if (copy && copy.mtimeMs >= original.mtimeMs) {
            file = path + ext;
            headers['content-encoding'] = name;
            break;
          }
        }
      }
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-length': body.length }).end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      ok({ server, url: `http://${host}:${typeof address === 'object' && address ? address.port : port}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > -1 ? process.argv[i + 1] : fallback;
  };
  const { url } = await serve({ dir: arg('dir', distVoor(editieUitOmgeving())), port: Number(arg('port', process.env.PORT ?? 4321)) });
  console.log(`Staalkaart sociaal domein draait op ${url}/ (stoppen: Ctrl+C)`);
}
