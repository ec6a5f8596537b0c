/**
 * Small helpers for SVG markup: escaping and rounding. Measuring and
 * wrapping text is in src/lib/tekst/ (measured on the real font, Dutch hyphenation).
 */

export { escapeHtml as esc } from './escape.ts';

/** Rounds to 2 decimals so the SVG is short and stable. */
export const r2 = (n: number) => Math.round(n * 100) / 100;
