/**
 * The kaart's font, named in one place: Source Sans 3 (SIL Open Font
 * License, public/fonts/, from @fontsource/source-sans-3). No file access
 * here, so browser code (the download) can import it; measuring is in meten.ts.
 */

/** The family as the SVG and CSS name it, with fallbacks for a file opened without the font. */
export const KAART_FONT_FAMILY = "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";
/** The files under public/ (served from the site root). */
export const KAART_FONT_FILES = { 400: 'fonts/source-sans-3-latin-400-normal.woff2', 700: 'fonts/source-sans-3-latin-700-normal.woff2' } as const;
export type Gewicht = keyof typeof KAART_FONT_FILES;

/** Measures the advance width in px of `text` at `size` px. */
export type Meter = (text: string, size: number, gewicht?: Gewicht) => number;

