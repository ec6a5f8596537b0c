/**
 * The search field in the header, as a combobox with a list of results under
 * it (ARIA combobox pattern with aria-activedescendant: focus stays in the
 * field). Loaded on first use by the small script in SiteHeader.astro.
 *
 * Keyboard: type to search; ↓/↑ move through the results; Enter opens the
 * chosen result (or, with none chosen, the /zoeken/ page with all results);
 * Escape closes the list. The number of results is announced politely.
 */
import { cleanQuery, MIN_QUERY, pagefind, preload, RERANK, search, type Hit, type Outcome } from './engine.ts';
import { announcer, answer, el, excerpt, heeftUitleg, hitMeta, resultaten } from './render.ts';

type Uitleg = typeof import('./uitleg.ts');
let uitlegModule: Promise<Uitleg | undefined> | undefined;
/** uitleg.ts, once: what was searched, "Bedoelde u …?", the gemeente notice. Without it the results still show. */
const loadUitleg = () => (uitlegModule ??= import('./uitleg.ts').catch(() => ((uitlegModule = undefined), undefined)));

/** The header shows the reranked head, the same first results as /zoeken/ (and loads the data of no others). */
const MAX = RERANK;

export function start(field: HTMLInputElement): void {
  if (field.dataset.skZoeken === 'actief') return;
  field.dataset.skZoeken = 'actief';
  const form = field.form!;
  const id = field.id || 'sk-zoekveld';

  const status = el('p', 'sk-visually-hidden');
  status.setAttribute('role', 'status');
  const announce = announcer(status);
  const popup = el('div', 'sk-zoekpopup');
  popup.id = `${id}-popup`;
  popup.hidden = true;
  const list = el('ul', 'sk-zoekpopup__list');
  list.id = `${id}-lijst`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Zoekresultaten');
  const foot = el('p', 'sk-zoekpopup__foot');
  const all = el('a', 'nl-link');
  foot.append(all);
  // What was searched (question words left out, corrections) and "Bedoelde u …?", as on /zoeken/.
  const uitleg = el('div', 'sk-zoekpopup__uitleg');
  popup.append(uitleg, list, foot);
  form.append(status, popup);

  field.setAttribute('role', 'combobox');
  field.setAttribute('aria-autocomplete', 'list');
  field.setAttribute('aria-expanded', 'false');
  field.setAttribute('aria-controls', list.id);

  let hits: Hit[] = [];
  let active = -1;
  let seq = 0;
  let shownQuery = '';
  /** Escape closed the list: results that arrive later (a search still under way) fill it without opening it. */
  let dicht = false;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  function open(show: boolean) {
    popup.hidden = !show;
    field.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  }

  function setActive(i: number) {
    const opts = options();
    active = opts.length ? i : -1;
    opts.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    if (active >= 0) {
      field.setAttribute('aria-activedescendant', opts[active]!.id);
      opts[active]!.scrollIntoView({ block: 'nearest' });
    } else field.removeAttribute('aria-activedescendant');
  }

  function go(url: string) {
    open(false);
    window.location.href = url;
  }

  function render(outcome: Outcome, u: Uitleg | undefined) {
    const { query, total } = outcome;
    shownQuery = query;
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const li = el('li', 'sk-zoekpopup__option');
        li.id = `${id}-optie-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.url = hit.url;
        // The option's name is its whole text (title, type and wet, excerpt), as it is shown.
        const title = hit.section ? `${hit.title}: ${hit.section}` : hit.title;
        li.append(el('span', 'sk-zoekpopup__title', title), el('span', 'sk-zoekpopup__meta', hitMeta(hit)));
        li.append((i === 0 ? answer(hit, 'sk-zoekpopup__excerpt') : undefined) ?? excerpt(hit, 'sk-zoekpopup__excerpt'));
        return li;
      }),
    );
    all.href = `/zoeken/?q=${encodeURIComponent(query)}`;
    all.textContent = total > hits.length ? `Alle ${resultaten(total)} op de zoekpagina` : 'Zoeken met filters op de zoekpagina';
    foot.hidden = total === 0;
    if (total === 0) list.replaceChildren(el('li', 'sk-zoekpopup__empty', `Geen resultaten voor ‘${query}’.`));
    // A listbox without options is not allowed: the empty message is then not an option, and the list is not a listbox.
    if (total === 0) list.removeAttribute('role');
    else list.setAttribute('role', 'listbox');
    const extra = u?.explanation(outcome) ?? '';
    const bedoeld = u?.suggestion(outcome, 'sk-zoekpopup__suggestie');
    const plaats = u?.plaatsMelding(outcome, 'sk-zoekpopup__plaats');
    uitleg.replaceChildren(...(plaats ? [plaats] : []), ...(extra ? [el('p', 'sk-zoekpopup__gezocht', extra)] : []), ...(bedoeld ? [bedoeld] : []));
    uitleg.hidden = !extra && !bedoeld && !plaats;
    announce(
      [total === 0 ? `Geen resultaten voor ${query}` : `${resultaten(total)} voor ${query}`, plaats?.textContent ?? '', extra, bedoeld?.textContent ?? '']
        .filter(Boolean)
        .join('. '),
    );
    list.dataset.skQuery = query;
    setActive(-1);
    open(!dicht);
  }

  /** The search under way: a newer query aborts it, so it downloads no index chunks or result data of its own. */
  let running: AbortController | undefined;

  async function update() {
    const query = cleanQuery(field.value);
    const mine = ++seq;
    running?.abort();
    running = undefined;
    if (query.length < MIN_QUERY) {
      hits = [];
      shownQuery = '';
      list.replaceChildren();
      delete list.dataset.skQuery;
      announce('');
      open(false);
      return;
    }
    void preload(query);
    const controller = (running = new AbortController());
    // uitleg.ts loads while Pagefind searches, for a query that has something to explain.
    const outcome = await search(query, {}, MAX, { signal: controller.signal, onPrepared: (p) => void (heeftUitleg(p) && loadUitleg()) });
    const u = heeftUitleg(outcome.prepared) ? await loadUitleg() : undefined;
    if (mine !== seq) return; // a newer query is on its way
    hits = outcome.hits;
    render(outcome, u);
  }

  field.addEventListener('input', () => {
    dicht = false;
    void update().catch(fail);
  });

  field.addEventListener('keydown', (e) => {
    const n = options().length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!shownQuery) return;
      e.preventDefault();
      dicht = false;
      if (popup.hidden) open(true);
      if (!n) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    } else if (e.key === 'Enter') {
      if (!popup.hidden && active >= 0 && hits[active]) {
        e.preventDefault();
        go(hits[active]!.url);
      }
    } else if (e.key === 'Escape') {
      // Also while a search is under way: its results must not open the list again.
      dicht = true;
      if (!popup.hidden) {
        e.preventDefault();
        open(false);
      }
    }
  });

  field.addEventListener('focus', () => {
    dicht = false;
    if (shownQuery && shownQuery === cleanQuery(field.value)) open(true);
  });

  // Keep focus in the field while clicking an option; the click opens it.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const option = (e.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (option?.dataset.url) go(option.dataset.url);
  });

  form.addEventListener('focusout', (e) => {
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (!next || !form.contains(next)) open(false);
  });

  // Clicking outside closes the list too.
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) open(false);
  });

  function fail(err: unknown) {
    if (err instanceof DOMException && err.name === 'AbortError') return; // a newer query took its place
    announce('Zoeken lukt nu niet. Probeer de zoekpagina.');
    console.error(err);
  }

  // Start loading Pagefind now, while the person types; then search whatever was typed already.
  void pagefind().catch(fail);
  if (field.value) void update().catch(fail);
}

/** The /zoeken/ page's UI (page.ts), started from this chunk: it shares the engine and rendering with the header. */
export const startPage = (): Promise<void> => import('./page.ts').then((m) => m.start());
