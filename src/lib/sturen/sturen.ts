/**
 * "Sturen: rollen en modellen" (the instrument of the Rekenkamercommissies Parkstad, 2013): the ROB's
 * overheidsparticipatietrap and BMC's four sturingsmodellen, each with its
 * strength, its risk and the keuzes where that choice is made today; and the
 * build-time SVG figure that puts the two side by side.
 *
 * Pure TypeScript: data and a function from data to SVG markup (like
 * src/lib/kaart/svg.ts); the component src/components/sturen/Sturen.astro
 * only places it. The keuze ids are checked against content/ in
 * tests/unit/sturen.test.ts.
 */
import { escapeHtml as esc } from '../escape.ts';

export interface Rol {
  id: string;
  naam: string;
  /** What the gemeente does in this role. */
  wat: string;
  sterk: string;
  risico: string;
  /** Keuzes (wet/id) where a gemeente takes this role today. */
  keuzes: string[];
}

export interface Model {
  id: string;
  naam: string;
  wat: string;
  sterk: string;
  risico: string;
  /** The roles of the trap this model fits (our reading of the Parkstad instrument, figure 4). */
  rollen: string[];
  keuzes: string[];
}

export const ROLLEN: Rol[] = [
  {
    id: 'reguleren',
    naam: 'Reguleren',
    wat: 'Legt regels vast in verordeningen en handhaaft ze.',
    sterk: 'Veel grip via regels; gelijke gevallen gelijk behandeld.',
    risico: 'Inwoners en organisaties hebben weinig inbreng; regels kunnen maatwerk in de weg zitten.',
    keuzes: ['wmo/eigen-bijdrage', 'jeugdwet/verordening-jeugdhulp', 'participatiewet/verlagingen-verordening'],
  },
  {
    id: 'regisseren',
    naam: 'Regisseren',
    wat: 'Houdt de regie; anderen voeren uit via contracten en aanbesteding.',
    sterk: 'Grip via afspraken over prijs, kwaliteit en resultaat.',
    risico: 'De raad moet weten wat er in de contracten staat; regie op afstand als de inkoop regionaal is.',
    keuzes: ['wmo/inkoop-en-bekostiging', 'jeugdwet/inkoop-en-bekostiging', 'jeugdwet/regionale-samenwerking'],
  },
  {
    id: 'stimuleren',
    naam: 'Stimuleren',
    wat: 'Zet iets in gang en laat de uitvoering aan anderen.',
    sterk: 'Ruimte voor wat in de wijk al gebeurt; grip op het doel.',
    risico: 'Weinig grip op de uitvoering; kans op ongelijke behandeling tussen wijken.',
    keuzes: ['jeugdwet/preventie', 'wmo/algemene-voorziening-of-maatwerk'],
  },
  {
    id: 'faciliteren',
    naam: 'Faciliteren',
    wat: 'Helpt bij initiatieven van anderen, als de gemeente het belang ervan ziet.',
    sterk: 'Initiatief en eigen kracht van inwoners krijgen ruimte.',
    risico: 'Weinig grip op de inhoud; sommige problemen pakt niemand op.',
    keuzes: ['wmo/mantelzorgwaardering'],
  },
  {
    id: 'loslaten',
    naam: 'Loslaten',
    wat: 'Bemoeit zich er niet mee.',
    sterk: 'Geen kosten en geen bemoeienis waar die niet nodig is.',
    risico: 'Geen grip en geen publieke verantwoording. Bij een wettelijke taak kan het niet: wie hulp nodig heeft, krijgt die.',
    keuzes: ['wmo/recht-op-hulp-en-termijnen'],
  },
];

