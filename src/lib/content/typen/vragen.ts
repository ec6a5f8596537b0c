/** The content type vragen of the question instrument (content/vragen/): its schema. */
import { z } from 'astro/zod';
import { bron, slug, tekst } from './common.ts';
import { ASPECTEN, MOMENTEN } from '../constants.ts';

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
