/**
 * What the /lezen/ page shows beside a matched keuze, in the small shape the browser fetches once
 * (/lezen/keuzes.json, built from the content at build time): onderwerp, beleidsruimte, waartussen, vragen voor
 * de raad, "welke informatie vraag je?", the werkblad questions that belong to it, and the address of its page.
 * Pure: the endpoint builds it, the client script reads it.
 */
import type { Graph } from '../content/graph.ts';
import type { Editie, LokaleEntry } from '../editie/index.ts';
import { paths } from '../links.ts';

/** In an editie: what the raad chose earlier for this keuze. */
export interface LokaleWeergave {
  gemeente: string;
  /** The chosen option's text, or the gemeente's own words. */
  keuze?: string;
  status: string;
  regeling?: { titel: string; artikel?: string; url: string };
  /** Besluit date, YYYY-MM-DD. */
  besluit?: string;
}

export interface KeuzeWeergave {
  onderwerp: string;
  wet: string;
  href: string;
  beleidsruimte: string;
  waartussen: { optie: string; risico: string }[];
  vragen: string[];
  informatie?: { cijfers: { wat: string; waar: string }[]; verhalen: { wat: string; bij: string }[] };
  /** Ids of werkblad questions (content/vragen/) that name this keuze. */
  werkblad: string[];
  lokaal?: LokaleWeergave;
}

export interface Weergave {
  keuzes: Record<string, KeuzeWeergave>;
  /** Werkblad question id → its text. */
  werkbladVragen: Record<string, string>;
}

type G = Pick<Graph, 'keuzes' | 'vragen' | 'wet'>;

const STATUS: Record<string, string> = { besloten: 'besloten', 'in-voorbereiding': 'in voorbereiding', 'evaluatie-gepland': 'evaluatie gepland' };

export function lokaalVan(e: LokaleEntry, waartussen: { optie: string }[], gemeente: string): LokaleWeergave {
  const d = e.data;
  const keuze = e.optieIndex !== undefined ? waartussen[e.optieIndex]?.optie : d.eigen;
  const besluit = d.besluit instanceof Date ? d.besluit.toISOString().slice(0, 10) : undefined;
  return {
    gemeente,
    ...(keuze ? { keuze } : {}),
    status: STATUS[d.status] ?? d.status,
    ...(d.regeling ? { regeling: { titel: d.regeling.titel, ...(d.regeling.artikel !== undefined ? { artikel: String(d.regeling.artikel) } : {}), url: d.regeling.url } } : {}),
    ...(besluit ? { besluit } : {}),
  };
}

export function weergaveUitGraaf(g: G, editie?: Pick<Editie, 'keuzes' | 'gemeente'>): Weergave {
  const keuzes: Record<string, KeuzeWeergave> = {};
  const werkbladVragen: Record<string, string> = {};
  for (const v of g.vragen) werkbladVragen[v.id] = v.data.vraag;
  for (const k of g.keuzes) {
    const d = k.data;
    const wet = k.id.split('/')[0]!;
    keuzes[k.id] = {
      onderwerp: d.onderwerp.replace(/^['"]|['"]$/g, ''),
      wet: g.wet(wet)?.data.kort ?? wet,
      href: paths.keuze(k.id),
      beleidsruimte: d.beleidsruimte,
      waartussen: d.waartussen.map((o) => ({ optie: o.optie, risico: o.risico })),
      vragen: [...d.vragenVoorDeRaad],
      ...(d.informatie ? { informatie: d.informatie } : {}),
      werkblad: g.vragen.filter((v) => v.data.keuzes.includes(k.id)).map((v) => v.id),
    };
    const lokaal = editie?.keuzes.get(k.id);
    if (lokaal) keuzes[k.id]!.lokaal = lokaalVan(lokaal, d.waartussen, editie!.gemeente.naam);
  }
  return { keuzes, werkbladVragen };
}