export const MODELLEN: Model[] = [
  {
    id: 'uitvoering',
    naam: 'Uitvoering',
    wat: 'De gemeente bepaalt en betaalt, met strakke regie; beleid maakt zij zelf.',
    sterk: 'Korte lijn van uitvoering naar raad; de gemeente kent de inwoners en hun vragen.',
    risico: 'De gemeente moet zelf veel kennis hebben; weinig vernieuwing.',
    rollen: ['reguleren'],
    keuzes: ['wmo/toegang', 'jeugdwet/toegang'],
  },
  {
    id: 'uitbesteding',
    naam: 'Uitbesteding',
    wat: 'De uitvoering is zoveel mogelijk uitbesteed; sturen op prijs of kwaliteit binnen een budget.',
    sterk: 'Grip via opdracht en budget; een prikkel om doelmatig te werken.',
    risico: 'Inwoners hebben weinig keuze en zeggenschap; wie levert, kan ook bepalen hoeveel hulp nodig is.',
    rollen: ['regisseren'],
    keuzes: ['wmo/inkoop-en-bekostiging', 'jeugdwet/inkoop-en-bekostiging'],
  },
  {
    id: 'inkoop-en-samenwerking',
    naam: 'Inkoop en samenwerking',
    wat: 'De gemeente is één van de spelers in een netwerk en brengt samenwerking op gang.',
    sterk: 'Ruimte voor samenhang over de wetten heen en voor de eigen kracht van de wijk.',
    risico: 'Weinig gericht op resultaat; verantwoording loopt via afspraken in het netwerk, en problemen worden gemist.',
    rollen: ['stimuleren'],
    keuzes: ['wmo/samenwerking-zorgverzekeraar', 'jeugdwet/preventie'],
  },
  {
    id: 'facilitering',
    naam: 'Facilitering',
    wat: 'Anderen voeren uit; de gemeente stelt alleen voorwaarden en zorgt voor een vangnet.',
    sterk: 'Een kleine gemeentelijke organisatie; veel ruimte voor anderen.',
    risico: 'Veel afhankelijkheid; kans op ongelijke behandeling en zwakke verantwoording.',
    rollen: ['faciliteren', 'loslaten'],
    keuzes: ['wmo/algemene-voorziening-of-maatwerk'],
  },
];

/** Where the picture of 2013 no longer holds (the laws of 2015 and later). */
export const NIET_MEER_2013 = [
  {
    tekst:
      'Het instrument is van vóór de Wmo 2015, de Jeugdwet en de Participatiewet. Die wetten geven inwoners recht op passende hulp als ze die nodig hebben. Loslaten of alleen faciliteren kan dus niet bij de wettelijke taken, alleen bij wat de gemeente extra doet.',
    keuzes: ['wmo/recht-op-hulp-en-termijnen'],
  },
  {
    tekst:
      'In 2013 kon een kleine gemeente alles zelf uitvoeren. Sinds 1 januari 2026 moeten gemeenten tien vormen van zware jeugdhulp samen regelen in een jeugdregio. Voor die hulp is het uitvoeringsmodel van één gemeente alleen er niet meer.',
    keuzes: ['jeugdwet/regionale-samenwerking'],
  },
  {
    tekst:
      'Uitbesteden op de laagste prijs mag niet meer zomaar. De verordening moet de prijs baseren op de kosten van de hulp (zoals loon, overhead en indexatie) en regels geven over een goede verhouding tussen prijs en kwaliteit.',
    keuzes: ['wmo/inkoop-en-bekostiging', 'jeugdwet/inkoop-en-bekostiging'],
  },
  {
    tekst:
      'In het model van inkoop en samenwerking geven aanbieders zelf toegang tot de hulp. Onder de Wmo 2015 en de Jeugdwet blijft het besluit over hulp bij het college; het kan dat wel in mandaat laten nemen.',
    keuzes: ['wmo/toegang', 'jeugdwet/toegang'],
  },
];

/** Every keuze id the section links to. */
export const alleKeuzes = (): string[] => [
  ...new Set([...ROLLEN, ...MODELLEN, ...NIET_MEER_2013].flatMap((x) => x.keuzes)),
];

