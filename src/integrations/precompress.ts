/**
 * Astro integration: writes a gzip (.gz) and a Brotli (.br) copy beside every text file in dist/ once
 * the build is done, so a web server sends compressed files without compressing on each request
 * (nginx: gzip_static / brotli_static; scripts/serve.mjs does the same). Keep it last in astro.config.mjs,
 * after every integration that still changes dist/.
 *
 * The gzip copies of scripts and data (ZOPFLI) are made with Zopfli: 1 to 9 % smaller than zlib's level 9 and still
 * plain gzip, at a cost of seconds of build (issue 24). recompressPagefind() does the same for the Pagefind files
 * every search loads; the pagefind integration calls it before the service worker hashes them.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gunzipSync, gzip } from 'node:zlib';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text formats worth compressing. Pagefind's .pf_* and .pagefind files are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|wasm)$/;
/** Below this a compressed copy saves less than it costs (the same limit as nginx's gzip_min_length). */
export const MIN_BYTES = 1024;

/**
 * Text files whose gzip copy Zopfli makes (a path below dist/, with /): the site's scripts (`_astro/`, up to
 * ZOPFLI_MAX_BYTES: the search's chunks among them) and what a search loads of Pagefind's (pagefind.js) and ours (the
 * lexicon). HTML, CSS, SVG, the other data and the PDF reader's large scripts keep zlib's level 9: Zopfli does 100 to
 * 300 KB a second on this machine, and making all JS and JSON with it added 13 s to a build for 8 KB in all.
 */
export const ZOPFLI = /^(_astro\/[^/]+\.js|pagefind\/(pagefind\.js|zoekwijzer\.json))$/;
export const ZOPFLI_MAX_BYTES = 128 * 1024;
/**
 * Zopfli's passes: 5 makes the same files as its default 15 within a few bytes (the WebAssembly: 2 bytes of 57 KB),
 * in a third of the time.
 */
export const ZOPFLI_ITERATIONS = 5;

/** A gzip stream of `body` by Zopfli: deterministic (no time or name in its header), checked by unpacking it. */
export async function zopfli(body: Uint8Array, file: string): Promise<Buffer> {
  const gz = Buffer.from(await zopfliGzip(body, { numiterations: ZOPFLI_ITERATIONS }));
  if (!gunzipSync(gz).equals(body)) throw new Error(`Zopfli: ${file} komt er uitgepakt anders uit`);
  return gz;
}

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
    const byZopfli = ZOPFLI.test(rel.split(sep).join('/')) && body.length <= ZOPFLI_MAX_BYTES;
    jobs.push(
      Promise.all([
        // Zopfli runs on this thread (WebAssembly, synchronous) while Brotli and zlib run on the thread pool: it starts
        // after this loop, once every file's Brotli job is queued.
        byZopfli ? new Promise<void>((next) => setImmediate(next)).then(() => zopfli(body, file)) : gzipAsync(body, { level: 9 }),
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

/** Pagefind's files: gzip streams that hold "pagefind_dcd" and the data (Pagefind unpacks any valid gzip). */
export const PAGEFIND_GZIP = /\.(pf_index|pf_meta|pf_fragment|pf_filter|pagefind)$/;
/** What Pagefind's own unpacking looks for: hosts send the files above with Content-Encoding: gzip (deploy/). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';
/**
 * The Pagefind files that every first search loads, recompressed with Zopfli: the WebAssembly of the site's one
 * language, the meta file and the index chunks (3 to 5 % smaller). Fragments (277 of about 0.8 KB, 2 % smaller: 17
 * bytes each, 25 s of build) and filters (only /zoeken/'s filters load them) stay as Pagefind writes them; so does
 * the WebAssembly for pages without a language, which nothing loads.
 */
export const PAGEFIND_ZOPFLI = /(\.pf_index|\.pf_meta|^wasm\.nl\.pagefind)$/;

/** Pagefind's WebAssembly files ("pagefind_dcd" and a WebAssembly module). */
const PAGEFIND_WASM = /^wasm\.[^/]*\.pagefind$/;
/** A WebAssembly module's magic number and version, the 8 bytes before its sections. */
const WASM_HEADER = 8;

/**
 * Pagefind's WebAssembly without its custom sections (id 0: "producers", "target_features"): notes for tools that a
 * browser does not read (WebAssembly core specification, 5.5.3 "Custom Section"). 0.2 KB less for every first search
 * (issue 24). The other sections are kept byte for byte, in order; a module that does not parse is returned as it is.
 */
export function withoutCustomSections(body: Buffer): Buffer {
  const head = PAGEFIND_SIGNATURE.length + WASM_HEADER;
  if (body.subarray(PAGEFIND_SIGNATURE.length, PAGEFIND_SIGNATURE.length + 4).toString('latin1') !== '\0asm') return body;
  const kept: Buffer[] = [body.subarray(0, head)];
  let i = head;
  while (i < body.length) {
    const start = i;
    const id = body[i++]!;
    // The section's size: an unsigned LEB128 number.
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      if (i >= body.length || shift > 28) return body;
      const byte = body[i++]!;
      size += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    i += size;
    if (i > body.length) return body;
    if (id !== 0) kept.push(body.subarray(start, i));
  }
  return Buffer.concat(kept);
}

export interface RecompressSummary {
  files: number;
  before: number;
  after: number;
}

/**
 * Checks that every Pagefind file below `pagefindDir` is a gzip stream of "pagefind_dcd" and its data (so hosts may
 * send it with Content-Encoding: gzip: the browser unpacks it, and Pagefind skips its own unpacking), and rewrites the
 * PAGEFIND_ZOPFLI ones as Zopfli's gzip of the same content when that is smaller. Throws naming a file that is not.
 */
export async function recompressPagefind(pagefindDir: string): Promise<RecompressSummary> {
  const summary: RecompressSummary = { files: 0, before: 0, after: 0 };
  for (const rel of readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!PAGEFIND_GZIP.test(rel)) continue;
    const file = join(pagefindDir, rel);
    const gz = readFileSync(file);
    let body: Buffer;
    try {
      body = gunzipSync(gz);
    } catch {
      body = Buffer.alloc(0);
    }
    if (body.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE)
      throw new Error(`Pagefind: ${file} is geen gzip van "${PAGEFIND_SIGNATURE}" en gegevens; deploy/ stuurt het met Content-Encoding: gzip`);
    const name = rel.split(/[\\/]/).at(-1)!;
    if (!PAGEFIND_ZOPFLI.test(name)) continue;
    const smaller = await zopfli(PAGEFIND_WASM.test(name) ? withoutCustomSections(body) : body, file);
    summary.files++;
    summary.before += gz.length;
    if (smaller.length < gz.length) writeFileSync(file, smaller);
    summary.after += Math.min(smaller.length, gz.length);
  }
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
