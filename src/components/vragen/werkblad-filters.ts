/**
 * The werkblad's filters with JavaScript: the filter lives in the address (?wet=…&aspect=…&moment=…, and
 * &afdruk=compact), so a reload or a shared link shows the same sheet; the questions that do not match are hidden,
 * and the counts (the line above the questions, a live region, each group heading, the lead) and the empty message
 * follow. The words come from src/lib/vragen/filter.ts.
 */
import { FILTERS, filterUitZoek, leadTekst, past, tellingTekst, zoekVoorFilter, type Filter, type FilterLabels, type FilterNaam } from '../../lib/vragen/filter.ts';
import type { VraagOpPagina } from './werkblad-velden.ts';

export interface Filters {
  /** The filter as chosen now. */
  huidig(): Filter;
  /** The words of each filter value, as its radio button says it. */
  labels: FilterLabels;
}

/** Sets the filters up from the address and keeps page, address and counts in step with them. */
export function filterBediening(vragen: VraagOpPagina[]): Filters {
  const radios = (n: FilterNaam) => [...document.querySelectorAll<HTMLInputElement>(`input[name="vragen-${n}"]`)];
  const labels = Object.fromEntries(
    FILTERS.map((n) => [n, Object.fromEntries(radios(n).map((r) => [r.value, r.parentElement?.textContent?.trim() ?? r.value]))]),
  ) as FilterLabels;
  const bekend = Object.fromEntries(FILTERS.map((n) => [n, radios(n).map((r) => r.value)])) as Record<FilterNaam, string[]>;
  let filter: Filter = filterUitZoek(location.search, bekend);
  const compact = document.querySelector<HTMLInputElement>('[data-sk-compact]');
  if (compact) compact.checked = new URLSearchParams(location.search).get('afdruk') === 'compact';
  const telling = document.querySelector<HTMLElement>('[data-sk-telling]')!;
  delete telling.dataset.skStatisch;
  const leadTelling = document.querySelector<HTMLElement>('[data-sk-lead-telling]');
  const leeg = document.querySelector<HTMLElement>('[data-sk-leeg]')!;

  function toon(aangekondigd: boolean): void {
    for (const n of FILTERS) for (const r of radios(n)) r.checked = r.value === filter[n];
    let totaal = 0;
    const wetten = new Set<string>();
    for (const v of vragen) {
      const zichtbaar = past(v.kenmerken, filter);
      v.li.hidden = !zichtbaar;
      if (zichtbaar) {
        totaal++;
        for (const w of v.kenmerken.wetten) wetten.add(w);
      }
    }
    let aspecten = 0;
    for (const sectie of document.querySelectorAll<HTMLElement>('.sk-aspect')) {
      const n = vragen.filter((v) => !v.li.hidden && sectie.contains(v.li)).length;
      sectie.hidden = n === 0;
      if (n) aspecten++;
      const aantalEl = sectie.querySelector<HTMLElement>('[data-sk-aantal]');
      if (aantalEl) aantalEl.textContent = `(${n})`;
    }
    const t = { vragen: totaal, aspecten, wetten: wetten.size };
    // Set as text only when it changes, so a screen reader hears it once, after the user chose a filter.
    const tekst = tellingTekst(t, filter, labels);
    if (aangekondigd || telling.textContent !== tekst) telling.textContent = tekst;
    leeg.hidden = totaal > 0;
    if (leadTelling) leadTelling.textContent = leadTekst(t, filter, labels);
    document.documentElement.classList.toggle('sk-afdruk-compact', compact?.checked ?? false);
  }

  function schrijfAdres(): void {
    const q = new URLSearchParams(zoekVoorFilter(filter, location.search));
    if (compact?.checked) q.set('afdruk', 'compact');
    else q.delete('afdruk');
    const s = q.toString();
    history.replaceState(history.state, '', `${location.pathname}${s ? `?${s}` : ''}${location.hash}`);
  }

  document.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    const naam = FILTERS.find((n) => t.name === `vragen-${n}`);
    if (naam && t.checked) filter = { ...filter, [naam]: t.value };
    else if (t !== compact) return;
    schrijfAdres();
    toon(true);
  });

  toon(false);
  return { huidig: () => filter, labels };
}
