/**
 * Turns a kaart layout into SVG markup. Pure and deterministic, so the SVG
 * snapshot tests render exactly what the page shows. Regions link to their
 * wet page, borders to their scheidslijn page, markers to their keuze
 * anchor: the kaart works as a map of links without JavaScript.
 *
 * The renderer is split by concept in ./render/ (see render/index.ts); this
 * module keeps the name the pages and tests import.
 */
export { renderKaart as renderKaartSvg, MIN_LABEL_PX } from './render/index.ts';
