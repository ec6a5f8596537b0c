/**
 * What the /lezen/ page shows beside a matched keuze, in the small shape the browser fetches once
 * (/lezen/keuzes.json, built from the content at build time): onderwerp, beleidsruimte, waartussen, vragen voor
 * de raad, "welke informatie vraag je?", the werkblad questions that belong to it, and the address of its page.
 * Pure: the endpoint builds it, the client script reads it.
 */
import type { Graph } from '../content/graph.ts';
import { paths } from '../links.ts';

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
}

export interface Weergave {
  keuzes: Record<string, KeuzeWeergave>;
  /** Werkblad question id → its text. */
  werkbladVragen: Record<string, string>;
}

type G = Pick<Graph, 'keuzes' | 'vragen' | 'wet'>;

export function weergaveUitGraaf(g: G): Weergave {
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
  }
  return { keuzes, werkbladVragen };
}
