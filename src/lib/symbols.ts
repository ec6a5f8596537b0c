/**
 * The symbols that carry a beleidsruimte grade next to its colour: a filled
 * circle (ruim), a half-filled circle (beperkt), a circle with a slash (geen).
 * Shared by the grade badge on the pages and the markers on the kaart.
 */
import type { Beleidsruimte } from './content/schema.ts';

/** SVG markup of the symbol centred on (0,0) with radius r; colours via currentColor. */
export function gradeSymbol(grade: Beleidsruimte, r = 6): string {
  const circle = `<circle r="${r}" fill="none" stroke="currentColor" stroke-width="${(r / 4).toFixed(2)}"/>`;
  switch (grade) {
    case 'ruim':
      return `<circle r="${r}" fill="currentColor"/>`;
    case 'beperkt':
      return `<path d="M0,${-r}A${r},${r} 0 0 0 0,${r}Z" fill="currentColor"/>${circle}`;
    case 'geen': {
      const d = (r * Math.SQRT1_2).toFixed(2);
      return `${circle}<line x1="${-d}" y1="${d}" x2="${d}" y2="${-d}" stroke="currentColor" stroke-width="${(r / 4).toFixed(2)}"/>`;
    }
  }
}
