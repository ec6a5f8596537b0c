/**
 * "Zet de vragen op mijn werkblad": the werkblad questions of the matched keuzes go on the user's werkblad
 * (src/lib/vragen/werkblad.ts, same format and version, so every stored werkblad stays valid), marked with the
 * document's name in the "wanneer" column ("bij behandeling van …"), where the raadslid plans when to ask it.
 * A question the user already answered is left exactly as it was. Pure.
 */
import { isLeeg, metAntwoord, schoon, type Werkblad } from '../vragen/index.ts';

/** The mark in the "wanneer" column. */
export const stukMarkering = (naam: string) => schoon(`bij behandeling van “${schoon(naam).slice(0, 200)}”`);

export function metStukVragen(w: Werkblad, vragen: { id: string; vraag: string }[], naam: string, nu = new Date()): { werkblad: Werkblad; toegevoegd: number; overgeslagen: number } {
  let werkblad = w;
  let toegevoegd = 0;
  let overgeslagen = 0;
  for (const v of vragen) {
    const huidig = werkblad.antwoorden[v.id];
    if (huidig && !isLeeg(huidig)) {
      overgeslagen++;
      continue;
    }
    werkblad = metAntwoord(werkblad, v.id, { prioriteit: '', wie: '', hoe: '', wanneer: stukMarkering(naam), vraag: schoon(v.vraag) }, nu);
    toegevoegd++;
  }
  return { werkblad, toegevoegd, overgeslagen };
}
