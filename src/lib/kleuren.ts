/**
 * The grade colours of beleidsruimte, for SVG made at build time and by the client. The same values are the CSS
 * custom properties --sk-ruim, --sk-beperkt, --sk-geen (and their -bg) in src/styles/tokens.css;
 * tests/unit/kleuren.test.ts keeps the two equal. Colour is never the only carrier: symbol and text go with it.
 */
export const GRADE_KLEUR = { ruim: '#1e6b34', beperkt: '#7a4d00', geen: '#4d4d57' } as const;

/** The light background of each grade. */
export const GRADE_ACHTERGROND = { ruim: '#e3f1e6', beperkt: '#fbefd9', geen: '#ececef' } as const;
