/**
 * The content graph: every derived view of the content, computed once from
 * the validated entries. Pages, the kaart, the search records and the sources
 * page all read from here, so a relation is derived in one place only.
 * Pure TypeScript: no Astro, no DOM.
 */
import type { Artikel, Begrip, Bron, Casus, Feit, Keuze, Oefening, Rondleiding, Scheidslijn, Vraag, Wet, Wijziging } from './schema.ts';
import { artikelUrl } from '../links.ts';
import { ASPECTEN } from './constants.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface SiteContent {
  wetten: Entry<Wet>[];
  keuzes: Entry<Keuze>[];
  scheidslijnen: Entry<Scheidslijn>[];
  casussen: Entry<Casus>[];
  begrippen: Entry<Begrip>[];
  wijzigingen: Entry<Wijziging>[];
  feiten: Entry<Feit>[];
  vragen: Entry<Vraag>[];
  rondleidingen: Entry<Rondleiding>[];
  oefeningen: Entry<Oefening>[];
}

export interface ArtikelLink {
  label: string;
  url: string;
  bwb: string;
  /** The wet id when the article is in one of our wetten. */
  wet?: string;
}

export interface BronGebruik {
  bron: Bron;
  /** Where it is cited: page title and path. */
  gebruikt: { titel: string; pad: string; peildatum?: Date }[];
}

/** The two dates of the site as a whole, kept as facts in content/feiten/ (shown in the footer). */
export const SITE_FEITEN = { peildatum: 'peildatum-wetteksten', ontwikkelingen: 'ontwikkelingen-gevolgd-tot' } as const;

export const wetVanKeuze = (keuzeId: string): string => keuzeId.split('/')[0]!;

const byVolgorde = <T extends { volgorde: number }>(a: Entry<T>, b: Entry<T>) =>
  a.data.volgorde - b.data.volgorde || a.id.localeCompare(b.id);

export type Graph = ReturnType<typeof buildGraph>;

export function buildGraph(content: SiteContent) {
  const wetten = [...content.wetten].sort(byVolgorde);
  const wetById = new Map(wetten.map((w) => [w.id, w]));
  const keuzes = [...content.keuzes].sort(
    (a, b) =>
      wetById.get(wetVanKeuze(a.id))!.data.volgorde - wetById.get(wetVanKeuze(b.id))!.data.volgorde || byVolgorde(a, b),
  );
  const scheidslijnen = [...content.scheidslijnen].sort(
    (a, b) =>
      wetById.get(a.data.tussen[0])!.data.volgorde - wetById.get(b.data.tussen[0])!.data.volgorde ||
      wetById.get(a.data.tussen[1])!.data.volgorde - wetById.get(b.data.tussen[1])!.data.volgorde,
  );
  const casussen = [...content.casussen].sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl'));
  const begrippen = [...content.begrippen].sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl', { sensitivity: 'base' }));
  const wijzigingen = [...content.wijzigingen].sort(
    (a, b) => (a.data.datum?.getTime() ?? Infinity) - (b.data.datum?.getTime() ?? Infinity) || a.id.localeCompare(b.id),
  );
  const feiten = [...content.feiten].sort((a, b) => a.data.label.localeCompare(b.data.label, 'nl'));
  const feitById = new Map(feiten.map((f) => [f.id, f.data]));
  const siteDatum = (id: string): Date | undefined => {
    const w = feitById.get(id)?.waarde;
    return w instanceof Date ? w : undefined;
  };
  const vragen = [...content.vragen].sort(
    (a, b) => ASPECTEN.indexOf(a.data.aspect) - ASPECTEN.indexOf(b.data.aspect) || byVolgorde(a, b),
  );
  const keuzeById = new Map(keuzes.map((k) => [k.id, k]));
  const scheidslijnById = new Map(scheidslijnen.map((s) => [s.id, s]));
  const wijzigingById = new Map(wijzigingen.map((w) => [w.id, w]));

  /** Resolves an article reference to a deep link on wetten.overheid.nl. */
  function artikel(art: Artikel, standaardWet?: string, peildatum?: Date): ArtikelLink {
    const wetId = art.wet ?? (art.bwb ? undefined : standaardWet);
    const wet = wetId ? wetById.get(wetId) : undefined;
    const bwb = art.bwb ?? wet?.data.bwb;
    if (!bwb) throw new Error(`artikel ${art.nummer}: geen wet of bwb`);
    const naam = art.regeling ?? wet?.data.afkorting ?? bwb;
    const label = `artikel ${art.nummer}${art.lid ? ` lid ${art.lid}` : ''}${art.onderdeel ? ` onder ${art.onderdeel}` : ''} ${naam}`;
    return { label, bwb, wet: wetId, url: artikelUrl(bwb, art.nummer, { lid: art.lid, peildatum: peildatum ?? wet?.data.peildatum }) };
  }

  const keuzePeildatum = (k: Entry<Keuze>) => k.data.peildatum ?? wetById.get(wetVanKeuze(k.id))!.data.peildatum;

  const api = {
    wetten,
    keuzes,
    scheidslijnen,
    casussen,
    begrippen,
    wijzigingen,
    /** The facts, by label; `feitMap` for resolving `{feit:id}` (src/lib/content/feiten.ts). */
    feiten,
    feitMap: feitById as ReadonlyMap<string, Feit>,
    /** Questions of the question instrument, by aspect (in the order of ASPECTEN), then volgorde. */
    vragen,
    // Werksessie (issue 13): tours, exercise cards and casus lookup.
    rondleidingen: [...content.rondleidingen].sort(byVolgorde),
    oefeningen: [...content.oefeningen].sort(byVolgorde),
    casus: (id: string) => casussen.find((c) => c.id === id),
    wet: (id: string) => wetById.get(id),
    keuze: (id: string) => keuzeById.get(id),
    /** Questions on the werkblad that point to a keuze. */
    vragenVanKeuze: (keuzeId: string) => vragen.filter((v) => v.data.keuzes.includes(keuzeId)),
    /** Every wet a question touches: its own wetten and those of its keuzes and scheidslijnen (for the filters). */
    wettenVanVraag: (v: Entry<Vraag>) => {
      const ids = new Set([...v.data.wetten, ...v.data.keuzes.map(wetVanKeuze), ...v.data.scheidslijnen.flatMap((s) => scheidslijnById.get(s)?.data.tussen ?? [])]);
      return wetten.filter((w) => ids.has(w.id)).map((w) => w.id);
    },
    scheidslijn: (id: string) => scheidslijnById.get(id),
    keuzesVan: (wetId: string) => keuzes.filter((k) => wetVanKeuze(k.id) === wetId),
    scheidslijnenVan: (wetId: string) => scheidslijnen.filter((s) => s.data.tussen.includes(wetId)),
    /** Derived: a scheidslijn's casussen are the casussen that name it. */
    casussenVanScheidslijn: (id: string) => casussen.filter((c) => c.data.scheidslijnen.includes(id)),
    casussenVanWet: (wetId: string) => casussen.filter((c) => c.data.wetten.includes(wetId)),
    wijzigingenVanWet: (wetId: string) => wijzigingen.filter((w) => w.data.wetten.includes(wetId)),
    wijzigingenVanKeuze: (k: Entry<Keuze>) => k.data.wijzigingen.map((id) => wijzigingById.get(id)!),
    /** The keuzes this one links with `zieOok`, with the explanation of a difference from either side. */
    zieOokVanKeuze: (k: Entry<Keuze>) =>
      // `?? []`: Astro's content cache may hold entries parsed before this field existed.
      (k.data.zieOok ?? []).map((z) => {
        const keuze = keuzeById.get(z.keuze)!;
        return { keuze, verschil: z.verschil ?? (keuze.data.zieOok ?? []).find((b) => b.keuze === k.id)?.verschil };
      }),
    /** The keuzes that a wijziging touches (they name it in `wijzigingen`). */
    keuzesVanWijziging: (id: string) => keuzes.filter((k) => k.data.wijzigingen.includes(id)),
    keuzePeildatum,
    keuzeArtikel: (k: Entry<Keuze>) => artikel(k.data.artikel, wetVanKeuze(k.id), keuzePeildatum(k)),
    scheidslijnArtikelen: (s: Entry<Scheidslijn>) => s.data.artikelen.map((a) => artikel(a, undefined, s.data.peildatum)),
    /**
     * The peildatum of the law texts: the fact `peildatum-wetteksten` (one
     * place for the whole site), else the latest peildatum of the wetten and scheidslijnen.
     */
    peildatum: () =>
      siteDatum(SITE_FEITEN.peildatum) ??
      new Date(Math.max(...[...wetten, ...scheidslijnen].map((e) => e.data.peildatum.getTime()), 0)),
    /** The date up to which announced changes and news were followed (fact `ontwikkelingen-gevolgd-tot`). */
    ontwikkelingenTot: () => siteDatum(SITE_FEITEN.ontwikkelingen),
    bronnen: (): BronGebruik[] => bronnenVan({ wetten, keuzes, scheidslijnen, casussen, begrippen, wijzigingen }, wetById, keuzePeildatum),
  };
  return api;
}

