/**
 * Derived views of a gemeente edition: the local status per keuze (the kaart
 * layer "Onze keuzes" and /gemeente/), the overview sorted by the next moment
 * the raad can act, and the pre-filled answers for the question instrument.
 * Pure: no file system, no Astro.
 */
import { MOMENTEN } from '../content/constants.ts';
import type { Entry } from '../content/graph.ts';
import type { Keuze, Vraag } from '../content/schema.ts';
import type { Editie, LokaleEntry } from './edition.ts';
import { isoDate } from '../format.ts';
import type { KaartLaag } from '../kaart/index.ts';
import { GRADE_KLEUR } from '../kleuren.ts';

export const ONZE_KEUZES = ['besloten', 'bezig', 'open', 'geen'] as const;
export type OnzeKeuze = (typeof ONZE_KEUZES)[number];

/** Categories of the kaart layer "Onze keuzes" (same shape as the other layers' categories). */
export const ONZE_KEUZES_CATEGORIEEN: { id: OnzeKeuze; letter: string; label: string; kleur: string }[] = [
  { id: 'besloten', letter: 'B', label: 'besloten: de gemeente heeft gekozen', kleur: GRADE_KLEUR.ruim },
  { id: 'bezig', letter: 'V', label: 'de gemeente gebruikt de ruimte: een keuze in voorbereiding', kleur: '#0b5566' },
  { id: 'open', letter: 'N', label: 'nog niet bekeken: geen lokale keuze vastgelegd', kleur: GRADE_KLEUR.beperkt },
  { id: 'geen', letter: 'L', label: 'geen lokale ruimte: landelijk of door een ander besloten', kleur: GRADE_KLEUR.geen },
];

export const lokaleStatusLabel: Record<string, string> = {
  besloten: 'besloten',
  'in-voorbereiding': 'in voorbereiding',
  'evaluatie-gepland': 'besloten, evaluatie gepland',
};

export { momentLabel } from '../labels.ts';

/** The local status of one keuze in an edition. */
export function onzeKeuze(keuze: Keuze, entry: LokaleEntry | undefined): OnzeKeuze {
  if (!entry) return keuze.beleidsruimte === 'geen' ? 'geen' : 'open';
  if (keuze.beleidsruimte === 'geen') return 'geen';
  return entry.data.status === 'in-voorbereiding' ? 'bezig' : 'besloten';
}

/** The layer "Onze keuzes": keuze id → its category, for every keuze. */
export function onzeKeuzesLaag(editie: Editie, keuzes: readonly Entry<Keuze>[]): Map<string, OnzeKeuze> {
  return new Map(keuzes.map((k) => [k.id, onzeKeuze(k.data, editie.keuzes.get(k.id))]));
}

/** The edition's own kaart layer "Onze keuzes" (a diamond with a code per status), registered with the kaart through src/data.ts. */
export function onzeKeuzesKaartLaag(editie: Editie, keuzes: readonly Entry<Keuze>[]): KaartLaag {
  const status = onzeKeuzesLaag(editie, keuzes);
  return {
    id: 'onzekeuzes',
    label: 'Onze keuzes',
    titel: `wat ${editie.gemeente.naam} koos`,
    vorm: 'ruit',
    categorieen: ONZE_KEUZES_CATEGORIEEN,
    categorieVan: (id) => status.get(id),
  };
}

/** The text of what the gemeente chose: the option, its own choice, or nothing yet. */
export function gekozen(keuze: Keuze, entry: LokaleEntry): string | undefined {
  if (entry.optieIndex !== undefined) return keuze.waartussen[entry.optieIndex]!.optie;
  return entry.data.eigen;
}

export interface OverzichtRegel {
  keuze: Entry<Keuze>;
  entry?: LokaleEntry;
  status: OnzeKeuze;
}

/**
 * Every keuze with its local status, sorted by the next moment the raad can
 * act: dated moments first (earliest first), then moments without a date in
 * the order of the cycle, then keuzes nobody has looked at, then those
 * without local room.
 */
export function overzicht(editie: Editie, keuzes: readonly Entry<Keuze>[]): OverzichtRegel[] {
  const rang = (r: OverzichtRegel): [number, number] => {
    const v = r.entry?.data.volgende;
    if (r.status === 'geen') return [4, 0];
    if (!v) return [3, 0];
    if (v.datum) return [1, v.datum.getTime()];
    return [2, MOMENTEN.indexOf(v.moment!)];
  };
  return keuzes
    .map((k, i) => ({ i, regel: { keuze: k, entry: editie.keuzes.get(k.id), status: onzeKeuze(k.data, editie.keuzes.get(k.id)) } }))
    .sort((a, b) => {
      const [ga, va] = rang(a.regel);
      const [gb, vb] = rang(b.regel);
      return ga - gb || va - vb || a.i - b.i;
    })
    .map((x) => x.regel);
}

const iso = (d?: Date) => (d ? isoDate(d) : undefined);

export interface LokaalAntwoord {
  keuze: string;
  status: string;
  /** 1-based number of the chosen option on the keuze card, if one was chosen. */
  optie?: number;
  antwoord?: string;
  eigen: boolean;
  toelichting?: string;
  regeling?: { titel: string; artikel?: string; url: string };
  besluit?: string;
  volgende: { moment?: string; datum?: string };
}

/**
 * Pre-filled answers for the question instrument (/vragen/): per keuze what
 * the gemeente chose, and per question (content/vragen) the answers of the
 * keuzes it links to. Written to /gemeente/antwoorden.json in an edition.
 */
export function vooringevuld(editie: Editie, keuzes: readonly Entry<Keuze>[], vragen: readonly Entry<Vraag>[], landelijkePeildatum: Date) {
  const perKeuze: Record<string, LokaalAntwoord> = {};
  for (const k of keuzes) {
    const e = editie.keuzes.get(k.id);
    if (!e) continue;
    const d = e.data;
    perKeuze[k.id] = {
      keuze: k.id,
      status: d.status,
      optie: e.optieIndex === undefined ? undefined : e.optieIndex + 1,
      antwoord: gekozen(k.data, e),
      eigen: d.eigen !== undefined,
      toelichting: d.toelichting,
      regeling: d.regeling ? { titel: d.regeling.titel, artikel: d.regeling.artikel === undefined ? undefined : String(d.regeling.artikel), url: d.regeling.url } : undefined,
      besluit: iso(d.besluit),
      volgende: { moment: d.volgende.moment, datum: iso(d.volgende.datum) },
    };
  }
  const perVraag: Record<string, LokaalAntwoord[]> = {};
  for (const v of vragen) {
    const antwoorden = v.data.keuzes.map((id) => perKeuze[id]).filter((a): a is LokaalAntwoord => a !== undefined);
    if (antwoorden.length) perVraag[v.id] = antwoorden;
  }
  const g = editie.gemeente;
  return {
    gemeente: { id: editie.id, naam: g.naam, cbs: g.cbs, fictief: g.fictief, peildatum: iso(g.peildatum) },
    landelijkePeildatum: iso(landelijkePeildatum),
    keuzes: perKeuze,
    vragen: perVraag,
  };
}
