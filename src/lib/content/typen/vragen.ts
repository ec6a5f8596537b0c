/** The content type vragen of the question instrument (content/vragen/): its schema and its checks. */
import { z } from 'astro/zod';
import { bron, slug, tekst } from './common.ts';
import { ASPECTEN, MOMENTEN } from '../constants.ts';
import type { Checked, Refs } from '../refs.ts';

/** One question of the question instrument (content/vragen/, seeds/004). */
export const vraag = z.strictObject({
  vraag: tekst,
  toelichting: z.string().optional(),
  aspect: z.enum(ASPECTEN, { message: `een aspect: ${ASPECTEN.join(', ')}` }),
  wetten: z.array(slug).min(1, { message: 'ten minste één wet' }),
  momenten: z.array(z.enum(MOMENTEN, { message: `een moment: ${MOMENTEN.join(', ')}` })).min(1, { message: 'ten minste één moment' }),
  /** Keuze ids ("wmo/eigen-bijdrage") whose options answer this question. */
  keuzes: z.array(z.string()).default([]),
  scheidslijnen: z.array(slug).default([]),
  /** The answers a raad can choose from, each with its risk; omit when a linked keuze holds them. */
  bandbreedte: z.array(z.strictObject({ antwoord: tekst, risico: tekst })).min(2).optional(),
  volgorde: z.number().int().default(100),
  bronnen: z.array(bron).default([]),
});
export type Vraag = z.infer<typeof vraag>;

/**
 * A question of the question instrument names known wetten, keuzes and scheidslijnen, and either gives its
 * own bandbreedte or points to a keuze that holds the options.
 */
export function checkVragen(vragen: readonly Checked<Vraag>[], r: Refs): void {
  for (const e of vragen) {
    const d = e.data;
    d.wetten.forEach((w, i) => r.needWet(e.file, `wetten[${i}]`, w));
    d.keuzes.forEach((k, i) => {
      if (!r.ids('keuzes').has(k))
        r.problems.push({ file: e.file, field: `keuzes[${i}]`, expected: `een bekende keuze als <wet>/<id> (zoals wmo/eigen-bijdrage), niet "${k}"` });
    });
    d.scheidslijnen.forEach((s, i) => r.needScheidslijn(e.file, `scheidslijnen[${i}]`, s));
    if (!d.bandbreedte && !d.keuzes.length)
      r.problems.push({
        file: e.file,
        field: 'bandbreedte',
        expected: 'een bandbreedte (ten minste twee antwoorden, elk met een risico), of in keuzes een keuze die de opties al noemt',
      });
    if (d.aspect === 'scheidslijnen' && !d.scheidslijnen.length)
      r.problems.push({ file: e.file, field: 'scheidslijnen', expected: 'bij aspect "scheidslijnen": ten minste één scheidslijn' });
  }
}
