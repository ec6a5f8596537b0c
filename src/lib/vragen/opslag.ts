/**
 * Where the werkblad is kept: localStorage of this browser, on this device,
 * under one key. The only module that touches storage; pages never do.
 *
 * Nothing typed is lost: a stored record that cannot be read is copied aside
 * (KAPOT_SLEUTEL) before anything overwrites it, and a write that fails (full
 * quota, storage switched off) reports so; the caller keeps the werkblad in
 * memory, warns and offers the export.
 */
import { leegWerkblad, leesWerkblad, naarJson, type Werkblad } from './werkblad.ts';

export const SLEUTEL = 'staalkaart:vragen';
/** A stored record that could not be read, kept for a later version or for support. */
export const KAPOT_SLEUTEL = 'staalkaart:vragen:onleesbaar';

/** The part of the Storage interface we use (a Map-backed fake in the tests). */
export interface Opslag {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Gelezen {
  werkblad: Werkblad;
  /** False when this browser has no werkblad stored yet (then a gemeente's defaults apply). */
  opgeslagen: boolean;
  /** Set when something was stored but could not be read, or storage is not available. */
  melding?: string;
}

/** The storage of this page, or undefined when the browser refuses it (privacy settings, sandbox). */
export function browserOpslag(): Opslag | undefined {
  try {
    const s = globalThis.localStorage;
    const probe = `${SLEUTEL}:probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    // A full quota also fails the probe, but reading still works: try that.
    try {
      return globalThis.localStorage ?? undefined;
    } catch {
      return undefined;
    }
  }
}

export function lees(opslag: Opslag | undefined): Gelezen {
  if (!opslag)
    return { werkblad: leegWerkblad(), opgeslagen: false, melding: 'Deze browser staat opslaan niet toe. Uw antwoorden blijven staan tot u de pagina sluit: bewaar ze met "Bewaar als bestand".' };
  let ruw: string | null;
  try {
    ruw = opslag.getItem(SLEUTEL);
  } catch {
    return { werkblad: leegWerkblad(), opgeslagen: true, melding: 'De opgeslagen antwoorden konden niet worden gelezen. Er is niets gewist.' };
  }
  if (ruw === null) return { werkblad: leegWerkblad(), opgeslagen: false };
  let data: unknown;
  try {
    data = JSON.parse(ruw);
  } catch {
    data = undefined;
  }
  const r = leesWerkblad(data);
  if (r.ok) return { werkblad: r.waarde, opgeslagen: true };
  try {
    if (opslag.getItem(KAPOT_SLEUTEL) === null) opslag.setItem(KAPOT_SLEUTEL, ruw);
  } catch {
    /* nothing more we can do; the original stays until the first write */
  }
  return {
    werkblad: leegWerkblad(),
    opgeslagen: true,
    melding: `De opgeslagen antwoorden konden niet worden gelezen: ${r.melding} Een kopie is apart bewaard in deze browser.`,
  };
}

export type Bewaard = { ok: true } | { ok: false; melding: string };

export function bewaar(opslag: Opslag | undefined, w: Werkblad): Bewaard {
  if (!opslag) return { ok: false, melding: 'Deze browser staat opslaan niet toe. Bewaar uw antwoorden als bestand voordat u de pagina sluit.' };
  try {
    opslag.setItem(SLEUTEL, naarJson(w));
    return { ok: true };
  } catch {
    return {
      ok: false,
      melding: 'De opslag van deze browser is vol. Uw antwoorden staan nog op de pagina, maar worden niet bewaard als u die sluit. Bewaar ze nu als bestand.',
    };
  }
}

/**
 * The answers on screen. A editie may render defaults into the page
 * (see README, "Vragen"): they fill the werkblad as long as this browser has
 * stored none of its own; from the first change on, the stored record (which
 * then holds those defaults too) is what counts, so a cleared default stays
 * cleared.
 */
export function metStandaard(gelezen: Gelezen, standaard: Werkblad | undefined): Werkblad {
  return !gelezen.opgeslagen && standaard ? { ...gelezen.werkblad, antwoorden: { ...standaard.antwoorden } } : gelezen.werkblad;
}
