/**
 * The public address in a real build (issue 22): with SITE_URL the hand-out
 * has a QR code and address line on that address, the poster and the kaart
 * download name it in their "Bron" line, and the feed is absolute on it; a
 * SITE_URL that is no address stops the build naming the variable. (npm test's
 * own builds have no SITE_URL: tests/dist/adres.test.ts checks that nothing is
 * invented then.) Built on the real content (the small fixture has no /raad/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Astro's own entry, run with this Node (not through npx): a timeout then stops the build itself, not only npx.
const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');

// Each build is a whole site (≈ 11 MB): removed afterwards.
const builds: string[] = [];
afterAll(() => {
  for (const dir of builds) rmSync(dir, { recursive: true, force: true });
});

function build(siteUrl: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'staalkaart-site-url-'));
  builds.push(outDir);
  const env: Record<string, string | undefined> = { ...process.env, SITE_URL: siteUrl, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  delete env.STAALKAART_CONTENT;
  delete env.STAALKAART_DIST;
  delete env.EDITIE;
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { outDir, status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('astro build with SITE_URL', () => {
  it('puts the configured address in the QR code, the address lines and the feed', () => {
    const { outDir, status, output } = build('https://www.gemeente.nl/');
    expect(status, output).toBe(0);
    expect(output).toContain('publiek adres: https://www.gemeente.nl/');
    // The address line may break after "/" or "." (<wbr>); a person reads it without those.
    const handout = readFileSync(join(outDir, 'werksessie/handout/wmo/index.html'), 'utf8').replace(/<wbr>/g, '');
    expect(handout).toContain('aria-label="QR-code naar https://www.gemeente.nl/wetten/wmo/"');
    expect(handout).toMatch(/<figcaption[^>]*>https:\/\/www\.gemeente\.nl\/wetten\/wmo\/<\/figcaption>/);
    const poster = readFileSync(join(outDir, 'werksessie/poster/index.html'), 'utf8').replace(/<[^>]+>/g, '');
    expect(poster).toMatch(/Bron: Staalkaart sociaal domein, https:\/\/www\.gemeente\.nl\/kaart\/ · peildatum \d+ \w+ \d{4} · \d+ onderwerpen, \d+ scheidslijnen/);
    expect(readFileSync(join(outDir, 'kaart/index.html'), 'utf8')).toContain('data-bron="Bron: Staalkaart sociaal domein, https://www.gemeente.nl/kaart/ ·');
    // The printed werkblad names its source (instead of the site footer) with the address.
    expect(readFileSync(join(outDir, 'vragen/index.html'), 'utf8')).toMatch(/sk-werkblad-printbron[^>]*>Bron: Staalkaart sociaal domein, https:\/\/www\.gemeente\.nl\/vragen\/ · wetteksten: stand van /);
    expect(readFileSync(join(outDir, 'wijzigingen/feed.xml'), 'utf8')).toContain('<link rel="self" type="application/atom+xml" href="https://www.gemeente.nl/wijzigingen/feed.xml"/>');
  }, 600_000);

  it('a SITE_URL that is no address stops the build, naming the variable', () => {
    const { status, output } = build('www.gemeente.nl');
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL="www.gemeente.nl" is geen adres');
  }, 600_000);
});
