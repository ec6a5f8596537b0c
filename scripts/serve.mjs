// A small static file server for dist/ on 127.0.0.1, used by `npm start` and the browser tests.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
// With GEMEENTE=<id> (a gemeente edition) the default folder is dist-<id>/, where `GEMEENTE=<id> npm run build` writes it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** Starts the server; resolves with { server, url }. Port 0 picks a free port. */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
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
      if (!info) {
        const body = await readFile(join(root, '404.html')).catch(() => 'Niet gevonden');
        res.writeHead(404, { 'content-type': TYPES['.html'] }).end(body);
        return;
      }
      const body = await readFile(path);
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
        })
        .end(req.method === 'HEAD' ? undefined : body);
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
  const gemeente = process.env.GEMEENTE?.trim();
  const { url } = await serve({ dir: arg('dir', gemeente ? `dist-${gemeente}` : 'dist'), port: Number(arg('port', process.env.PORT ?? 4321)) });
  console.log(`Staalkaart sociaal domein draait op ${url}/ (stoppen: Ctrl+C)`);
}
