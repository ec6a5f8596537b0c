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

/** Labels per filter value, as the filter's radio buttons say them. */
export type FilterLabels = Record<FilterNaam, Record<string, string>>;

/** What the filter shows: the questions, the aspects with at least one of them and the wetten they name. */
export interface Telling {
  vragen: number;
  aspecten: number;
  wetten: number;
}

/** The count line above the questions (also the live region and the print's heading): "44 vragen · filter: Jeugdwet". */
export function tellingTekst(t: Telling, f: Filter, labels: FilterLabels): string {
  const wat = filterTekst(f, labels);
  return t.vragen ? `${vragenTekst(t.vragen)} · ${wat}` : `Geen vragen · ${wat}`;
}

/** The count in the page's lead: "57 vragen over 5 wetten, in 8 aspecten." or "44 vragen in 8 aspecten (filter: Jeugdwet)." */
export function leadTekst(t: Telling, f: Filter, labels: FilterLabels): string {
  const wat = filterTekst(f, labels);
  const inAspecten = `in ${t.aspecten} ${t.aspecten === 1 ? 'aspect' : 'aspecten'}`;
  if (!t.vragen) return `Geen vragen bij dit filter (${wat.replace(/^filter: /, '')}).`;
  if (isGefilterd(f)) return `${vragenTekst(t.vragen)} ${inAspecten} (${wat}).`;
  return `${vragenTekst(t.vragen)} over ${t.wetten} ${t.wetten === 1 ? 'wet' : 'wetten'}, ${inAspecten}.`;
}

/** A question as the CSV export lists it: wetten, aspect and momenten in words. */
export function csvRij(v: { id: string; vraag: string; kenmerken: VraagKenmerken }, labels: FilterLabels) {
  return {
    id: v.id,
    vraag: v.vraag,
    wet: v.kenmerken.wetten.map((w) => labels.wet[w] ?? w).join(', '),
    aspect: labels.aspect[v.kenmerken.aspect] ?? v.kenmerken.aspect,
    moment: v.kenmerken.momenten.map((m) => labels.moment[m] ?? m).join(', '),
  };
}

/** The title of the question before an import overwrites answers: "1 antwoord wordt overschreven". */
export const overschrijfTitel = (n: number) => `${n} ${n === 1 ? 'antwoord wordt' : 'antwoorden worden'} overschreven`;
