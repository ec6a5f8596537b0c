/**
 * Field types that several content types share: BWB ids, slugs, dates, sources, articles, options.
 */
import { z } from 'astro/zod';

/** BWB ids look like BWBR0035362 (wetten.overheid.nl). */
export const bwbId = z
  .string()
  .regex(/^BWB[RV]\d{7}$/, { message: 'een BWB-id zoals BWBR0035362 (BWBR of BWBV en zeven cijfers)' });

/** Content ids are lowercase slugs: they end up in URLs and anchors. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'een id in kleine letters met streepjes, zoals eigen-bijdrage' });

/**
 * A date. YAML gives a Date for `2026-01-01` and a string for anything quoted;
 * both are accepted, and anything that is not a real calendar date is refused.
 */
export const datum = z.preprocess(
  (v) => {
    if (v instanceof Date) return v;
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      const d = new Date(`${v}T00:00:00Z`);
      return d.toISOString().slice(0, 10) === v ? d : v;
    }
    return v;
  },
  z.date({ message: 'een geldige datum in de vorm JJJJ-MM-DD' }),
);

export const tekst = z.string().trim().min(1, { message: 'een tekst (niet leeg)' });

export const bron = z.strictObject({
  titel: tekst,
  url: z.url({ message: 'een volledige webadres (https://…)' }),
  uitgever: z.string().optional(),
  /** Date of the source itself (publication), if known. */
  datum: datum.optional(),
});
export type Bron = z.infer<typeof bron>;

export const bronnen = z.array(bron).min(1, { message: 'ten minste één bron' });

/**
 * An article of law. `wet` defaults to the wet the keuze belongs to; `bwb` is
 * then taken from that wet. Use `bwb` for a law that has no wet entry
 * (an AMvB such as het Uitvoeringsbesluit Wmo 2015).
 */
export const artikel = z.strictObject({
  nummer: z.string().regex(/^[0-9]+[a-z]?(\.[0-9]+[a-z]*)*$/, {
    message: 'een artikelnummer zoals 2.1.4a of 10',
  }),
  lid: z.number().int().positive().optional(),
  /**
   * An onderdeel of the article (or of its lid): "a", "h", "a 2°", or for a
   * definition article the begrip and its sub-onderdeel: "jeugdige 3°".
   */
  onderdeel: z
    .string()
    .regex(/^[a-zà-ÿ0-9°-]+( [a-zà-ÿ0-9°-]+)*$/, { message: 'een onderdeel zoals a, h, a 2° of jeugdige 3° (kleine letters, met spaties ertussen)' })
    .optional(),
  wet: slug.optional(),
  bwb: bwbId.optional(),
  /** Title of the regulation when `bwb` names one without a wet entry. */
  regeling: z.string().optional(),
});
export type Artikel = z.infer<typeof artikel>;

export const optie = z.strictObject({
  optie: tekst,
  risico: tekst,
});
