/** The content type scheidslijnen (content/scheidslijnen/<wet>-<wet>.mdx): its schema. */
import { z } from 'astro/zod';
import { artikel, bronnen, datum, slug, tekst } from './common.ts';

export const kant = z.strictObject({
  wet: slug,
  wieBeslist: tekst,
  wieBetaalt: tekst,
  voorbeelden: z.array(tekst).min(1),
});

export const scheidslijn = z.strictObject({
  titel: tekst,
  tussen: z.tuple([slug, slug], { message: 'twee wet-ids, zoals [wmo, wlz]' }),
  samenvatting: tekst,
  criterium: tekst,
  artikelen: z.array(artikel).min(1, { message: 'ten minste één artikel dat het criterium draagt' }),
  kanten: z.tuple([kant, kant], { message: 'precies twee kanten, één per wet' }),
  watGaatMis: z.array(tekst).min(1),
  watKanDeRaad: z.array(tekst).min(1),
  watKanDeRaadNiet: z.array(tekst).min(1),
  vragenVoorDeRaad: z.array(tekst).min(2).max(5),
  onzeker: z.string().optional(),
  peildatum: datum,
  bronnen,
});
export type Scheidslijn = z.infer<typeof scheidslijn>;
