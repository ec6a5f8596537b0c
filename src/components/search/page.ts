/**
 * The /zoeken/ page: query field, filters (type, wet, beleidsruimte) and the
 * result list. The state lives in the URL (/zoeken/?q=wlz&type=keuze&wet=Wmo),
 * the same URL the form produces without JavaScript, so a search can be
 * linked, bookmarked and reloaded. Loaded by the page's own script.
 */
import { cleanQuery, MIN_QUERY, search, type Filters, type Hit, type Outcome } from './engine.ts';
import { announcer, answer, el, excerpt, hitMeta, resultaten } from './render.ts';
import { explanation, plaatsMelding, suggestion } from './uitleg.ts';

const PAGE = 20;
const FILTER_NAMES = ['type', 'wet', 'beleidsruimte'] as const;

export function start(root: HTMLElement = document.body): void {
  const form = root.querySelector<HTMLFormElement>('[data-sk-zoekpagina]');
  const status = root.querySelector<HTMLElement>('[data-sk-zoekstatus]');
  const list = root.querySelector<HTMLOListElement>('[data-sk-zoekresultaten]');
  const moreButton = root.querySelector<HTMLButtonElement>('[data-sk-meer]');
  const live = root.querySelector<HTMLElement>('[data-sk-zoekmelding]');
  const uitleg = root.querySelector<HTMLElement>('[data-sk-zoekuitleg]');
  if (!form || !status || !list || !moreButton || !live || !uitleg) return;
  // The status is shown at once; screen readers hear it when the typing pauses.
  const announce = announcer(live);
  const field = form.elements.namedItem('q') as HTMLInputElement;

  let seq = 0;
  let current: Outcome | undefined;
  let shown = 0;

  /** Reads the query and filters from the form. */
  function state(): { q: string; filters: Filters } {
    const data = new FormData(form!);
    const filters: Filters = {};
    for (const name of FILTER_NAMES) {
      const values = data.getAll(name).map(String).filter(Boolean);
      if (values.length) filters[name] = values;
    }
    return { q: cleanQuery(String(data.get('q') ?? '')), filters };
  }

  /** Puts the URL parameters into the form. */
  function fromUrl() {
    const params = new URLSearchParams(window.location.search);
    field.value = params.get('q') ?? '';
    for (const box of form!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
  }

  function toUrl() {
    const params = new URLSearchParams();
    const { q, filters } = state();
    if (q) params.set('q', q);
    for (const name of FILTER_NAMES) for (const v of filters[name] ?? []) params.append(name, v);
    const url = `${window.location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', url);
  }

  function item(hit: Hit, first = false): HTMLLIElement {
    const li = el('li');
    const h2 = el('h2', 'nl-heading nl-heading--level-2');
    const a = el('a', 'nl-link', hit.section ? `${hit.title}: ${hit.section}` : hit.title);
    a.href = hit.url;
    h2.append(a);
    li.append(h2, el('p', 'sk-zoekresultaat__meta', hitMeta(hit)));
    // The first result, when it is a keuze, answers on the spot: its beleidsruimte and summary.
    const antwoord = first ? answer(hit, 'sk-zoekresultaat__antwoord') : undefined;
    li.append(antwoord ?? excerpt(hit, 'sk-zoekresultaat__excerpt'));
    return li;
  }

  function statusText(o: Outcome, filtered: boolean): string {
    if (!o.query) return 'Typ een woord om te zoeken, bijvoorbeeld Wlz, beschermd wonen of eigen bijdrage.';
    if (o.query.length < MIN_QUERY) return 'Typ ten minste twee letters.';
    if (o.total === 0 && filtered && o.unfiltered > 0)
      return `Geen resultaten voor ‘${o.query}’ met deze filters; zonder filters zijn er ${resultaten(o.unfiltered)}.`;
    if (o.total === 0) return `Geen resultaten voor ‘${o.query}’. Probeer een ander woord, of kijk in de begrippenlijst.`;
    if (filtered && o.unfiltered !== o.total) return `${resultaten(o.total)} voor ‘${o.query}’ (van ${o.unfiltered} zonder filters).`;
    return `${resultaten(o.total)} voor ‘${o.query}’.`;
  }

  /** The search under way: a newer query aborts it, so it downloads no index chunks or result data of its own. */
  let running: AbortController | undefined;

  async function run() {
    const mine = ++seq;
    const { q, filters } = state();
    toUrl();
    list!.setAttribute('aria-busy', 'true');
    running?.abort();
    const controller = (running = new AbortController());
    const outcome = await search(q, filters, PAGE, { signal: controller.signal });
    if (mine !== seq) return;
    current = outcome;
    shown = outcome.hits.length;
    list!.replaceChildren(...outcome.hits.map((h, i) => item(h, i === 0)));
    list!.dataset.skQuery = outcome.query;
    list!.removeAttribute('aria-busy');
    status!.textContent = statusText(outcome, Object.keys(filters).length > 0);
    const extra = outcome.query.length >= MIN_QUERY ? explanation(outcome) : '';
    const bedoeld = suggestion(outcome, 'sk-zoekpagina__suggestie');
    const plaats = plaatsMelding(outcome, 'sk-zoekpagina__plaats');
    uitleg!.replaceChildren(...(plaats ? [plaats] : []), ...(extra ? [el('span', undefined, extra)] : []), ...(bedoeld ? [bedoeld] : []));
    announce([status!.textContent, plaats?.textContent ?? '', extra, bedoeld?.textContent ?? ''].filter(Boolean).join(' '));
    moreButton!.hidden = shown >= outcome.total;
  }

  async function more() {
    if (!current) return;
    const next = await current.more(shown, PAGE);
    const first = next[0] ? item(next[0]) : undefined;
    list!.append(...(first ? [first] : []), ...next.slice(1).map((h) => item(h)));
    shown += next.length;
    moreButton!.hidden = shown >= current.total;
    // Move focus to the first new result, so keyboard users continue where the new ones start.
    first?.querySelector('a')?.focus();
  }

  const fail = (err: unknown) => {
    if (err instanceof DOMException && err.name === 'AbortError') return; // a newer query took its place
    status.textContent = 'Zoeken lukt nu niet. Gebruik de begrippenlijst of de overzichten.';
    announce(status.textContent);
    list.removeAttribute('aria-busy');
    console.error(err);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run().catch(fail);
  });
  field.addEventListener('input', () => void run().catch(fail));
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type="checkbox"]')) void run().catch(fail);
  });
  moreButton.addEventListener('click', () => void more().catch(fail));

  fromUrl();
  form.classList.remove('sk-zoekpagina--wacht');
  void run().catch(fail);
}
