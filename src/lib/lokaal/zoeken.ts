/**
 * "Wat koos uw gemeente?" on the national site: which local document records
 * a keuze, and the search on lokaleregelgeving.overheid.nl with the words for
 * it. Derived from content fields (the keuze's `lokaal`, else its `instrument`
 * and `onderwerp`), never typed per keuze in code. Pure.
 */
import type { Keuze, Wet } from '../content/schema.ts';
import { LOKALE_DOCUMENTEN, type INSTRUMENTEN } from '../content/constants.ts';
import { lokaleRegelgevingUrl } from '../links.ts';

export type LokaalDocument = (typeof LOKALE_DOCUMENTEN)[number];

/** Which local document an instrument ends up in (instruments without a document are left out). */
const DOCUMENT_VAN: Partial<Record<(typeof INSTRUMENTEN)[number], LokaalDocument>> = {
  verordening: 'verordening',
  beleidsregels: 'beleidsregels',
  beleidsplan: 'beleidsplan',
  inkoop: 'inkoopdocument',
  subsidie: 'begroting',
  begroting: 'begroting',
  'gemeenschappelijke-regeling': 'gemeenschappelijke-regeling',
};

export const documentLabel: Record<LokaalDocument, string> = {
  verordening: 'de verordening',
  beleidsregels: 'de beleidsregels',
  beleidsplan: 'het beleidsplan',
  inkoopdocument: 'de inkoopdocumenten (aanbesteding, contracten)',
  begroting: 'de begroting',
  'gemeenschappelijke-regeling': 'de gemeenschappelijke regeling van de regio',
};

/** Documents that are published on lokaleregelgeving.overheid.nl (the others are in the raadsinformatie). */
export const OP_LOKALE_REGELGEVING: readonly LokaalDocument[] = ['verordening', 'beleidsregels', 'gemeenschappelijke-regeling'];

/** The local documents to look in for this keuze: its `lokaal.document`, else derived from its instruments. */
export function lokaleDocumenten(k: Keuze): LokaalDocument[] {
  if (k.lokaal?.document) return [...k.lokaal.document];
  const docs = k.instrument.map((i) => DOCUMENT_VAN[i]).filter((d): d is LokaalDocument => d !== undefined);
  return LOKALE_DOCUMENTEN.filter((d) => docs.includes(d));
}

/** The words to search with: `lokaal.zoektermen`, else the onderwerp without its explanation in brackets or after a colon. */
export function zoektermen(k: Keuze): string[] {
  if (k.lokaal?.zoektermen) return [...k.lokaal.zoektermen];
  return [k.onderwerp.replace(/\s*\(.*?\)/g, '').replace(/:.*$/, '').trim().toLowerCase()];
}

/**
 * Are there figures for this keuze on waarstaatjegemeente.nl? Yes where its
 * `informatie.cijfers` name the site, and for the gemeentelijke wetten, whose
 * use of jeugdhulp, Wmo and bijstand the site shows per gemeente.
 */
export function heeftCijfers(k: Keuze, wet: Wet): boolean {
  return (k.informatie?.cijfers ?? []).some((c) => /waarstaatjegemeente/i.test(c.waar)) || (wet.bestuurslaag === 'gemeentelijk' && k.beleidsruimte !== 'geen');
}

export interface LokaleWegwijzer {
  documenten: LokaalDocument[];
  /** Set when one of the documents is published on lokaleregelgeving.overheid.nl. */
  zoeklink?: { url: string; termen: string[] };
  /** Documents to look for in the raadsinformatie (plans, inkoop, begroting). */
  inRaadsinformatie: LokaalDocument[];
  cijfers: boolean;
}

/** Everything the "Wat koos uw gemeente?" block shows for one keuze. */
export function wegwijzer(k: Keuze, wet: Wet, gemeente?: string): LokaleWegwijzer {
  const documenten = lokaleDocumenten(k);
  const termen = zoektermen(k);
  return {
    documenten,
    zoeklink: documenten.some((d) => OP_LOKALE_REGELGEVING.includes(d)) ? { url: lokaleRegelgevingUrl(termen, gemeente), termen } : undefined,
    inRaadsinformatie: documenten.filter((d) => !OP_LOKALE_REGELGEVING.includes(d)),
    cijfers: heeftCijfers(k, wet),
  };
}
