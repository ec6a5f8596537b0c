/**
 * The editie (content/edities/<gemeente>/): what one gemeente chose
 * in the room each keuze gives. Schemas only; reading and cross-checking is
 * in check.ts.
 *
 *   content/edities/<gemeente>/gemeente.yaml              the gemeente itself
 *   content/edities/<gemeente>/keuzes/<wet>/<keuze>.yaml  its choice on one keuze,
 *                                                        mirroring content/keuzes/
 */
import { z } from 'astro/zod';
import { MOMENTEN } from '../content/constants.ts';
import { datum } from '../content/schema.ts';

const tekst = z.string().trim().min(1, { message: 'een tekst (niet leeg)' });
const url = z.url({ message: 'een volledige webadres (https://…)' });

/** The status of a local choice. */
export const LOKALE_STATUS = ['besloten', 'in-voorbereiding', 'evaluatie-gepland'] as const;

export const gemeente = z.strictObject({
  naam: tekst,
  /** CBS gemeentecode: GM and four digits (GM0363). A fictional gemeente uses GM9xxx. */
  cbs: z.string().regex(/^GM\d{4}$/, { message: 'een CBS-code: GM en vier cijfers, zoals GM0363' }),
  /** true for an invented gemeente: every page then says so. */
  fictief: z.boolean().default(false),
  /** The date the local data below was last checked. */
  peildatum: datum,
  jeugdregio: tekst,
  centrumgemeente: z.strictObject({
    beschermdWonen: tekst,
    opvang: tekst,
  }),
  arbeidsmarktregio: tekst,
  links: z.strictObject({
    /** The raadsinformatiesysteem (agendas, raadsvoorstellen, besluiten). */
    raadsinformatie: url,
    /** The gemeente's rules on lokaleregelgeving.overheid.nl (or its own page of rules). */
    lokaleRegels: url,
    /** The gemeente on waarstaatjegemeente.nl, if wanted. */
    waarstaatjegemeente: url.optional(),
  }),
});
export type Gemeente = z.infer<typeof gemeente>;

export const lokaleKeuze = z
  .strictObject({
    /**
     * A draft written by `npm run griffie:lees` (src/lib/lezen/): never published. The content check stops on it,
     * naming the file, until a person has checked the entry and removed this line.
     */
    concept: z.literal(true, { message: 'alleen true (een concept); haal de regel weg als het gecontroleerd is' }).optional(),
    status: z.enum(LOKALE_STATUS, { message: 'besloten, in-voorbereiding of evaluatie-gepland' }),
    /** Which of the keuze's options: its number on the card (1 = the first), or the start of its text. */
    optie: z.union([z.number().int(), tekst]).optional(),
    /** The gemeente's own choice, in its own words, when none of the options fits. */
    eigen: tekst.optional(),
    /** An amount in euro (for instance the eigen bijdrage per maand), checked against a legal maximum where one exists. */
    bedrag: z.number().nonnegative({ message: 'een bedrag in euro, 0 of meer' }).optional(),
    /** What the gemeente does, in plain words. */
    toelichting: tekst.optional(),
    /** The regional body that decides, for a regional keuze ("Jeugdregio Voorbeeldland"). */
    verband: tekst.optional(),
    /** The local rule or document, and the article in it. */
    regeling: z
      .strictObject({
        titel: tekst,
        artikel: z.union([tekst, z.number()]).optional(),
        url,
      })
      .optional(),
    /** Date of the besluit (raad or college). */
    besluit: datum.optional(),
    /** The next moment the raad can change it: a moment of the cycle and/or a date. */
    volgende: z
      .strictObject({
        moment: z.enum(MOMENTEN, { message: `een moment uit de cyclus: ${MOMENTEN.join(', ')}` }).optional(),
        datum: datum.optional(),
      })
      .refine((v) => v.moment !== undefined || v.datum !== undefined, { message: 'een moment, een datum, of allebei' }),
  })
  .refine((v) => v.optie === undefined || v.eigen === undefined, { message: 'optie óf eigen, niet allebei', path: ['eigen'] });
export type LokaleKeuze = z.infer<typeof lokaleKeuze>;

