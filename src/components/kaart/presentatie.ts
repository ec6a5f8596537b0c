/**
 * Presentation mode for werksessies (issue 13), loaded on demand by
 * werksessie-start.ts: a rondleiding over the whole screen in large type.
 *
 * - Each step highlights regions, borders, markers or a casus route on the
 *   kaart (classes only; the kaart's own script is left alone) and shows its
 *   text and a question for the room beside it.
 * - Next: →, ↓, Page Down, Space; previous: ←, ↑, Page Up; Home/End; Escape
 *   leaves. These are the keys a presenter's clicker sends; no mouse needed.
 * - The URL holds the step (/kaart/?rondleiding=jeugdwet&stap=4): the kaart's
 *   address module writes it, told by the `kaart:rondleiding` event.
 * - A step with keuzes asks the kaart (`kaart:toon`) to zoom until those
 *   keuzes show by name; leaving the tour brings the view from before back.
 * - Leaving (Escape or "Stoppen") puts the focus back where the tour was
 *   started (or on the start button) and the page where it was.
 * - A live region reads each new step to screen readers.
 * Text comes from /werksessie/rondleidingen.json (built from content/), never
 * from the URL.
 */
import { parseStap, type RondleidingData, type StapData } from '../../lib/werksessie/index.ts';
import { el } from '../dom.ts';

interface StartOpties {
  root: HTMLElement;
  box: HTMLElement;
  id: string;
  stap: number;
  /** Ask for browser full screen (only allowed after a click or key). */
  volledig: boolean;
}

let actief: { stop: () => void } | undefined;

export async function start(o: StartOpties): Promise<void> {
  actief?.stop();
  let tours: RondleidingData[];
  try {
    const res = await fetch(o.box.getAttribute('data-rondleidingen')!);
    tours = (await res.json()) as RondleidingData[];
  } catch {
    return;
  }
  const gekozen = parseStap(`?rondleiding=${encodeURIComponent(o.id)}&stap=${o.stap}`, new Map(tours.map((t) => [t.id, t.stappen.length])));
  const tour = gekozen && tours.find((t) => t.id === gekozen.rondleiding);
  if (!gekozen || !tour) return;
  actief = presenteer(o, tour, gekozen.stap);
}

