/**
 * Dutch display labels for the enum values of the content model, and date
 * formatting. One place, so the pages, the kaart and search say the same.
 */
import type { Moment } from './content/constants.ts';
import type { Beleidsruimte, WijzigingStatus } from './content/schema.ts';

export const beleidsruimteLabel: Record<Beleidsruimte, string> = {
  ruim: 'ruim',
  beperkt: 'beperkt',
  geen: 'geen',
};

/** What each grade means, in one sentence (legend, pages, print). */
export const beleidsruimteUitleg: Record<Beleidsruimte, string> = {
  ruim: 'de raad (of het college binnen de kaders van de raad) kiest',
  beperkt: 'de gemeente voert uit binnen strakke landelijke regels; er is wat ruimte aan de randen',
  geen: 'landelijk vastgelegd of beslist door een ander (zorgkantoor, zorgverzekeraar, CIZ, UWV, Rijk)',
};

export const beslisserLabel: Record<string, string> = {
  raad: 'gemeenteraad',
  college: 'college van B en W',
  regio: 'regio (samenwerkende gemeenten)',
  rijk: 'Rijk',
  zorgkantoor: 'zorgkantoor',
  zorgverzekeraar: 'zorgverzekeraar',
  ciz: 'CIZ',
  uwv: 'UWV',
  cak: 'CAK',
  svb: 'SVB',
  rechter: 'rechter',
  'gecertificeerde-instelling': 'gecertificeerde instelling',
  huisarts: 'huisarts of medisch specialist',
  wijkverpleegkundige: 'wijkverpleegkundige',
  samenwerkingsverband: 'samenwerkingsverband passend onderwijs',
};

export const betalerLabel: Record<string, string> = {
  gemeente: 'gemeente',
  rijk: 'Rijk',
  'wlz-fonds': 'Wlz-fonds (premie)',
  zorgverzekeraar: 'zorgverzekeraar',
  uwv: 'UWV',
  client: 'cliënt (eigen bijdrage)',
  onderwijs: 'onderwijs',
};

export const instrumentLabel: Record<string, string> = {
  verordening: 'verordening',
  beleidsplan: 'beleidsplan',
  beleidsregels: 'beleidsregels',
  inkoop: 'inkoop',
  subsidie: 'subsidie',
  begroting: 'begroting',
  uitvoering: 'uitvoering',
  afspraken: 'afspraken',
  'gemeenschappelijke-regeling': 'gemeenschappelijke regeling',
  signaleren: 'signaleren',
  wet: 'wet (landelijk)',
};



export const statusLabel: Record<WijzigingStatus, string> = {
  'in-werking': 'wet, in werking',
  aangenomen: 'aangenomen, nog niet in werking',
  wetsvoorstel: 'wetsvoorstel in de Kamer',
  controversieel: 'wetsvoorstel, controversieel verklaard',
  consultatie: 'in consultatie',
  voornemen: 'voornemen (nog geen wetsvoorstel)',
  'bestuurlijk-akkoord': 'bestuurlijk akkoord (geen wet)',
};

/** What each status means for a raadslid, in one sentence (on /wijzigingen/). */
export const statusUitleg: Record<WijzigingStatus, string> = {
  'in-werking': 'Dit staat in de wet en geldt.',
  aangenomen: 'Het parlement heeft de wet aangenomen; die gaat later in.',
  wetsvoorstel: 'Het voorstel ligt bij de Tweede of Eerste Kamer; het kan nog veranderen of sneuvelen.',
  controversieel: 'De Kamer heeft het voorstel controversieel verklaard: het ligt stil tot een nieuw kabinet of een nieuwe Kamer beslist.',
  consultatie: 'Een ontwerp waarop iedereen kan reageren; er is nog geen wetsvoorstel bij de Kamer.',
  voornemen: 'Een plan van het kabinet of een coalitie, zonder wetsvoorstel. Niets is nog zeker.',
  'bestuurlijk-akkoord': 'Een afspraak tussen Rijk, gemeenten en anderen. Geen wet, wel een opdracht die wordt uitgevoerd.',
};

export const waardeLabel: Record<string, string> = {
  tijdigheid: 'tijdigheid',
  samenwerken: 'samenwerken',
  communicatie: 'communicatie',
  toegankelijkheid: 'toegankelijkheid',
  rechtvaardigheid: 'rechtvaardigheid',
  'eigen-regie': 'eigen regie',
  doelmatigheid: 'doelmatigheid',
  continuiteit: 'continuïteit',
};

/** The moments of the cycle (MOMENTEN), as the table on /raad/ names them; the one name for a moment on every page. */
export const momentLabel: Record<Moment, string> = {
  'visie-kadernota': 'kadernota of visie',
  beleidsplan: 'beleidsplan',
  verordening: 'verordening',
  inkoop: 'inkoop',
  begroting: 'begroting',
  jaarrekening: 'jaarrekening',
  monitor: 'monitor en rapportage',
};

/** The aspects of the question instrument (ASPECTEN), after the Parkstad instrument (2013). */
export const aspectLabel: Record<string, string> = {
  sturing: 'Sturing en opdrachtgeverschap',
  toegang: 'Toegang',
  'aanbod-en-inkoop': 'Aanbod en inkoop',
  'organisatie-en-informatie': 'Organisatie en informatie',
  financien: 'Financiën',
  participatie: 'Participatie van inwoners en cliënten',
  verantwoording: 'Verantwoording',
  scheidslijnen: 'Scheidslijnen tussen de wetten',
};

