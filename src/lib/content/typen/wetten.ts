/** The content type wetten (content/wetten/*.mdx): its schema. */
import { z } from 'astro/zod';
import { bronnen, bwbId, datum, tekst } from './common.ts';
import { LEVENSFASEN, SOORTEN_HULP } from '../constants.ts';

export const wet = z.strictObject({
  naam: tekst,
  afkorting: tekst,
  /** Short label for the kaart and menus ("Wmo"). */
  kort: tekst,
  aliassen: z.array(z.string()).default([]),
  bwb: bwbId,
  inWerking: datum,
  /** Order on the site; also the canonical order of ids in scheidslijn ids. */
  volgorde: z.number().int(),
  bestuurslaag: z.enum(['gemeentelijk', 'landelijk'], {
    message: 'gemeentelijk of landelijk',
  }),
  samenvatting: z.strictObject({
    doel: tekst,
    wieVoertUit: tekst,
    toegang: tekst,
    financiering: tekst,
    ruimte: tekst,
  }),
  /**
   * Where the law's region lies on the kaart: a union of blocks, each block
   * the cells levensfasen × soortenHulp. A cell claimed by two laws is shared
   * between them (src/lib/kaart/layout.ts).
   */
  kaart: z.strictObject({
    gebied: z
      .array(
        z.strictObject({
          levensfasen: z.array(z.enum(LEVENSFASEN)).min(1),
          soortenHulp: z.array(z.enum(SOORTEN_HULP)).min(1),
        }),
      )
      .min(1, { message: 'ten minste één blok cellen op de kaart' }),
  }),
  peildatum: datum,
  bronnen,
});
export type Wet = z.infer<typeof wet>;
