/** The content type keuzes (content/keuzes/<wet>/<id>.yaml): its schema and its checks. */
import { z } from 'astro/zod';
import { artikel, bronnen, datum, optie, slug, tekst } from './common.ts';
import { BELEIDSRUIMTE, BESLISSERS, BETALERS, INSTRUMENTEN, LEVENSFASEN, LOKALE_DOCUMENTEN, SOORTEN_HULP } from '../constants.ts';
import type { Checked, Refs } from '../refs.ts';

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

/** Section ids on a wet page; a keuze file may not be named like one (its anchor would collide). */
export const RESERVED_ANCHORS = ['inhoud', 'samenvatting', 'keuzes', 'wat-verandert', 'scheidslijnen', 'bronnen', 'main'];

/** A keuze sits in keuzes/<wet>/<id>.yaml of a known wet, cites an article of it, and names known wijzigingen. */
export function checkKeuzes(keuzes: readonly Checked<Keuze>[], r: Refs): void {
  for (const e of keuzes) {
    const d = e.data;
    const [wetId, ...rest] = e.id.split('/');
    if (rest.length !== 1) r.problems.push({ file: e.file, field: '(map)', expected: 'een keuze in content/keuzes/<wet>/<id>.yaml' });
    r.needWet(e.file, '(map)', wetId);
    const anchor = rest.join('/');
    if (RESERVED_ANCHORS.includes(anchor))
      r.problems.push({ file: e.file, field: 'id', expected: `een andere bestandsnaam: "${anchor}" is al een kopje op de wetpagina` });
    r.checkArtikel(e.file, 'artikel', d.artikel, wetId);
    if (d.beleidsruimte === 'geen' && !d.watKanDeRaadWel)
      r.problems.push({ file: e.file, field: 'watKanDeRaadWel', expected: 'bij beleidsruimte "geen": wat de raad wél kan (signaleren, afspraken, preventie …)' });
    d.wijzigingen.forEach((w, i) => {
      if (!r.ids('wijzigingen').has(w))
        r.problems.push({ file: e.file, field: `wijzigingen[${i}]`, expected: `een bekende wijziging uit content/wijzigingen/, niet "${w}"` });
    });
  }
}