const W = 720;
const STAP_H = 46;
const STAP_GAP = 10;
const TOP = 48;
const rolY = (i: number) => TOP + i * (STAP_H + STAP_GAP);

/**
 * The figure: the five roles as a staircase from most to least involvement
 * (left), the four models beside the roles they fit (right), joined by lines.
 * Text is real SVG text; the tables below it on the page say the same.
 */
export function sturenSvg(titelId = 'sturen-titel', descId = 'sturen-desc'): string {
  const h = rolY(ROLLEN.length) + 24;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h}" class="sk-sturen-figuur" role="img" aria-labelledby="${titelId} ${descId}">`,
    `<title id="${titelId}">Overheidsparticipatietrap en sturingsmodellen</title>`,
    `<desc id="${descId}">Links de vijf rollen van de gemeente als een trap, van veel naar weinig bemoeienis: ${ROLLEN.map((r) => r.naam.toLowerCase()).join(', ')}. Rechts de vier sturingsmodellen naast de rol waar ze bij passen: ${MODELLEN.map((m) => `${m.naam.toLowerCase()} bij ${m.rollen.join(' en ')}`).join('; ')}.</desc>`,
    `<text x="20" y="22" class="sk-sturen-kop">Rol van de gemeente</text>`,
    `<text x="${W - 20}" y="22" text-anchor="end" class="sk-sturen-kop">Sturingsmodel</text>`,
    // The axis: more involvement at the top.
    `<line x1="8" y1="${TOP}" x2="8" y2="${rolY(ROLLEN.length) - STAP_GAP}" class="sk-sturen-as" marker-end="url(#sk-sturen-pijl)"/>`,
    `<defs><marker id="sk-sturen-pijl" viewBox="0 0 10 10" refX="5" refY="9" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L5 10 L10 0 z" class="sk-sturen-pijlpunt"/></marker></defs>`,
  );
  const stapX = (i: number) => 24 + i * 26;
  const stapW = 250;
  ROLLEN.forEach((r, i) => {
    const y = rolY(i);
    const sub = i === 0 ? 'veel bemoeienis' : i === ROLLEN.length - 1 ? 'geen bemoeienis' : '';
    out.push(
      `<g class="sk-sturen-rol" data-rol="${r.id}">`,
      `<rect x="${stapX(i)}" y="${y}" width="${stapW}" height="${STAP_H}" rx="3"/>`,
      ...(sub
        ? [`<text x="${stapX(i) + 12}" y="${y + 20}" class="sk-sturen-naam">${esc(r.naam)}</text>`, `<text x="${stapX(i) + 12}" y="${y + 37}" class="sk-sturen-klein">${sub}</text>`]
        : [`<text x="${stapX(i) + 12}" y="${y + STAP_H / 2 + 5}" class="sk-sturen-naam">${esc(r.naam)}</text>`]),
      `</g>`,
    );
  });
  const modelX = 450;
  const modelW = W - 20 - modelX;
  for (const m of MODELLEN) {
    const idx = m.rollen.map((id) => ROLLEN.findIndex((r) => r.id === id));
    const y0 = rolY(Math.min(...idx));
    const y1 = rolY(Math.max(...idx)) + STAP_H;
    out.push(`<g class="sk-sturen-model" data-model="${m.id}">`, `<rect x="${modelX}" y="${y0}" width="${modelW}" height="${y1 - y0}" rx="3"/>`);
    out.push(`<text x="${modelX + 12}" y="${(y0 + y1) / 2 + 5}" class="sk-sturen-naam">${esc(m.naam)}</text>`);
    for (const i of idx) {
      const ly = rolY(i) + STAP_H / 2;
      out.push(`<line x1="${stapX(i) + stapW}" y1="${ly}" x2="${modelX}" y2="${ly}" class="sk-sturen-lijn"/>`);
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}
