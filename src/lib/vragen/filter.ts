/**
 * The werkblad's filter (wet, aspect, moment) as a value, in the address
 * (/vragen/?wet=jeugdwet&moment=inkoop) and in words for the page and the
 * print. Pure: used by the client script on /vragen/ and the unit tests.
 * An unknown value in the address counts as "alle", so a stale or hand-made
 * link never shows an empty sheet by accident.
 */

export const FILTERS = ['wet', 'aspect', 'moment'] as const;
export type FilterNaam = (typeof FILTERS)[number];
export type Filter = Record<FilterNaam, string>;
export const ALLE = 'alle';
export const geenFilter = (): Filter => ({ wet: ALLE, aspect: ALLE, moment: ALLE });

/** What a question carries (data attributes on the page). */
export interface VraagKenmerken {
  wetten: string[];
  aspect: string;
  momenten: string[];
}

/** The filter in an address's query; `bekend` lists the valid values per filter. */
export function filterUitZoek(zoek: string, bekend: Record<FilterNaam, readonly string[]>): Filter {
  const q = new URLSearchParams(zoek);
  const f = geenFilter();
  for (const n of FILTERS) {
    const v = q.get(n);
    if (v && bekend[n].includes(v)) f[n] = v;
  }
  return f;
}

/** The query for a filter: only what is filtered, other parameters of `zoek` kept. "" when nothing is. */
export function zoekVoorFilter(f: Filter, zoek = ''): string {
  const q = new URLSearchParams(zoek);
  for (const n of FILTERS) {
    if (f[n] === ALLE) q.delete(n);
    else q.set(n, f[n]);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function past(v: VraagKenmerken, f: Filter): boolean {
  return (f.wet === ALLE || v.wetten.includes(f.wet)) && (f.aspect === ALLE || v.aspect === f.aspect) && (f.moment === ALLE || v.momenten.includes(f.moment));
}

export const isGefilterd = (f: Filter) => FILTERS.some((n) => f[n] !== ALLE);

/** "1 vraag", "44 vragen". */
export const vragenTekst = (n: number) => `${n} ${n === 1 ? 'vraag' : 'vragen'}`;
/** "1 antwoord", "2 antwoorden". */
export const antwoordenTekst = (n: number) => `${n} ${n === 1 ? 'antwoord' : 'antwoorden'}`;

/**
 * The filter in words, with labels per value: "Jeugdwet · moment: inkoop", or
 * "alle wetten, alle aspecten, alle momenten".
 */
export function filterTekst(f: Filter, label: Record<FilterNaam, Record<string, string>>): string {
  if (!isGefilterd(f)) return 'alle wetten, alle aspecten, alle momenten';
  const delen: string[] = [];
  if (f.wet !== ALLE) delen.push(label.wet[f.wet] ?? f.wet);
  if (f.aspect !== ALLE) delen.push(`aspect: ${label.aspect[f.aspect] ?? f.aspect}`);
  if (f.moment !== ALLE) delen.push(`moment: ${label.moment[f.moment] ?? f.moment}`);
  return `filter: ${delen.join(' · ')}`;
}
