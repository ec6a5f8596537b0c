/**
 * Every URL the site makes, in one place: internal paths (stable Dutch URLs)
 * and deep links to articles on wetten.overheid.nl.
 */

import { isoDate } from './format.ts';

/** Where the law texts are published (the BWB): every law's text and articles, by version. */
export const WETTEN_OVERHEID = 'https://wetten.overheid.nl';

/** Where local regulations are published (CVDR): a gemeente's verordeningen and beleidsregels. */
export const LOKALE_REGELGEVING = 'https://lokaleregelgeving.overheid.nl';

/**
 * Deep link to an article on wetten.overheid.nl, as a JCI reference
 * ("jci1.3:c:BWBR…&artikel=…"), pinned to the version valid on `peildatum`.
 */
export function artikelUrl(bwb: string, nummer: string, opties: { lid?: number; peildatum?: Date } = {}): string {
  const parts = [`jci1.3:c:${bwb}`, `artikel=${encodeURIComponent(nummer)}`];
  if (opties.lid) parts.push(`lid=${opties.lid}`);
  if (opties.peildatum) {
    const d = isoDate(opties.peildatum);
    parts.push(`z=${d}`, `g=${d}`);
  }
  return `${WETTEN_OVERHEID}/${parts.join('&')}`;
}

/** The whole text of a law on wetten.overheid.nl, as valid on `peildatum`. */
export function wettekstUrl(bwb: string, peildatum?: Date): string {
  return `${WETTEN_OVERHEID}/${bwb}${peildatum ? `/${isoDate(peildatum)}` : ''}`;
}

/** The BWB id inside a wetten.overheid.nl URL, or undefined. */
export function bwbFromUrl(url: string): string | undefined {
  return /^https:\/\/wetten\.overheid\.nl\/(?:jci1\.3:c:)?(BWB[RV]\d{7})/.exec(url)?.[1];
}

export const paths = {
  home: () => '/',
  kaart: () => '/kaart/',
  wetten: () => '/wetten/',
  wet: (id: string) => `/wetten/${id}/`,
  /** A keuze id is "<wet>/<anchor>". */
  keuze: (id: string) => {
    const [wet, anker] = id.split('/');
    return `/wetten/${wet}/#${anker}`;
  },
  scheidslijnen: () => '/scheidslijnen/',
  scheidslijn: (id: string) => `/scheidslijnen/${id}/`,
  casussen: () => '/casussen/',
  casus: (id: string) => `/casussen/${id}/`,
  begrippen: () => '/begrippen/',
  begrip: (id: string) => `/begrippen/#${id}`,
  raad: () => '/raad/',
  vragen: () => '/vragen/',
  vraag: (id: string) => `/vragen/#${id}`,
  zoeken: () => '/zoeken/',
  bronnen: () => '/bronnen/',
  over: () => '/over/',
  toegankelijkheid: () => '/toegankelijkheid/',
  // Werksessie (issue 13).
  werksessie: () => '/werksessie/',
  oefeningen: () => '/werksessie/oefeningen/',
  handout: (wet: string) => `/werksessie/handout/${wet}/`,
  poster: () => '/werksessie/poster/',
  /** A tour step on the kaart (steps count from 1). */
  rondleiding: (id: string, stap = 1) => `/kaart/?rondleiding=${id}&stap=${stap}`,
  rondleidingenData: () => '/werksessie/rondleidingen.json',
};

/** The anchor of a keuze on its wet page. */
export function keuzeAnker(id: string): string {
  return id.split('/')[1] ?? id;
}

/**
 * The search on lokaleregelgeving.overheid.nl (the Centrale Voorziening
 * Decentrale Regelgeving): `/ZoekResultaat?tekst=…` searches the text of the
 * rules in force today; `gemeenten=<naam>` narrows it to one gemeente.
 */
export function lokaleRegelgevingUrl(termen: readonly string[], gemeente?: string): string {
  const p = new URLSearchParams();
  p.set('tekst', termen.join(' '));
  if (gemeente) p.set('gemeenten', gemeente);
  return `${LOKALE_REGELGEVING}/ZoekResultaat?${p.toString()}`;
}

/** Figures per gemeente (jeugdhulp, Wmo, bijstand). */
export const WAARSTAATJEGEMEENTE = 'https://www.waarstaatjegemeente.nl/';

/** Sources of /lokale-regels/: where and how a gemeente publishes its rules. */
export const LOKALE_REGELS_BRONNEN = {
  /** Gemeentewet (BWBR0005416), articles 139 and 140, as valid on 1 January 2026. */
  gemeentewet: `${WETTEN_OVERHEID}/BWBR0005416/2026-01-01`,
  overheidHelp: 'https://www.overheid.nl/help/lokale-wet-en-regelgeving',
  vngBekendmaken: 'https://vng.nl/artikelen/bekendmaken-en-beschikbaar-stellen-van-gemeentelijke-regelingen-via-drop',
} as const;
