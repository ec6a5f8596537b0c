/**
 * Zod schemas for every content type in `content/`.
 *
 * One schema per type; Astro's collections (src/content.config.ts) and the
 * stand-alone content check (src/lib/content/check.ts) both use these, so a
 * field is defined exactly once. Field names are the Dutch domain terms of
 * the design card (wet, keuze, scheidslijn, casus, begrip, wijziging).
 */
import { z } from 'astro/zod';

export * from './constants.ts';
import { ASPECTEN, BELEIDSRUIMTE, FEIT_SOORTEN, BESLISSERS, BETALERS, INSTRUMENTEN, LEVENSFASEN, LOKALE_DOCUMENTEN, MOMENTEN, SOORTEN_HULP, WIJZIGING_STATUS, WAARDEN } from './constants.ts';

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

const tekst = z.string().trim().min(1, { message: 'een tekst (niet leeg)' });

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

export const wet = z.strictObject({
  naam: tekst,
  afkorting: tekst,
  /** Short label for the kaart and menus ("Wmo"). */
  kort: tekst,
  aliassen: z.array(z.string()).default([]),
  bwb: bwbId,
  inWerking: datum,
  /** Order on the site; also the canonical order of ids in scheidslijn ids. */
  volgorde: z.number().int(),
  bestuurslaag: z.enum(['gemeentelijk', 'landelijk'], {
    message: 'gemeentelijk of landelijk',
  }),
  samenvatting: z.strictObject({
    doel: tekst,
    wieVoertUit: tekst,
    toegang: tekst,
    financiering: tekst,
    ruimte: tekst,
  }),
  /**
   * Where the law's region lies on the kaart: a union of blocks, each block
   * the cells levensfasen × soortenHulp. A cell claimed by two laws is shared
   * between them (src/lib/kaart/layout.ts).
   */
  kaart: z.strictObject({
    gebied: z
      .array(
        z.strictObject({
          levensfasen: z.array(z.enum(LEVENSFASEN)).min(1),
          soortenHulp: z.array(z.enum(SOORTEN_HULP)).min(1),
        }),
      )
      .min(1, { message: 'ten minste één blok cellen op de kaart' }),
  }),
  peildatum: datum,
  bronnen,
});
export type Wet = z.infer<typeof wet>;

export const keuze = z.strictObject({
  onderwerp: tekst,
  /** One or two sentences: what is there to choose (or why not). */
  samenvatting: tekst,
  beleidsruimte: z.enum(BELEIDSRUIMTE, { message: 'ruim, beperkt of geen' }),
  wieBeslist: z.array(z.enum(BESLISSERS)).min(1, { message: 'ten minste één beslisser' }),
  wieBetaalt: z.array(z.enum(BETALERS)).min(1, { message: 'ten minste één betaler' }),
  instrument: z.array(z.enum(INSTRUMENTEN)).min(1, { message: 'ten minste één instrument' }),
  regionaal: z.boolean({ message: 'true of false: wordt dit regionaal besloten?' }),
  waartussen: z.array(optie).min(2, { message: 'ten minste twee opties, elk met een risico' }),
  vragenVoorDeRaad: z.array(tekst).min(2, { message: 'twee of drie vragen voor de raad' }).max(4),
  /** Where the raad has no room: what it can still do (signalling, afspraken, preventie…). */
  watKanDeRaadWel: z.string().optional(),
  artikel,
  /** Ids of entries in content/wijzigingen that touch this keuze. */
  wijzigingen: z.array(slug).default([]),
  /**
   * The same subject under another wet ("wmo/wlz-gaat-voor" ↔ "wlz/wmo-weigeren-bij-wlz").
   * The link must go both ways; where wie beslist or wie betaalt differ, `verschil`
   * (on either side) says why. The content check enforces both, and asks for a link
   * between keuzes of different wetten that cite the same article.
   */
  zieOok: z
    .array(z.strictObject({ keuze: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { message: 'een keuze-id zoals wmo/eigen-bijdrage' }), verschil: z.string().optional() }))
    .default([]),
  /** Said on the page where the sources disagree or could not be verified. */
  onzeker: z.string().optional(),
  kaart: z.strictObject({
    levensfase: z.enum(LEVENSFASEN),
    soortHulp: z.enum(SOORTEN_HULP),
    /** Short marker label; defaults to onderwerp. */
    label: z.string().max(28).optional(),
  }),
  /** Order within its wet page (lower first). */
  volgorde: z.number().int().default(100),
  /**
   * Lay words and synonyms people type for this keuze ("thuiszorg", "HbH"):
   * searched, never shown as text. (Issue: zoeken.)
   */
  zoekwoorden: z.array(z.string()).default([]),
  /**
   * "Welke informatie vraag je?": what the raad asks the college for, both
   * figures (with where they are published) and stories. (Issue: vragen.)
   */
  informatie: z
    .strictObject({
      cijfers: z.array(z.strictObject({ wat: tekst, waar: tekst })).min(1),
      verhalen: z.array(z.strictObject({ wat: tekst, bij: tekst })).min(1),
    })
    .optional(),
  /**
   * "Wat koos uw gemeente?": in which local document this keuze is recorded
   * (default: derived from `instrument`), and the words to search
   * lokaleregelgeving.overheid.nl with (default: the onderwerp). See
   * src/lib/lokaal/zoeken.ts. (Issue: gemeente.)
   */
  lokaal: z
    .strictObject({
      document: z.array(z.enum(LOKALE_DOCUMENTEN)).min(1).optional(),
      zoektermen: z.array(tekst).min(1).optional(),
    })
    .optional(),
  peildatum: datum.optional(),
  bronnen,
});
export type Keuze = z.infer<typeof keuze>;

