/**
 * Small helpers for SVG made at build time: escaping, text width estimates
 * and word wrapping (SVG has no automatic line breaks).
 */

export { escapeHtml as esc } from './escape.ts';

/**
 * Estimated width of a text in px for a sans-serif font at `size` px.
 * Deterministic (no font metrics at build time) and generous: calibrated on
 * DejaVu Sans, the widest common fallback (measured in Chromium: never more
 * than 1.34 × the plain estimate), so label boxes contain the rendered text.
 */
const WIDE_FONT = 1.36;

export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) {
    if ('iljtf.,:;|!\'’ '.includes(ch)) units += 0.32;
    else if ('mwMW'.includes(ch)) units += 0.9;
    else if (ch >= 'A' && ch <= 'Z') units += 0.68;
    else if (ch >= '0' && ch <= '9') units += 0.58;
    else units += 0.56;
  }
  return units * size * WIDE_FONT;
}

/**
 * Splits `text` into lines of at most `maxWidth` px. A word longer than a
 * line is broken with a hyphen, so no line is ever wider than `maxWidth`.
 */
export function wrap(text: string, maxWidth: number, size: number): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => breakWord(w, maxWidth, size));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && (textWidth(candidate, size) > maxWidth || line.endsWith('-'))) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function breakWord(word: string, maxWidth: number, size: number): string[] {
  if (textWidth(word, size) <= maxWidth) return [word];
  const parts: string[] = [];
  let rest = word;
  while (textWidth(rest, size) > maxWidth && rest.length > 2) {
    let n = rest.length - 1;
    while (n > 1 && textWidth(`${rest.slice(0, n)}-`, size) > maxWidth) n--;
    parts.push(`${rest.slice(0, n)}-`);
    rest = rest.slice(n);
  }
  parts.push(rest);
  return parts;
}

/** Rounds to 2 decimals so the SVG is short and stable. */
export const r2 = (n: number) => Math.round(n * 100) / 100;
