/** The content type begrippen (content/begrippen/*.yaml): its schema. */
import { z } from 'astro/zod';
import { bron, slug, tekst } from './common.ts';

export const begrip = z.strictObject({
  term: tekst,
  definitie: tekst,
  /** Other spellings or abbreviations (linked and searched as well). */
  aliassen: z.array(z.string()).default([]),
  wetten: z.array(slug).default([]),
  zieOok: z.array(slug).default([]),
  bronnen: z.array(bron).default([]),
});
export type Begrip = z.infer<typeof begrip>;
