/** The content type werksessie: rondleidingen and oefeningen (content/rondleidingen/, content/oefeningen/): its schema and its checks. */
import { z } from 'astro/zod';
import { slug, tekst } from './common.ts';
import { WAARDEN } from '../constants.ts';
import type { Checked, Refs } from '../refs.ts';

/**
 * A guided tour of the kaart for werksessies (content/rondleidingen/). Each
 * step highlights regions (wet ids), borders (scheidslijn ids), markers
 * (keuze ids "wet/keuze") and/or the route of one casus, with a short text
 * and a question for the room. The file name is the tour's id in the URL
 * (/kaart/?rondleiding=<id>&stap=<n>).
 */
export const rondleiding = z.strictObject({
  titel: tekst,
  samenvatting: tekst,
  /** The wet the tour is about; omitted for a tour across the wetten. */
  wet: slug.optional(),
  volgorde: z.number().int().default(100),
  stappen: z
    .array(
      z.strictObject({
        titel: tekst,
        tekst: tekst.max(400, { message: 'een korte tekst (hoogstens 400 tekens: hij staat groot op het scherm)' }),
        vraag: tekst,
        gebieden: z.array(slug).default([]),
        scheidslijnen: z.array(slug).default([]),
        keuzes: z.array(z.string()).default([]),
        casus: slug.optional(),
      }),
    )
    .min(2, { message: 'ten minste twee stappen' }),
});
export type Rondleiding = z.infer<typeof rondleiding>;

/**
 * An exercise card for werksessies (content/oefeningen/): a casus and the
 * question "welke wet, welke waarde, waar ligt de keuze?"; the facilitator's
 * side holds the answer and links to keuzes and scheidslijnen.
 */
export const oefening = z.strictObject({
  titel: tekst,
  casus: slug,
  /** The situation as the room reads it (short; the casus page has the rest). */
  situatie: tekst,
  waarden: z.array(z.enum(WAARDEN)).min(1),
  antwoord: z.strictObject({
    wetten: z.array(slug).min(1),
    waarde: tekst,
    keuze: tekst,
  }),
  keuzes: z.array(z.string()).default([]),
  scheidslijnen: z.array(slug).default([]),
  volgorde: z.number().int().default(100),
});
export type Oefening = z.infer<typeof oefening>;

/** Rondleidingen point at known wetten, scheidslijnen, keuzes and casussen (a casus step needs a casus with a route). */
export function checkRondleidingen(rondleidingen: readonly Checked<Rondleiding>[], r: Refs): void {
  for (const e of rondleidingen) {
    const d = e.data;
    if (d.wet !== undefined) r.needWet(e.file, 'wet', d.wet);
    d.stappen.forEach((stap, i) => {
      const f = `stappen[${i}]`;
      stap.gebieden.forEach((w, j) => r.needWet(e.file, `${f}.gebieden[${j}]`, w));
      stap.scheidslijnen.forEach((s, j) => r.needScheidslijn(e.file, `${f}.scheidslijnen[${j}]`, s));
      stap.keuzes.forEach((k, j) => r.needKeuze(e.file, `${f}.keuzes[${j}]`, k));
      if (typeof stap.casus === 'string') {
        r.needCasus(e.file, `${f}.casus`, stap.casus);
        if (r.ids('casussen').has(stap.casus) && !r.metRoute.has(stap.casus))
          r.problems.push({ file: e.file, field: `${f}.casus`, expected: `een casus met een route (veld route in content/casussen/${stap.casus}.mdx)` });
      }
    });
  }
}

/** An oefening points at a known casus, wetten, keuzes and scheidslijnen. */
export function checkOefeningen(oefeningen: readonly Checked<Oefening>[], r: Refs): void {
  for (const e of oefeningen) {
    const d = e.data;
    r.needCasus(e.file, 'casus', d.casus);
    d.antwoord.wetten.forEach((w, i) => r.needWet(e.file, `antwoord.wetten[${i}]`, w));
    d.keuzes.forEach((k, i) => r.needKeuze(e.file, `keuzes[${i}]`, k));
    d.scheidslijnen.forEach((s, i) => r.needScheidslijn(e.file, `scheidslijnen[${i}]`, s));
  }
}
