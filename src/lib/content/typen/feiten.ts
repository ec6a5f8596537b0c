/** The content type feiten, the fact store (content/feiten/): its schema and its checks. */
import { z } from 'astro/zod';
import { artikel, bronnen, datum, tekst } from './common.ts';
import { FEIT_SOORTEN } from '../constants.ts';
import type { Checked, Refs } from '../refs.ts';

/**
 * A fact: an amount, date, count or age that pages and YAML refer to by id
 * instead of typing it (`{feit:abonnementstarief}` in a YAML text, `<Feit
 * id="abonnementstarief" />` in MDX). Resolved in one place:
 * src/lib/content/feiten.ts. (Issue: Eén waarheid; content/feiten/.)
 */
export const feit = z
  .strictObject({
    label: tekst,
    /** What kind of value: decides how it is written ("€ 21,80", "1 januari 2026", "41", "23"). */
    soort: z.enum(FEIT_SOORTEN, { message: `een van: ${FEIT_SOORTEN.join(', ')}` }),
    /** A number for bedrag, aantal, leeftijd and percentage; a date for datum; a text for tekst. */
    waarde: z.union([z.number(), datum, z.string()]),
    /** Written after the value ("per maand", "per jaar"). */
    eenheid: z.string().optional(),
    /** How the value is written in running text, when the standard form does not fit. */
    weergave: z.string().optional(),
    /** What could not be verified: every use of the fact shows a mark that links to this note. */
    onzeker: z.string().optional(),
    /**
     * How to recognise a text that talks about this fact without using it: each
     * entry is a list of words that together mark a mention ("beschut" and
     * "minimumaantal"). A begrip that mentions an onzeker fact must use it.
     */
    herkenning: z.array(z.array(z.string().min(1)).min(1)).default([]),
    /**
     * What people call this value when they search for it, in their own words ("hoeveel spaargeld mag je hebben",
     * "bijstand voor een stel"): searched as the fact's own names (src/lib/search/records.ts). Short phrases, never
     * a whole question; no {feit:…}.
     */
    zoekwoorden: z.array(z.string().trim().min(2, { message: 'een woord of korte woordgroep' })).default([]),
    /** The date on which the value was checked against its source. */
    peildatum: datum,
    /**
     * The article the value rests on, checked against the stored law text
     * (content/wetteksten/): { bwb, nummer, lid?, onderdeel? }.
     */
    artikel: artikel.optional(),
    /** A short quote of the words in that article the value rests on; the check finds it in the stored text. */
    citaat: z.string().trim().min(3, { message: 'een citaat van ten minste een paar woorden' }).optional(),
    /**
     * Why the value itself is not in the quote: an amount indexed by ministeriële regeling, a count
     * from a list. Without it, a number fact's quote must name the value.
     */
    waardeElders: z.string().trim().min(10, { message: 'een uitleg waarom de waarde niet in het citaat staat' }).optional(),
    bronnen,
  })
  .superRefine((f, ctx) => {
    const wantsNumber = f.soort !== 'datum' && f.soort !== 'tekst';
    if (wantsNumber && typeof f.waarde !== 'number')
      ctx.addIssue({ code: 'custom', path: ['waarde'], message: `een getal (soort ${f.soort})`, input: f.waarde });
    if (f.soort === 'datum' && !(f.waarde instanceof Date))
      ctx.addIssue({ code: 'custom', path: ['waarde'], message: 'een datum JJJJ-MM-DD (soort datum)', input: f.waarde });
  });
export type Feit = z.infer<typeof feit>;

/**
 * A fact's article is a known one; a fact that quotes (citaat) names the article it quotes; a zoekwoord is a word or
 * short phrase people type (no question, no comma: the index joins the words with commas), not the label again.
 */
export function checkFeiten(feiten: readonly Checked<Feit>[], r: Refs): void {
  for (const e of feiten) {
    e.data.zoekwoorden.forEach((w, i) => {
      const field = `zoekwoorden[${i}]`;
      if (/[?,]/.test(w)) r.problems.push({ file: e.file, field, expected: `een woord of korte woordgroep zonder vraagteken of komma, niet "${w}"` });
      else if (w.toLowerCase() === e.data.label.toLowerCase()) r.problems.push({ file: e.file, field, expected: `een ander woord dan het label zelf ("${w}")` });
    });
    const art = e.data.artikel;
    if (art) r.checkArtikel(e.file, 'artikel', art);
    if (e.data.citaat && !art)
      r.problems.push({ file: e.file, field: 'artikel', expected: 'het artikel waar het citaat in staat ({ bwb, nummer, lid?, onderdeel? })' });
  }
}