function presenteer(o: StartOpties, tour: RondleidingData, eerste: number): { stop: () => void } {
  const { root } = o;
  const svg = root.querySelector<SVGSVGElement>('svg.sk-kaart__svg')!;
  const terugFocus = document.activeElement as HTMLElement | null;
  const terugScroll = window.scrollY;
  const meld = (type: string, detail: unknown) => root.dispatchEvent(new CustomEvent(type, { detail }));

  const paneel = el('section', { class: 'sk-presentatie', 'aria-labelledby': 'presentatie-titel', tabindex: '-1', 'data-presentatie': '' });
  const kop = el('p', { class: 'sk-presentatie__rondleiding' }, tour.titel);
  const nummer = el('p', { class: 'sk-presentatie__nummer', 'data-stapnummer': '' });
  const titel = el('h2', { class: 'sk-presentatie__titel', id: 'presentatie-titel' });
  const tekst = el('p', { class: 'sk-presentatie__tekst' });
  const vraag = el('p', { class: 'sk-presentatie__vraag' });
  const nav = el('div', { class: 'sk-presentatie__knoppen', role: 'group', 'aria-label': 'Stappen' });
  const vorige = el('button', { type: 'button', class: 'nl-button nl-button--secondary', 'aria-keyshortcuts': 'ArrowLeft PageUp' }, '← Vorige');
  const volgende = el('button', { type: 'button', class: 'nl-button nl-button--primary', 'aria-keyshortcuts': 'ArrowRight PageDown Space' }, 'Volgende →');
  const scherm = el('button', { type: 'button', class: 'nl-button nl-button--secondary' }, 'Volledig scherm');
  const stoppen = el('button', { type: 'button', class: 'nl-button nl-button--secondary', 'aria-keyshortcuts': 'Escape' }, 'Stoppen (Esc)');
  const status = el('p', { class: 'sk-visually-hidden', role: 'status', 'aria-live': 'polite', 'data-presentatie-status': '' });
  nav.append(vorige, volgende, scherm, stoppen);
  // The text scrolls on its own if it must (large user text spacing); the buttons stay in view below it.
  const inhoud = el('div', { class: 'sk-presentatie__inhoud' });
  inhoud.append(kop, nummer, titel, tekst, vraag);
  paneel.append(inhoud, nav, status);
  if (!document.fullscreenEnabled) scherm.hidden = true;

  root.append(paneel);
  root.classList.add('is-presentatie');
  // Everything outside the presentation is out of reach of Tab and screen readers while it runs.
  const inert: HTMLElement[] = [];
  for (let n: HTMLElement = root; n.parentElement && n !== document.body; n = n.parentElement)
    for (const sib of Array.from(n.parentElement.children) as HTMLElement[])
      if (sib !== n && !sib.inert && sib.tagName !== 'SCRIPT') {
        sib.inert = true;
        inert.push(sib);
      }
  document.documentElement.classList.add('sk-presenteert');

  let index = eerste - 1;
  const routes: Element[] = [];
  const verplaatst: { node: Element; parent: Node; next: Node | null }[] = [];

  function wis() {
    svg.classList.remove('heeft-uitlichting');
    svg.querySelectorAll('.is-uitgelicht, .is-gedimd').forEach((e) => e.classList.remove('is-uitgelicht', 'is-gedimd'));
    routes.splice(0).forEach((r) => r.remove());
    // Markers raised to the top go back to their place (reverse order).
    for (const v of verplaatst.splice(0).reverse()) v.parent.insertBefore(v.node, v.next);
  }

  function licht(stap: StapData) {
    wis();
    const wetten = new Set(stap.gebieden);
    const keuzes = new Set(stap.keuzes);
    const scheidslijnen = new Set(stap.scheidslijnen);
    svg.classList.add('heeft-uitlichting');
    svg.querySelectorAll<SVGGElement>('.regio').forEach((r) => {
      const wet = r.getAttribute('data-wet')!;
      if (wetten.has(wet)) r.classList.add('is-uitgelicht');
      else if (wetten.size) r.classList.add('is-gedimd');
    });
    svg.querySelectorAll<SVGAElement>('.scheidslijn').forEach((g) => {
      if (scheidslijnen.has(g.getAttribute('data-scheidslijn')!)) g.classList.add('is-uitgelicht');
      else if (scheidslijnen.size) g.classList.add('is-gedimd');
    });
    svg.querySelectorAll<SVGAElement>('.marker').forEach((m) => {
      const uit = keuzes.has(m.getAttribute('data-keuze')!);
      if (uit) {
        m.classList.add('is-uitgelicht');
        // Painted last, so its larger label lies on top of its neighbours.
        verplaatst.push({ node: m, parent: m.parentNode!, next: m.nextSibling });
        m.parentNode!.append(m);
      } else if (keuzes.size || stap.casus || (wetten.size && !wetten.has(m.getAttribute('data-wet')!))) m.classList.add('is-gedimd');
    });
    if (stap.casus) {
      const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${stap.casus.route}</svg>`, 'image/svg+xml');
      const g = doc.documentElement.firstElementChild;
      if (g) {
        const node = document.importNode(g, true);
        node.classList.add('is-uitgelicht');
        svg.append(node);
        routes.push(node);
      }
    }
  }

  function toon(i: number) {
    index = Math.max(0, Math.min(tour.stappen.length - 1, i));
    const stap = tour.stappen[index]!;
    nummer.textContent = `Stap ${index + 1} van ${tour.stappen.length}`;
    titel.textContent = stap.titel;
    tekst.textContent = stap.tekst;
    vraag.replaceChildren(el('strong', {}, 'Vraag aan de zaal: '), document.createTextNode(stap.vraag));
    // At the ends the buttons stop; a clicker pressed once too often stays on the last step.
    vorige.disabled = index === 0;
    volgende.disabled = index === tour.stappen.length - 1;
    // A button that just got disabled must not swallow the focus.
    if (volgende.disabled && document.activeElement === volgende) vorige.focus();
    if (vorige.disabled && document.activeElement === vorige) volgende.focus();
    licht(stap);
    const route = routes[0] as SVGGraphicsElement | undefined;
    const r = route?.getBBox();
    meld('kaart:toon', { keuzes: stap.keuzes, ook: r && [r.x, r.y, r.width, r.height] });
    meld('kaart:rondleiding', { id: tour.id, stap: index + 1 });
    const zeg = `${nummer.textContent}: ${stap.titel}. ${stap.tekst} Vraag aan de zaal: ${stap.vraag}`;
    // A live region filled in the same moment it appears is often not read: the first step waits a moment.
    if (status.isConnected && gestart) status.textContent = zeg;
    else {
      const hier = index;
      setTimeout(() => {
        if (index === hier && !status.textContent) status.textContent = zeg;
      }, 150);
    }
  }
  let gestart = false;

  const volgendeStap = () => toon(index + 1);

  function stop() {
    wis();
    document.removeEventListener('keydown', toetsen, true);
    document.removeEventListener('fullscreenchange', schermWissel);
    paneel.remove();
    inert.splice(0).forEach((n) => (n.inert = false));
    root.classList.remove('is-presentatie');
    document.documentElement.classList.remove('sk-presenteert');
    meld('kaart:rondleiding', null);
    actief = undefined;
    // Back where the tour started: the element that started it, else the start button; the page scrolled as it was,
    // and only as far on as that element needs to be in the window (a tour opened from a shared link has no starting
    // element, and the start button may be below the window). While the kaart is full screen nothing outside it can
    // take focus, so that waits until full screen has ended.
    const terug =
      terugFocus && terugFocus !== document.body && document.contains(terugFocus) && terugFocus.checkVisibility()
        ? terugFocus
        : o.box.querySelector<HTMLElement>('[data-rondleiding-start] [type="submit"]');
    const herstel = () => {
      window.scrollTo({ top: terugScroll, behavior: 'instant' });
      if (!terug) return;
      terug.focus({ preventScroll: true });
      terug.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      blijfInBeeld(terug);
    };
    if (document.fullscreenElement) {
      document.addEventListener('fullscreenchange', () => requestAnimationFrame(herstel), { once: true });
      void document.exitFullscreen().catch(herstel);
    } else herstel();
  }

  /**
   * The kaart settles over a few frames after a tour (its side column and its view come back), which can push the
   * focused element below the window: keep it in the window while the kaart changes size, until the reader does
   * something or focus moves on. No timer: on a busy machine the kaart may take longer to settle.
   */
  function blijfInBeeld(doel: HTMLElement) {
    const soorten = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
    const kijk = new ResizeObserver(() => {
      if (document.activeElement === doel) doel.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      else klaar();
    });
    const klaar = () => {
      kijk.disconnect();
      for (const t of soorten) window.removeEventListener(t, klaar, true);
    };
    kijk.observe(root);
    for (const t of soorten) window.addEventListener(t, klaar, true);
  }

  function toetsen(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key;
    if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || k === ' ' || k === 'Spacebar') volgendeStap();
    else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp') toon(index - 1);
    else if (k === 'Home') toon(0);
    else if (k === 'End') toon(tour.stappen.length - 1);
    else if (k === 'Escape') stop();
    else return;
    // The presentation owns these keys: no scrolling, no button press, no kaart navigation underneath.
    e.preventDefault();
    e.stopPropagation();
  }

  function schermWissel() {
    scherm.textContent = document.fullscreenElement === root ? 'Volledig scherm sluiten' : 'Volledig scherm';
  }
  function wisselScherm() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void root.requestFullscreen().catch(() => undefined);
  }

  vorige.addEventListener('click', () => toon(index - 1));
  volgende.addEventListener('click', volgendeStap);
  stoppen.addEventListener('click', stop);
  scherm.addEventListener('click', wisselScherm);
  document.addEventListener('keydown', toetsen, true);
  document.addEventListener('fullscreenchange', schermWissel);

  toon(index);
  gestart = true;
  if (o.volledig && document.fullscreenEnabled) wisselScherm();
  paneel.focus();
  return { stop };
}
