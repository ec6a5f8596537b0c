/**
 * The text the interactive kaart rewrites when the layer or the filter changes: a marker's accessible name in a
 * layer, and a full piece's counts (its number, its name, its per-grade lines). Pure (no DOM): the client reads the
 * texts the page was built with and writes back what these return (tests/unit/kaart-labels.test.ts).
 */

/** "1 keuze", "8 keuzes". */
export const keuzesTekst = (n: number) => `${n} ${n === 1 ? 'keuze' : 'keuzes'}`;

/**
 * A marker's accessible name in a layer. In the other layers a marker shows a mark with a code; its name then
 * starts with that code and says the category, so the name still contains the visible text (WCAG 2.5.3).
 * `categorie` is "<layer name>: <category>", e.g. "wie beslist: de raad".
 */
export const markerNaam = (naam: string, laag: string, code: string | null | undefined, categorie: string) =>
  laag === 'beleidsruimte' || !code ? naam : `${code} ${naam}; ${categorie}`;

/** The category part of a marker's name: the layer's name in lower case, then the category's explanation. */
export const categorieTekst = (laagNaam: string, uitleg: string) => `${laagNaam.toLowerCase()}: ${uitleg}`;

/** The number drawn in a full piece for n shown keuzes: a bare number stays bare, "8 keuzes" becomes "n keuzes". */
export const tellingTekst = (orig: string, n: number) => (/^\d+$/.test(orig) ? String(n) : keuzesTekst(n));

/**
 * A full piece's accessible name for the grades shown. Built as "8 keuzes · 5 ruim · 3 beperkt; <rest>": the total
 * becomes n, only the shown grades' parts stay, the rest (after the first ";") is kept.
 */
export function tellingLabel(label: string, n: number, filter: readonly string[]): string {
  const [telling = '', rest = ''] = label.split(/;(.*)/s);
  const delen = telling.split(' · ').slice(1).filter((d) => filter.some((g) => d.endsWith(` ${g}`)));
  return `${[keuzesTekst(n), ...delen].join(' · ')};${rest}`;
}

/**
 * A full piece's lines for the grades shown: `grades[i]` is the grade of line i (undefined: a line without a grade,
 * always shown), `ys[i]` its place as built. The hidden grades' lines leave; the others move up into the first
 * places, in order. Per line: shown or not, and its new y (a hidden line keeps its own).
 */
export function tellingRegels(ys: readonly number[], grades: readonly (string | undefined)[], filter: readonly string[]): { toon: boolean; y: number }[] {
  let slot = 0;
  return ys.map((y, i) => {
    const grade = grades[i];
    const toon = !grade || filter.includes(grade);
    return toon ? { toon, y: ys[slot++]! } : { toon, y };
  });
}
