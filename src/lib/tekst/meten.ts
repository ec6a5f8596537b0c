/**
 * Text widths from the font that renders the kaart: Source Sans 3 (SIL Open
 * Font License), self-hosted from public/fonts/ (copied from the npm package
 * @fontsource/source-sans-3). The same woff2 files the browser loads are read
 * here with fontkit at build time, so what is computed to fit is measured on
 * the real glyphs (with kerning). A character the font lacks (the subset is
 * Latin) is counted as a full em, wider than any fallback glyph.
 *
 * Build-time only (reads files); code that runs in the browser gets a
 * measuring function passed in (see src/lib/kaart/export.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';

import { KAART_FONT_FILES, type Gewicht, type Meter } from './font.ts';

export { KAART_FONT_FILES, type Gewicht, type Meter } from './font.ts';

const fonts = new Map<Gewicht, fontkit.Font>();
function font(gewicht: Gewicht): fontkit.Font {
  let f = fonts.get(gewicht);
  if (!f) {
    const file = resolve(process.env.STAALKAART_PUBLIC ?? resolve(process.cwd(), 'public'), KAART_FONT_FILES[gewicht]);
    f = fontkit.create(readFileSync(file)) as fontkit.Font;
    fonts.set(gewicht, f);
  }
  return f;
}

const cache = new Map<string, number>();

/** Width in em of `text` in the kaart font. */
export function emBreedte(text: string, gewicht: Gewicht = 400): number {
  const key = `${gewicht}|${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    const f = font(gewicht);
    const run = f.layout(text);
    w = run.glyphs.reduce((sum, g, i) => sum + (g.id === 0 ? f.unitsPerEm : run.positions[i]!.xAdvance), 0) / f.unitsPerEm;
    cache.set(key, w);
  }
  return w;
}

/** Advance width in px of `text` at `size` px in the kaart font. */
export const tekstBreedte: Meter = (text, size, gewicht = 400) => emBreedte(text, gewicht) * size;

/** The font files as data: URLs, to embed in a stand-alone SVG file. */
export function fontDataUrl(gewicht: Gewicht): string {
  const file = resolve(process.env.STAALKAART_PUBLIC ?? resolve(process.cwd(), 'public'), KAART_FONT_FILES[gewicht]);
  return `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
}
