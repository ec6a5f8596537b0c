/** The editie as other features use it (the lezen page shows a local choice beside a keuze). */
export type { Editie, LokaleEntry } from './check.ts';