/** Every source the content cites, once, with the pages that cite it (for /bronnen/), by title. */
function bronnenVan(
  c: Pick<SiteContent, 'wetten' | 'keuzes' | 'scheidslijnen' | 'casussen' | 'begrippen' | 'wijzigingen'>,
  wetById: ReadonlyMap<string, Entry<Wet>>,
  keuzePeildatum: (k: Entry<Keuze>) => Date,
): BronGebruik[] {
  const map = new Map<string, BronGebruik>();
  const add = (bron: Bron, titel: string, pad: string, peildatum?: Date) => {
    const key = bron.url;
    const item = map.get(key) ?? { bron, gebruikt: [] };
    if (!item.gebruikt.some((g) => g.pad === pad)) item.gebruikt.push({ titel, pad, peildatum });
    map.set(key, item);
  };
  for (const w of c.wetten) w.data.bronnen.forEach((b) => add(b, w.data.naam, `/wetten/${w.id}/`, w.data.peildatum));
  for (const k of c.keuzes) {
    const [wet, anker] = k.id.split('/');
    const pad = `/wetten/${wet}/#${anker}`;
    k.data.bronnen.forEach((b) => add(b, `${k.data.onderwerp} (${wetById.get(wet!)!.data.kort})`, pad, keuzePeildatum(k)));
  }
  for (const s of c.scheidslijnen) s.data.bronnen.forEach((b) => add(b, s.data.titel, `/scheidslijnen/${s.id}/`, s.data.peildatum));
  for (const x of c.casussen) x.data.bronnen.forEach((b) => add(b, x.data.titel, `/casussen/${x.id}/`, x.data.peildatum));
  for (const b of c.begrippen) b.data.bronnen.forEach((br) => add(br, b.data.term, `/begrippen/#${b.id}`));
  for (const w of c.wijzigingen)
    w.data.bronnen.forEach((b) => add(b, w.data.titel, `/wetten/${w.data.wetten[0]}/#wat-verandert`, w.data.datum));
  return [...map.values()].sort((a, b) => a.bron.titel.localeCompare(b.bron.titel, 'nl'));
}
