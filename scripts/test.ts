/**
 * `npm test`: every test, in three steps, each step's commands side by side so both cores stay busy:
 *   1. the type check (`astro check`), the unit tests, the layering (dependency-cruiser, .dependency-cruiser.cjs) and
 *      unused files, exports and dependencies (knip, knip.jsonc);
 *   2. the national build (dist/) and the Voorbeeldgemeente editie (dist-voorbeeldgemeente/), which keep separate
 *      content caches (cacheDir in astro.config.mjs);
 *   3. the checks of the built files (vitest projects dist and dist-editie, no browser) beside the browser tests
 *      (browser and browser-editie, one Chromium at a time).
 * Commands that run side by side print their output when they end, one after the other, so it never interleaves.
 * The first step that fails stops the run with that command's exit code.
 *
 * Usage: node scripts/test.ts   (what `npm test` runs)
 */
import { spawn } from 'node:child_process';

interface Result {
  name: string;
  code: number;
  seconds: number;
}

/** Runs `npm run <script>` (or vitest) with its output kept until it ends, unless it runs alone. */
function run(name: string, args: string[], alone: boolean): Promise<Result> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(args[0]!, args.slice(1), { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - start) / 1000;
      if (!alone) {
        process.stdout.write(`\n── ${name} ──\n`);
        process.stdout.write(Buffer.concat(chunks));
      }
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds });
    });
  });
}

// The builds of npm test have no public address (SITE_URL): the tests check that none is invented.
delete process.env.SITE_URL;
// A full run compares every snapshot; UPDATE_SNAPSHOTS=1 (renew them) is for a single test file (tests/helpers/snapshot.ts).
delete process.env.UPDATE_SNAPSHOTS;
const npm = (script: string) => ['npm', 'run', '--silent', script];
const steps: [string, string[]][][] = [
  [
    ['type check', npm('typecheck')],
    ['unit tests', ['npx', 'vitest', 'run', '--project', 'unit']],
    ['layering', npm('check:layers')],
    ['unused code', npm('check:unused')],
  ],
  [
    ['build', npm('build')],
    ['build voorbeeldgemeente', npm('build:voorbeeldgemeente')],
  ],
  [
    ['dist tests', ['npx', 'vitest', 'run', '--project', 'dist', '--project', 'dist-editie']],
    ['browser tests', ['npx', 'vitest', 'run', '--project', 'browser', '--project', 'browser-editie']],
  ],
];

const times: string[] = [];
for (const step of steps) {
  const results = await Promise.all(step.map(([name, args]) => run(name, args, step.length === 1)));
  times.push(...results.map((r) => `${r.name} ${r.seconds.toFixed(0)} s`));
  const failed = results.find((r) => r.code !== 0);
  if (failed) {
    console.error(`\nnpm test: ${failed.name} failed (exit ${failed.code}).`);
    process.exit(failed.code);
  }
}
console.log(`\nnpm test: all passed (${times.join(', ')}).`);
