/**
 * Derived views of an editie: the local status per keuze (the kaart
 * layer "Onze keuzes" and /gemeente/), the overview sorted by the next moment
 * the raad can act, and the starting answers of the werkblad on /vragen/.
 * Pure: no file system, no Astro.
 */
import { MOMENTEN } from '../content/constants.ts';
import type { Entry } from '../content/graph.ts';
import type { Keuze, Vraag } from '../content/schema.ts';
import type { Editie, LokaleEntry } from './check.ts';
import { formatDatum } from '../format.ts';
import { leegWerkblad, MAX_TEKST, schoon, type Werkblad } from '../vragen/index.ts';
import { momentLabel } from '../labels.ts';
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

export { momentLabel };

/** The local status of one keuze in an editie. */
export function onzeKeuze(keuze: Keuze, entry: LokaleEntry | undefined): OnzeKeuze {
  if (!entry) return keuze.beleidsruimte === 'geen' ? 'geen' : 'open';
  if (keuze.beleidsruimte === 'geen') return 'geen';
  return entry.data.status === 'in-voorbereiding' ? 'bezig' : 'besloten';
}

/** The layer "Onze keuzes": keuze id → its category, for every keuze. */
export function onzeKeuzesLaag(editie: Editie, keuzes: readonly Entry<Keuze>[]): Map<string, OnzeKeuze> {
  return new Map(keuzes.map((k) => [k.id, onzeKeuze(k.data, editie.keuzes.get(k.id))]));
}

/** The editie's own kaart layer "Onze keuzes" (a diamond with a code per status), registered with the kaart through src/data.ts. */
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

/** A sentence ends with a full stop. */
const zin = (t: string) => (/[.!?]$/.test(t) ? t : `${t}.`);

/** The next moment the raad can act on a keuze, in words: "verordening, 24 juni 2027". */
export function volgendeKans(entry: LokaleEntry): string {
  const v = entry.data.volgende;
  return [v.moment ? momentLabel[v.moment] : undefined, v.datum ? formatDatum(v.datum) : undefined].filter(Boolean).join(', ');
}

/**
 * The starting answers an editie gives the werkblad of /vragen/, as a werkblad record (the shape of a file the
 * werkblad saves and opens; /gemeente/antwoorden.json is the same record). For every question about keuzes the
 * gemeente has recorded, "Hoe" says what it chose and "Wanneer" the next moment the raad can act; Prioriteit and Wie
 * stay empty, they are the raad's. The werkblad shows them, marked, until the user changes anything.
 */
export function startWerkblad(editie: Editie, keuzes: readonly Entry<Keuze>[], vragen: readonly Entry<Vraag>[]): Werkblad {
  const keuzeVan = new Map(keuzes.map((k) => [k.id, k]));
  const werkblad = leegWerkblad(editie.gemeente.peildatum.toISOString());
  for (const v of vragen) {
    const regels = v.data.keuzes.flatMap((id) => {
      const k = keuzeVan.get(id);
      const e = editie.keuzes.get(id);
      return k && e ? [{ k, e }] : [];
    });
    if (!regels.length) continue;
    const naam = editie.gemeente.naam;
    const status = (e: LokaleEntry) => lokaleStatusLabel[e.data.status] ?? e.data.status;
    const keus = (k: Entry<Keuze>, e: LokaleEntry) => (gekozen(k.data, e) ? `: ${gekozen(k.data, e)}` : '');
    // One keuze: its status and the option. Several: each by its onderwerp, the options too while they fit in a field,
    // else only onderwerp and status (the options stay on /gemeente/ and the keuze cards).
    const heel =
      regels.length === 1
        ? `${naam}: ${zin(`${status(regels[0]!.e)}${keus(regels[0]!.k, regels[0]!.e)}`)}`
        : `${naam}: ${regels.map(({ k, e }) => zin(`${k.data.onderwerp} — ${status(e)}${keus(k, e)}`)).join(' ')}`;
    const kort = `${naam}: ${regels.map(({ k, e }) => `${k.data.onderwerp} (${status(e)})`).join('; ')}.`;
    const wanneer = [...new Set(regels.map(({ e }) => volgendeKans(e)).filter(Boolean))];
    werkblad.antwoorden[v.id] = {
      prioriteit: '',
      wie: '',
      hoe: schoon(heel.length <= MAX_TEKST ? heel : kort),
      wanneer: schoon(wanneer.join('; ')),
      vraag: v.data.vraag,
    };
  }
  return werkblad;
}
