/**
 * Text on the kaart at build time: lines measured on the kaart font and
 * broken only where the Dutch patterns allow. See regels.ts, meten.ts, afbreken.ts.
 */
import { lettergrepen } from './afbreken.ts';
import { tekstBreedte, type Gewicht } from './meten.ts';
import { regelBreedte as breedte, regels as regelsMet, regelsPassen as passen } from './regels.ts';

export { SHY, alsTekst } from './regels.ts';
export { tekstBreedte } from './meten.ts';

const opties = (gewicht: Gewicht = 400) => ({ meet: tekstBreedte, gewicht, lettergrepen });

export const regels = (text: string, maxWidth: number, size: number, gewicht?: Gewicht) => regelsMet(text, maxWidth, size, opties(gewicht));
export const regelBreedte = (line: string, size: number, gewicht?: Gewicht) => breedte(line, size, opties(gewicht));
export const regelsPassen = (lines: string[], maxWidth: number, size: number, gewicht?: Gewicht) => passen(lines, maxWidth, size, opties(gewicht));
