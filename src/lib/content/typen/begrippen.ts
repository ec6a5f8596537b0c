/** The content type begrippen (content/begrippen/*.yaml): its schema and its checks. */
import { z } from 'astro/zod';
import { bron, slug, tekst } from './common.ts';
import type { Checked, Refs } from '../refs.ts';

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

/** A begrip names known wetten and links to known begrippen. */
export function checkBegrippen(begrippen: readonly Checked<Begrip>[], r: Refs): void {
  for (const e of begrippen) {
    e.data.wetten.forEach((w, i) => r.needWet(e.file, `wetten[${i}]`, w));
    e.data.zieOok.forEach((b, i) => {
      if (!r.ids('begrippen').has(b)) r.problems.push({ file: e.file, field: `zieOok[${i}]`, expected: `een bekend begrip, niet "${b}"` });
    });
  }
}
