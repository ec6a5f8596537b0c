/**
 * The werkblad's questions on the page and their fields: reads each question (id, text, wetten, aspect, momenten)
 * from the markup, turns its four empty columns into a select and three text areas that grow with their text, and
 * fills them from a werkblad.
 */
import { KOLOMMEN, KOLOM_LABEL, PRIORITEITEN, type Antwoord, type Kolom, type Werkblad } from '../../lib/vragen/werkblad.ts';
import type { VraagKenmerken } from '../../lib/vragen/filter.ts';
import { el } from '../dom.ts';

export type Veld = HTMLTextAreaElement | HTMLSelectElement;

export interface VraagOpPagina {
  id: string;
  vraag: string;
  /** The four columns. */
  box: HTMLElement;
  li: HTMLElement;
  kenmerken: VraagKenmerken;
}

const woorden = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);

/** Every question of the page, in order. */
export function vragenOpPagina(): VraagOpPagina[] {
  return [...document.querySelectorAll<HTMLElement>('[data-sk-kolommen]')].map((box) => {
    const li = box.closest<HTMLElement>('.sk-vraag')!;
    const id = box.dataset.skKolommen!;
    return {
      id,
      vraag: document.querySelector(`[id="${id}-vraag"]`)?.textContent?.trim() ?? '',
      box,
      li,
      kenmerken: { wetten: woorden(li.dataset.wetten), aspect: li.dataset.aspect ?? '', momenten: woorden(li.dataset.momenten) },
    };
  });
}

// Answer fields grow with their text: CSS field-sizing where the browser has it, else their height follows here.
const groeitZelf = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
export function groei(t: HTMLTextAreaElement): void {
  if (groeitZelf) return;
  t.style.height = 'auto';
  t.style.height = `${t.scrollHeight + 4}px`;
}

const HINT: Partial<Record<Kolom, string>> = { wie: 'bijv. raad, griffie', hoe: 'bijv. motie, technische sessie', wanneer: 'moment of datum' };

/** Turns the columns of every question into fields (the question names the group, a label each column). */
export function maakVelden(vragen: VraagOpPagina[]): Map<string, Record<Kolom, Veld>> {
  const velden = new Map<string, Record<Kolom, Veld>>();
  for (const { id, vraag, box } of vragen) {
    const rij = {} as Record<Kolom, Veld>;
    for (const kolom of KOLOMMEN) {
      const cel = box.querySelector<HTMLElement>(`[data-kolom="${kolom}"]`)!;
      const veldId = `${id}--${kolom}`;
      const veld: Veld =
        kolom === 'prioriteit'
          ? el('select', { id: veldId }, el('option', { value: '' }, '—'), ...PRIORITEITEN.map((p) => el('option', { value: p }, p)))
          : el('textarea', { id: veldId, rows: 1, autocomplete: 'off', maxlength: 500, placeholder: HINT[kolom] ?? '' });
      veld.dataset.vraag = id;
      veld.dataset.kolom = kolom;
      cel.replaceChildren(el('label', { for: veldId, class: 'sk-kolom__naam' }, KOLOM_LABEL[kolom]), veld);
      rij[kolom] = veld;
    }
    velden.set(id, rij);
    box.dataset.vraagTekst = vraag;
  }
  return velden;
}

/** Shows the answers of `werkblad` in the fields (empty where there is none). */
export function vulVelden(velden: Map<string, Record<Kolom, Veld>>, werkblad: Werkblad): void {
  for (const [id, rij] of velden) {
    const a = werkblad.antwoorden[id];
    for (const kolom of KOLOMMEN) {
      rij[kolom].value = a?.[kolom] ?? '';
      if (rij[kolom] instanceof HTMLTextAreaElement) groei(rij[kolom]);
    }
  }
}

/** The answer the fields of one question hold now. */
export function antwoordIn(rij: Record<Kolom, Veld>, vraag: string | undefined): Antwoord {
  return { prioriteit: rij.prioriteit.value as Antwoord['prioriteit'], wie: rij.wie.value, hoe: rij.hoe.value, wanneer: rij.wanneer.value, vraag };
}
