/** The content type scheidslijnen (content/scheidslijnen/<wet>-<wet>.mdx): its schema and its checks. */
import { z } from 'astro/zod';
import { artikel, bronnen, datum, slug, tekst } from './common.ts';
import type { Checked, Refs } from '../refs.ts';

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

/** A scheidslijn lies between two different known wetten, is named after them in their fixed order, and has a kant per wet. */
export function checkScheidslijnen(scheidslijnen: readonly Checked<Scheidslijn>[], r: Refs): void {
  for (const e of scheidslijnen) {
    const d = e.data;
    d.tussen.forEach((w, i) => r.needWet(e.file, `tussen[${i}]`, w));
    const [a, b] = d.tussen;
    if (a === b) r.problems.push({ file: e.file, field: 'tussen', expected: 'twee verschillende wetten' });
    const va = r.volgorde.get(a);
    const vb = r.volgorde.get(b);
    if (va !== undefined && vb !== undefined) {
      const canonical = va <= vb ? `${a}-${b}` : `${b}-${a}`;
      if (e.id !== canonical)
        r.problems.push({ file: e.file, field: 'tussen', expected: `dat de bestandsnaam ${canonical} is (wetten in de vaste volgorde van hun veld volgorde)` });
    }
    d.kanten.forEach((k, i) => {
      if (k.wet !== d.tussen[i]) r.problems.push({ file: e.file, field: `kanten[${i}].wet`, expected: `"${d.tussen[i]}", in dezelfde volgorde als tussen` });
    });
    d.artikelen.forEach((art, i) => r.checkArtikel(e.file, `artikelen[${i}]`, art));
  }
}
