/**
 * The items a verordening must (or may) regulate per wet, from content/lezen/verordening-onderdelen.yaml.
 * `leesOnderdelen` checks the parsed YAML and returns the data or problems naming file and field, like the rest
 * of the content check.
 */
import { z } from 'astro/zod';
import { fieldPath } from '../content/problems.ts';
import { WET_IDS, type WetId } from './verwijzingen.ts';

const tekst = z.string().trim().min(1, { message: 'een tekst (niet leeg)' });
/** YAML reads 2.10 as the number 2.1: an article number with a dot must be quoted. */
const artikelNr = z
  .union([z.string(), z.number().int()], { message: 'een artikelnummer met een punt tussen aanhalingstekens, zoals "2.10"' })
  .transform((v) => String(v))
  .pipe(z.string().regex(/^\d+(?:\.\d+)*[a-z]{0,2}$/, { message: 'een artikelnummer zoals "2.1.3" of 8a' }));

export const onderdeelSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'een id in kleine letters met streepjes' }),
  titel: tekst,
  uitleg: tekst,
  moet: z.boolean(),
  artikelen: z
    .array(
      z.strictObject({
        artikel: artikelNr,
        lid: z.number().int().positive().optional(),
        onderdeel: z.string().regex(/^[a-z]{1,2}$/, { message: 'een letter, zoals b' }).optional(),
        /** Where an earlier text of the law had this rule: documents that cite it are still recognised, but the page
         * names only the article of the text read (the peildatum). */
        vroeger: z.literal(true).optional(),
      }),
    )
    .min(1, { message: 'ten minste één artikel waar de wet dit vraagt' }),
  keuzes: z.array(z.string()).default([]),
  termen: z.array(tekst).min(1, { message: 'ten minste één manier om het in een stuk te herkennen' }),
});
export type Onderdeel = z.infer<typeof onderdeelSchema>;

export const onderdelenSchema = z.strictObject({
  wetten: z.partialRecord(
    z.enum(WET_IDS),
    z.strictObject({
      titel: tekst,
      bwb: z.string().regex(/^BWBR\d{7}$/, { message: 'een BWB-id, zoals BWBR0035362' }),
      peildatum: z.union([z.string(), z.date()]).transform((v) => (typeof v === 'string' ? v : v.toISOString().slice(0, 10))),
      bron: z.url({ message: 'een volledige webadres (https://…)' }),
      gelezen: tekst,
      onderdelen: z.array(onderdeelSchema).min(1),
    }),
  ),
});
export type Onderdelen = z.infer<typeof onderdelenSchema>;

export interface OnderdeelProbleem {
  file: string;
  field: string;
  expected: string;
}

/** Checks the parsed YAML; `keuzeIds` are the keuzes that exist, to check the links. */
export function leesOnderdelen(raw: unknown, keuzeIds: ReadonlySet<string>, file = 'content/lezen/verordening-onderdelen.yaml'): { data?: Onderdelen; problems: OnderdeelProbleem[] } {
  const r = onderdelenSchema.safeParse(raw);
  if (!r.success)
    return {
      problems: r.error.issues.map((i) => ({ file, field: fieldPath(i.path), expected: i.message })),
    };
  const problems: OnderdeelProbleem[] = [];
  const ids = new Set<string>();
  for (const [wet, w] of Object.entries(r.data.wetten) as [WetId, NonNullable<Onderdelen['wetten'][WetId]>][]) {
    w.onderdelen.forEach((o, i) => {
      if (ids.has(o.id)) problems.push({ file, field: `wetten.${wet}.onderdelen[${i}].id`, expected: `een id dat nog niet bestaat (${o.id} staat er al)` });
      ids.add(o.id);
      o.keuzes.forEach((k, j) => {
        if (!keuzeIds.has(k)) problems.push({ file, field: `wetten.${wet}.onderdelen[${i}].keuzes[${j}]`, expected: `een bestaande keuze: content/keuzes/${k}.yaml bestaat niet` });
      });
    });
  }
  return problems.length ? { problems } : { data: r.data, problems };
}
