/** The content type casussen (content/casussen/*.mdx): its schema. */
import { z } from 'astro/zod';
import { bronnen, datum, slug, tekst } from './common.ts';
import { WAARDEN } from '../constants.ts';

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
