/**
 * Formatting for the reader, in one place and through Intl (nl-NL): dates, amounts, numbers and lists.
 * Dates are calendar days stored at midnight UTC, so they are formatted in UTC.
 */

const datumFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const lijstFormat = new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' });

/** ISO date (YYYY-MM-DD) of a Date, in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "1 januari 2026" */
export function formatDatum(d: Date): string {
  return datumFormat.format(d);
}

/** An amount without the euro sign: "21,80", "1.419,46", "500" (whole euros without cents). */
export function bedrag(n: number): string {
  return new Intl.NumberFormat('nl-NL', Number.isInteger(n) ? {} : { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/** A number as written in Dutch: "1.419", "2,5". */
export function getal(n: number): string {
  return new Intl.NumberFormat('nl-NL').format(n);
}

/** "a, b en c" */
export function opsomming(items: readonly string[]): string {
  return lijstFormat.format(items);
}

/** "1 casus", "3 casussen": a count with the right form of the noun. */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
