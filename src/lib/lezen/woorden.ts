/**
 * Words gemeenten use in their own documents for a keuze's subject that the keuze itself does not carry
 * ("gebiedsteam", "lokale toegang", "pedagogische basis"), from content/lezen/gemeentewoorden.yaml. General
 * vocabulary only: a word that one document happens to use does not belong here. `leesGemeenteWoorden` checks the
 * parsed YAML and returns the data or problems naming file and field, like `leesOnderdelen`.
 */
import { z } from 'astro/zod';
import { fieldPath } from '../content/problems.ts';
import type { OnderdeelProbleem } from './onderdelen.ts';

const woord = z.string().trim().min(3, { message: 'een woord of woordgroep van ten minste drie tekens' });
/** A name weighs as much as the keuze's own name: a phrase of two words or more ("pedagogische basis"). */
const naam = woord.refine((w) => /\S\s+\S/.test(w), { message: 'een woordgroep van ten minste twee woorden (een los woord hoort onder woorden)' });

export const gemeenteWoordenSchema = z.strictObject({
  keuzes: z.record(
    z.string().regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'een keuze-id zoals jeugdwet/toegang' }),
    z.strictObject({
      /** Weigh 2, like a specific part of the keuze's name: enough on their own. */
      namen: z.array(naam).default([]),
      /** Weigh 1, like a search word: two of them (or one with another word of the keuze) are needed. */
      woorden: z.array(woord).default([]),
    }),
  ),
});
export type GemeenteWoorden = z.infer<typeof gemeenteWoordenSchema>;

/** Checks the parsed YAML; `keuzeIds` are the keuzes that exist. */
export function leesGemeenteWoorden(raw: unknown, keuzeIds: ReadonlySet<string>, file = 'content/lezen/gemeentewoorden.yaml'): { data?: GemeenteWoorden; problems: OnderdeelProbleem[] } {
  const r = gemeenteWoordenSchema.safeParse(raw);
  if (!r.success)
    return {
      problems: r.error.issues.map((i) => ({ file, field: fieldPath(i.path), expected: i.message })),
    };
  const problems: OnderdeelProbleem[] = [];
  for (const id of Object.keys(r.data.keuzes))
    if (!keuzeIds.has(id)) problems.push({ file, field: `keuzes.${id}`, expected: `een bestaande keuze: content/keuzes/${id}.yaml bestaat niet` });
  return problems.length ? { problems } : { data: r.data, problems };
}
