/**
 * Astro integration: writes a gzip (.gz) and a Brotli (.br) copy beside every text file in dist/ once
 * the build is done, so a web server sends compressed files without compressing on each request
 * (nginx: gzip_static / brotli_static; scripts/serve.mjs does the same). Keep it last in astro.config.mjs,
 * after every integration that still changes dist/.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text formats worth compressing. Pagefind's .pf_* and .pagefind files are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|wasm)$/;
/** Below this a compressed copy saves less than it costs (the same limit as nginx's gzip_min_length). */
export const MIN_BYTES = 1024;

export interface PrecompressSummary {
  files: number;
  bytes: number;
  gzip: number;
  brotli: number;
}

/**
 * Compresses every file in `dir` as above. The work runs on Node's thread pool, all files at once, so it uses every
 * core (Brotli at quality 11 is the slow part of a build).
 */
export async function precompressDir(dir: string): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  const jobs: Promise<void>[] = [];
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, rel);
    if (!COMPRESSIBLE.test(file)) continue;
    const body = readFileSync(file);
    // A stale copy from an earlier build must never be served for a file that shrank below the limit.
    rmSync(`${file}.gz`, { force: true });
    rmSync(`${file}.br`, { force: true });
    if (body.length < MIN_BYTES) continue;
    jobs.push(
      Promise.all([
        gzipAsync(body, { level: 9 }),
        brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ]).then(([gz, br]) => {
        writeFileSync(`${file}.gz`, gz);
        writeFileSync(`${file}.br`, br);
        summary.files++;
        summary.bytes += body.length;
        summary.gzip += gz.length;
        summary.brotli += br.length;
      }),
    );
  }
  await Promise.all(jobs);
  return summary;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'staalkaart:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const s = await precompressDir(fileURLToPath(dir));
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        logger.info(`${s.files} bestanden gecomprimeerd: ${kb(s.bytes)} → gzip ${kb(s.gzip)}, brotli ${kb(s.brotli)}`);
      },
    },
  };
}
