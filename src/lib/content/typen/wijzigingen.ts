/** The content type wijzigingen (content/wijzigingen/*.yaml): its schema and its checks. */
import { z } from 'astro/zod';
import { bronnen, datum, slug, tekst } from './common.ts';
import { WIJZIGING_STATUS } from '../constants.ts';
import type { Checked, Refs } from '../refs.ts';

export const wijziging = z.strictObject({
  titel: tekst,
  samenvatting: tekst,
  status: z.enum(WIJZIGING_STATUS, {
    message: WIJZIGING_STATUS.join(', '),
  }),
  /** The date it takes (or took, or is planned to take) effect. */
  datum: datum.optional(),
  /** Free text when the date is uncertain ("niet voor 2028"). */
  datumToelichting: z.string().optional(),
  /** When this entry was last changed: the date of its entry in the Atom feed (/wijzigingen/feed.xml). */
  bijgewerkt: datum.optional(),
  wetten: z.array(slug).min(1),
  bronnen,
});
export type Wijziging = z.infer<typeof wijziging>;

/** A wijziging names known wetten. */
export function checkWijzigingen(wijzigingen: readonly Checked<Wijziging>[], r: Refs): void {
  for (const e of wijzigingen) e.data.wetten.forEach((w, i) => r.needWet(e.file, `wetten[${i}]`, w));
}