export const kant = z.strictObject({
  wet: slug,
  wieBeslist: tekst,
  wieBetaalt: tekst,
  voorbeelden: z.array(tekst).min(1),
});

export const scheidslijn = z.strictObject({
  titel: tekst,
  tussen: z.tuple([slug, slug], { message: 'twee wet-ids, zoals [wmo, wlz]' }),
  samenvatting: tekst,
  criterium: tekst,
  artikelen: z.array(artikel).min(1, { message: 'ten minste één artikel dat het criterium draagt' }),
  kanten: z.tuple([kant, kant], { message: 'precies twee kanten, één per wet' }),
  watGaatMis: z.array(tekst).min(1),
  watKanDeRaad: z.array(tekst).min(1),
  watKanDeRaadNiet: z.array(tekst).min(1),
  vragenVoorDeRaad: z.array(tekst).min(2).max(5),
  onzeker: z.string().optional(),
  peildatum: datum,
  bronnen,
});
export type Scheidslijn = z.infer<typeof scheidslijn>;



export const casus = z.strictObject({
  titel: tekst,
  samenvatting: tekst,
  situatie: tekst,
  watGaatMis: tekst,
  waarde: z.array(z.enum(WAARDEN)).min(1),
  politiekeKeuze: tekst,
  werksessieVraag: tekst,
  wetten: z.array(slug).min(1),
  scheidslijnen: z.array(slug).default([]),
  /**
   * The route the person in the casus takes through the laws, in order: each
   * step a wet, optionally the keuze where it lands ("wmo/toegang", a keuze of
   * that wet), and what happens there. Drawn on the kaart as a numbered path
   * (src/lib/kaart/route.ts). (Issue: werksessie.)
   */
  route: z
    .array(
      z.strictObject({
        wet: slug,
        keuze: z.string().optional(),
        wat: tekst,
        /** Short label beside the step number on the kaart (max 28 characters); defaults to the wet's kort. */
        label: z.string().max(28).optional(),
      }),
    )
    .min(2)
    .optional(),
  peildatum: datum.optional(),
  /** Lay words and phrases people search this situation by ("wachtlijst verpleeghuis"); indexed, not shown. */
  zoekwoorden: z.array(z.string()).default([]),
  bronnen,
});
export type Casus = z.infer<typeof casus>;

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
 * A guided tour of the kaart for werksessies (content/rondleidingen/). Each
 * step highlights regions (wet ids), borders (scheidslijn ids), markers
 * (keuze ids "wet/keuze") and/or the route of one casus, with a short text
 * and a question for the room. The file name is the tour's id in the URL
 * (/kaart/?rondleiding=<id>&stap=<n>).
 */
export const rondleiding = z.strictObject({
  titel: tekst,
  samenvatting: tekst,
  /** The wet the tour is about; omitted for a tour across the wetten. */
  wet: slug.optional(),
  volgorde: z.number().int().default(100),
  stappen: z
    .array(
      z.strictObject({
        titel: tekst,
        tekst: tekst.max(400, { message: 'een korte tekst (hoogstens 400 tekens: hij staat groot op het scherm)' }),
        vraag: tekst,
        gebieden: z.array(slug).default([]),
        grenzen: z.array(slug).default([]),
        keuzes: z.array(z.string()).default([]),
        casus: slug.optional(),
      }),
    )
    .min(2, { message: 'ten minste twee stappen' }),
});
export type Rondleiding = z.infer<typeof rondleiding>;

/**
 * An exercise card for werksessies (content/oefeningen/): a casus and the
 * question "welke wet, welke waarde, waar ligt de keuze?"; the facilitator's
 * side holds the answer and links to keuzes and scheidslijnen.
 */
export const oefening = z.strictObject({
  titel: tekst,
  casus: slug,
  /** The situation as the room reads it (short; the casus page has the rest). */
  situatie: tekst,
  waarden: z.array(z.enum(WAARDEN)).min(1),
  antwoord: z.strictObject({
    wetten: z.array(slug).min(1),
    waarde: tekst,
    keuze: tekst,
  }),
  keuzes: z.array(z.string()).default([]),
  scheidslijnen: z.array(slug).default([]),
  volgorde: z.number().int().default(100),
});
export type Oefening = z.infer<typeof oefening>;

export const schemas = {
  wetten: wet,
  keuzes: keuze,
  scheidslijnen: scheidslijn,
  casussen: casus,
  begrippen: begrip,
  wijzigingen: wijziging,
  feiten: feit,
  vragen: vraag,
  rondleidingen: rondleiding,
  oefeningen: oefening,
} as const;
export type CollectionName = keyof typeof schemas;
