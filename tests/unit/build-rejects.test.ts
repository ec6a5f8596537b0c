/**
 * Broken content stops the real build (not only the content check), with a
 * message that names the file, the field and what was expected.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Astro's own entry, run with this Node (not through npx): a timeout then stops the build itself, not only npx,
// so a build that hangs cannot outlive the test.
const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
import { contentWith } from '../helpers/fixtures.ts';

describe('astro build with broken content', () => {
  it('fails and names the file, the field and what was expected', () => {
    const content = contentWith('onbekende-wet-in-casus');
    const outDir = mkdtempSync(join(tmpdir(), 'staalkaart-dist-'));
    const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      env: { ...process.env, STAALKAART_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    expect(output).toContain('casussen/wachten-op-wlz.mdx: veld "wetten[1]": verwacht een bekende wet (wlz, wmo), niet "awbz"');
  });
});
