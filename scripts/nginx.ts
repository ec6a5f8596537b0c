// Starts Debian's nginx with the shipped configuration (deploy/nginx/) on a loopback port, serving dist/:
// used by tests/browser/nginx.test.ts and `npm run bench:lighthouse`. Everything nginx writes (pid, logs,
// temp files) stays in a temporary folder; it never touches /etc/nginx or a system nginx.
// Usage: node scripts/nginx.ts [--port 8080]   (after npm run build; Ctrl+C stops it)
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface RunningNginx {
  url: string;
  port: number;
  /** true when the Brotli module was present and brotli.conf included. */
  brotli: boolean;
  /** The folder with nginx.conf, the copied deploy/nginx files, pid and logs. */
  prefix: string;
  errorLog: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/**
 * The shipped server block (deploy/nginx/staalkaart.conf) with only its listen and root lines changed, inside
 * a minimal main configuration of our own.
 */
export function testConfig(opts: { prefix: string; port: number; root: string; brotli: boolean; deployDir?: string }): string {
  const deployDir = opts.deployDir ?? 'deploy/nginx';
  let server = readFileSync(join(deployDir, 'staalkaart.conf'), 'utf8')
    .replace(/^\s*listen\s+\[::\]:80;\s*$/m, '')
    .replace(/^(\s*)listen\s+80;\s*$/m, `$1listen 127.0.0.1:${opts.port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${opts.root};`);
  if (!opts.brotli) server = server.replace(/^\s*include staalkaart\/brotli\.conf;\s*$/m, '');
  const p = opts.prefix;
  return [
    opts.brotli ? `load_module ${BROTLI_MODULE};` : '',
    `pid ${p}/nginx.pid;`,
    `error_log ${p}/error.log warn;`,
    'daemon off;',
    'master_process off;',
    'worker_processes 1;',
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  client_body_temp_path ${p}/tmp-body;`,
    `  proxy_temp_path ${p}/tmp-proxy;`,
    `  fastcgi_temp_path ${p}/tmp-fastcgi;`,
    `  uwsgi_temp_path ${p}/tmp-uwsgi;`,
    `  scgi_temp_path ${p}/tmp-scgi;`,
    server,
    '}',
    '',
  ].join('\n');
}

/** Checks a configuration with `nginx -t`; returns nginx's complaint, or '' when it is valid. */
export function checkConfig(prefix: string): string {
  const r = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stderr}${r.stdout}`.trim();
}

export async function startNginx(
  opts: { dist?: string; port?: number; deployDir?: string; brotli?: boolean; pickPort?: () => Promise<number> } = {},
): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx ontbreekt (${NGINX}): apt-get install nginx-light (.ci/run doet dat).`);
  const root = resolve(opts.dist ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} ontbreekt: draai eerst npm run build.`);
  const prefix = mkdtempSync(join(tmpdir(), 'staalkaart-nginx-'));
  const deployDir = opts.deployDir ?? 'deploy/nginx';
  cpSync(join(deployDir, 'staalkaart'), join(prefix, 'staalkaart'), { recursive: true });
  const brotli = opts.brotli ?? existsSync(BROTLI_MODULE);
  // A free port can be taken by another process between freePort() and nginx's bind(). Then nginx stops with
  // "Address already in use": try again on a new port (only when no port was asked for).
  for (let attempt = 1; ; attempt++) {
    const port = opts.port ?? (await (opts.pickPort ?? freePort)());
    writeFileSync(join(prefix, 'nginx.conf'), testConfig({ prefix, port, root, brotli, deployDir }));
    const problem = checkConfig(prefix);
    if (problem) throw new Error(`nginx -t: ${problem}`);
    const started = await launch(prefix, port);
    if (started.ok) return running(prefix, port, brotli, started.child);
    if (opts.port === undefined && attempt < 5 && /Address already in use/.test(started.stderr)) continue;
    throw new Error(`nginx stopte meteen: ${started.stderr}`);
  }
}

async function launch(prefix: string, port: number): Promise<{ ok: true; child: ChildProcess } | { ok: false; stderr: string }> {
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Wait until it answers (no fixed sleep: as long as it takes, up to a generous limit). The answer must come from
  // this nginx: a Server header naming nginx, and the process still running.
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      await exited;
      return { ok: false, stderr: stderr || (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '') };
    }
    const ok = await fetch(`http://127.0.0.1:${port}/`)
      .then((r) => r.ok && /nginx/i.test(r.headers.get('server') ?? ''))
      .catch(() => false);
    if (ok && child.exitCode === null) return { ok: true, child };
    if (i > 600) {
      child.kill('SIGQUIT');
      throw new Error('nginx antwoordt niet');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function running(prefix: string, port: number, brotli: boolean, child: ChildProcess): RunningNginx {
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    brotli,
    prefix,
    errorLog: () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) {
          rmSync(prefix, { recursive: true, force: true });
          done();
          return;
        }
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          done();
        });
        child.kill('SIGQUIT');
      }),
  };
}

if (import.meta.main) {
  const i = process.argv.indexOf('--port');
  const n = await startNginx({ port: i > -1 ? Number(process.argv[i + 1]) : 8080 });
  console.log(`nginx serveert dist/ op ${n.url}/ (brotli: ${n.brotli ? 'ja' : 'nee'}; stoppen: Ctrl+C)`);
  const stop = () => n.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
