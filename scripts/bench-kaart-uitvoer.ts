/**
 * Per output of the kaart, in a built site: overlaps found by the geometry
 * check (tests/helpers/geometry.ts; must be 0), keuzes shown by name out of
 * the total, and the smallest label (CSS px on screen, pt on paper). Used by
 * `npm run bench:kaart` for each content size; it reports, nothing here asserts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serve } from './serve.mjs';
import { checkGeometry, KAART_GEOMETRY } from '../tests/helpers/geometry.ts';

export interface UitvoerRegel {
  uitvoer: string;
  overlaps: number;
  /** On the kaart by name. */
  genoemd: number;
  /** By number on the kaart, by name in the list beside it (static outputs when a vak is too full). */
  lijst: number;
  totaal: number;
  kleinste: string;
}

/** Marker labels drawn and visible in the kaart under `sel`, and the smallest of them in px (or pt when `pt`). */
async function labels(page: Page, sel: string, pt = false) {
  return page.evaluate(
    ([s, p]) => {
      const svg = document.querySelector<SVGSVGElement>(s as string)!;
      const shown = [...svg.querySelectorAll<SVGTextElement>('.marker-label')].filter((t) => t.checkVisibility() && t.getBoundingClientRect().width > 0);
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      // A number (static layout, full vak) is not a name: its name is in the list beside the kaart.
      const names = shown.filter((t) => !t.classList.contains('marker-nummer'));
      const lijst = document.querySelectorAll('.sk-poster__namen li').length + (document.querySelector('.export-namen') ? shown.length - names.length : 0);
      const px = Math.min(...shown.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      const maat = !shown.length ? '—' : p ? `${(px * 0.75).toFixed(1)} pt` : `${px.toFixed(1)} px`;
      return { genoemd: names.length, lijst, kleinste: maat };
    },
    [sel, pt] as const,
  );
}

export async function meetUitvoer(dist: string, totaal: number): Promise<UitvoerRegel[]> {
  const { server, url } = await serve({ dir: dist, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const out: UitvoerRegel[] = [];
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const regel = async (uitvoer: string, root: string, sel: string, pt = false, viewport: 'x' | 'none' = 'x') => {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const g = await checkGeometry(page, { ...KAART_GEOMETRY, root, viewport });
      const l = await labels(page, sel, pt);
      out.push({ uitvoer, overlaps: g.problems.length, genoemd: l.genoemd, lijst: l.lijst, totaal, kleinste: l.kleinste });
    };
    for (const [w, h] of [[390, 844], [1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`${url}/kaart/`);
      await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-bediening]')!.hidden);
      await regel(`/kaart/ ${w}×${h}`, '[data-kaart]', `svg.sk-kaart__svg[data-variant="${w < 1024 ? 'smal' : 'breed'}"]`);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${url}/`);
    const klein = await page.locator('.sk-kaartklein svg').isVisible();
    if (klein) await regel('home 1366', 'main', '.sk-kaartklein svg');
    await page.setViewportSize({ width: 1587, height: 1123 });
    await page.goto(`${url}/werksessie/poster/`);
    await page.emulateMedia({ media: 'print' });
    await regel('poster A3 (print)', '.sk-poster', '.sk-poster__kaart svg', true, 'none');
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${url}/kaart/`);
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-bediening]')!.hidden);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="svg"]').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'staalkaart-bench-')), dl.suggestedFilename());
    await dl.saveAs(file);
    const [w] = /viewBox="0 0 ([\d.]+)/.exec(readFileSync(file, 'utf8'))!.slice(1).map(Number) as [number];
    await page.setViewportSize({ width: w, height: 900 });
    await page.goto(pathToFileURL(file).href);
    await regel(`download SVG (PNG ×${(2400 / w).toFixed(0)})`, ':root', 'svg svg', false, 'none');
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

export function uitvoerTabel(rows: (UitvoerRegel & { factor: number })[]): string {
  const head = `${'size'.padEnd(5)}${'output'.padEnd(28)}${'overlaps'.padStart(9)}${'named'.padStart(12)}${'in list'.padStart(9)}${'smallest label'.padStart(16)}`;
  return [
    head,
    ...rows.map((r) => `${`${r.factor}×`.padEnd(5)}${r.uitvoer.padEnd(28)}${String(r.overlaps).padStart(9)}${`${r.genoemd}/${r.totaal}`.padStart(12)}${String(r.lijst).padStart(9)}${r.kleinste.padStart(16)}`),
  ].join('\n');
}
