/**
 * The closed lists of the content model. Kept free of Zod so that client
 * scripts (the kaart) can import them without pulling in the schema library.
 */

/** The three grades of local policy room, used the same way everywhere. */
export const BELEIDSRUIMTE = ['ruim', 'beperkt', 'geen'] as const;
export type Beleidsruimte = (typeof BELEIDSRUIMTE)[number];

/** Who takes a decision. Kept as a closed list so the kaart layer "wie beslist" stays readable. */
export const BESLISSERS = [
  'raad',
  'college',
  'regio',
  'rijk',
  'zorgkantoor',
  'zorgverzekeraar',
  'ciz',
  'uwv',
  'cak',
  'svb',
  'rechter',
  'gecertificeerde-instelling',
  'huisarts',
  'wijkverpleegkundige',
  'samenwerkingsverband',
] as const;

/** Who pays: the kaart layer "wie betaalt". */
export const BETALERS = [
  'gemeente',
  'rijk',
  'wlz-fonds',
  'zorgverzekeraar',
  'uwv',
  'client',
  'onderwijs',
] as const;

export const INSTRUMENTEN = [
  'verordening',
  'beleidsplan',
  'beleidsregels',
  'inkoop',
  'subsidie',
  'begroting',
  'uitvoering',
  'afspraken',
  'gemeenschappelijke-regeling',
  'signaleren',
  'wet',
] as const;

/** Kaart axes: levensfase (x) and soort hulp (y), see design.md §4. */
export const LEVENSFASEN = ['jeugd', 'jongvolwassen', 'volwassen', 'oudere'] as const;
export const SOORTEN_HULP = ['werk-inkomen', 'ondersteuning', 'zorg', 'langdurig'] as const;

/**
 * Where an announced change stands, from settled to uncertain: law in force,
 * passed but not yet in force, a bill in the Kamer, a bill declared
 * controversieel (on hold), a draft in consultation, a plan without a bill,
 * and a bestuurlijk akkoord (an agreement, not a law). Labels: src/lib/labels.ts.
 */
export const WIJZIGING_STATUS = [
  'in-werking',
  'aangenomen',
  'wetsvoorstel',
  'controversieel',
  'consultatie',
  'voornemen',
  'bestuurlijk-akkoord',
] as const;
export type WijzigingStatus = (typeof WIJZIGING_STATUS)[number];

export const WAARDEN = [
  'tijdigheid',
  'samenwerken',
  'communicatie',
  'toegankelijkheid',
  'rechtvaardigheid',
  'eigen-regie',
  'doelmatigheid',
  'continuiteit',
] as const;

/**
 * The moments of the policy and budget cycle at which the raad can act
 * (the table "Momenten waarop de raad kan sturen" on /raad/). Used by the
 * question instrument (content/vragen), the editie and tours.
 */
export const MOMENTEN = [
  'visie-kadernota',
  'beleidsplan',
  'verordening',
  'inkoop',
  'begroting',
  'jaarrekening',
  'monitor',
] as const;
export type Moment = (typeof MOMENTEN)[number];

/** The kinds of local document in which a gemeente records a keuze (lokaleregelgeving.overheid.nl and raadsinformatie). */
export const LOKALE_DOCUMENTEN = ['verordening', 'beleidsregels', 'beleidsplan', 'inkoopdocument', 'begroting', 'gemeenschappelijke-regeling'] as const;

/** The aspects of the question instrument (seeds/004), plus scheidslijnen as an aspect of its own. */
export const ASPECTEN = [
  'sturing',
  'toegang',
  'aanbod-en-inkoop',
  'organisatie-en-informatie',
  'financien',
  'participatie',
  'verantwoording',
  'scheidslijnen',
] as const;

/** The kinds of fact in content/feiten/ (how a value is written: "€ 21,80", "1 januari 2026", "41", "23"). */
export const FEIT_SOORTEN = ['bedrag', 'datum', 'aantal', 'leeftijd', 'percentage', 'tekst'] as const;
