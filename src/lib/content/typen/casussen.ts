/** The content type casussen (content/casussen/*.mdx): its schema and its checks. */
import { z } from 'astro/zod';
import { bronnen, datum, slug, tekst } from './common.ts';
import { WAARDEN } from '../constants.ts';
import type { Checked, Refs } from '../refs.ts';

export const casus = z.strictObject({
  titel: tekst,
  samenvatting: tekst,
  situatie: tekst,
  watGaatMis: tekst,
  waarde: z.array(z.enum(WAARDEN)).min(1),
  politiekeKeuze: tekst,
  werksessieVraag: tekst,
  wetten: z.array(slug).min(1),
  scheidslijnen: z.array(slug).default([]),
  /**
   * The route the person in the casus takes through the laws, in order: each
   * step a wet, optionally the keuze where it lands ("wmo/toegang", a keuze of
   * that wet), and what happens there. Drawn on the kaart as a numbered path
   * (src/lib/kaart/route.ts). (Issue: werksessie.)
   */
  route: z
    .array(
      z.strictObject({
        wet: slug,
        keuze: z.string().optional(),
        wat: tekst,
        /** Short label beside the step number on the kaart (max 28 characters); defaults to the wet's kort. */
        label: z.string().max(28).optional(),
      }),
    )
    .min(2)
    .optional(),
  peildatum: datum.optional(),
  /** Lay words and phrases people search this situation by ("wachtlijst verpleeghuis"); indexed, not shown. */
  zoekwoorden: z.array(z.string()).default([]),
  bronnen,
});
export type Casus = z.infer<typeof casus>;

/** A casus names known wetten and scheidslijnen; each step of its route a known wet and, if any, a keuze of that wet. */
export function checkCasussen(casussen: readonly Checked<Casus>[], r: Refs): void {
  for (const e of casussen) {
    const d = e.data;
    d.wetten.forEach((w, i) => r.needWet(e.file, `wetten[${i}]`, w));
    d.scheidslijnen.forEach((s, i) => r.needScheidslijn(e.file, `scheidslijnen[${i}]`, s));
  }
  // Werksessie: casus routes point at wetten and keuzes; an unknown target stops the build naming the file and the field.
  for (const e of casussen) {
    e.data.route?.forEach((stap, i) => {
      r.needWet(e.file, `route[${i}].wet`, stap.wet);
      if (typeof stap.keuze !== 'string') return;
      r.needKeuze(e.file, `route[${i}].keuze`, stap.keuze);
      if (r.ids('keuzes').has(stap.keuze) && stap.keuze.split('/')[0] !== stap.wet)
        r.problems.push({ file: e.file, field: `route[${i}].keuze`, expected: `een keuze van de wet ${stap.wet}, niet "${stap.keuze}"` });
    });
  }
}
